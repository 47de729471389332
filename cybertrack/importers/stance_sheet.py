"""Reading an edited stance workbook back: rows as plain data, nothing matched or written yet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code

REQUIRED = ("Item ID", "Item", "Stance")
OPTIONAL = ("Priority", "Public reason", "Internal note", "Proposed wording")


@dataclass(frozen=True)
class SheetRow:
    """One row as the user left it; None means 'column absent', so the field is not touched."""

    row: int
    item_id: str
    label: str
    stance: str
    priority: str | None
    rationale: str | None
    note: str | None
    amendment: str | None


def read_stance_sheet(path: Path) -> list[SheetRow]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(str(path), read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise ImportFailed(Code.SHEET_UNREADABLE, name=path.name) from exc
    except Exception as exc:  # zipfile.BadZipFile and friends: still one sentence
        raise ImportFailed(Code.SHEET_DAMAGED, name=path.name, reason=str(exc)) from exc
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(v).strip() if v is not None else "" for v in next(rows, ())]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        book.close()
        raise ImportFailed(Code.SHEET_NO_COLUMN, name=path.name, column=missing[0])
    where = {name: header.index(name) for name in (*REQUIRED, *OPTIONAL) if name in header}
    result = []
    for number, values in enumerate(rows, start=2):
        cells = ["" if v is None else str(v).strip() for v in values]
        if not any(cells):
            continue

        def cell(name: str, cells: list[str] = cells) -> str | None:
            if name not in where:
                return None
            index = where[name]
            return cells[index] if index < len(cells) else ""

        result.append(
            SheetRow(
                row=number,
                item_id=cell("Item ID") or "",
                label=cell("Item") or "",
                stance=cell("Stance") or "",
                priority=cell("Priority"),
                rationale=cell("Public reason"),
                note=cell("Internal note"),
                amendment=cell("Proposed wording"),
            )
        )
    book.close()
    return result
