"""The stance table as an Excel workbook: one row per item, the delegation's safety net.

The first column is the item's id, the key the import matches rows by; the label is checked as
well, so a sheet from another workspace cannot update the wrong paragraphs. Stance and priority
cells offer their allowed values as a drop-down list.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cybertrack.domain.model import DocumentRow, ItemRow
from cybertrack.domain.positions import Priority

COLUMNS = (
    "Item ID",
    "Document",
    "Item",
    "Text",
    "Stance",
    "Priority",
    "Public reason",
    "Internal note",
    "Proposed wording",
)
STANCES = ("support", "oppose", "amend", "")
PRIORITIES = tuple(p.value for p in Priority)
_WIDTHS = (9, 24, 8, 70, 11, 11, 40, 40, 60)


def write_stance_sheet(
    documents: Sequence[tuple[DocumentRow, Sequence[ItemRow]]], out: Path
) -> int:
    """Write every item of `documents` to `out` (.xlsx); returns the number of rows."""
    from openpyxl import Workbook  # lazily: only this export needs it
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Stances"
    sheet.append(COLUMNS)
    rows = 0
    for document, items in documents:
        name = document.symbol or document.title
        for item in items:
            sheet.append(
                (
                    item.id,
                    name,
                    item.label,
                    item.text,
                    item.stance.value if item.stance else "",
                    item.priority.value,
                    item.rationale,
                    item.note,
                    item.amendment,
                )
            )
            rows += 1
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    sheet.freeze_panes = "E2"
    last = rows + 1
    stance_list = DataValidation(type="list", formula1='"support,oppose,amend"', allow_blank=True)
    priority_list = DataValidation(type="list", formula1=f'"{",".join(PRIORITIES)}"')
    sheet.add_data_validation(stance_list)
    sheet.add_data_validation(priority_list)
    stance_list.add(f"E2:E{last}")
    priority_list.add(f"F2:F{last}")
    book.properties.creator = ""
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(out))
    return rows
