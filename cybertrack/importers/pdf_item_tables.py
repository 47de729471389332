"""A table of items in a PDF: each row a provision, its number alone in the first cell
("Article 6", "12."), its text in the next column, the proposals or comments on it after (a
compilation of proposals, as secretariats set them).

Read as a table, the rows' text was table text, or, where a row's first line read as a
numbered paragraph, an item that took the text of whatever lines followed it: other columns
glued to it and the next rows lost, without a word. Here each row becomes one line of running
text, its number and its text column read down the row; what the other columns hold stays table
text. As in a Word file, only in a document whose numbered paragraphs are all in such a table:
a report's numbered staffing table is a table.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from cybertrack.importers.labels import is_lone_label, match_label, reads_as_text, table_number
from cybertrack.importers.pdf_lines import Line
from cybertrack.importers.pdf_regions import Region, opens_numbered
from cybertrack.importers.pdf_words import join_lines

_MIN_ROWS = 3
_SAME_X = 3.0


def item_table_rows(pages: list[list[Line]], found: list[list[Region]]) -> None:
    """Each page's rows of a table of items made one running-text line each (in place)."""
    if _first_column_items(pages, found):
        return
    _mark_counted_rows(pages)
    tabled = sum(
        1
        for lines in pages
        for index, line in enumerate(lines)
        if _row_label(line) and (line.text_row_number or _row(lines, index).others)
    )
    if tabled < _MIN_ROWS:
        return  # no row with a column beyond its text: "12.<tab>text" is a paragraph
    paragraphs = sum(
        1
        for lines in pages
        for line in lines
        if len(line.cells) == 1 and opens_numbered(line.text) and not is_lone_label(line.text)
    )
    if paragraphs >= _MIN_ROWS:
        return  # numbered paragraphs of its own: a table with numbered rows is a table
    starts = Counter(
        round(line.cells[1][0]) for lines in pages for line in lines if _row_label(line)
    )
    column = float(starts.most_common(1)[0][0])
    for index, lines in enumerate(pages):
        pages[index], found[index] = _joined(lines, found[index], column)


def _row_label(line: Line) -> bool:
    """A row whose first cell is an item's number alone and whose next cell is text."""
    return (
        len(line.cells) >= 2
        and (is_lone_label(line.cell_texts[0]) or line.text_row_number)
        and any(c.isalpha() for c in line.cell_texts[1])
    )


def _mark_counted_rows(pages: list[list[Line]]) -> None:
    """The rows of a "No." column: bare numbers counting up by one, each beside a cell of
    words (a list of recommendations as a table), marked on their lines."""
    chain: list[Line] = []
    for lines in pages:
        for line in lines:
            number = table_number(line.cell_texts[0]) if len(line.cells) >= 2 else None
            if number is None or not reads_as_text(line.cell_texts[1]):
                continue
            if not chain or int(number) == int(chain[-1].cell_texts[0]) + 1:
                chain.append(line)
    if len(chain) >= _MIN_ROWS:
        for line in chain:
            line.text_row_number = True


@dataclasses.dataclass
class _Row:
    texts: list[str]  # the text column, line by line
    others: list[str]  # the columns right of it
    right: float  # where the text column ends
    end: int  # the index of the line after the row


def _row(lines: list[Line], start: int) -> _Row:
    """The row that opens at `lines[start]`: its text column and the columns right of it,
    down to the next row or back at the margin (the running text after the table)."""
    line = lines[start]
    column = line.cells[1][0]  # where the row's text column starts
    row = _Row([line.cell_texts[1]], list(line.cell_texts[2:]), line.cells[1][1], start + 1)
    return _rest_of_row(lines, row, column)


def _rest_of_row(lines: list[Line], row: _Row, column: float) -> _Row:
    while row.end < len(lines) and not _row_label(lines[row.end]):
        following = lines[row.end]
        if following.x0 < column - _SAME_X:
            break
        if abs(following.x0 - column) < _SAME_X:
            row.texts.append(following.cell_texts[0])
            row.others += following.cell_texts[1:]
            row.right = max(row.right, following.cells[0][1])
        else:
            row.others += following.cell_texts
        row.end += 1
    return row


def _joined(
    lines: list[Line], regions: list[Region], column: float
) -> tuple[list[Line], list[Region]]:
    out: list[Line] = []
    kinds: list[Region] = []
    index = 0
    if lines and abs(lines[0].x0 - column) < _SAME_X and not _row_label(lines[0]):
        # The page opens in the text column: the last row of the page before goes on.
        row = _rest_of_row(lines, _Row([], [], lines[0].x1, 0), column)
        if row.texts:
            _add_row(out, kinds, lines[0], join_lines(row.texts), row)
            index = row.end
    while index < len(lines):
        line = lines[index]
        if not _row_label(line):
            out.append(line)
            kinds.append(regions[index])
            index += 1
            continue
        row = _row(lines, index)
        index = row.end
        number = line.cell_texts[0] + ("." if line.text_row_number else "")  # "12" -> "12."
        _add_row(out, kinds, line, f"{number} {join_lines(row.texts)}", row)
    return out, kinds


def _add_row(out: list[Line], kinds: list[Region], line: Line, text: str, row: _Row) -> None:
    """The row as one running-text line at `line`, then its other columns as table text."""
    cells = [(line.x0, row.right)]
    out.append(dataclasses.replace(line, x1=row.right, text=text, cells=cells, cell_texts=[text]))
    kinds.append(Region.BODY)
    for other in filter(None, row.others):
        out.append(dataclasses.replace(line, text=other, cells=[], cell_texts=[other]))
        kinds.append(Region.TABLE)


def _first_column_items(pages: list[list[Line]], found: list[list[Region]]) -> bool:
    """A table whose first column holds the items, each opening with its number ("28.212
    Continue its legislative ...", a thematic list of recommendations), the others what is
    said of them (a position, themes, comments). Where every numbered paragraph of the
    document is in such a column, that column is read as running text (in place), its lines
    cut from the other cells; the other columns stay table text. True when it was so."""
    numbered = [
        (line, region)
        for lines, regions in zip(pages, found, strict=True)
        for line, region in zip(lines, regions, strict=True)
        if line.cell_texts
        and match_label(line.cell_texts[0]) is not None  # an item's number, not a bullet
        and not is_lone_label(line.cell_texts[0])
        and not line.bold
    ]
    tabled = [line for line, region in numbered if region is Region.TABLE]
    if len(tabled) < _MIN_ROWS or len(numbered) - len(tabled) >= _MIN_ROWS:
        return False
    start = Counter(round(line.cells[0][0]) for line in tabled).most_common(1)[0][0]
    size = Counter(line.size for line in tabled).most_common(1)[0][0]
    first_row = next((line for line, _ in numbered if abs(line.x0 - start) < _SAME_X), None)
    if first_row is None:
        return False
    inside = False  # from the table's first row on
    for index, (lines, regions) in enumerate(zip(pages, found, strict=True)):
        out: list[Line] = []
        kinds: list[Region] = []
        for line, region in zip(lines, regions, strict=True):
            inside = inside or line is first_row
            first_cell = bool(line.cells) and abs(line.cells[0][0] - start) < _SAME_X
            if inside and not first_cell and line.x0 > start + _SAME_X:
                region = Region.TABLE  # another column's cell (read as the cover's on page 1)
            if region is not Region.TABLE or not first_cell or line.bold or line.size != size:
                out.append(line)
                kinds.append(region)
                continue
            (left, right), text = line.cells[0], line.cell_texts[0]
            out.append(
                dataclasses.replace(
                    line, x0=left, x1=right, text=text, cells=[(left, right)], cell_texts=[text]
                )
            )
            kinds.append(Region.BODY)
            if len(line.cells) > 1:
                rest = " ".join(line.cell_texts[1:])
                cells, texts = line.cells[1:], line.cell_texts[1:]
                out.append(
                    dataclasses.replace(
                        line, x0=cells[0][0], text=rest, cells=cells, cell_texts=texts
                    )
                )
                kinds.append(Region.TABLE)
        pages[index], found[index] = out, kinds
    return True
