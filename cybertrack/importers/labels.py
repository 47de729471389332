"""Recognising an item's printed number and the scheme it belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Order matters: the first pattern that matches wins.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "article",
        re.compile(
            r"^(?P<label>Article\s+(?P<number>\d+(?:\s+(?:bis|ter|quater))?))"
            r"(?:\s*[.:–—-]\s*|\s+|$)",
            re.IGNORECASE,
        ),
    ),
    ("paren", re.compile(r"^(?P<label>\((?P<number>\d{1,4}(?:\s+(?:bis|ter))?)\))\s+")),
    ("decimal", re.compile(r"^(?P<label>(?P<number>\d{1,3}\.\d{1,4})\.?)\s+")),
    ("dot", re.compile(r"^(?P<label>(?P<number>\d{1,4}(?:\s+(?:bis|ter|quater))?)\.)\s+")),
    ("bracket", re.compile(r"^(?P<label>(?P<number>\d{1,4})\))\s+")),
)
_SUBITEM = re.compile(r"^\((?:[a-z]{1,2}|[ivxl]{1,6})\)\s+")


@dataclass(frozen=True)
class Label:
    scheme: str
    number: str
    label: str
    rest: str


def match_label(text: str) -> Label | None:
    """The item number at the start of `text`, if any: "(2) States ..." -> paren "2" "(2)"."""
    for scheme, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            number = " ".join(match["number"].split())
            return Label(scheme, number, " ".join(match["label"].split()), text[match.end() :])
    return None


def label_from_auto(auto_label: str) -> Label | None:
    """A number produced by Word's automatic numbering, e.g. "(3)", "12.", "16.4"."""
    return match_label(auto_label.strip() + " x")


def is_subitem(text: str) -> bool:
    """(a), (b), (iv): sub-paragraphs that stay inside their parent item."""
    return bool(_SUBITEM.match(text))


ITEM_KIND = {
    "paren": "recommendation",
    "dot": "paragraph",
    "bracket": "paragraph",
    "decimal": "paragraph",
    "article": "article",
}
