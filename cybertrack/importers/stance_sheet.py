"""Reading an edited stance workbook back: rows as plain data, nothing matched or written yet.

The table may sit below a title block: its header row is the first row that names the required
columns. Headings are matched to column keys through `headings` (the caller knows them in every
language, and the names earlier versions wrote). Every cell is cleaned like typed text (a soft
line break becomes a line break, control characters go).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.domain.text import clean_text

# How far down a header row may sit (below the title block).
HEADER_SEARCH_ROWS = 30
# Excel writes a character XML cannot hold as _xHHHH_ (a pasted soft line break is _x000B_);
# openpyxl leaves the escape in the text.
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def heading_key(text: str) -> str:
    """A heading as it is looked up: case and spacing do not matter."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class SheetRow:
    """One row as the user left it: the text of each column the sheet has, by column key. A
    column the sheet lacks is absent, so the field it holds is not touched."""

    row: int
    values: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    @property
    def item_id(self) -> str:
        return self.values.get("id", "")

    @property
    def label(self) -> str:
        return self.values.get("number", "")

    @property
    def stance(self) -> str:
        return self.values.get("stance", "")


def read_stance_sheet(
    path: Path, headings: Mapping[str, str], required: Mapping[str, str]
) -> list[SheetRow]:
    """Rows of the first sheet of `path`. `headings`: heading_key(text) -> column key;
    `required`: column key -> its name for the error when a sheet lacks it."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(str(path), read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise ImportFailed(Code.SHEET_UNREADABLE, name=path.name) from exc
    except Exception as exc:  # zipfile.BadZipFile and friends: still one sentence
        raise ImportFailed(Code.SHEET_DAMAGED, name=path.name, reason=str(exc)) from exc
    try:
        return _rows(book.worksheets[0].iter_rows(values_only=True), path, headings, required)
    finally:
        book.close()


def _rows(
    rows: Any, path: Path, headings: Mapping[str, str], required: Mapping[str, str]
) -> list[SheetRow]:
    numbered = enumerate(rows, start=1)
    best: dict[str, int] = {}
    where: dict[str, int] | None = None
    for number, values in numbered:
        found: dict[str, int] = {}
        for index, value in enumerate(values):
            key = headings.get(heading_key(_text(value)))
            if key is not None and key not in found:
                found[key] = index
        if all(key in found for key in required):
            where = found
            break
        if len(found) > len(best):
            best = found
        if number >= HEADER_SEARCH_ROWS:
            break
    if where is None:
        missing = next(name for key, name in required.items() if key not in best)
        raise ImportFailed(Code.SHEET_NO_COLUMN, name=path.name, column=missing)
    result = []
    for number, values in numbered:  # the rows below the header
        cells = [_text(v) for v in values]
        if any(cells):
            found_values = {
                key: (cells[index] if index < len(cells) else "") for key, index in where.items()
            }
            result.append(SheetRow(number, found_values))
    return result


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), str(value))
    return clean_text(text).strip()
