"""What each line of a page is: running text, a table's text or a footnote.

- Footnotes: the run of lines in smaller type at the foot of a page, from the first one that
  opens with a mark ("1", "*", "a"), and addresses (URLs) set at the foot; the separator drawn
  with underscores is no text at all.
- Tables: lines split into cells by wide gaps (unless the first cell is only the paragraph's
  number or bullet), lines the reading order visits going back up the page (the cells of one
  row wrap side by side), lines in smaller type that are not footnotes (tables, charts, notes
  under a table), the lines held between those, and the caption just above a table.
- Everything else is running text, the paragraphs and headings.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections import Counter

from cybertrack.importers.labels import is_subitem, match_label
from cybertrack.importers.pdf_lines import Line


class Region(enum.Enum):
    BODY = "body"
    TABLE = "table"
    FOOTNOTE = "footnote"
    NOTHING = "nothing"  # a drawn separator, no text


_STARRED = re.compile(r"^(\*{1,4})\s*\S")
_STARRED_LINES = 4  # a starred note at the foot of a page runs to so many lines at most
FOOTNOTE_MARK = re.compile(r"^(?:\d{1,3}|[*†‡§]{1,4}|[a-z])(?:\s|$)")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_NO_TEXT = re.compile(r"^[\W_]*$")
# A paragraph's number or bullet, in any scheme: "•", "12.", "3)", "(3)", "16.10", "29B.10",
# "IS1.3", "5.II.3", "121.1.", "(a)", "a)", "(iv)", "A.", "IV." (a date's "8 April" is none).
_LABEL = (
    r"(?:[•·▪◦‣–—-]|(?:IS)?\d{1,3}[A-Z]?(?:\.[\dIVXLC]{1,4})+\.?|\d{1,4}[.)]|\(\d{1,4}\)"
    r"|\(?[a-z]{1,4}\)|[A-Z]\.|[IVXLC]{1,6}\.)"
)
_BULLET = re.compile(f"^{_LABEL}$")
# A line that opens with a paragraph number or bullet, then words.
_NUMBERED = re.compile(f"^{_LABEL}\\s+\\S*[^\\W\\d_]")
_WORD_OF_TEXT = re.compile(r"[^\W\d_]{2,}")
# "Table 16.3", "Figure 14.XVIII", "Table 29B.1", "Cuadro 2": a word and a number, nothing else.
_CAPTION = re.compile(r"^[A-Z]\w+\s+(?:\d+[A-Z]?(?:[.–-][\dA-Z]+)*|[IVXL]+)$")
_SMALLER = 0.92  # of the body size: footnotes, tables and notes are set smaller (9 on 10)
_LIST_SIZE = 0.85  # a list a point smaller than the body (11 on 12, 9 on 10.5)
# A bullet glyph, then words (a dash opens table cells and notes too often to count).
_LIST_BULLET = re.compile(r"^[•·▪◦‣]\s*\S*[^\W\d_]")
_NARROW, _NARROW_RUN = 0.25, 4  # a quarter of the text's width, four lines in a row
_CAPTION_LINES = 5  # a caption and its title: "Figure 16.III", then up to five lines


def opens_numbered(text: str) -> bool:
    """The line opens with a paragraph number (of any scheme: "12.", "16.3", "29B.10",
    "5.II.3", "(a)") or a bullet, then words."""
    text = text.strip()
    return match_label(text) is not None or is_subitem(text) or bool(_NUMBERED.match(text))


def body_size(pages: list[list[Line]]) -> float:
    """The size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def text_column(pages: list[list[Line]], body: float) -> tuple[float, float]:
    """Where the running text's lines start and end on most pages (after the cover)."""
    after_cover = [line for page in pages for line in page if line.page > 0]
    every = after_cover or [line for page in pages for line in page]
    lines = [line for line in every if abs(line.size - body) < 0.6]
    starts = Counter(round(line.x0) for line in lines)
    ends = sorted(line.x1 for line in lines)
    left = starts.most_common(1)[0][0] if starts else 0.0
    return left, ends[int(len(ends) * 0.9)] if ends else left


def regions(
    lines: list[Line], body: float, column: tuple[float, float], first_page: bool
) -> list[Region]:
    """One region per line of one page (lines in reading order, furniture already gone)."""
    found = [Region.BODY] * len(lines)
    _footnotes(lines, body, found)
    _starred_note(lines, found)
    for index, line in enumerate(lines):
        if found[index] is not Region.BODY:
            continue
        if _NO_TEXT.match(line.text):
            found[index] = Region.NOTHING
        elif (
            (line.size < body * _SMALLER and not _centred_heading(line, column))
            or _is_row(line)
            or (not first_page and _off_column(line, column))
        ):
            found[index] = Region.TABLE
    if not first_page:
        _narrow_column(lines, found, column)
    _going_back_up(lines, found)
    _cell_continuations(lines, found)
    _held_between(lines, found)
    _captions(lines, found)
    _bulleted_list(lines, found, body, column)
    if first_page:
        # The cover block (symbol, distribution, date) is set in cells and read out of
        # order: the front matter, not a table.
        for index, line in enumerate(lines):
            cover = line.y > line.page_height * 0.6 and len(line.cells) <= 2
            if found[index] is Region.TABLE and line.size >= body * _SMALLER and cover:
                found[index] = Region.BODY
        _letterhead(lines, found, body)
    return found


def _letterhead(lines: list[Line], found: list[Region], body: float) -> None:
    """A statement's letterhead and salutation set a point smaller than its paragraphs
    ("Permanent Mission of Norway ...", "Madam Chair," in 11 on 12), lines of one cell
    before the first numbered paragraph of the first page: the cover's, not a table (as a
    table, the statement's heading after them was read as its caption: no title)."""
    for index, line in enumerate(lines):
        if found[index] is Region.BODY and opens_numbered(line.text):
            return
        if (
            found[index] is Region.TABLE
            and len(line.cells) == 1
            and line.size >= body * _LIST_SIZE
            and not _is_row(line)
        ):
            found[index] = Region.BODY


def _centred(line: Line, column: tuple[float, float]) -> bool:
    left, right = column
    return abs((line.x0 + line.x1) / 2 - (left + right) / 2) < (right - left) * 0.06


def _centred_heading(line: Line, column: tuple[float, float]) -> bool:
    """ "Article 2 (PURPOSE)" in small bold capitals, centred on the text: a heading."""
    return (
        line.bold
        and len(line.cells) == 1
        and _WORD_OF_TEXT.search(line.text) is not None
        and _centred(line, column)
    )


def _off_column(line: Line, column: tuple[float, float]) -> bool:
    """A line that starts far right of the text's margin without being centred (a table's
    column, a chart's label), or far left of it without a number hanging there."""
    left, _ = column
    if line.x0 > left + 100 and not _centred(line, column):
        return True
    return line.x0 < left - 40 and not _NUMBERED.match(line.text)


def _is_row(line: Line) -> bool:
    """Cells side by side: a table row, unless the first cell is only a number or bullet."""
    if len(line.cells) < 2:
        return False
    if len(line.cells) == 2 and _BULLET.match(line.cell_texts[0]):
        # A numbered line has words after its number; "1  2" is a row of figures.
        return not _WORD_OF_TEXT.search(line.cell_texts[1])
    return True


def _narrow_column(lines: list[Line], found: list[Region], column: tuple[float, float]) -> None:
    """A run of lines of three words or fewer each, one under the other at the line pitch, none
    reaching a quarter of the text's width: a table's narrow column, its words wrapped (and
    cut: "courier", "industr", "y,"), set in body-size type. Running text has one short line
    per paragraph, never four in a row."""
    left, right = column
    narrow_width = _NARROW * (right - left)
    run: list[int] = []

    def close() -> None:
        if len(run) >= _NARROW_RUN:
            for i in run:
                found[i] = Region.TABLE
        run.clear()

    for index, line in enumerate(lines):
        narrow = (
            found[index] is Region.BODY
            and line.x1 - line.x0 < narrow_width
            and len(line.text.split()) <= 3
            and not opens_numbered(line.text)
        )
        if not narrow:
            close()
            continue
        if run:
            above = lines[run[-1]]
            if abs(line.x0 - above.x0) > 3.0 or not 0 < above.y - line.y < 2.2 * line.size:
                close()
        run.append(index)
    close()


def _footnotes(lines: list[Line], body: float, found: list[Region]) -> None:
    order = sorted(range(len(lines)), key=lambda i: lines[i].y)
    run: list[int] = []
    for index in order:
        line = lines[index]
        small = line.size < body * _SMALLER
        if (
            _URL.match(line.text.strip())
            or _NO_TEXT.match(line.text)
            or (small and (len(line.cells) == 1 or FOOTNOTE_MARK.match(line.cell_texts[0])))
        ):
            run.append(index)
        else:
            break
    # From the highest line that opens with a mark down; above it, small type is a table.
    opening = [i for i in run if FOOTNOTE_MARK.match(lines[i].text) or _URL.match(lines[i].text)]
    if not opening:
        return
    top = max(lines[i].y for i in opening)
    for index in run:
        if lines[index].y <= top + 0.5:
            text = lines[index].text
            found[index] = Region.NOTHING if _NO_TEXT.match(text) else Region.FOOTNOTE


def _starred_note(lines: list[Line], found: list[Region]) -> None:
    """A note marked "*" or "**" at the foot of the page in the text's own size (a report's
    "** Conclusions and recommendations have not been edited."), whose mark stands after a word
    above it ("II. Conclusions and/or recommendations**"), set apart by a gap: a footnote."""
    order = [
        i for i in sorted(range(len(lines)), key=lambda i: lines[i].y) if found[i] is Region.BODY
    ]
    below: list[int] = []
    for index in order[:_STARRED_LINES]:
        match = _STARRED.match(lines[index].text)
        if match is None:
            below.append(index)  # a note's further lines lie under its first
            continue
        mark = re.compile(rf"\w[.,;:)]?{re.escape(match[1])}(?!\*)")
        others = (line for i, line in enumerate(lines) if i != index and i not in below)
        if not any(mark.search(line.text) for line in others):
            return
        above = [lines[i] for i in order if lines[i].y > lines[index].y]
        line = lines[index]
        if above and min(a.y for a in above) - line.y < 1.6 * line.size:
            return  # no gap: a line of the text that happens to open with a star
        for note in (index, *below):
            found[note] = Region.FOOTNOTE
        return


def _going_back_up(lines: list[Line], found: list[Region]) -> None:
    """Reading order climbing back up the page: a table read column by column, each cell
    wrapped on its own. The band from the height it climbs back to down to its lowest line is
    the table's: the columns before the climb (back to the line at that height, all left of
    the climbing one) and the ones after it, as long as they stay in the band or run on down
    their column."""
    index = 1
    while index < len(lines):
        above, line = lines[index - 1], lines[index]
        climbs = line.y > above.y + 0.6 * line.size
        if not climbs or found[index] is Region.FOOTNOTE or found[index - 1] is Region.FOOTNOTE:
            index += 1
            continue
        top = line.y
        start = index - 1
        while start > 0 and lines[start].y < top - 1.0 and index - start < 60:
            start -= 1
        columns = range(start, index)
        if abs(lines[start].y - top) > 1.0 or any(lines[i].x1 > line.x0 + 3.0 for i in columns):
            start = index  # no column left of it from that height down: the line alone
        bottom = min(lines[i].y for i in range(start, index + 1))
        end = index
        while end + 1 < len(lines):
            previous, following = lines[end], lines[end + 1]
            in_band = bottom - 0.5 * following.size <= following.y <= top + 1.0
            runs_on = (
                abs(following.x0 - previous.x0) < 3.0
                and 0 < previous.y - following.y < 2.2 * following.size
            )
            if found[end + 1] is Region.FOOTNOTE or not (in_band or runs_on):
                break
            bottom = min(bottom, following.y)
            end += 1
        for i in range(start, end + 1):
            if found[i] is Region.BODY:
                found[i] = Region.TABLE
        index = end + 1


def _cell_continuations(lines: list[Line], found: list[Region]) -> None:
    """Lines right under a table row that start where one of its cells starts and end before
    the next cell (the cell's text wrapped onto the next lines), and the next rows with the
    same cells."""
    row: Line | None = None
    for index, line in enumerate(lines):
        if found[index] is Region.TABLE:
            if len(line.cells) > 1:
                row = line
            continue
        above = lines[index - 1] if index else None
        if (
            row is not None
            and above is not None
            and found[index - 1] is Region.TABLE
            and abs(line.size - row.size) < 0.6
            and (_next_row(row, line) or _wrapped_cell(row, line))
            and 0 < above.y - line.y < (3.0 if len(line.cells) > 1 else 2.2) * line.size
        ):
            found[index] = Region.TABLE
        else:
            row = None


def _next_row(row: Line, line: Line) -> bool:
    starts = [x0 for x0, _ in row.cells]
    return len(line.cells) > 1 and all(
        any(abs(x0 - start) < 3.0 for start in starts) for x0, _ in line.cells
    )


def _wrapped_cell(row: Line, line: Line) -> bool:
    cells = row.cells
    for index, (x0, _) in enumerate(cells):
        end = cells[index + 1][0] if index + 1 < len(cells) else row.page_width
        if abs(line.x0 - x0) < 3.0 and line.x1 < end:
            return True
    return False


def _held_between(lines: list[Line], found: list[Region]) -> None:
    """A few body lines between two table lines, close to both, belong to the table
    (a cell's wrapped line, a group title inside a table)."""
    tables = [i for i, region in enumerate(found) if region is Region.TABLE]
    for a, b in itertools.pairwise(tables):
        between = range(a + 1, b)
        if not 0 < len(between) <= 3 or lines[a].page != lines[b].page:
            continue
        span = [lines[i] for i in range(a, b + 1)]
        close = all(abs(x.y - y.y) < 2.2 * max(x.size, y.size) for x, y in itertools.pairwise(span))
        opens = any(opens_numbered(lines[i].text) for i in between)
        if close and not opens and all(found[i] is Region.BODY for i in between):
            for i in between:
                found[i] = Region.TABLE


def _captions(lines: list[Line], found: list[Region]) -> None:
    """A caption ("Table 16.3", "Figure II" and its title lines) is the table's or figure's own
    text, never a paragraph's: it is followed by the table, or by the blank a figure drawn as a
    picture leaves. A heading set the same way ("Subprogramme 2") is followed by its text."""
    for index, line in enumerate(lines):
        # A caption set at the page's left edge, left of the text's margin, is already the
        # table's (off the column): its title lines below, in the column, are still to mark.
        if found[index] not in (Region.BODY, Region.TABLE) or not _CAPTION.match(line.text.strip()):
            continue
        end = index
        while (
            end + 1 < len(lines)
            and end - index < _CAPTION_LINES
            and _title_line(lines[end + 1], found[end + 1])
            and lines[end].y - lines[end + 1].y < 2.0 * lines[end].size
        ):
            end += 1
        if end + 1 >= len(lines):
            continue
        following = lines[end + 1]
        blank = lines[end].y - following.y > 5.0 * lines[end].size
        if found[end + 1] is Region.TABLE or blank:
            for i in range(index, end + 1):
                found[i] = Region.TABLE


def _bulleted_list(
    lines: list[Line], found: list[Region], body: float, column: tuple[float, float]
) -> None:
    """A bulleted list under a paragraph that announces it ("we support:"), its bullets at the
    text's margin and set a point smaller than the body (a list style of 11 on 12): the
    paragraph's own list, not a table (its smaller type alone made it one)."""
    left, _ = column
    announced = False
    for index, line in enumerate(lines):
        if found[index] is Region.BODY:
            announced = line.text.rstrip().endswith((":", "：", ";"))
            continue
        bullet = (
            found[index] is Region.TABLE
            and announced
            and len(line.cells) <= 2
            and _LIST_BULLET.match(line.text) is not None
            and line.size >= body * _LIST_SIZE
            and abs(line.x0 - left) < 40
        )
        if bullet:
            found[index] = Region.BODY  # and the next bullet is announced by this one
            announced = True
        else:
            announced = False


def _title_line(line: Line, region: Region) -> bool:
    """A line of a caption's title: running text, or a line of one cell already taken for the
    table's because it starts left of the margin, under a caption set there."""
    return region is Region.BODY or (region is Region.TABLE and len(line.cells) == 1)
