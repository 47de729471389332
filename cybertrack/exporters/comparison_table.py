"""The comparison as a table: a plain view-model, then a Word table and an Excel sheet.

Both files carry what the papers carry: the title block (delegation, title, meeting, symbols,
date, marking), the paper's language, the marking and "Page N of M" on every page, and nothing
personal in the file's properties. The comparison shows our stances: it is internal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cybertrack.domain.comparison import ComparisonRow, RowFlag
from cybertrack.domain.model import DocumentRow
from cybertrack.domain.positions import Stance
from cybertrack.exporters.docx_blocks import STANCE_STYLES, Cell, Writer
from cybertrack.exporters.docx_pages import furnish_pages
from cybertrack.exporters.docx_template import open_template, scrub, set_language
from cybertrack.exporters.docx_writer import write_title_block
from cybertrack.exporters.files import save_whole
from cybertrack.exporters.product import (
    ExportOptions,
    Profile,
    Source,
    TitleBlock,
    stance_word,
    title_block,
)
from cybertrack.exporters.vocabulary import Vocabulary
from cybertrack.exporters.workbook import (
    fit_columns,
    fit_rows,
    save_workbook,
    set_up_printing,
    set_value,
    write_title_rows,
)

FLAG_ORDER = (RowFlag.STANCE_CHANGED, RowFlag.TEXT_CHANGED, RowFlag.NEW, RowFlag.DROPPED)
_FLAG_WORDS = {
    RowFlag.STANCE_CHANGED: "stance_changed",
    RowFlag.TEXT_CHANGED: "text_changed",
    RowFlag.NEW: "new",
    RowFlag.DROPPED: "dropped",
}
ABSENT = "—"


@dataclass(frozen=True)
class TableCell:
    label: str | None  # None: the item is not in this document
    stance: Stance | None = None
    stance_word: str = ""
    changed_word: str = ""  # "text changed", in the table's language, when it did

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs())

    def runs(self) -> list[tuple[str, str | None]]:
        if self.label is None:
            return [(ABSENT, None)]
        runs: list[tuple[str, str | None]] = [
            (f"{self.label} ", "CT Label"),
            (self.stance_word, STANCE_STYLES[self.stance]),
        ]
        if self.changed_word:
            runs.append((f" · {self.changed_word}", None))
        return runs


@dataclass(frozen=True)
class ComparisonTable:
    title: TitleBlock
    language: str
    headings: tuple[str, ...]  # one per document, then "Changes"
    rows: tuple[tuple[tuple[TableCell, ...], str], ...]  # cells and the row's changes


def build_comparison_table(
    documents: Sequence[DocumentRow],
    rows: Sequence[ComparisonRow],
    *,
    language: str = "en",
    delegation: str = "",
    issued: date | None = None,
) -> ComparisonTable:
    vocab = Vocabulary(language)
    headings = []
    for document in documents:
        when = document.doc_date or document.start_date
        name = document.symbol or document.title
        headings.append(f"{name} ({vocab.format_date(date.fromisoformat(when))})" if when else name)
    table_rows = []
    for row in rows:
        cells = tuple(
            TableCell(
                " + ".join(item.label for item in cell.items),
                cell.stance,
                stance_word(cell.stance, vocab),
                vocab["text_changed"] if cell.text_changed else "",
            )
            if cell is not None
            else TableCell(None)
            for cell in row.cells
        )
        changes = ", ".join(vocab[_FLAG_WORDS[flag]] for flag in FLAG_ORDER if flag in row.flags)
        table_rows.append((cells, changes))
    title = title_block(
        [Source(document, ()) for document in documents],
        ExportOptions(profile=Profile.INTERNAL, language=language),
        vocab,
        title_key="comparison",
        delegation=delegation,
        issued=issued or date.today(),
    )
    return ComparisonTable(title, language, (*headings, vocab["changes"]), tuple(table_rows))


def write_comparison_docx(
    table: ComparisonTable, template: Path, out: Path, default: Path | None = None
) -> None:
    document, _ = open_template(template, default or template)
    vocab = Vocabulary(table.language)
    set_language(document, table.language)
    writer = Writer(document, vocab, table.title.delegation, table.title.issued_on)
    write_title_block(writer, table.title)
    section = document.sections[-1]
    total = int((section.page_width - section.left_margin - section.right_margin) / 635)
    columns = len(table.headings)
    widths = [total // columns] * columns
    widths[-1] = total - sum(widths[:-1])
    rows: list[list[Cell]] = []
    for cells, changes in table.rows:
        row: list[Cell] = [cell.runs() for cell in cells]
        rows.append([*row, changes])
    writer.table(list(table.headings), rows, widths)
    furnish_pages(
        document,
        vocab,
        running_head=f"{table.title.delegation} · {table.title.title}",
        classification=table.title.classification,
    )
    scrub(
        document,
        delegation=table.title.delegation,
        title=f"{table.title.title} – {table.title.delegation}",
        issued=table.title.issued_on,
    )
    save_whole(document.save, out)


def write_comparison_xlsx(table: ComparisonTable, out: Path) -> None:
    from openpyxl import Workbook  # lazily, like python-docx
    from openpyxl.styles import Alignment, Font

    vocab = Vocabulary(table.language)
    book = Workbook()
    sheet = book.active
    sheet.title = vocab["comparison"][:31]
    header_row = write_title_rows(sheet, table.title)
    for index, heading in enumerate(table.headings, start=1):
        cell = sheet.cell(header_row, index)
        set_value(cell, heading)
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, (cells, changes) in enumerate(table.rows, start=header_row + 1):
        for index, text in enumerate([*(c.text for c in cells), changes], start=1):
            cell = sheet.cell(number, index)
            set_value(cell, text)
            cell.alignment = wrap
    widths = [28.0] * (len(table.headings) - 1) + [24.0]
    fit_columns(sheet, widths)
    fit_rows(sheet, header_row, widths)
    sheet.freeze_panes = sheet.cell(header_row + 1, 1).coordinate
    set_up_printing(sheet, vocab, table.title.classification, header_row)
    save_workbook(book, out, table.title, table.language)
