"""Markdown's lazy ordered lists: "1." typed before every item, which a Markdown viewer shows
as 1, 2, 3 (it counts on from the list's first number). A text import numbers such a run as the
delegate saw it rendered, and says so; the repeated number is never stored as the items' own.
"""

from __future__ import annotations

from cybertrack.importers.draft import Draft
from cybertrack.importers.labels import Label

# The ordered-list markers Markdown counts: "1." and "1)".
_COUNTED = ("dot", "bracket")


def _repeats(before: Draft, after: Draft) -> bool:
    a, b = before.label, after.label
    return (
        b.scheme in _COUNTED
        and b.sequence == a.sequence
        and b.number == a.number
        and not b.suffix
        and after.section_key == before.section_key
    )


def _same_list(draft: Draft, neighbour: Draft | None) -> bool:
    return (
        neighbour is not None
        and neighbour.label.sequence == draft.label.sequence
        and neighbour.section_key == draft.section_key
    )


def number_lazy_lists(drafts: list[Draft]) -> int:
    """Number each list whose every item repeats one number (under one heading) on from that
    number; return how many items such lists hold. A number repeated inside a list that counts
    ("1. 2. 2. 3.") is the source's own duplicate, kept and reported as one."""
    counted = 0
    start = 0
    while start < len(drafts):
        end = start + 1
        while end < len(drafts) and _repeats(drafts[end - 1], drafts[end]):
            end += 1
        before = drafts[start - 1] if start else None
        after = drafts[end] if end < len(drafts) else None
        whole = not _same_list(drafts[start], before) and not _same_list(drafts[start], after)
        if end - start > 1 and whole:
            first = drafts[start].label
            for step, draft in enumerate(drafts[start + 1 : end], start=1):
                old = draft.label
                number = str(first.ordinal + step)
                label = old.label.replace(old.number, number, 1)
                draft.label = Label(old.scheme, number, label, old.rest)
            counted += end - start
        start = end
    return counted
