"""Word-level differences between two texts, the way Word shows tracked changes.

One function serves the GUI redline, the tracked changes in exported papers and the comparison
of document versions, so all three always agree on what changed. Texts are compared as words
(white space is not content); a span's text is its words joined by single spaces, and spans are
shown one space apart.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "delete", "insert"]


@dataclass(frozen=True)
class Span:
    op: Op
    text: str


def word_diff(old: str, new: str) -> list[Span]:
    """Spans that turn `old` into `new`: equal runs, deletions, insertions (in reading order).

    A replaced run is a deletion followed by an insertion. Adjacent spans of one kind are merged,
    so each changed run counts once (one tracked change per changed span).
    """
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    spans: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(spans, "equal", b[j1:j2])
        else:
            _add(spans, "delete", a[i1:i2])
            _add(spans, "insert", b[j1:j2])
    return spans


def _add(spans: list[Span], op: Op, words: list[str]) -> None:
    if not words:
        return
    text = " ".join(words)
    if spans and spans[-1].op == op:
        spans[-1] = Span(op, spans[-1].text + " " + text)
    else:
        spans.append(Span(op, text))


def old_text(spans: list[Span]) -> str:
    return " ".join(s.text for s in spans if s.op != "insert")


def new_text(spans: list[Span]) -> str:
    return " ".join(s.text for s in spans if s.op != "delete")


def changed(old: str, new: str) -> bool:
    """True when the words differ (white space alone is no change)."""
    return old.split() != new.split()
