"""Footnote marks typed into the text as superscripts (not real footnote references)."""

from __future__ import annotations

import re

_MARK = re.compile(r"\s*(?:[*†‡§]{1,3}|\d{1,3}|[a-z]{1,2})\s*")
# "m2", "km2", "10⁶": an exponent follows a unit or a number; a mark follows a word or a stop.
# A number ends on a digit: after "2021," or "2021." the superscript is the sentence's mark.
_UNIT_BEFORE = re.compile(r"(?:^|\W)(?:[a-zA-Z]{1,2}|\d(?:[\d.,]*\d)?)$")
_UNIT_TAIL = 24  # the characters before a mark that tell a unit or a number (of a long text)


def marked_shape(superscript: str) -> bool:
    """Whether a superscript run is shaped like a footnote mark (the cheap first test)."""
    return _MARK.fullmatch(superscript) is not None and bool(superscript.strip())


def typed_footnote_mark(superscript: str, before: str) -> bool:
    """Whether a superscript run is a footnote mark, given the text just before it."""
    if not marked_shape(superscript):
        return False
    if not before or before[-1].isspace():
        return False
    return not _UNIT_BEFORE.search(before[-_UNIT_TAIL:])
