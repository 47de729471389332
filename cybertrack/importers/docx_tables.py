"""A Word table as the reader takes it: read two ways, as a table or as the items or list it
holds; the document decides which (`docx_reader.paged_blocks`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from cybertrack.domain.units import Revision
from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.labels import (
    is_lone_label,
    is_lone_subitem,
    match_label,
    reads_as_text,
    table_number,
)
from cybertrack.importers.text_furniture import is_printer_line

ITEM_TABLE_ROWS = 3
_LONGEST_SUBITEM = 8  # "(viii) " and its spaces


class Paragraph(NamedTuple):
    """What the reader takes from one `w:p`; a table keeps only its text and number."""

    text: str
    auto_label: str | None
    heading: bool
    level: int
    revision: Revision | None = None
    other_text: str | None = None
    note: bool = False  # set in Word's footnote style: a table's note ("a The survey ...")


@dataclass
class Table:
    """A table read two ways; the document decides which (see `docx_reader.paged_blocks`)."""

    rows: list[list[list[Paragraph]]]
    first: bool
    cell_lines: list[str]
    # A one-row table whose one numbered cell holds the running text (a template's frame):
    # its paragraphs as the body's, with their numbers and styles (`_frame`).
    frame: list[Block]

    @functools.cached_property
    def texts(self) -> list[list[str]]:
        return [
            [" ".join(b.text.strip() for b in cell if b.text.strip()) for cell in row]
            for row in self.rows
        ]

    @property
    def labelled(self) -> int:
        if self.numbers_column:
            return len(self.rows)
        return sum(1 for row in self.rows if row and opens_with_label(row[0]))

    @property
    def numbers_column(self) -> bool:
        """The first column numbers the rows with bare numbers counting up ("No." | 1 | 2 |
        3 ...), as a list of recommendations or proposals set as a table is: a table of
        figures (years, amounts) does not count up by one."""
        numbers = [
            n
            for row, cells in zip(self.rows, self.texts, strict=True)
            if row
            and (n := _bare_number(row[0])) is not None
            and reads_as_text(" ".join(cells[1:]))
        ]
        return len(numbers) >= ITEM_TABLE_ROWS and all(
            int(b) == int(a) + 1 for a, b in pairwise(numbers)
        )

    @property
    def as_table(self) -> list[Block]:
        if self.first and self.labelled < ITEM_TABLE_ROWS:
            return [Block(line) for line in self.cell_lines]  # the first page's symbol block
        return [Block(t, role=BlockRole.TABLE) for row in self.texts for t in row if t]

    @property
    def as_list(self) -> list[Block]:
        """A list set as a table, each row a sub-item's label ("(a)", "(ii)", a bullet) in a
        cell of its own beside its text, as a PDF converted to Word sets a hanging indent: its
        rows as the sub-paragraphs they print as, when they are most of the table's rows (a
        converter may set the page's running title in its first row: table text still, the
        page's furniture). Else none."""
        if not any(_lone_subitem_cell(row) for row in self.rows):
            return []  # most tables: no row to look at twice
        # A converter may set the page's job and page numbers in the same row: not text.
        rows = [
            filled
            for cells in self.texts
            if (filled := [t for t in cells if t and not is_printer_line(t)])
        ]
        listed = [len(row) == 2 and is_lone_subitem(row[0]) for row in rows]
        if not rows or sum(listed) * 2 <= len(rows):
            return []
        blocks: list[Block] = []
        for row, is_list in zip(rows, listed, strict=True):
            if is_list:
                blocks.append(Block(" ".join(row)))
            else:
                blocks.extend(Block(text, role=BlockRole.TABLE) for text in row)
        return blocks

    @property
    def as_items(self) -> list[Block]:
        """Rows opening with a number are items (their other cells stay table text). A number
        alone in its cell ("Article 6" | its draft text | the proposals on it, as compilations
        set them) numbers the text of the next cell."""
        if self.labelled < ITEM_TABLE_ROWS:
            return []
        blocks: list[Block] = []
        by_number = self.numbers_column
        for row, cells in zip(self.rows, self.texts, strict=True):
            filled = [t for t in cells if t]
            number = _bare_number(row[0]) if by_number and row else None
            following = _first_filled(cells[1:])
            if number is not None and following is not None:
                blocks.append(Block(cells[1 + following], auto_label=number))
                blocks.extend(Block(t, role=BlockRole.TABLE) for t in cells[2 + following :] if t)
            elif row and opens_with_label(row[0]):
                text, rest = cells[0], cells[1:]
                auto_label = next((b.auto_label for b in row[0] if b.text.strip()), None)
                following = _first_filled(rest)
                if following is not None and _number_alone(text, auto_label):
                    text = f"{text} {rest[following]}" if auto_label is None else rest[following]
                    rest = rest[following + 1 :]
                blocks.append(Block(text, auto_label=auto_label))
                blocks.extend(Block(t, role=BlockRole.TABLE) for t in rest if t)
            elif filled and len(set(filled)) == 1:
                blocks.append(Block(filled[0], heading_hint=True))  # a row across the table
            else:
                blocks.extend(Block(t, role=BlockRole.TABLE) for t in filled)
        return blocks


def _lone_subitem_cell(row: list[list[Paragraph]]) -> bool:
    """Whether a cell of the row holds a sub-item's label alone ("(a)", "ii)", a bullet)."""
    return any(  # the label's cell is the first, or the second after a converter's marks
        len(cell) == 1 and len(cell[0].text) <= _LONGEST_SUBITEM and is_lone_subitem(cell[0].text)
        for cell in row[:2]
    )


def _number_alone(text: str, auto_label: str | None) -> bool:
    """A cell that holds an item's number and nothing else ("Article 6", "12.", or Word's
    automatic number on an empty paragraph)."""
    if auto_label is not None:
        return not text.strip()
    return is_lone_label(text)


def _bare_number(cell: Sequence[Paragraph]) -> str | None:
    """The bare number a cell holds and nothing else ("12")."""
    texts = [p.text for p in cell if p.text.strip()]
    return table_number(texts[0]) if len(texts) == 1 else None


def _first_filled(cells: list[str]) -> int | None:
    return next((i for i, t in enumerate(cells) if t), None)


def opens_with_label(cell: Sequence[Block | Paragraph]) -> int:
    first = next((b for b in cell if b.text.strip()), None)
    if first is None:
        return 0
    if first.auto_label is not None and first.auto_label != "•":
        return 1
    return int(match_label(" ".join(first.text.split())) is not None or is_lone_label(first.text))
