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


# Widths in ems of the characters labels are made of, in a bold serif (Times New Roman Bold):
# digits and lower case half an em, stops a quarter, capitals about 0.7.
_NARROW = {".": 0.25, ",": 0.25, ":": 0.33, ";": 0.33, " ": 0.25, "(": 0.33, ")": 0.33}


def label_ems(label: str) -> float:
    """A close estimate of a bold label's width in ems ("16.12", "PP3", "Article 5"), where
    `ems` would be generous: whether it fits beside its text is decided on it."""
    width = 0.0
    for char in label:
        if char in _NARROW:
            width += _NARROW[char]
        elif char.isascii() and (char.isdigit() or char.islower()):
            width += 0.5
        elif char.isascii() and char.isupper():
            width += 0.72
        else:
            width += ems(char)
    return width
