"""Service speed on a large workspace (bench/make_workspace.py): open, list, search, edit, back up.

    python bench/scale.py [--workspace bench/out/large.cybertrack]

Generates the workspace first if it is missing. Each figure is the median of several runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_workspace import DEFAULT_OUT, make
from cybertrack.domain.positions import Stance
from cybertrack.services import SetStance, Workspace


def timed(job: Callable[[], object], runs: int = 5) -> float:
    """Median milliseconds of `runs` calls."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("CYBERTRACK_BENCH_WORKSPACE", DEFAULT_OUT))
    parser.add_argument("--workspace", type=Path, default=default)
    args = parser.parse_args(argv)
    if not args.workspace.exists():
        make(args.workspace, 200, 100_000)
    with tempfile.TemporaryDirectory(prefix="cybertrack-scale-") as tmp:
        path = Path(tmp) / "large.cybertrack"
        shutil.copy(args.workspace, path)
        figures: list[tuple[str, float]] = []
        figures.append(("open the workspace", timed(lambda: Workspace.open(path).close())))
        with Workspace.open(path) as ws:
            documents = ws.documents()
            big = max(documents, key=lambda d: d.item_count)
            ids = [i.id for i in ws.items(big.id)]
            figures += [
                ("list 200 documents with counts", timed(ws.documents)),
                (
                    f"items of the largest document ({big.item_count:,})",
                    timed(lambda: ws.items(big.id)),
                ),
                (f"all items ({sum(d.item_count for d in documents):,})", timed(ws.items, 3)),
                ("search a rare word", timed(lambda: ws.search("sovereignty Nairobi"))),
                ("search a common word (all documents)", timed(lambda: ws.search("States"))),
                ("progress of the largest document", timed(lambda: ws.progress(big.id))),
                ("quick check", timed(lambda: ws.integrity_problems(quick=True), 3)),
                ("integrity check", timed(ws.integrity_problems, 1)),
            ]
            stances = iter([Stance.SUPPORT, Stance.OPPOSE] * 100)
            figures.append(
                (
                    "stance on one item, committed",
                    timed(lambda: ws.apply(SetStance((ids[7],), next(stances))), 21),
                )
            )
            changes = []
            figures.append(
                (
                    "stance on 500 items, committed",
                    timed(
                        lambda: changes.append(ws.apply(SetStance(tuple(ids[:500]), next(stances))))
                    ),
                )
            )
            figures.append(("undo of that (revert)", timed(lambda: ws.revert(changes[-1]), 1)))
            figures.append(("backup (sqlite3 backup API)", timed(ws.take_backup, 3)))
        size = path.stat().st_size / 2**20
    print(f"scale: workspace {size:.0f} MB, {len(documents)} documents")
    for name, ms in figures:
        print(f"scale: {name}: {ms:,.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
