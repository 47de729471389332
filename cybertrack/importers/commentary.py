"""Articles named as headings over a commentary's paragraphs.

An explanatory report, a commentary or a convention's interpretative notes names the article
it speaks of ("Article 2 – Illegal access") over paragraphs numbered through the whole
document (44, 45, ..., then 51 under "Article 3"). A treaty's own articles restart their
paragraphs at 1. So an article whose paragraphs carry on the numbering from before it is a
heading, and its paragraphs are items of their own; the first such article, whose paragraphs
may start at 1, is known by the next article carrying on from it.
"""

from __future__ import annotations

from cybertrack.importers.draft import Entry


def article_headings(entries: list[Entry]) -> set[int]:
    """The indices of the article entries that head a commentary's paragraphs."""
    runs: list[tuple[int, int | None, int | None, int | None]] = []  # article, before, first, last
    last: int | None = None  # the last paragraph number seen so far
    for entry in entries:
        label = entry.label
        if label is None:
            continue
        if label.scheme == "article":
            runs.append((entry.index, last, None, None))
        elif label.scheme == "dot" and not label.stem:
            if runs:
                index, before, first, _ = runs[-1]
                runs[-1] = (index, before, label.ordinal if first is None else first, label.ordinal)
            last = label.ordinal
    headings: set[int] = set()
    for position, (index, before, first, end) in enumerate(runs):
        if first is None:
            continue
        if first > 1 and before is not None and first == before + 1:
            headings.add(index)
            continue
        following = runs[position + 1] if position + 1 < len(runs) else None
        if following is not None and end is not None and following[2] == end + 1 > 1:
            headings.add(index)
    return headings
