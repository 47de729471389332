"""From the lines of each page to blocks: paragraphs, headings, tables and footnotes.

A paragraph ends where the layout says so: a gap wider than the line pitch (unless the line
above runs to the margin mid-sentence: a taller line, not a new paragraph), a change of size, a
line that opens with a number after a line that stopped short, a centred line. A page's first
block is marked, never joined to the previous page's last one here: whether it continues it is
the structure's decision (it knows the numbering).

Lines of the first page before the body (symbol, distribution, date, session, agenda item) are
one block each, as the front-matter reader expects; a title wrapped over lines stays whole.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Container

from cybertrack.domain.text import normalise_space
from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.headings import chapter_or_section
from cybertrack.importers.labels import Label, is_bullet, match_label
from cybertrack.importers.metadata import is_front_fact
from cybertrack.importers.openers import ends_preambular, opens_preambular
from cybertrack.importers.pdf_lines import Line
from cybertrack.importers.pdf_regions import FOOTNOTE_MARK, Region, opens_numbered
from cybertrack.importers.pdf_words import DocumentWords, join_paragraph
from cybertrack.importers.punctuation import (
    ARABIC_QUESTION,
    ARABIC_SEMICOLON,
    CJK_CLAUSE,
    CJK_STOPS,
    CLAUSE,
    CLOSING_QUOTES,
    COMMAS,
    STOPS,
)
from cybertrack.importers.speakers import speaker

# What ends a sentence or a clause, in the six languages ("。" and "；" in Chinese, "؛" and "؟" in
# Arabic); a line that ends with one may end its paragraph.
_TERMINAL: tuple[str, ...] = (*STOPS, *CLAUSE, *CLOSING_QUOTES, *CJK_STOPS, *CJK_CLAUSE)
_TERMINAL += (ARABIC_SEMICOLON, ARABIC_QUESTION)
_CLOSES = (".", ";", "。", "；", "؛")  # a sentence or a list entry closed
_HEADING_END = (*CLAUSE, *COMMAS, ".", "。", *CJK_CLAUSE, ARABIC_SEMICOLON)
_CHAPTER = re.compile(r"^[IVX]{1,5}\.\s+[A-Z]")
_CITING = re.compile(
    r"\b(?:paras?|arts?|nos?|pp?|chaps?|sects?|vols?|sess|res|decs?|annex|ibid|cf|see)\.$",
    re.IGNORECASE,
)
_NUMBERED_LINES = 3  # lines opening with a number: the document numbers its paragraphs
_ROLE = {Region.TABLE: BlockRole.TABLE, Region.FOOTNOTE: BlockRole.FOOTNOTE}


class _Geometry:
    """The measures of the running text: size, line pitch, margins."""

    def __init__(self, lines: list[Line], body: float) -> None:
        self.body = body
        self._lines = lines
        same = [line for line in lines if abs(line.size - body) < 0.6]
        pitches = [
            round(a.y - b.y, 1)
            for a, b in itertools.pairwise(same)
            if a.page == b.page and 0 < a.y - b.y < 3 * body
        ]
        self.pitch = _line_pitch(pitches, body) if pitches else body * 1.2
        ends = sorted(line.x1 for line in same)
        self.right = ends[int(len(ends) * 0.9)] if ends else 0.0
        starts = Counter(round(line.x0) for line in same)
        self.left = starts.most_common(1)[0][0] if starts else 0.0
        # A text typed with a blank line after each paragraph (a short statement or draft in
        # Word, printed): lines a blank line apart. A line that stops well short of the column
        # ends its paragraph there; where none reaches the right margin the left one mirrors,
        # nothing wraps and each line is a paragraph of its own.
        width = max((line.page_width for line in same), default=0.0)
        self.spaced = len(same) >= _UNWRAPPED_FEWEST and self.pitch >= body * _BLANK_LINE_PITCH
        self.unwrapped = (
            self.spaced and max(ends, default=width) < width - self.left - _MARGIN_SLACK
        )

    @functools.cached_property
    def numbered(self) -> bool:
        """Whether paragraphs open with numbers here (then an indented line after a closed
        sentence is an option or a sub-clause of the paragraph, as negotiating texts set
        them, and the structure decides by the numbers)."""
        found = 0
        for line in self._lines:
            found += opens_numbered(line.text)
            if found >= _NUMBERED_LINES:
                return True
        return False

    def full(self, line: Line) -> bool:
        return line.x1 >= self.right - 25

    def parts_spaced(self, above: Line, below: Line) -> bool:
        """In a text typed with blank lines between paragraphs, whether a paragraph ends at
        `above`: it stops well short of the column (a wrapped line of ragged text stops a word
        short at most), or it closes a recital and `below` opens the next ("... to the Paris
        Agreement," over "Recalling ...")."""
        if not self.spaced:
            return False
        short = above.x1 < self.left + _SHORT_LINE * (self.right - self.left)
        recital = ends_preambular(above.text) and opens_preambular(below.text)
        return self.unwrapped or short or recital

    def gap(self, above: Line, below: Line) -> bool:
        """Wider than the pitch by more than a taller line makes it. The space between
        paragraphs is set in points (6 after, on 10-point text), whatever the line spacing:
        on 1.5 or double spacing it is a smaller share of the pitch than on single."""
        extra = min(self.pitch * 0.35, self.body * 0.45)
        return above.page != below.page or above.y - below.y > self.pitch + extra

    def centred(self, line: Line) -> bool:
        """Margins alike on both sides: "Article 5", "PART I". An indented line that stops
        short (the tail of a list item set with a hanging indent) has a wider right margin
        than its left one, however close its middle comes to the column's."""
        before, after = line.x0 - self.left, self.right - line.x1
        return (
            before > 30 and after > 30 and abs(before - after) < max(15, 0.2 * min(before, after))
        )


def _line_pitch(pitches: list[float], body: float) -> float:
    """The distance from one line of a paragraph to the next: the most common one, unless that
    is wider than any line spacing but double (then it is the space between paragraphs, where
    most paragraphs are a line or two long, as a treaty's preamble or a list of decisions) and
    a closer one is common too."""
    counts = Counter(pitches)
    mode, most = counts.most_common(1)[0]
    if mode <= body * _WIDE_PITCH:
        return mode
    closer = [
        pitch
        for pitch, n in counts.items()
        if pitch < mode * 0.75 and n >= max(_PITCH_FEWEST, most * _PITCH_SHARE)
    ]
    return min(closer) if closer else mode


class _Page:
    """The blocks of one page, built line by line."""

    def __init__(self, out: list[Block], vocabulary: Container[str]) -> None:
        self.out, self.vocabulary = out, vocabulary
        self.page_start = True
        self.lines: list[Line] = []
        self.region: Region | None = None
        self.heading = False
        self.heading_run: int | None = None  # the heading's first line, in `_headings`

    @property
    def last_body_line(self) -> Line | None:
        return self.lines[-1] if self.lines and self.region is Region.BODY else None

    def add(self, line: Line, region: Region, heading_run: int | None = None) -> None:
        self.lines.append(line)
        self.region, self.heading = region, heading_run is not None
        self.heading_run = heading_run

    def body(self, text: str) -> None:
        self.flush()
        self.out.append(Block(text, page=1, page_start=self.page_start))
        self.page_start = False

    def flush(self) -> None:
        if not self.lines:
            return
        text = join_paragraph([line.text.strip() for line in self.lines], self.vocabulary)
        page = self.lines[0].page + 1
        if self.region is Region.BODY:
            self.out.append(
                Block(text, heading_hint=self.heading, page=page, page_start=self.page_start)
            )
            self.page_start = False
        elif self.region in _ROLE:
            self.out.append(Block(normalise_space(text), role=_ROLE[self.region], page=page))
        self.lines = []


def layout_blocks(pages: list[list[Line]], found: list[list[Region]], body: float) -> list[Block]:
    # The document's own words settle a word hyphenated at a line end (read when one is).
    vocabulary = DocumentWords(lambda: " ".join(line.text for lines in pages for line in lines))
    body_lines = [
        line
        for lines, regions in zip(pages, found, strict=True)
        for line, region in zip(lines, regions, strict=True)
        if region is Region.BODY
    ]
    geometry = _Geometry(body_lines, body)
    headings = _headings(body_lines, geometry)
    out: list[Block] = []
    front = True
    for lines, regions in zip(pages, found, strict=True):
        page = _Page(out, vocabulary)
        for line, region in zip(lines, regions, strict=True):
            if region is Region.NOTHING:
                continue
            if region is not Region.BODY:
                opens = region is Region.FOOTNOTE and bool(FOOTNOTE_MARK.match(line.text))
                if region is not page.region or opens:
                    page.flush()
                page.add(line, region)
                continue
            heading_run = headings.get(id(line))
            is_heading = heading_run is not None
            front = front and line.page == 0 and not _opens_body(line.text)
            if front and len(line.cells) > 1:
                for text in line.cell_texts:  # "United Nations" | "A/80/604/Add.3"
                    page.body(text)
                continue
            previous = page.last_body_line
            if previous is None or (
                (front and _new_front_line(page.lines[0], previous, line, geometry))
                or (not front and page.heading != is_heading)
                or (
                    not front
                    and not (is_heading and heading_run == page.heading_run)
                    and _starts_paragraph(previous, line, geometry)
                )
            ):
                page.flush()
            page.add(line, region, heading_run)
        page.flush()
    return out


def _starts_paragraph(previous: Line, line: Line, geometry: _Geometry) -> bool:
    if abs(previous.size - line.size) > 0.6 or geometry.parts_spaced(previous, line):
        return True
    if geometry.centred(line) or geometry.centred(previous):
        return True  # "Article 5", "PART I": centred headings stand alone
    full = geometry.full(previous)
    ended = previous.text.rstrip().endswith(_TERMINAL)
    text = line.text.strip()
    if geometry.gap(previous, line):
        # A wide gap ends a paragraph, unless the line above runs to the margin mid-sentence
        # (a taller line) and this one does not open a paragraph of its own: a number, or
        # a first-line indent (a preambular paragraph ends with a comma).
        indented = line.x0 > geometry.left + 8
        return not (full and not ended) or opens_numbered(text) or indented
    if is_bullet(text) and (ended or not full):
        return True  # a list's next entry, after one that ended
    above = match_label(previous.text.strip())
    if above is not None and above.scheme == "recommendation" and not above.rest.strip():
        return True  # "Recommendation 1" on a line of its own: its text is the item's body
    if not full:
        # A line that stopped short ends a paragraph when the next opens one: with a number,
        # a speaker's turn, or, in a text without numbers, a first-line indent after a closed
        # sentence (paragraphs set without space between them, as records and books are).
        indent = geometry.left + 8 < line.x0 < geometry.left + 60
        return (
            opens_numbered(text)
            or _chapter_line(text)
            or _chapter_line(previous.text)
            or speaker(text) is not None
            or (indent and ended and not geometry.numbered)
        )
    # A line that runs to the margin and ends a sentence may close a paragraph too: the next
    # opens with its number when it does. Only numbers no citation runs on to ("... para.
    # 12) ..." is a sentence): a sub-number ("97.2"), an inserted one ("89 quater"), or any
    # after a bracketed paragraph closes ("... this agreement.]", in a negotiating text).
    ending = previous.text.rstrip()
    if not ending.rstrip("]").endswith(_CLOSES):
        return False
    label = match_label(text)
    return label is not None and (
        label.scheme in ("decimal", "article")  # "Article 9" opens no sentence mid-paragraph
        or bool(label.suffix)
        or ending.endswith("]")
        or _next_paragraph(label, ending)
    )


def _next_paragraph(label: Label, ending: str) -> bool:
    """A paragraph "13. The ..." right under a full line that ends a sentence, in a layout
    with no space between paragraphs: its number has its stop and a capital follows, and the
    line above does not end in a citation's abbreviation ("... see A/80/600, para." | "13")."""
    first = label.rest.strip()[:1]
    return (
        label.scheme == "dot"
        and label.label.endswith(".")
        and first.isalpha()
        and not first.islower()  # a capital, or a script without case (Chinese, Arabic)
        and _CITING.search(ending) is None
    )


def _headings(lines: list[Line], geometry: _Geometry) -> dict[int, int]:
    """Short lines that look like headings: bold (or larger than the text), standing alone;
    each line's heading named by the index of its first line (a heading wrapped in a narrow
    column stays one, its number notwithstanding).

    A heading is a run of at most four such lines with a wide gap (or a page top) above, with
    no closing punctuation, followed by a wide gap or a line that is not set like it. A
    numbered heading ("1. Other revenue and adjustments") is one too; a bold recommendation
    paragraph ends with a full stop.
    """

    def marked(line: Line) -> bool:
        return line.bold or line.size > geometry.body + 0.6

    flags: dict[int, int] = {}
    for index, line in enumerate(lines):
        if not marked(line):
            continue
        # On the cover, only a heading that opens the body or stands right above its first
        # paragraph ("International cooperation" over "1. States ..."); the rest is the title.
        cover = line.page == 0 and not _opens_body(line.text)
        if index and not geometry.gap(lines[index - 1], line):
            continue
        run = [index]
        # A chapter's long title wraps further ("V. Summary of follow-up action taken to
        # implement the decisions ... endorsed by the Assembly", six lines in a budget report),
        # and so does an annex's ("Annex" over a convention's five-line title).
        chapter = chapter_or_section(line.text.split(" ", 2)[0] + " X", None) is not None
        longest = (_CHAPTER_LINES, _CHAPTER_TEXT) if chapter else (_HEADING_LINES, _HEADING_TEXT)
        while len(run) < longest[0] and run[-1] + 1 < len(lines):
            following = lines[run[-1] + 1]
            # A chapter's or annex's title cut by a clause mark goes on below a gap
            # ("United Nations Convention against Cybercrime;" | "Strengthening ...").
            cut = chapter and lines[run[-1]].text.rstrip().endswith(_TITLE_GOES_ON)
            if (geometry.gap(lines[run[-1]], following) and not cut) or not marked(following):
                break
            if abs(following.size - line.size) >= 0.6:
                break
            run.append(run[-1] + 1)
        last = lines[run[-1]]
        after = lines[run[-1] + 1] if run[-1] + 1 < len(lines) else None
        text = " ".join(lines[i].text.strip() for i in run)
        label = match_label(text)
        rest = label.rest.strip() if label else text
        if cover and (after is None or not _opens_body(after.text)):
            continue
        if (
            len(text) <= longest[1]
            and rest[:1].isupper() | (rest[:1] == "(")
            and not text.endswith(_HEADING_END)
            and (
                after is None
                or geometry.gap(last, after)
                or not marked(after)
                or abs(after.size - last.size) >= 0.6  # bold, but set in another size
            )
            and not (after is not None and _runs_on(last, after, geometry))
        ):
            for i in run:
                flags[id(lines[i])] = index
    return flags


# A line pitch counts as the text's when it is this common, against the most common one, and
# the most common is doubted when wider than so many times the text's size.
_PITCH_FEWEST, _PITCH_SHARE, _WIDE_PITCH = 3, 0.25, 1.6
# A blank line between lines: a pitch of twice the size at least (single spacing is 1.15 to
# 1.2 times it, double 2.3); the right margin's slack; lines enough to judge a layout by.
_BLANK_LINE_PITCH, _MARGIN_SLACK, _UNWRAPPED_FEWEST = 2.0, 30.0, 6
_SHORT_LINE = 0.8  # the share of the column a line of ragged text fills, wrapped
# A heading is at most so many lines and characters; a chapter's numbered title more.
_HEADING_LINES, _HEADING_TEXT = 4, 200
_CHAPTER_LINES, _CHAPTER_TEXT = 7, 320
_TITLE_GOES_ON = (";", ",", "；", "،", "؛")


def _chapter_line(text: str) -> bool:
    """A chapter or section heading by its number alone ("II. Recommendations", "ثانيا -
    التوصيات", "二. 建议"): it stands alone even where nothing sets it apart (no bold, no gap)."""
    text = text.strip()
    return len(text) <= 120 and chapter_or_section(text, None, named=False) is not None


def _runs_on(last: Line, after: Line, geometry: _Geometry) -> bool:
    """The line below continues a sentence: no gap, and it starts in lower case or the line
    above runs to the margin (an opening phrase set in italics, not a heading)."""
    if geometry.gap(last, after):
        return False
    return after.text[:1].islower() or geometry.full(last)


def _new_front_line(first: Line, previous: Line, line: Line, geometry: _Geometry) -> bool:
    """First-page lines are one block each ("Eightieth session", "Agenda item 158"), except
    that a title wrapped over several lines stays whole, as the Word original has it."""
    if abs(previous.size - line.size) > 0.6:
        return True
    # A title set large over two lines is one, though its mark or a word of it is not bold
    # ("Report of the Working Group on the Universal" over "Periodic Review*").
    title_lines = line.size > geometry.body * 1.3 and previous.y - line.y <= line.size * 1.4
    if previous.bold != line.bold and not title_lines:
        return True
    if geometry.parts_spaced(previous, line):
        return True
    if previous.y - line.y > max(geometry.pitch, line.size) * 1.35:
        return True
    if _chapter_line(line.text) or _chapter_line(previous.text):
        return True
    if is_front_fact(line.text):
        return True
    # A body's name wrapped ("Ad Hoc Committee to Elaborate ... on Countering" over "the Use
    # of ... for Criminal Purposes") runs to the margin and ends on the line that stops short.
    return is_front_fact(first.text) and not geometry.full(previous)


def _opens_body(text: str) -> bool:
    """The first page's header ends at the first paragraph, heading or speaker's turn."""
    return opens_numbered(text) or bool(_CHAPTER.match(text.strip())) or speaker(text) is not None
