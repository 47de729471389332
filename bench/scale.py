"""Writes that do not grow with the workspace: an import and a stance commit into workspaces of
1,000 to 1,000,000 items (bench/out/ws-N.cybertrack), against the same into an empty one.

The import is a real 307-paragraph UN report (tests/data/A_HRC_26_5.layout.txt, read once: its
parsing does not depend on the workspace), stored by the import command and followed by the
version detection the desk runs after every import (the earlier document it revises, if any).
Each import is undone before the next, so every run meets the same workspace. Runs are
interleaved over the workspaces (empty, 1,000 ... 1,000,000, then again), seven of each; the
figure is the median, as a ratio to the empty workspace's median.

The import queues the document for the precedent index, whose postings are written just after,
as a run of its own, by a transaction of their own (the desk's writer thread, or the CLI before
it exits): the delegate does not wait for it, but it is write work of the import, so it is timed
here as part of the import. Folding that run into the shared segment is left for later still;
it is timed too, a slice per transaction as the app runs it, and printed beside the import (no
target: the delegate does not wait for it, but the window's own writes wait for its longest
slice).

A stance commit is one SetStance through Workspace.apply (history, undo images, durable
commit), median of 21, against one UPDATE and COMMIT of the same row by bare sqlite3.

Targets (issue 16): import within 1.2x of the empty workspace's; stance commit at most 5 ms at
any size. Exits 1 on a miss.

    python bench/scale.py [--runs 7] [--sizes 1000,10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._verdict import Verdicts, median, ms
from cybertrack.domain.positions import Stance
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetStance, Workspace

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DOCUMENT = ROOT / "tests" / "data" / "A_HRC_26_5.layout.txt"
IMPORT_RATIO, STANCE = 1.2, 0.005
# One durable write of the position SetStance writes (the stance flipped, so a row changes).
TOGGLE = """UPDATE positions SET stance = CASE stance WHEN 'support' THEN 'oppose' ELSE 'support'
    END WHERE item_id = ?"""


def import_once(ws: Workspace, command: ImportDocument) -> float:
    """Seconds to store the document, index it for precedent search and look for the version it
    revises; then undone."""
    started = time.perf_counter()
    change = ws.apply(command)
    ws.update_precedent_index(slices=1)  # the queued document's run (nothing else to fold)
    (document_id,) = change.document_ids
    ws.comparison.version_match(document_id)
    took = time.perf_counter() - started
    ws.revert(change)
    return took


def fold_once(ws: Workspace, command: ImportDocument) -> tuple[float, float, int]:
    """Seconds to fold the run one import wrote, its longest slice, and the slices; the
    import (not timed) undone after. Every other run is folded first (not timed either)."""
    store = ws._store
    while True:
        with store.transaction():
            if not store.precedents.fold_step(keep=0):
                break
    change = ws.apply(command)
    ws.update_precedent_index(slices=1)  # its run written (not timed)
    slices: list[float] = []
    more = True
    while more:
        started = time.perf_counter()
        with store.transaction():
            more = store.precedents.fold_step(keep=0)
        slices.append(time.perf_counter() - started)
    ws.revert(change)
    return sum(slices), max(slices), len(slices)


def stance_commits(ws: Workspace, runs: int = 21) -> tuple[list[float], list[float]]:
    """Seconds of SetStance commits on one item, and of bare sqlite3 writes of its position."""
    document = max(ws.documents(), key=lambda d: d.item_count)
    item = ws.items_page(document.id, 0, 1)[0]
    ours, changes = [], []
    for turn in range(runs):
        started = time.perf_counter()
        changes.append(ws.apply(SetStance((item.id,), (Stance.SUPPORT, Stance.OPPOSE)[turn % 2])))
        ours.append(time.perf_counter() - started)
    conn = sqlite3.connect(ws.path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    bare = []
    for _ in range(runs + runs % 2):  # an even number of flips: the stance ends as it was
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(TOGGLE, [item.id])
        conn.execute("COMMIT")
        bare.append(time.perf_counter() - started)
    conn.close()
    for change in reversed(changes):  # the item as it was (its position exists until then)
        ws.revert(change)
    return ours, bare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--sizes", default=os.environ.get("CYBERTRACK_BENCH_SIZES", "1000,10000,100000,1000000")
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    command = ImportDocument(read_document(DOCUMENT))
    verdicts = Verdicts()
    with tempfile.TemporaryDirectory(prefix="cybertrack-scale-") as tmp:
        spaces = {0: Workspace.open(Path(tmp) / "empty.cybertrack")}
        for items in sizes:
            path = OUT / f"ws-{items}.cybertrack"
            if not path.exists():
                print(f"scale: {path} is missing: run bench/make_workspace.py --items {items}")
                return 1
            spaces[items] = Workspace.open(path)
        try:
            for ws in spaces.values():  # caches warmed once
                import_once(ws, command)
            times: dict[int, list[float]] = {items: [] for items in spaces}
            for _ in range(args.runs):
                for items, ws in spaces.items():
                    times[items].append(import_once(ws, command))
            commits = {items: stance_commits(ws) for items, ws in spaces.items() if items}
            folds = {
                items: [fold_once(ws, command) for _ in range(3)] for items, ws in spaces.items()
            }
        finally:
            for ws in spaces.values():
                ws.close()
    empty = median(times[0])
    print(
        f"scale: import of {len(command.document.items)} paragraphs into an empty workspace: "
        f"median {ms(empty)} (runs: {', '.join(f'{t * 1000:.0f}' for t in times[0])} ms)"
    )
    for items in (0, *sizes):
        total, longest, slices = sorted(folds[items])[1]  # the median of three by total
        print(
            f"scale: folding that import's run afterwards (background), "
            f"{items:,} items: {ms(total)} in {slices} slices, the longest {ms(longest)}"
        )
    for items in sizes:
        took = median(times[items])
        size = f"{items:,} items"
        print(
            f"scale: import into {size}: median {ms(took)} "
            f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times[items])} ms)"
        )
        verdicts.check(
            f"import of a 307-paragraph report with version detection, into {size}",
            f"{took / empty:.2f}x ({ms(took)})",
            f"the same import into an empty workspace {ms(empty)}",
            f"at most {IMPORT_RATIO}x",
            took / empty <= IMPORT_RATIO,
        )
        ours, bare = commits[items]
        verdicts.check(
            f"stance commit, median of {len(ours)}, {size}",
            ms(median(ours)),
            f"bare sqlite3 UPDATE and COMMIT {ms(median(bare))}",
            f"at most {ms(STANCE)}",
            median(ours) <= STANCE,
        )
        verdicts.scaling(
            items,
            **{
                "stance ms": median(ours) * 1000,
                "import ms": took * 1000,
                "import ratio": took / empty,
                "fold ms": sorted(folds[items])[1][0] * 1000,
            },
        )
    return verdicts.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
