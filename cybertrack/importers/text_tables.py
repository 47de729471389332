"""Tables as text extraction prints them, told from paragraphs by their figures.

pdftotext without -layout prints a table a cell to a line, each a chunk of its own: a
numbered row ("1. Reports to the Commission ...") over "3", "3", "3", "2", and a budget's
column heads ("(1)", "(2)", "(3)=(1)-(2)"). With -layout it prints a row as its words, then
its figures at the right of the row's last line ("... development      3   3   3   2").
A page's number stands once, never three in a row. LibreOffice's text of a Word file prints
a table a cell to a line too, with no blank line between the cells (`table_lines`).
"""

from __future__ import annotations

import re
from itertools import takewhile

_CELL = r"(?:[-–—]|[([]?\d[\d,.]*[)\]]?%?(?:[=+÷×*/-]\(\d{1,2}\))*)"
_VALUE = re.compile(rf"{_CELL}(?:\s+{_CELL})*")  # "3", "1 234.5", "– [6]", "12%"
_TRAILING_FIGURES = re.compile(rf"\S {{3,}}{_CELL}(?: +{_CELL}){{2,}}$")
_VALUE_START = frozenset("0123456789([-–—")  # what a figure or a dash opens with
_LETTER = re.compile(r"[^\W\d_]")
_MANDATE = re.compile(
    r"(?:[A-Z]{1,2}-)?\d{1,4}/\d{1,4}(?: [A-Z])?|\d{1,4} \((?:[IVXLC]{1,6}|\d{4})\)"
)
_SYMBOL_LONGEST = 16
ROW_LINES = 5  # lines of a table's row over its figures (a paragraph runs longer)
_ROW_VALUES = 3  # figures in a row: a table's, not a paragraph's
_ROW_CELLS = 4  # cells parted by tabs on one line: a table's row


def _figure(text: str) -> bool:
    """A figure or dash (or a few on one line): a table's cell."""
    return _VALUE.fullmatch(text.strip()) is not None


def _cell_value(lines: list[str]) -> bool:
    """A chunk that is one line, a figure or dash: a table's cell."""
    return len(lines) == 1 and _figure(lines[0])


def table_chunks(chunks: list[list[str]]) -> list[bool]:
    """Which of a page's chunks are table text: those in a run of figures, and the chunk
    each run of figures follows (the row they are the cells of)."""
    values = [_cell_value(lines) for lines in chunks]
    marked = [False] * len(values)
    start = 0
    for end in range(len(values) + 1):
        if end == len(values) or not values[end]:
            if end - start >= _ROW_VALUES:
                marked[start:end] = [True] * (end - start)
            start = end + 1
    for index in range(len(values)):
        row = values[index + 1 : index + 1 + _ROW_VALUES]
        marked[index] = marked[index] or (len(row) == _ROW_VALUES and all(row))
    return marked


def table_lines(lines: list[str]) -> list[bool]:
    """Which lines of a chunk are table text: a table printed a cell to a line with no blank
    line between its cells (LibreOffice's or Word's text of a report, pdftotext where the
    cells stand close), its row's words over "27", "25", "27", "21"."""
    mandates = _mandate_list(lines)
    if mandates is not None:
        return mandates
    # Most chunks hold no figure, or one (a paragraph's hanging number): asked cheaply first.
    candidates = sum(1 for line in lines if line[:1] in _VALUE_START and not _LETTER.search(line))
    if not candidates:
        return [False] * len(lines)
    only_figures = candidates == len(lines) and all(map(_figure, lines))
    if only_figures and (len(lines) > 1 or not any(c.isalnum() for c in lines[0])):
        return [True] * len(lines)  # a chart's axis, "–" over "2023", a dash: no text
    if candidates < _ROW_VALUES:
        return [False] * len(lines)
    return table_chunks([[line] for line in lines])


def _symbol(line: str) -> bool:
    """A resolution's or decision's number alone: "32/197", "80/84 B", "S-20/2", "1998/46",
    "671 (XXV)", "1540 (2004)" (a short line: most lines are asked nothing more)."""
    return len(line) <= _SYMBOL_LONGEST and bool(_MANDATE.fullmatch(line))


def _mandate_list(lines: list[str]) -> list[bool] | None:
    """A budget section's list of mandates printed a cell to a line: a resolution's number
    over its title, the whole chunk or three or more; None when the chunk holds no such
    list."""
    symbols = [_symbol(line) for line in lines]
    if not any(symbols):
        return None
    pairs = len(lines) % 2 == 0 and all(symbols[0::2]) and not any(symbols[1::2])
    if not pairs and sum(symbols) < _ROW_VALUES:
        return None  # a pair alone, with other text: one list entry the chunk also holds
    return [found or (at > 0 and symbols[at - 1]) for at, found in enumerate(symbols)]


def tabbed_row(line: str) -> bool:
    """A table's row as Word's text of it prints one: its cells on one line, parted by tabs,
    three figures or more at its end ("1.<tab>Issues<tab>14<tab>15<tab>14"), or four cells or
    more (a row of column heads). A numbered paragraph has two ("16.1<tab>The Office ...")."""
    if "\t" not in line:
        return False
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    if len(cells) >= _ROW_CELLS or (len(cells) == 2 and _symbol(cells[0])):
        return True  # a row of heads, or a mandate: "32/197<tab>Restructuring of ..."
    figures = len(list(takewhile(_figure, reversed(cells))))
    return figures >= _ROW_VALUES and len(cells) > figures


def ends_row(line: str) -> bool:
    """A line ending in figures after a wide gap: the last line of a table's row (-layout)."""
    return "   " in line and _TRAILING_FIGURES.search(line) is not None
