"""Page furniture: what repeats in the top and bottom margins from page to page, and a
watermark set across the text.

No list of patterns: a line belongs to the running header or footer when the same text, with
its digits masked ("19-22674 (E)", "Page 2 of 7", "2/27", a running title, the symbol), stands at
the same height at the edge of several pages, above (or below) where the body text of the pages
begins (or ends), whatever its size or wording. Even and odd pages may carry different ones.

The cover page has furniture of its own at its foot (the job number with a date, a barcode of
the same number, "Please recycle"): everything at the foot of the first page from the highest
line that shares the job number with the other pages' furniture down.
"""

from __future__ import annotations

import operator
import re
import statistics
from collections import defaultdict

from cybertrack.importers.pdf_lines import Line

_DIGITS = re.compile(r"\d+")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_EDGE_LINES = 6  # a header or footer has at most this many lines
_SAME_HEIGHT = 6.0  # points: furniture sits at the same height on every page
_SHARE = 0.3  # of the pages: a running title may alternate with another on even pages

_HEIGHT = operator.attrgetter("y")
# A watermark's type: so many times the text's size (a cover's title is at most about twice
# it), larger still on a document of one page, where nothing repeats; and a few words.
_WATERMARK_SIZE, _LONE_WATERMARK_SIZE, _WATERMARK_TEXT = 3.0, 4.0, 60


def _mask(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text.casefold()).split())


def _edge(lines: list[Line], top: bool) -> list[Line]:
    # A reversed sort keeps lines of one height in their order, as sorting by -y does.
    ordered = sorted(lines, key=_HEIGHT, reverse=top)
    return ordered[:_EDGE_LINES]


def split_furniture(pages: list[list[Line]]) -> tuple[list[list[Line]], tuple[str, ...]]:
    """Each page's lines without its running header and footer, and the furniture's texts
    (in page order, each text once): the symbol may be printed only there."""
    furniture: list[set[int]] = [set() for _ in pages]
    for top in (True, False):
        _mark_edges(pages, furniture, top)
    _mark_watermarks(pages, furniture)
    if len(pages) > 1:
        _mark_cover_foot(pages, furniture)
    kept = [
        [line for line in lines if id(line) not in gone]
        for lines, gone in zip(pages, furniture, strict=True)
    ]
    texts: dict[str, None] = {}
    for lines, gone in zip(pages, furniture, strict=True):
        for line in sorted(lines, key=_HEIGHT, reverse=True) if gone else ():
            if id(line) in gone:
                texts.setdefault(line.text.strip(), None)
    return kept, tuple(texts)


def _mark_edges(pages: list[list[Line]], furniture: list[set[int]], top: bool) -> None:
    heights: dict[str, list[float]] = defaultdict(list)
    page_edges = [_edge(lines, top) for lines in pages]
    for edge in page_edges:
        for key in {_mask(line.text): line.y for line in edge}.items():
            heights[key[0]].append(key[1])
    # On most pages, or on every other page (even and odd pages differ).
    needed = max(2, round(len(pages) * _SHARE))
    repeated = {
        key: statistics.median(ys) for key, ys in heights.items() if len(ys) >= needed and key
    }
    candidates: list[list[Line]] = []
    for edge in page_edges:
        run: list[Line] = []
        for line in edge:
            at = repeated.get(_mask(line.text))
            if at is None or abs(line.y - at) > _SAME_HEIGHT:
                break
            run.append(line)
        # Set apart from the text: a line that follows the run at the text's own line
        # spacing is a footnote or a paragraph that happens to repeat, and so is the run.
        if run and len(edge) > len(run):
            inner, following = run[-1], edge[len(run)]
            if abs(inner.y - following.y) < 1.6 * max(inner.size, following.size):
                run = []
        candidates.append(run)
    # The body's edge: where the first (last) line of the other text stands on most pages.
    # Furniture lies beyond it; a heading that happens to open several pages does not.
    edges = []
    for lines, run in zip(pages, candidates, strict=True):
        # Lines compare by value (a dataclass's __eq__, slow): only those of a run's height
        # and text can equal one of its lines.
        keys = {(line.y, line.text) for line in run}
        rest = [line for line in lines if (line.y, line.text) not in keys or line not in run]
        if rest:
            edges.append(max(line.top for line in rest) if top else min(line.y for line in rest))
    if not edges:
        return
    body_edge = statistics.median(edges)
    for index, run in enumerate(candidates):
        for line in run:
            beyond = line.y > body_edge + 1.0 if top else line.y < body_edge - 1.0
            if not beyond:
                break
            furniture[index].add(id(line))


def _mark_watermarks(pages: list[list[Line]], furniture: list[set[int]]) -> None:
    """A watermark ("DRAFT", "Advance unedited version") set across the text, in type several
    times the text's size, on most pages (or on the only one, larger still): what PDFium gives
    first on each page, it became the title, and the paragraph it stood over a table row."""
    sizes = [line.size for lines in pages for line in lines]
    if not sizes:
        return
    text_size = statistics.median(sizes)
    big = [
        (index, line)
        for index, lines in enumerate(pages)
        for line in lines
        if line.size >= _WATERMARK_SIZE * text_size and len(line.text.strip()) <= _WATERMARK_TEXT
    ]
    on_pages: dict[str, set[int]] = defaultdict(set)
    for index, line in big:
        on_pages[_mask(line.text)].add(index)
    needed = max(2, round(len(pages) * _SHARE))
    for index, line in big:
        alone = len(pages) == 1 and line.size >= _LONE_WATERMARK_SIZE * text_size
        if len(on_pages[_mask(line.text)]) >= needed or alone:
            furniture[index].add(id(line))


def _mark_cover_foot(pages: list[list[Line]], furniture: list[set[int]]) -> None:
    tokens = {
        _NOT_ALNUM.sub("", token)
        for lines, gone in zip(pages[1:], furniture[1:], strict=True)
        for line in lines
        if id(line) in gone
        for token in line.text.split()
        if sum(c.isdigit() for c in token) >= 5
    }
    cover = pages[0]
    if not tokens or not cover:
        return
    height = cover[0].page_height
    shared = [
        line.y
        for line in cover
        if line.y < height * 0.2
        and any(_NOT_ALNUM.sub("", token) in tokens for token in line.text.split())
    ]
    if shared:
        cut = max(shared)
        furniture[0].update(id(line) for line in cover if line.y <= cut + 1.0)
