"""Small text helpers every importer and exporter shares."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalise_space(text: str) -> str:
    """Fold runs of white space (including no-break and ideographic spaces) to one space."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r", " ").replace("\n", " ")
    return _SPACE.sub(" ", text).strip()


def same_words(a: str, b: str) -> bool:
    """The same text but for white space (an amendment left as the original it started from)."""
    return normalise_space(a) == normalise_space(b)


def is_right_to_left(text: str) -> bool:
    """True when most strongly directional letters are right-to-left (Arabic, Hebrew...).

    The majority, not the first letter, decides: an Arabic paragraph may open with "UNODC".
    """
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr
