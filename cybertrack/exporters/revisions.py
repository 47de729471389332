"""An amendment as the runs of a Word tracked change, word-level against the original text.

`word_diff` (the project's one diff) says which words are kept, deleted and inserted; this module
only decides where the spaces between spans go, so that accepting every change gives exactly the
proposed wording and rejecting every change gives exactly the original (single-spaced).
"""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.worddiff import Op, word_diff


@dataclass(frozen=True)
class Revision:
    op: Op
    text: str


def revisions(original: str, proposed: str) -> list[Revision]:
    """One Revision per span of `word_diff`, with the separating spaces placed.

    Between two kept spans there is at most one deletion and one insertion. A change carries the
    space before it when a kept span precedes it, otherwise the space after it (it opens the
    text); a kept span carries a leading space only when another kept span precedes it.
    """
    spans = word_diff(original, proposed)
    result: list[Revision] = []
    seen_equal = False
    for index, span in enumerate(spans):
        if span.op == "equal":
            text = (" " if seen_equal else "") + span.text
            seen_equal = True
        elif seen_equal:
            text = " " + span.text
        else:
            follows = any(s.op == "equal" for s in spans[index + 1 :])
            text = span.text + (" " if follows else "")
        result.append(Revision(span.op, text))
    return result


def accepted(runs: list[Revision]) -> str:
    return "".join(r.text for r in runs if r.op != "delete")


def rejected(runs: list[Revision]) -> str:
    return "".join(r.text for r in runs if r.op != "insert")
