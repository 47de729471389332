"""One way for every benchmark to say a figure, its baseline, its target and whether it was met.

A benchmark prints each judged figure as one line that bench/run_all.py reads back:

    RESULT <what> = <figure> | baseline <baseline> | target <target> | met

and exits non-zero when any figure missed its target (`Verdicts.exit_code`). Figures for the
scaling table of BENCHMARKS.md are printed as `SCALING {"items": 1000000, "<column>": value}`.
"""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass

LINE = re.compile(
    r"^RESULT (?P<what>.+?) = (?P<figure>.+?) \| baseline (?P<baseline>.+?) "
    r"\| target (?P<target>.+?) \| (?P<verdict>met|missed)$"
)
SCALING = "SCALING "


@dataclass(frozen=True)
class Verdict:
    what: str
    figure: str
    baseline: str
    target: str
    met: bool


def parse(output: str) -> list[Verdict]:
    """The verdicts a benchmark printed, in order."""
    found = []
    for line in output.splitlines():
        match = LINE.match(line.strip())
        if match:
            found.append(
                Verdict(
                    match["what"],
                    match["figure"],
                    match["baseline"],
                    match["target"],
                    match["verdict"] == "met",
                )
            )
    return found


def scaling_rows(output: str) -> list[dict[str, float]]:
    return [
        json.loads(line[len(SCALING) :]) for line in output.splitlines() if line.startswith(SCALING)
    ]


class Verdicts:
    """The figures one benchmark judged."""

    def __init__(self) -> None:
        self.missed: list[str] = []

    def check(self, what: str, figure: str, baseline: str, target: str, met: bool) -> bool:
        for text in (what, figure, baseline, target):
            assert "|" not in text and "\n" not in text, text
        print(
            f"RESULT {what} = {figure} | baseline {baseline or 'none'} | target {target} | "
            f"{'met' if met else 'missed'}",
            flush=True,
        )
        if not met:
            self.missed.append(what)
        return met

    def scaling(self, items: int, **columns: float) -> None:
        print(SCALING + json.dumps({"items": items, **columns}), flush=True)

    def exit_code(self) -> int:
        if self.missed:
            print(f"missed: {'; '.join(self.missed)}", flush=True)
            return 1
        print("every target met", flush=True)
        return 0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def median(values: list[float]) -> float:
    return statistics.median(values)
