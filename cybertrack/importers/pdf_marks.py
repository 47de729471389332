"""Footnote marks in a PDF line: raised, smaller characters after a word, a year or a comma
("States,²", "of 24 May 2019⁴⁷", "budget*"), or opening the rest of a line PDFium cut at
them ("¹³ and its successive ..."). They are found by measuring the characters PDFium gives
(size and baseline against the line's); a raised 2 or 3 after a unit of length (m², km³) is
no mark.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cybertrack.importers.pdf_lines import _Measure

_LONG_NUMBER = re.compile(r"(?<![\d.,])\d{5,}(?![\d.,]\d)")
_MARKS = re.compile(r"(?<=[^\s\d$€£(\[/–-])(?: (?=\d))?(?P<mark>[\d*†‡§]+)")
MARK_SIGN = re.compile(r"[\d*†‡§]")  # what a mark or a long number needs one of
_MARK_CHARS = frozenset("0123456789*†‡")
_FIVE_DIGITS = re.compile(r"\d{5}")
_UNIT = re.compile(r"(?:^|[\s\d(])[kcdm]?m$")
DROPPED = "\x00"  # stands for a dropped footnote mark, so positions stay those of PDFium


def unit_power(before: str, mark: str) -> bool:
    """A raised 2 or 3 after a unit of length, "m", "km", "cm" (m2, km2, m3): kept, no mark. A
    mark after a word that ends in "m" ("programme2") is a footnote's."""
    return mark in ("2", "3") and _UNIT.search(before) is not None


def leading_mark(
    segment: str, start: int, first: int, last: int, measure: _Measure, size: float, base: float
) -> int:
    """How many of the line's first characters are a raised footnote mark before its words:
    "¹³ and its successive ..." (the mark of "adopted on 8 September 2006,¹³" on the line
    before, PDFium having cut the printed line at it). A footnote's own number opens its
    text the same way: `join` takes the mark off only from a line that goes on another."""
    end = first
    while end <= last and end - first < 3 and segment[end] in _MARK_CHARS:
        end += 1
    if end == first or end > last or segment[end] != " ":
        return 0
    return end - first if _raised(measure, start + first, size, base) else 0


def without_marks(
    segment: str,
    start: int,
    first: int,
    last: int,
    sign: int,
    measure: _Measure,
    size: float,
    base: float,
    made_up: set[int],
) -> str:
    """The segment with its raised footnote marks replaced by DROPPED. Nothing before the
    first mark sign (at `sign`) can be a mark, nor a long number, nor start one."""
    dropped: set[int] = set()
    if _FIVE_DIGITS.search(segment, sign, last + 1) is not None:
        for run in _LONG_NUMBER.finditer(segment, sign, last + 1):
            # A mark raised after a year: "of 24 May 2019⁴⁷" reads "201947".
            k = run.end() - 1
            while k > run.start() + 3 and _raised(measure, start + k, size, base):
                dropped.add(k)
                k -= 1
    for mark in _MARKS.finditer(segment, max(first + 1, sign - 1), last + 1):
        if segment[mark.start()] == " " and mark.start() not in made_up:
            continue  # a number after a space glyph: "in 2027", no mark
        k = mark.start("mark")
        # A mark follows text of the line's size; "Pp1" set small as a whole is a label.
        if (
            _raised(measure, start + k, size, base)
            and not unit_power(segment[first : mark.start()], segment[k : mark.end()])
            and measure.size(start + mark.start() - 1) >= size * 0.8
        ):
            dropped.update(range(mark.start(), mark.end()))
    if not dropped:
        return segment
    return "".join(DROPPED if i in dropped else ch for i, ch in enumerate(segment))


def _raised(measure: _Measure, index: int, size: float, base: float) -> bool:
    return measure.size(index) < size * 0.8 and measure.origin(index) > base + 0.15 * size
