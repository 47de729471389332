"""A PDF page as lines of text with their geometry, read through PDFium.

PDFium gives the page text in reading order, one line per printed line, and each character's
box, size and font. Calls through ctypes dominate the cost, so a line is measured from a few
of its characters (first, middle and last for size and baseline; the ends for its extent) and
from the spaces PDFium made up itself (no space glyph in the file):

- Word spacing comes from the positions, not a dictionary: a made-up space stands only where
  the gap is a word gap, measured against the word gap the same line makes with a space glyph
  (justified lines stretch both alike) or a fixed space's width (a non-breaking space does not
  stretch); in a line without space glyphs, against its typical made-up gap, or a share of an
  em above its letter spacing. "exc essive", "h ost", "p ool", "Vice - President" in kerned or
  letter-spaced lines come out as one word; "break down" stays two.
- A made-up space wider than two ems separates cells (a table row, a number set in its
  margin): the line keeps where each cell starts and ends. Not in a justified line of a few
  words in a narrow column, whose spaces all stretch that far, and by the same width.
- Footnote marks (smaller and raised, after a word, a year or on a line of their own) are
  dropped (pdf_marks), except a raised 2 or 3 after "m" (m2, m3) and a small label as a whole
  ("Pp1").
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import itertools
import math
import operator
import re
from dataclasses import dataclass, field
from typing import Any

from cybertrack.importers.pdf_marks import (
    DROPPED,
    MARK_SIGN,
    leading_mark,
    unit_power,
    without_marks,
)
from cybertrack.importers.pdf_words import LINE_HYPHEN

# A printed line: PDFium ends it with a line break, or with U+FFFE where it joined a word
# hyphenated at the line end to the next line's start (that is two printed lines).
_LINE_TEXT = re.compile(r"[^\r\n\ufffe]+\ufffe?")
# Raised marks follow a word ("States,2", "budget*", or "Assembly 1" where PDFium made up a
# space before the mark): only those are measured.
_MARK_TEXT = re.compile(r"[\d*†‡§a-z]{1,3}")
# A paragraph's number alone: "Pp4", "OP12", "12.", "12", "16.3", "(a)", "(iv)", "a)".
_MARGIN_LABEL = re.compile(
    r"(?:[PO][Pp]\s?\d{1,3}(?:bis|ter)?|\d{1,4}[A-Z]?(?:\.\d{1,4})*\.?|\([a-z\d]{1,4}\)|[a-z]\))"
)
# A generated space narrower than this share of an em, once the letter spacing is taken off,
# is a kerning gap inside a word (a normal space is a quarter of an em or more).
_WORD_GAP_EM = 0.12
_FIXED_SPACE_EM = 0.23
_CELL_GAP_EM = 2.0
_EVEN_GAP_EM = 0.1  # justified spaces stretch alike, to a tenth of an em
# A unit's power is set smaller than a footnote mark may be: a web page's <sup> printed by a
# browser is 0.83 of the text ("m" then "2" on a line of its own).
_POWER_SIZE = 0.9
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(slots=True)
class Line:
    """One printed line. Coordinates are PDF points from the page's bottom left corner."""

    page: int  # 0-based
    y: float  # baseline
    x0: float
    x1: float
    size: float  # the font size most of the line is set in
    bold: bool  # set in bold or italic (how UN templates mark their lower headings)
    text: str
    page_height: float = 842.0
    page_width: float = 595.0
    # Where each cell starts and ends when a wide gap splits the line (a table row).
    cells: list[tuple[float, float]] = field(default_factory=list)
    cell_texts: list[str] = field(default_factory=list)
    # Printed right to left: its first character at the right (pdf_direction).
    rtl: bool = False
    # Its first cell is a bare number of a table's "No." column (pdf_item_tables).
    text_row_number: bool = False
    # How many characters it opens with that are a raised footnote mark ("¹³ and its ..."):
    # PDFium starts a line at a mark set after the last word of the line before.
    lead_mark: int = 0

    @property
    def top(self) -> float:
        return self.y + self.size * 0.8

    @property
    def bottom(self) -> float:
        return self.y - self.size * 0.25


class _Measure:
    """The ctypes buffers and calls one page needs, made once. PDFium's functions are called
    bare (see _bare) and bound here: these run for every space and sampled character."""

    def __init__(self, raw: Any, handle: Any) -> None:
        self.raw, self.handle = raw, handle
        self.rect = raw.FS_RECTF()
        self.rect_ref = ctypes.byref(self.rect)
        self.matrix = raw.FS_MATRIX()
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.x_ref, self.y_ref = ctypes.byref(self.x), ctypes.byref(self.y)
        self.font = ctypes.create_string_buffer(128)
        self.fonts: dict[int | None, bool] = {}  # emphasis by font, per page
        self.generated = _bare("FPDFText_IsGenerated", ctypes.c_int)
        self.loose_box = _bare("FPDFText_GetLooseCharBox", ctypes.c_int)
        self._origin = _bare("FPDFText_GetCharOrigin", ctypes.c_int)
        self.font_size = _bare("FPDFText_GetFontSize", ctypes.c_double)
        self._text_object = _bare("FPDFText_GetTextObject", _Pointer)
        self._font = _bare("FPDFTextObj_GetFont", ctypes.c_void_p)

    def box(self, index: int) -> tuple[float, float, float, float]:
        """Left, right, bottom and top of the glyph's advance box (the loose box)."""
        self.loose_box(self.handle, index, self.rect_ref)
        rect = self.rect
        return rect.left, rect.right, rect.bottom, rect.top

    def left(self, index: int) -> float:
        self.loose_box(self.handle, index, self.rect_ref)
        return self.rect.left  # type: ignore[no-any-return]

    def right(self, index: int) -> float:
        self.loose_box(self.handle, index, self.rect_ref)
        return self.rect.right  # type: ignore[no-any-return]

    def origin(self, index: int) -> float:
        """The baseline under the glyph."""
        self._origin(self.handle, index, self.x_ref, self.y_ref)
        return float(self.y.value)

    def size(self, index: int) -> float:
        return self.printed(self.font_size(self.handle, index), index)

    def printed(self, size: float, index: int) -> float:
        """The size as printed: the font size scaled by the text matrix (some producers set
        size 1 and scale the matrix; the glyph boxes of others vary from glyph to glyph)."""
        if size >= 2.0:
            return round(size, 1)  # the common case: the size is set, the matrix unscaled
        self.raw.FPDFText_GetMatrix(self.handle, index, ctypes.byref(self.matrix))
        scale = math.hypot(self.matrix.c, self.matrix.d)
        return round(size * (scale if scale > 0 else 1.0), 1)

    def drawn(self, index: int) -> float:
        """The glyph's size as drawn: its font size scaled by the text matrix, whatever the
        font size (`printed` trusts a font size of 2 points or more, as sizes go)."""
        self.raw.FPDFText_GetMatrix(self.handle, index, ctypes.byref(self.matrix))
        scale = math.hypot(self.matrix.c, self.matrix.d)
        return self.font_size(self.handle, index) * (scale if scale > 0 else 1.0)  # type: ignore[no-any-return]

    def bold(self, index: int) -> bool:
        """Set in bold or italic, from the glyph's font (looked at once per font). Text objects
        are mostly one per word or line: the object is passed on as PDFium gave it."""
        text_object = self._text_object(self.handle, index)
        if not text_object.value:
            return False
        font = self._font(text_object)
        emphasis = self.fonts.get(font)
        if emphasis is None:
            emphasis = self.fonts[font] = _emphasis(ctypes.c_void_p(font), self.font)
        return emphasis


class _TurnedMeasure(_Measure):
    """A page the viewer turns (its /Rotate: a landscape page stored on its side, a page
    turned in Acrobat or by a scanner). PDFium gives its glyph boxes in the page's own space,
    where its lines run up or down the page; they are turned here as the page is shown, so
    that its lines read across as on any other page. `mediabox`: the page's own space."""

    def __init__(
        self, raw: Any, handle: Any, turn: int, mediabox: tuple[float, float, float, float]
    ) -> None:
        super().__init__(raw, handle)
        self.turn = turn
        self.x0, self.y0, self.x1, self.y1 = mediabox

    def box(self, index: int) -> tuple[float, float, float, float]:
        left, right, bottom, top = self._turned(*super().box(index))
        if index > 0 and self.generated(self.handle, index) == 1:
            # A space PDFium made up stands where the glyph before it ends, as on a page not
            # turned (its own box is placed in the page's space, where that is elsewhere).
            end = self.box(index - 1)[1]
            return end, end, bottom, top
        return left, right, bottom, top

    def _turned(
        self, left: float, right: float, bottom: float, top: float
    ) -> tuple[float, float, float, float]:
        if self.turn == 90:  # shown turned clockwise
            return bottom - self.y0, top - self.y0, self.x1 - right, self.x1 - left
        if self.turn == 180:
            return self.x1 - right, self.x1 - left, self.y1 - top, self.y1 - bottom
        return self.y1 - top, self.y1 - bottom, left - self.x0, right - self.x0  # 270

    def left(self, index: int) -> float:
        return self.box(index)[0]

    def right(self, index: int) -> float:
        return self.box(index)[1]

    def origin(self, index: int) -> float:
        self._origin(self.handle, index, self.x_ref, self.y_ref)
        if self.turn == 90:
            return self.x1 - float(self.x.value)
        if self.turn == 180:
            return self.y1 - float(self.y.value)
        return float(self.x.value) - self.x0


class _Pointer(ctypes.c_void_p):
    """A pointer PDFium returns, kept as a ctypes object to be passed back as it is (a
    c_void_p result would become a Python int, which ctypes passes on as a C int)."""


def _emphasis(font: Any, buffer: Any) -> bool:
    if _bare("FPDFFont_GetWeight", ctypes.c_int)(font) >= 600:
        return True
    angle = ctypes.c_int()
    if _bare("FPDFFont_GetItalicAngle", ctypes.c_int)(font, ctypes.byref(angle)) and angle.value:
        return True
    _bare("FPDFFont_GetBaseFontName", ctypes.c_size_t)(font, buffer, ctypes.c_size_t(len(buffer)))
    name = buffer.value.lower()
    return b"bold" in name or b"italic" in name or b"oblique" in name


@functools.cache
def _bare(name: str, restype: Any) -> Any:
    """PDFium's function `name` without ctypes' per-call argument conversion (half the cost
    of a call); its arguments must then be passed as ctypes objects of the right kind."""
    from pypdfium2_raw.bindings import _libs

    library = _libs["pdfium"]
    function = type(getattr(library, name))((name, library))
    function.restype = restype
    return function


def page_lines(document: Any, index: int) -> list[Line]:
    """The page's lines in PDFium's reading order.
    PDFium's "\\x02" is a soft hyphen; U+FFFE marks a hyphen it rejoined at a line end."""
    import pypdfium2.raw as raw

    page = document[index]
    textpage = page.get_textpage()
    try:
        height, width = page.get_height(), page.get_width()
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        text = text[:count]
        turn = page.get_rotation()
        measure = (
            _TurnedMeasure(raw, textpage.raw, turn, page.get_mediabox())
            if turn in (90, 180, 270)
            else _Measure(raw, textpage.raw)
        )
        generated = _generated_runs(text, measure)
        lines: list[Line] = []
        for match in _LINE_TEXT.finditer(text):
            line = _line(index, match.group(), match.start(), measure, generated)
            if line is None:
                continue
            line.page_height, line.page_width = height, width
            join(lines, line)
        return lines
    finally:
        textpage.close()
        page.close()


def join(lines: list[Line], line: Line) -> None:
    """Add the next line PDFium gives to the page's lines, or join it to the last one when it
    is a piece of that line (a raised mark, the rest after a superscript, a margin label)."""
    previous = lines[-1] if lines else None
    if (
        previous is not None
        and _raised_mark(previous, line, _POWER_SIZE)
        and unit_power(previous.text, line.text)
    ):
        previous.text += line.text  # "m" then "3" on a line of its own: m3
        previous.cell_texts[-1] += line.text
        previous.x1 = max(previous.x1, line.x1)
        return
    if previous is not None and _raised_mark(previous, line):
        return  # a footnote mark PDFium set on a line of its own
    if previous is not None and abs(previous.y - line.y) < 1.0 and line.x0 >= previous.x1:
        if line.lead_mark:  # "2006," then "¹³ and its ...": the mark of the words before
            line.text = line.text[line.lead_mark :].lstrip()
            line.cell_texts[0] = line.cell_texts[0][line.lead_mark :].lstrip()
        _append(previous, line)  # the rest of a line cut by a superscript
    elif previous is not None and _margin_label(previous, line):
        lines[-1] = _numbered(previous, line)  # "Pp4" set small, raised, in the margin
    else:
        lines.append(line)


def _raised_mark(line: Line, fragment: Line, smaller: float = 0.8) -> bool:
    """A few small characters just above the line's baseline, right after it: "³"."""
    return (
        len(fragment.text) <= 3
        and bool(_MARK_TEXT.fullmatch(fragment.text))
        and fragment.size < smaller * line.size
        and 0 < fragment.y - line.y < 0.6 * line.size
        and line.x1 - 1.0 <= fragment.x0 <= line.x1 + line.size
    )


def _margin_label(label: Line, line: Line) -> bool:
    """A paragraph's number set on its own in the margin, level with (or a little above) the
    first line it numbers: "Pp4", "12.", "(a)"."""
    return (
        len(label.text) <= 8
        and bool(_MARGIN_LABEL.fullmatch(label.text.strip()))
        and label.x1 <= line.x0 + 0.5
        and -1.0 < label.y - line.y < 0.8 * line.size
    )


def _numbered(label: Line, line: Line) -> Line:
    line.text = f"{label.text.strip()} {line.text}"
    line.cell_texts[0] = f"{label.text.strip()} {line.cell_texts[0]}"
    line.cells[0] = (label.x0, line.cells[0][1])
    line.x0 = label.x0
    return line


def _append(line: Line, rest: Line) -> None:
    if rest.x0 - line.x1 > _CELL_GAP_EM * line.size:
        line.cells.append((rest.x0, rest.x1))
        line.cell_texts.append(rest.text)
    else:
        line.cells[-1] = (line.cells[-1][0], rest.x1)
        line.cell_texts[-1] += " " + rest.text
    line.text += " " + rest.text
    line.x1 = max(line.x1, rest.x1)


def _line(
    page: int, segment: str, start: int, measure: _Measure, generated: list[int]
) -> Line | None:
    """One printed line; `generated` holds where the page's runs of made-up spaces start."""
    first = len(segment) - len(segment.lstrip())
    last = len(segment.rstrip()) - 1
    if last < first:
        return None
    handle = measure.handle
    x0, x1 = measure.left(start + first), measure.right(start + last)
    middle = segment.find(" ", (first + last) // 2) + 1 or first
    middle = middle if first <= middle <= last else first
    # The size and baseline most of the line is set in: the largest of three samples (the
    # others may be a raised mark or a small label). Most lines are set in one font size:
    # that needs no rounding nor matrix to know no sample is larger.
    font_size = measure.font_size
    raw = font_size(handle, start + middle)
    if raw >= 2.0 and font_size(handle, start + first) == raw == font_size(handle, start + last):
        size, at = round(raw, 1), middle
    else:
        size, at = measure.printed(raw, start + middle), middle
        for sample in {first, last} - {middle}:
            if (other := measure.size(start + sample)) > size:
                size, at = other, sample
    base = measure.origin(start + at)
    lo = bisect.bisect_left(generated, start + first)
    hi = bisect.bisect_left(generated, start + last, lo)
    made_up = {k - start for k in generated[lo:hi]} if hi > lo else set()
    # Half the lines hold no digit nor mark sign, and few a run of five digits: a quick look
    # first spares them the patterns below (their look-behinds are tried at every character).
    if (sign := MARK_SIGN.search(segment, first, last + 1)) is not None:
        segment = without_marks(
            segment, start, first, last, sign.start(), measure, size, base, made_up
        )
    lead_mark = leading_mark(segment, start, first, last, measure, size, base)
    rtl = x0 > x1
    if rtl and _LAM_ALEF_READ_BACKWARDS.search(segment, first, last + 1):
        segment = _lam_alef(segment, start, first, last, measure)
    # Gaps are measured against the size as drawn: a browser that shrinks a wide page to fit
    # sets 10.66 and scales the text by 0.54 ("Temporaryposition" when measured at 10.66).
    drawn = measure.drawn(start + at) if made_up else size
    text, gaps = _spaced(segment, start, first, last, measure, drawn, made_up)
    size = max(size, 1.0)
    # Bold (or italic) from end to end: an italic opening word ("Recalling") is not a heading.
    bold = measure.bold(start + first) and measure.bold(start + last)
    if not gaps:
        text = text.strip()
        cells = [(x0, x1)]
        return Line(
            page, base, x0, x1, size, bold, text, cells=cells, cell_texts=[text], rtl=rtl,
            lead_mark=lead_mark,
        )  # fmt: skip
    texts = [part.strip() for part in text.split(_CELL_BREAK)]
    bounds = [x0, *[edge for gap in gaps for edge in gap], x1]
    cells = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    return Line(
        page, base, x0, x1, size, bold, " ".join(texts), cells=cells, cell_texts=texts, rtl=rtl,
        lead_mark=lead_mark,
    )  # fmt: skip


def _generated_runs(text: str, measure: _Measure) -> list[int]:
    """Where the page's runs of spaces PDFium made up start (the first space of a run
    decides), in order: asked once per run for the whole page."""
    is_generated, handle = measure.generated, measure.handle
    return [k for k in _space_runs(text) if is_generated(handle, k) == 1]


def _space_runs(text: str) -> list[int]:
    """Where each run of spaces starts (what " +" finds), from the lengths of the pieces
    between spaces: the space after a piece starts a run unless the piece is empty."""
    pieces = text.split(" ")
    lengths = list(map(len, pieces))
    after = list(map(operator.add, itertools.accumulate(lengths), itertools.count()))
    runs = list(itertools.compress(after[:-1], lengths[:-1]))
    if len(pieces) > 1 and not lengths[0]:
        runs.insert(0, 0)  # the text starts with a run
    return runs


# An alef (bare or with hamza or madda) then a lam: in a right-to-left line, the lam-alef
# ligature's two letters as PDFium gives them, or a real alef-lam (see _lam_alef).
_LAM_ALEF_READ_BACKWARDS = re.compile("[\u0622\u0623\u0625\u0627]\u0644")


def _lam_alef(segment: str, start: int, first: int, last: int, measure: _Measure) -> str:
    """The lam-alef ligatures of a right-to-left line in reading order, lam first: one glyph
    gives both letters, so they share its box; a real alef-lam is two glyphs, two boxes."""
    letters = list(segment)
    for match in _LAM_ALEF_READ_BACKWARDS.finditer(segment, first, last + 1):
        k = match.start()
        if measure.box(start + k) == measure.box(start + k + 1):
            letters[k], letters[k + 1] = letters[k + 1], letters[k]
    return "".join(letters)


_CELL_BREAK = "\x1f"  # marks a cell boundary inside the line's text until the cells are cut


def _spaced(
    segment: str,
    start: int,
    first: int,
    last: int,
    measure: _Measure,
    size: float,
    made_up: set[int],
) -> tuple[str, list[tuple[float, float]]]:
    """The line's text with the spaces the positions justify; and the wide gaps.

    A space glyph in the file is kept. A space PDFium made up stands where the gap is a word
    gap: measured against a word gap the same line makes with a space glyph (justified lines
    stretch both alike), or, in a line without one, against a share of an em above the
    letter spacing.
    """
    if not made_up:  # every space is a glyph of the file: the text as PDFium gives it
        text = segment[first : last + 1].replace(DROPPED, "")
        return text.replace("\x02", "\u00ad").replace("\ufffe", LINE_HYPHEN), []
    runs: list[tuple[int, int, float, float]] = []  # each made-up run: start, end, gap's edges
    for space in sorted(made_up):
        end = space
        while segment[end + 1] == " ":
            end += 1
        # Where the glyph before ends: its box, or the made-up space's if that starts
        # sooner (a slanted "f" overhangs its advance).
        left = min(measure.right(start + space - 1), measure.left(start + space))
        runs.append((space, end, left, measure.left(start + end + 1)))
    out: list[str] = []
    gaps: list[tuple[float, float]] = []
    word_gap: float | None = None
    cells = not _justified_runs(segment, first, last, runs, size)
    k = first  # the text up to a made-up run is kept as it is, space glyphs included
    for space, end, left, right in runs:
        out.append(segment[k:space])
        k = end + 1
        gap = right - left
        if gap > _CELL_GAP_EM * size and cells:
            out.append(_CELL_BREAK)
            gaps.append((left, right))
            continue
        if gap > 0.4 * size or segment[space - 1] == DROPPED:
            # After a dropped footnote mark ("events⁸¹ and") the gap is measured from the
            # small mark, not the word: a space PDFium made up there is the word gap.
            out.append(" ")
            continue
        if word_gap is None:
            real = _space_glyph(segment, first, last, made_up)
            word_gap = _word_gap(real, start, measure) if real is not None else 0.0
            made_up_gaps = sorted(r[3] - r[2] for r in runs)
            if not word_gap and len(made_up_gaps) >= 3:
                # No space glyph in the line: its typical made-up gap is its word gap.
                word_gap = made_up_gaps[len(made_up_gaps) // 2]
        if word_gap > 0:
            # A non-breaking space keeps its width where the others stretch: a fixed share.
            if gap > 0.7 * word_gap or gap > _FIXED_SPACE_EM * size:
                out.append(" ")
        elif gap > _WORD_GAP_EM * size + _letter_spacing(segment, start, space, measure):
            out.append(" ")
    out.append(segment[k : last + 1])
    text = "".join(out).replace(DROPPED, "")
    return text.replace("\x02", "\u00ad").replace("\ufffe", LINE_HYPHEN), gaps


def _space_glyph(segment: str, first: int, last: int, made_up: set[int]) -> int | None:
    """The line's first lone space glyph (a run of one space PDFium did not make up)."""
    k = segment.find(" ", first, last)
    while k >= 0:
        end = k
        while segment[end + 1] == " ":
            end += 1
        if end == k and k not in made_up:
            return k
        k = segment.find(" ", end + 1, last)
    return None


def _justified_runs(
    segment: str, first: int, last: int, runs: list[tuple[int, int, float, float]], size: float
) -> bool:
    """`_justified` for the line's made-up runs; the gap after a paragraph's number is a tab
    stop, not a stretched space ("17.<tab>The   Advisory   Committee" in a narrow column)."""
    if runs and _MARGIN_LABEL.fullmatch(segment[first : runs[0][0]]):
        return _justified(segment[runs[0][1] + 1 : last + 1], [r[3] - r[2] for r in runs[1:]], size)
    return _justified(segment[first : last + 1], [r[3] - r[2] for r in runs], size)


def _justified(text: str, widths: list[float], size: float) -> bool:
    """A justified line of a few words in a narrow column: every space stretched past a cell's
    gap, and all by the same width (the cells of a table row end where their texts end, so
    their gaps differ), between words (a row of figures may be evenly spaced)."""
    if len(widths) < 2 or min(widths) <= _CELL_GAP_EM * size:
        return False
    if max(widths) - min(widths) > _EVEN_GAP_EM * size:
        return False
    words = [w for w in text.split(" ") if w.strip()]
    return sum(1 for w in words if _WORD.search(w)) * 2 > len(words)


def _word_gap(space: int, start: int, measure: _Measure) -> float:
    """From the end of the word before a space glyph to the start of the word after it."""
    return measure.box(start + space + 1)[0] - measure.box(start + space - 1)[1]


def _letter_spacing(segment: str, start: int, k: int, measure: _Measure) -> float:
    """The gap the line puts between letters of one word, next to a generated space."""
    end = k
    while end + 1 < len(segment) and segment[end + 1] == " ":
        end += 1
    gaps = []
    if k >= 2 and segment[k - 2].isalnum() and segment[k - 1].isalnum():
        gaps.append(measure.box(start + k - 1)[0] - measure.box(start + k - 2)[1])
    if end + 2 < len(segment) and segment[end + 1].isalnum() and segment[end + 2].isalnum():
        gaps.append(measure.box(start + end + 2)[0] - measure.box(start + end + 1)[1])
    return max(0.0, min(gaps)) if gaps else 0.0
