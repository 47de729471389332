"""The desk on a large workspace: a keystroke in the find box to the table repainted, a stance
key to the change committed, and the memory the window holds, at each workspace size.

For each workspace (bench/out/ws-N.cybertrack, a copy), a fresh process opens the window, shows
the document of 5,000 items and waits until it is read and indexed (what the window does on its
own while the user reads). Then it types queries letter by letter, one- and two-letter prefixes
included, in the scope the find box offers by default (text, notes and wording). The clock of
a keystroke starts before the key is sent and stops once the table (or the "no match" text
that replaces it) has been painted again.

Baseline, in the same process and the same way: a plain QSortFilterProxyModel substring filter
(setFilterFixedString on the text column, case-insensitive) over the same 5,000 rows in a
QTableView, driven by a QLineEdit. The stance commit is measured against one durable write of
the same row by bare sqlite3.

Targets (issue 16), at every size up to 1,000,000 items: search median at most 16 ms, worst at
most 50 ms; stance commit at most 5 ms; at most 300 MB resident, open and searched. Exits 1 on
a miss.

    python bench/gui.py [--sizes 1000,10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(ROOT))

from bench._verdict import Verdicts, median, ms  # noqa: E402

OUT = ROOT / "bench" / "out"
# Common words, rare words, a phrase, no match; each typed letter by letter, so "c", "co", "m",
# "mu"... are searched as the user types them.
QUERIES = ("cooperation", "states should", "mutual legal", "e", "in", "xyzzy", "data")
SEARCH_MEDIAN, SEARCH_WORST, STANCE, MEMORY = 0.016, 0.050, 0.005, 300.0
# One durable write of the position SetStance writes (the stance flipped, so a row changes).
TOGGLE = """UPDATE positions SET stance = CASE stance WHEN 'support' THEN 'oppose' ELSE 'support'
    END WHERE item_id = ?"""


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class PaintWatch:
    """Whether one of some widgets has been painted since `arm`."""

    def __init__(self, *widgets: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watch.painted = True
                return False

        self.painted = False
        self._filter = Filter()
        for widget in widgets:
            widget.installEventFilter(self._filter)

    def arm(self) -> None:
        self.painted = False


def keystroke_to_paint(app: Any, watch: PaintWatch, send: Any) -> float:
    """Seconds from sending a key to the watched widgets painted again (after the paint), or
    to the moment the key's work is done with nothing left to paint (a search whose answer
    did not change what is on screen)."""
    watch.arm()
    started = time.perf_counter()
    send()
    turns = 0  # each turn handles whatever is pending: five with no paint, nothing to paint
    while not watch.painted and turns < 5:
        app.processEvents()
        turns += 1
    return time.perf_counter() - started


def child(path: Path) -> dict[str, Any]:
    from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.settings import DeskSettings
    from cybertrack.services import Workspace

    app = QApplication(sys.argv[:1])
    before = resident_mb()
    scratch = tempfile.mkdtemp(prefix="cybertrack-gui-")
    settings = DeskSettings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace.open(path), settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    big = max(window.workspace.documents(), key=lambda d: d.item_count)
    window.go_to_document(big.id)
    while not window.items.complete():  # read in the background, as on screen
        app.processEvents()
    window.items.indexed()  # and indexed, as it would be while the user reads
    app.processEvents()
    rows = window.item_model.row_list()

    # The baseline: a plain substring filter over the same rows.
    model = QStandardItemModel(len(rows), 2)
    for r, row in enumerate(rows):
        model.setItem(r, 0, QStandardItem(row.label))
        model.setItem(r, 1, QStandardItem(row.text))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    plain = QWidget()
    edit = QLineEdit()
    edit.textChanged.connect(proxy.setFilterFixedString)
    view = QTableView()
    view.setModel(proxy)
    layout = QVBoxLayout(plain)
    layout.addWidget(edit)
    layout.addWidget(view)
    plain.resize(1280, 800)
    plain.show()
    app.processEvents()

    box = window.filter_bar.search
    ours_watch = PaintWatch(window.table.viewport(), window.items.empty_state)
    plain_watch = PaintWatch(view.viewport())
    ours: list[float] = []
    baseline: list[float] = []
    short: list[float] = []  # the one- and two-letter prefixes, ours
    for query in QUERIES:
        for target, watch, times in ((box, ours_watch, ours), (edit, plain_watch, baseline)):
            target.clear()
            app.processEvents()
            target.setFocus()
            for k, character in enumerate(query):
                took = keystroke_to_paint(
                    app, watch, lambda t=target, c=character: QTest.keyClick(t, c)
                )
                times.append(took)
                if times is ours and k < 2:
                    short.append(took)
    searched_mb = resident_mb()
    box.clear()
    plain.close()
    app.processEvents()

    # A stance: Workspace.apply (the commit) and the key to the row repainted.
    window.activateWindow()
    QApplication.setActiveWindow(window)  # the stance keys are the window's shortcuts
    app.processEvents()
    window.table.setFocus()
    window.table.go_to_row(0)
    commits: list[float] = []
    keys: list[float] = []
    real_apply = window.workspace.apply

    def timed_apply(command: Any) -> Any:
        started = time.perf_counter()
        try:
            return real_apply(command)
        finally:
            commits.append(time.perf_counter() - started)

    window.workspace.apply = timed_apply  # type: ignore[method-assign]
    row_watch = PaintWatch(window.table.viewport())
    for turn in range(40):
        keys.append(
            keystroke_to_paint(
                app, row_watch, lambda t=turn: QTest.keyClick(window.table, "123"[t % 3])
            )
        )
        QTest.keyClick(window.table, Qt.Key.Key_J)
        app.processEvents()
    window.workspace.apply = real_apply  # type: ignore[method-assign]
    item_id = rows[1].id
    window.close()
    window.workspace.close()
    # The baseline: one durable write of a position by bare sqlite3 (synchronous FULL, WAL).
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    raw: list[float] = []
    for _ in range(40):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(TOGGLE, [item_id])
        conn.execute("COMMIT")
        raw.append(time.perf_counter() - started)
    conn.close()
    shutil.rmtree(scratch, ignore_errors=True)
    return {
        "document items": len(rows),
        "ours": ours,
        "baseline": baseline,
        "short": short,
        "commits": commits,
        "keys": keys,
        "raw": raw,
        "memory before": before,
        "memory searched": searched_mb,
    }


def run_child(source: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="cybertrack-gui-") as tmp:
        path = Path(tmp) / source.name
        shutil.copy(source, path)  # the stances written go to a scratch copy
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            check=False,
        )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _spread(values: list[float]) -> str:
    return f"median {ms(median(values))}, worst {ms(max(values))} (n={len(values)})"


def judge(items: int, figures: dict[str, Any], verdicts: Verdicts) -> None:
    size = f"{items:,} items"
    ours, baseline, short = figures["ours"], figures["baseline"], figures["short"]
    print(f"gui {size}: document shown {figures['document items']:,} items")
    print(f"gui {size}: keystroke -> table repainted, CyberTrack: {_spread(ours)}")
    print(f"gui {size}: the same, one- and two-letter prefixes: {_spread(short)}")
    print(f"gui {size}: keystroke -> repainted, QSortFilterProxyModel: {_spread(baseline)}")
    print(f"gui {size}: stance key -> row repainted: {_spread(figures['keys'])}")
    plain = f"QSortFilterProxyModel median {ms(median(baseline))}, worst {ms(max(baseline))}"
    verdicts.check(
        f"search keystroke to repainted table, median, {size}",
        ms(median(ours)),
        plain,
        f"at most {ms(SEARCH_MEDIAN)}",
        median(ours) <= SEARCH_MEDIAN,
    )
    verdicts.check(
        f"search keystroke to repainted table, worst (1-2 letter prefixes: "
        f"{ms(max(short))}), {size}",
        ms(max(ours)),
        plain,
        f"at most {ms(SEARCH_WORST)}",
        max(ours) <= SEARCH_WORST,
    )
    commit = median(figures["commits"])
    verdicts.check(
        f"stance commit, median of 40, {size}",
        ms(commit),
        f"bare sqlite3 UPDATE and COMMIT {ms(median(figures['raw']))}",
        f"at most {ms(STANCE)}",
        commit <= STANCE,
    )
    memory = figures["memory searched"]
    verdicts.check(
        f"memory resident, workspace open and searched, {size}",
        f"{memory:.0f} MB",
        f"the process before the workspace {figures['memory before']:.0f} MB",
        f"at most {MEMORY:.0f} MB",
        memory <= MEMORY,
    )
    verdicts.scaling(
        items,
        **{
            "search median ms": median(ours) * 1000,
            "search worst ms": max(ours) * 1000,
            "memory mb": memory,
        },
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default=os.environ.get("CYBERTRACK_BENCH_SIZES", "1000,10000,100000,1000000")
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    verdicts = Verdicts()
    for items in [int(s) for s in args.sizes.split(",") if s]:
        source = OUT / f"ws-{items}.cybertrack"
        if not source.exists():
            print(f"gui: {source} is missing: run bench/make_workspace.py --items {items}")
            return 1
        judge(items, run_child(source), verdicts)
    return verdicts.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
