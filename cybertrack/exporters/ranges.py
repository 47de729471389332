"""Item references as a delegate says them: "(1), (3)–(7), (12)"."""

from __future__ import annotations

from collections.abc import Sequence


def compress_labels(items: Sequence[tuple[str, str]], separator: str = ", ") -> str:
    """(number, label) pairs in document order -> '(1), (3)–(7), (9)'.

    Runs of three or more consecutive whole numbers become a range; two stay a pair, since
    "(3)–(4)" reads worse than "(3), (4)". Sub-numbers ("16.3") are never merged.
    """
    parts: list[str] = []
    run: list[tuple[int, str]] = []

    def flush() -> None:
        if len(run) >= 3:
            parts.append(f"{run[0][1]}–{run[-1][1]}")
        else:
            parts.extend(label for _, label in run)
        run.clear()

    for number, label in items:
        if number.isdigit():
            value = int(number)
            if run and value != run[-1][0] + 1:
                flush()
            run.append((value, label))
        else:
            flush()
            parts.append(label)
    flush()
    return separator.join(parts)
