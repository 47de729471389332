"""The stance table as an Excel workbook: one row per item, the delegation's safety net.

Above the table, the title block of the papers (delegation, title, meeting, date, marking);
every printed page carries the marking and "Page N of M". The columns are described once, in
COLUMNS: a stable key, the heading (in the sheet's language), a width, how to read the value
off an item and, for a closed choice, its drop-down list. Adding a column is adding a
SheetColumn; the import matches headings in any of the six languages to these keys.

The first column is the item's id, the key the import matches rows by; the number is checked as
well, so a sheet from another workspace cannot update the wrong paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cybertrack.domain.model import DocumentRow, ItemRow
from cybertrack.domain.positions import Instruction, Priority, Stance
from cybertrack.exporters.product import ExportOptions, Profile, Source, title_block
from cybertrack.exporters.vocabulary import Vocabulary
from cybertrack.exporters.workbook import (
    fit_columns,
    fit_rows,
    save_workbook,
    set_up_printing,
    set_value,
    write_title_rows,
)

Value = Callable[[DocumentRow, ItemRow, Vocabulary], str | int]


@dataclass(frozen=True)
class SheetColumn:
    key: str  # stable, language-free: what the import reads the column as
    heading: str  # vocabulary key of the column's heading
    width: float
    value: Value
    choices: Callable[[Vocabulary], Sequence[str]] | None = None  # a drop-down list


def stance_choices(vocab: Vocabulary) -> list[str]:
    return [stance_value(stance, vocab) for stance in Stance]


def stance_value(stance: Stance | None, vocab: Vocabulary) -> str:
    """A stance as the sheet writes it: the language's word, in lower case ('' for none)."""
    return vocab[stance.value].lower() if stance else ""


_PRIORITY_WORDS = {
    Priority.NORMAL: "normal",
    Priority.PRIORITY: "priority",
    Priority.RED_LINE: "red_line",
}


def priority_value(priority: Priority, vocab: Vocabulary) -> str:
    return vocab[_PRIORITY_WORDS[priority]].lower()


def priority_choices(vocab: Vocabulary) -> list[str]:
    return [priority_value(priority, vocab) for priority in Priority]


def instruction_value(instruction: Instruction | None, vocab: Vocabulary) -> str:
    """Capital's instruction as the sheet writes it: the stance's word, or flexibility's."""
    if instruction is None:
        return ""
    if instruction is Instruction.FLEXIBLE:
        return vocab["flexible"].lower()
    return stance_value(Stance(instruction.value), vocab)


def instruction_choices(vocab: Vocabulary) -> list[str]:
    return [instruction_value(instruction, vocab) for instruction in Instruction]


COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn("id", "col_id", 10, lambda d, i, v: i.id),
    SheetColumn("document", "col_document", 18, lambda d, i, v: d.symbol or d.title),
    SheetColumn("number", "col_number", 8, lambda d, i, v: i.label),
    SheetColumn("text", "col_text", 60, lambda d, i, v: i.text),
    SheetColumn(
        "stance", "col_stance", 14, lambda d, i, v: stance_value(i.stance, v), stance_choices
    ),
    SheetColumn(
        "priority",
        "col_priority",
        14,
        lambda d, i, v: priority_value(i.priority, v),
        priority_choices,
    ),
    SheetColumn("rationale", "col_rationale", 30, lambda d, i, v: i.rationale),
    SheetColumn("note", "col_note", 30, lambda d, i, v: i.note),
    SheetColumn("amendment", "col_amendment", 50, lambda d, i, v: i.amendment),
    SheetColumn(  # capital's instruction (the negotiation day), internal like the note
        "instruction",
        "col_instruction",
        14,
        lambda d, i, v: instruction_value(i.instruction, v),
        instruction_choices,
    ),
)
# The columns a sheet must have to be read back; the rest are optional.
REQUIRED = ("id", "number", "stance")


def write_stance_sheet(
    documents: Sequence[tuple[DocumentRow, Sequence[ItemRow]]],
    out: Path,
    *,
    language: str = "en",
    delegation: str = "",
    issued: date | None = None,
    columns: Sequence[SheetColumn] = COLUMNS,
) -> int:
    """Write every item of `documents` to `out` (.xlsx); returns the number of rows."""
    from openpyxl import Workbook  # lazily: only this export needs it
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    vocab = Vocabulary(language)
    options = ExportOptions(profile=Profile.INTERNAL, language=language)
    title = title_block(
        [Source(document, items) for document, items in documents],
        options,
        vocab,
        title_key="stance_sheet",
        delegation=delegation,
        issued=issued or date.today(),
    )
    book = Workbook()
    sheet = book.active
    sheet.title = vocab["stance_sheet"][:31]
    header_row = write_title_rows(sheet, title)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(header_row, index)
        set_value(cell, vocab[column.heading])
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    row = header_row
    for document, items in documents:
        for item in items:
            row += 1
            for index, column in enumerate(columns, start=1):
                cell = sheet.cell(row, index)
                set_value(cell, column.value(document, item, vocab))
                cell.alignment = wrap
    widths = [column.width for column in columns]
    fit_columns(sheet, widths)
    fit_rows(sheet, header_row + 1, widths)
    first_free = next(i for i, c in enumerate(columns, start=1) if c.key == "stance")
    sheet.freeze_panes = sheet.cell(header_row + 1, first_free).coordinate
    for index, column in enumerate(columns, start=1):
        if column.choices is None:
            continue
        listed = ",".join(column.choices(vocab))
        validation = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
        sheet.add_data_validation(validation)
        letter = get_column_letter(index)
        validation.add(f"{letter}{header_row + 1}:{letter}{max(row, header_row + 1)}")
    set_up_printing(sheet, vocab, title.classification, header_row)
    save_workbook(book, out, title, language)
    return row - header_row
