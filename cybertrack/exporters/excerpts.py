"""A table cell's excerpt of a paragraph: cut at a clause boundary, else at a word, never
inside a word (nor between a letter and its accent) and never mid-phrase when a clause ends
close enough."""

from __future__ import annotations

import re
import unicodedata

# About two lines of the overview table's text column; wide (CJK) signs count double.
EXCERPT_WIDTH = 110
# A clause ends at , ; : . ? ! (and their CJK and Arabic forms) followed by a space or at a CJK
# sign, which takes no space after it.
_CLAUSE = re.compile(r"[,;:.?!،؛؟](?=\s)|[，；：。？！、]")
_OPEN = re.compile(r"[\s(\[«“‘\"']+$")


def excerpt(text: str, width: int = EXCERPT_WIDTH) -> str:
    """The start of `text` on one line, cut where a reader can stop: ' …' marks the cut."""
    text = " ".join(text.split())
    end = _cut_at_width(text, width)
    if end >= len(text):
        return text
    window = text[:end]
    clauses = [m.end() for m in _CLAUSE.finditer(window) if m.end() >= end * 0.4]
    if clauses:
        cut = clauses[-1]
        head = window[:cut].rstrip(",;:،؛，；：、")
    else:  # at the last word; with no space in reach (Chinese) the width limit is a sign boundary
        space = window.rfind(" ")
        head = window[:space] if space >= end * 0.4 else window
    head = _OPEN.sub("", head).rstrip()
    return head + ("…" if " " not in head else " …")


def _cut_at_width(text: str, width: int) -> int:
    if text.isascii():  # one column a character
        return min(width, len(text))
    used = 0
    for index, char in enumerate(text):
        if unicodedata.combining(char):
            continue
        used += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        if used > width:
            # Never separate a letter from the accents that follow it.
            while index > 0 and unicodedata.combining(text[index]):
                index -= 1
            return index
    return len(text)
