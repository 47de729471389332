"""An amendment as the runs of a Word tracked change, against the original text.

`align` (the project's one diff) says which words are kept, deleted and inserted, and merges a
mostly rewritten sentence into one deletion and one insertion. This module keeps every character
of both texts: line breaks are words of their own (a changed line break is a change), and the
white space between words goes with its side, so accepting every change gives exactly the
proposed wording and rejecting every change gives exactly the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cybertrack.domain.worddiff import LINE_BREAK, Op, align

_TOKEN = re.compile(r"\n|[^\s]+")


@dataclass(frozen=True)
class Revision:
    op: Op
    text: str


class _Text:
    """A text as tokens (words and line breaks) and the white space before each token."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(_TOKEN.finditer(text))
        self.tokens = [m.group() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        edges = [0, *self.ends]
        self.gaps = [text[edges[i] : self.starts[i]] for i in range(len(matches))]
        self.gaps.append(text[edges[-1] :])  # after the last token
        self.emitted = -1  # the last gap written out

    def span(self, first: int, last: int) -> str:
        """Tokens first..last-1 with the white space inside them."""
        return self.text[self.starts[first] : self.ends[last - 1]] if first < last else ""

    def gap(self, index: int) -> str | None:
        """The white space before token `index`, once: None when already written."""
        if index <= self.emitted:
            return None
        self.emitted = index
        return self.gaps[index]


def revisions(original: str, proposed: str) -> list[Revision]:
    old, new = _Text(original), _Text(proposed)
    runs: list[Revision] = []

    def gap(i: int, j: int) -> None:
        before, after = old.gap(i), new.gap(j)
        if before is not None and before == after:
            runs.append(Revision("equal", before))
            return
        runs.append(Revision("delete", before or ""))
        runs.append(Revision("insert", after or ""))

    for tag, i1, i2, j1, j2 in align(old.tokens, new.tokens):
        gap(i1, j1)
        if tag == "equal":
            for k in range(i2 - i1):
                if k:
                    gap(i1 + k, j1 + k)
                runs.append(Revision("equal", old.tokens[i1 + k]))
            continue
        runs.append(Revision("delete", old.span(i1, i2)))
        runs.append(Revision("insert", new.span(j1, j2)))
        old.emitted = max(old.emitted, i2 - 1)  # the gaps inside the spans are written
        new.emitted = max(new.emitted, j2 - 1)
    gap(len(old.tokens), len(new.tokens))
    return _tidy(runs)


def _tidy(runs: list[Revision]) -> list[Revision]:
    """Drop empty runs and join neighbours: between two kept runs, one deletion then one
    insertion (the order Word shows a replacement in)."""
    result: list[Revision] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted and "".join(deleted):
            result.append(Revision("delete", "".join(deleted)))
        if inserted and "".join(inserted):
            result.append(Revision("insert", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for run in runs:
        if not run.text:
            continue
        if run.op == "delete":
            deleted.append(run.text)
        elif run.op == "insert":
            inserted.append(run.text)
        else:
            flush()
            if result and result[-1].op == "equal":
                result[-1] = Revision("equal", result[-1].text + run.text)
            else:
                result.append(run)
    flush()
    return result


def accepted(runs: list[Revision]) -> str:
    return "".join(r.text for r in runs if r.op != "delete")


def rejected(runs: list[Revision]) -> str:
    return "".join(r.text for r in runs if r.op != "insert")


__all__ = ["LINE_BREAK", "Revision", "accepted", "rejected", "revisions"]
