"""How wide a text prints, estimated without a font: enough to size a column or to know
whether an item's label fits the hanging indent beside its text."""

from __future__ import annotations

import unicodedata


def ems(text: str) -> float:
    """A generous estimate of a bold text's width in ems: wide East Asian signs are 1 em, and
    Arabic letters nearly so (complex-script text is set larger than Latin)."""
    width = 0.0
    for char in text:
        if unicodedata.combining(char):
            continue
        if unicodedata.east_asian_width(char) in ("W", "F"):
            width += 1.0
        elif unicodedata.bidirectional(char) in ("AL", "R"):
            width += 0.85
        else:
            width += 0.62
    return width
