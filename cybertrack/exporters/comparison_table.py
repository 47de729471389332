"""The comparison as a table: a plain view-model, then a Word table and an Excel sheet.

Word output uses style names only: the table style "CT Table" if the template has it, else
"Table Grid"; runs use the CT character styles of the position paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cybertrack.domain.comparison import ComparisonRow, RowFlag
from cybertrack.domain.model import DocumentRow
from cybertrack.domain.positions import Stance
from cybertrack.exporters.docx_blocks import STANCE_STYLES
from cybertrack.exporters.docx_template import open_template
from cybertrack.exporters.product import stance_word
from cybertrack.exporters.vocabulary import Vocabulary

TABLE_STYLES = ("CT Table", "Table Grid")
_ENGLISH = Vocabulary("en")
FLAG_ORDER = (RowFlag.STANCE_CHANGED, RowFlag.TEXT_CHANGED, RowFlag.NEW, RowFlag.DROPPED)


@dataclass(frozen=True)
class TableCell:
    number: str | None  # None: the item is not in this document
    stance: Stance | None = None
    text_changed: bool = False

    @property
    def text(self) -> str:
        if self.number is None:
            return "—"
        words = f"({self.number}) {stance_word(self.stance, _ENGLISH)}"
        return words + (" · text changed" if self.text_changed else "")


@dataclass(frozen=True)
class ComparisonTable:
    title: str
    headings: tuple[str, ...]  # one per document, then "Changes"
    rows: tuple[tuple[tuple[TableCell, ...], str], ...]  # cells and the row's changes


def build_comparison_table(
    documents: Sequence[DocumentRow], rows: Sequence[ComparisonRow]
) -> ComparisonTable:
    headings = []
    for document in documents:
        date = document.doc_date or document.start_date
        name = document.symbol or document.title
        headings.append(f"{name} ({date})" if date else name)
    table_rows = []
    for row in rows:
        cells = tuple(
            TableCell(cell.number, cell.stance, cell.text_changed)
            if cell is not None
            else TableCell(None)
            for cell in row.cells
        )
        changes = ", ".join(flag.value for flag in FLAG_ORDER if flag in row.flags)
        table_rows.append((cells, changes))
    return ComparisonTable(
        "Comparison of positions across documents", (*headings, "Changes"), tuple(table_rows)
    )


def write_comparison_docx(table: ComparisonTable, template: Path, out: Path) -> None:
    document, _ = open_template(template, template)
    document.add_paragraph(table.title, style="CT Title")
    grid = document.add_table(rows=1, cols=len(table.headings))
    names = {style.name for style in document.styles}
    grid.style = next(name for name in TABLE_STYLES if name in names)
    for cell, heading in zip(grid.rows[0].cells, table.headings, strict=True):
        cell.paragraphs[0].add_run(heading, style="CT Field Name")
    for cells, changes in table.rows:
        row = grid.add_row().cells
        for target, cell in zip(row, cells, strict=False):
            _write_cell(target.paragraphs[0], cell)
        row[-1].paragraphs[0].add_run(changes)
    document.core_properties.title = table.title
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))


def _write_cell(paragraph: Any, cell: TableCell) -> None:
    if cell.number is None:
        paragraph.add_run("—")
        return
    paragraph.add_run(f"({cell.number}) ", style="CT Label")
    paragraph.add_run(stance_word(cell.stance, _ENGLISH), style=STANCE_STYLES[cell.stance])
    if cell.text_changed:
        paragraph.add_run(" · text changed")


def write_comparison_xlsx(table: ComparisonTable, out: Path) -> None:
    from openpyxl import Workbook  # lazily, like python-docx
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Comparison"
    sheet.append(list(table.headings))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cells, changes in table.rows:
        sheet.append([cell.text for cell in cells] + [changes])
    for column in sheet.columns:
        letter = column[0].column_letter
        sheet.column_dimensions[letter].width = min(
            60, max(12, *(len(str(c.value or "")) + 2 for c in column))
        )
    sheet.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(out))
