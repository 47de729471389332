"""Item references as a delegate says them: "(1), (3)–(7), (12)"."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A whole number ("12") or a sub-number ("121.5", "29B.3"): its stem and its last number.
_NUMBER = re.compile(r"^((?:[0-9A-Z]+\.)*)(\d+)$")


def label_runs(items: Sequence[tuple[str, str]]) -> list[str]:
    """(number, label) pairs in document order -> ['(1)', '(3)–(7)', '(9)'].

    Runs of three or more consecutive numbers become a range, sub-numbers of one stem too
    ("121.5–121.9", as a review's recommendations are cited); two stay a pair, since
    "(3)–(4)" reads worse than "(3), (4)". A number never runs on into its own sub-numbers.
    """
    parts: list[str] = []
    run: list[tuple[str, int, str]] = []

    def flush() -> None:
        if len(run) >= 3:
            parts.append(f"{run[0][2]}–{run[-1][2]}")
        else:
            parts.extend(label for _, _, label in run)
        run.clear()

    for number, label in items:
        match = _NUMBER.match(number)
        if match is None:
            flush()
            parts.append(label)
            continue
        stem, value = match[1], int(match[2])
        if run and (stem != run[-1][0] or value != run[-1][1] + 1):
            flush()
        run.append((stem, value, label))
    flush()
    return parts
