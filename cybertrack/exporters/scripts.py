"""Which way a paragraph runs: Arabic and Hebrew texts are laid out right to left."""

from __future__ import annotations

import unicodedata


def is_right_to_left(text: str) -> bool:
    """True when most strongly directional letters are right-to-left (Arabic, Hebrew...)."""
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr
