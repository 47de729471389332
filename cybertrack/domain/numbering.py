"""Numbers as people read them: "10" after "9", "16.10" after "16.9", "12 bis" after "12"."""

from __future__ import annotations

import re

_PART = re.compile(r"\d+|[^\d\s.]+")
_LATIN_ORDINALS = {"bis": 1, "ter": 2, "quater": 3, "quinquies": 4, "sexies": 5}


def sort_key(number: str) -> tuple[tuple[int, int, str], ...]:
    """A key that orders item numbers numerically part by part."""
    key: list[tuple[int, int, str]] = []
    for part in _PART.findall(number.lower()):
        if part.isdigit():
            key.append((0, int(part), ""))
        else:
            key.append((1, _LATIN_ORDINALS.get(part, 99), part))
    return tuple(key)


def sort_key_text(number: str) -> str:
    """`sort_key` flattened to a string that sorts the same way, for SQL ORDER BY."""
    chunks = []
    for kind, value, text in sort_key(number):
        chunks.append(f"{kind}{value:08d}{text}")
    return "|".join(chunks)
