"""Pages set in two columns (verbatim records, journals, treaties printed side by side): each
column read as a page of its own, its lines moved to the left column's margin.

The layout rules (pdf_regions, pdf_layout) measure one text column: a line that starts far right
of its margin is a table's, a line that stops short ends a paragraph. On a page in two columns
every line of the right column starts far right of the margin, and the move from the foot of one
column to the head of the next climbs back up the page as a table read column by column does.
So a column is given to them as a page: the structure already decides whether a page's first
paragraph continues the one before (it knows the numbering), and a column break is no other.

A page is in columns when its lines of running text (body-size lines of some length) fall on
either side of a gutter no such line crosses, with enough of them on each side; and the document
is when that holds on a good share of its pages, so that a table of two wrapped text columns on
one page of a report is not taken for it. Lines above and below the columns (a cover, a title
across the page, notes set across its foot) stay a page of their own, in their place.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from cybertrack.importers.pdf_lines import Line

_PROSE_CHARACTERS = 12  # a line of running text, in any script (no word count for Chinese)
_MIN_PROSE = 8  # running-text lines a page needs before its columns are looked for
_MIN_SIDE = 4  # lines of running text on each side of the gutter
_MAX_CROSSING = 0.1  # of the running-text lines: a title across the page, a wide table row
_MIN_MARGIN = 0.4  # of a column's lines start at its margin (the rest: first-line indents)
# What makes a page's evidence that the document is set in columns: columns alike in their
# number of lines and width, each line starting at its column's margin (a table's columns of
# wrapped cells differ in both, and hold several margins each).
_STRICT_MARGIN = 0.6
_ALIKE = 0.6
_GUTTER = 6.0  # points between a left-column line's end and the right column's margin, at least
_MIN_PAGES = 0.4  # of the pages with running text: the document is set in columns
_SIZE = 0.6  # points: the body size


def split_columns(pages: list[list[Line]], body: float) -> list[list[Line]]:
    """The pages with each page in columns split into its parts: lines above the columns, the
    left column, the right column (moved to the left one's margin), lines below them."""
    measured = sum(1 for lines in pages if len(_prose(lines, body)) >= _MIN_PROSE)
    found = sum(1 for lines in pages if _gutter(lines, body, strict=True) is not None)
    if not found or found < _MIN_PAGES * measured:
        return pages
    # The document is: each page's columns found, however short (a last page, a cover's foot).
    gutters = [_gutter(lines, body, strict=False) for lines in pages]
    out: list[list[Line]] = []
    for lines, gutter in zip(pages, gutters, strict=True):
        if gutter is None:
            out.append(lines)
        else:
            out += [part for part in _parts(lines, body, gutter) if part]
    return out


def _prose(lines: list[Line], body: float) -> list[Line]:
    """Lines of running text: body-size, of some length, in one piece (a table's row, split
    into cells, may cross the gutter of a page in columns)."""
    return [
        line
        for line in lines
        if abs(line.size - body) < _SIZE
        and len(line.text.strip()) >= _PROSE_CHARACTERS
        and len(line.cells) < 2
    ]


def _margin(lines: list[Line]) -> float:
    return float(Counter(round(line.x0) for line in lines).most_common(1)[0][0])


def _gutter(lines: list[Line], body: float, strict: bool) -> float | None:
    """Where the right column starts, if the page's running text stands in two columns."""
    prose = _prose(lines, body)
    if len(prose) < (_MIN_PROSE if strict else _MIN_SIDE):
        return None
    leftmost = min(line.x0 for line in prose)
    starts = Counter(round(line.x0) for line in prose if line.x0 > leftmost + 100)
    best: tuple[int, float] | None = None
    for start, count in starts.items():
        if count < _MIN_SIDE * _MIN_MARGIN:
            continue
        right = [line for line in prose if line.x0 >= start - 3]
        left = [line for line in prose if line.x1 <= start - _GUTTER]
        crossing = len(prose) - len(right) - len(left)
        side = min(len(left), len(right))
        if (
            side < (_MIN_SIDE if strict else 1)
            or crossing > _MAX_CROSSING * len(prose)
            or not _has_margin(left, _STRICT_MARGIN if strict else _MIN_MARGIN)
            or not _has_margin(right, _STRICT_MARGIN if strict else _MIN_MARGIN)
            or (strict and not _alike(left, right))
        ):
            continue
        if best is None or side > best[0]:
            best = (side, float(start))
    return None if best is None else best[1]


def _has_margin(lines: list[Line], share: float) -> bool:
    """Most lines of a column start at one margin (the others indented: a first line, a
    hanging number), as text set in a column does; a table's wrapped cells start anywhere."""
    margin = _margin(lines)
    return sum(1 for line in lines if abs(line.x0 - margin) < 3) >= share * len(lines)


def _alike(left: list[Line], right: list[Line]) -> bool:
    """Two columns of one layout: about as many lines, and as wide."""
    counts = sorted((len(left), len(right)))
    widths = sorted((_width(left), _width(right)))
    return counts[0] >= _ALIKE * counts[1] and widths[0] >= _ALIKE * widths[1]


def _width(lines: list[Line]) -> float:
    margin = _margin(lines)
    ends = sorted(line.x1 - margin for line in lines)
    return ends[int(len(ends) * 0.9)]


def _parts(lines: list[Line], body: float, gutter: float) -> list[list[Line]]:
    """The page in reading order: runs of lines across the page stay as they are; each run of
    column lines becomes its left column, then its right one (whichever order the file holds
    them in: column by column, or row by row across the gutter)."""
    prose = _prose(lines, body)
    top = max(line.y for line in prose) + 3 * body
    bottom = min(line.y for line in prose) - 3 * body
    left_margin = _margin([line for line in prose if line.x1 <= gutter - _GUTTER])
    right_margin = _margin([line for line in prose if line.x0 >= gutter - 3])
    shift = right_margin - left_margin
    parts: list[list[Line]] = []
    across: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []

    def close_columns() -> None:
        parts.extend((left.copy(), [_moved(line, shift) for line in right]))
        left.clear()
        right.clear()

    for line in lines:
        if bottom <= line.y <= top and line.x0 >= gutter - 3:
            side: list[Line] | None = right
        elif bottom <= line.y <= top and line.x1 <= gutter - _GUTTER:
            side = left
        else:
            side = None
        if side is None:
            if left or right:
                close_columns()
            across.append(line)
            continue
        if across:
            parts.append(across)
            across = []
        side.append(line)
    if left or right:
        close_columns()
    if across:
        parts.append(across)
    return parts


def _moved(line: Line, shift: float) -> Line:
    return dataclasses.replace(
        line,
        x0=line.x0 - shift,
        x1=line.x1 - shift,
        cells=[(x0 - shift, x1 - shift) for x0, x1 in line.cells],
        cell_texts=list(line.cell_texts),
    )
