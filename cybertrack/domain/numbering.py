"""Numbers as people read them: "10" after "9", "16.10" after "16.9", "12 bis" after "12"."""

from __future__ import annotations

import re

_PART = re.compile(r"\d+|[^\d\s.]+")
_LATIN_ORDINALS = {"bis": 1, "ter": 2, "quater": 3, "quinquies": 4, "sexies": 5}
# A capital Roman numeral up to 399 ("Article IV" of an arms-control treaty).
ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int:
    """ "IV" -> 4, "XIX" -> 19 (a numeral `ROMAN` matches whole)."""
    values = [_ROMAN_VALUES[char] for char in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


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
