"""Paragraph numbers printed by a field that opens the paragraph: AUTONUM, AUTONUMLGL,
AUTONUMOUT and LISTNUM, as older templates and files converted from WordPerfect number their
paragraphs. Word computes such a number as it lays the page out and stores no text for it, so
the reader counts as Word does: each field moves its list's counter at its level (a deeper
level starts again under a new number), and prints the number in its list's format.
"""

from __future__ import annotations

import re
from typing import Any

from cybertrack.importers.docx_numbering import W, format_number

_FIELD = re.compile(r"^\s*(AUTONUMLGL|AUTONUMOUT|AUTONUM|LISTNUM)\b(.*)$", re.IGNORECASE)
_LEVEL = re.compile(r"\\l\s*(\d)")
_START = re.compile(r"\\s\s*(\d+)")
_NAME = re.compile(r'^\s*"?([A-Za-z][\w ]*?)"?\s*(?:\\|$)')
# Word's three built-in lists, level by level: (number format, text around the number).
_LISTS: dict[str, list[tuple[str, str]]] = {
    "numberdefault": [
        ("decimal", "%)"),
        ("lowerLetter", "%)"),
        ("lowerRoman", "%)"),
        ("decimal", "(%)"),
        ("lowerLetter", "(%)"),
        ("lowerRoman", "(%)"),
        ("decimal", "%."),
        ("lowerLetter", "%."),
        ("lowerRoman", "%."),
    ],
    "outlinedefault": [
        ("upperRoman", "%."),
        ("upperLetter", "%."),
        ("decimal", "%."),
        ("lowerLetter", "%)"),
        ("decimal", "(%)"),
        ("lowerLetter", "(%)"),
        ("lowerRoman", "(%)"),
        ("lowerLetter", "(%)"),
        ("lowerRoman", "(%)"),
    ],
}
_T = W + "t"
_FLD_SIMPLE, _FLD_CHAR, _INSTR = W + "fldSimple", W + "fldChar", W + "instrText"
_TYPE, _INSTR_ATTR = W + "fldCharType", W + "instr"


class FieldNumbers:
    """The counters of one pass through a document's numbering fields."""

    def __init__(self) -> None:
        self._counters: dict[str, list[int]] = {}

    def label(self, paragraph: Any) -> str | None:
        """The number the paragraph's opening field prints, or None (no such field)."""
        found = _FIELD.match(_opening_field(paragraph) or "")
        if found is None:
            return None
        kind, switches = found.group(1).upper(), found.group(2)
        level = int(match.group(1)) if (match := _LEVEL.search(switches)) else 1
        level = min(max(level, 1), 9)
        if kind == "LISTNUM":
            named = _NAME.match(switches)
            name = named.group(1).strip().lower() if named else "numberdefault"
        else:
            name = {"AUTONUM": "autonum", "AUTONUMLGL": "legaldefault"}.get(kind, "outlinedefault")
        counters = self._counters.setdefault(name, [0] * 9)
        start = _START.search(switches)
        counters[level - 1] = int(start.group(1)) if start else counters[level - 1] + 1
        counters[level:] = [0] * (9 - level)
        return _printed(name, counters, level)


def _printed(name: str, counters: list[int], level: int) -> str | None:
    if name in ("legaldefault", "autonum"):
        # "1.", "1.1.", "1.1.1.": every level's count (AUTONUM counts at its one level).
        shown = counters[:level] if name == "legaldefault" else [counters[level - 1]]
        return ".".join(str(max(n, 1)) for n in shown) + "."
    fmt, around = _LISTS.get(name, _LISTS["numberdefault"])[level - 1]
    number = format_number(counters[level - 1], fmt)
    return around.replace("%", number) if number else None


def _opening_field(paragraph: Any) -> str | None:
    """The instruction of a field that stands before any text of the paragraph."""
    instruction: list[str] | None = None
    for node in paragraph.iter(_FLD_SIMPLE, _FLD_CHAR, _INSTR, _T):
        tag = node.tag
        if tag == _FLD_SIMPLE:
            return str(node.get(_INSTR_ATTR, ""))
        if tag == _FLD_CHAR:
            kind = node.get(_TYPE)
            if kind == "begin" and instruction is None:
                instruction = []
            elif kind in ("separate", "end") and instruction is not None:
                return "".join(instruction)
        elif tag == _INSTR and instruction is not None:
            instruction.append(node.text or "")
        elif tag == _T and (node.text or "").strip():
            return None  # text first: no opening field
    return None
