"""Start-up: launch to a shown window with its item table painted, CyberTrack against a bare
PySide6 window (QApplication, QMainWindow and a QTableView of 150 rows) in the same run.

Each start is a fresh process: interpreter, imports, opening the workspace, the first paint of
the table. CyberTrack starts through its real entry point (`cybertrack --db PATH`, the user's
settings in a scratch directory); a watcher installed before it stops the clock once the item
table's viewport has been painted. The cases are interleaved (bare, sample, 1,000 ... 1,000,000
items, then again), so a busy moment on a shared machine hits every case alike; the figure is
the median over the runs, as a ratio to the bare window's median.

Targets (issue 16): at most 1.5x the bare window on the sample workspace and up to 100,000
items, at most 2x at 1,000,000. Exits 1 on a miss.

    python bench/startup.py [--runs 7] [--sizes 1000,10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._verdict import Verdicts, median, ms

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

# Stops the clock after the first paint of the table called "items" (a timer of 0 runs once
# the paint event is handled), prints the wall-clock time, and quits.
WATCH = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Watch(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint
                and obj.parent() is not None and obj.parent().objectName() == "items"):
            self.done = True
            QTimer.singleShot(0, self.stop)
        return False
    def stop(self):
        print("painted", repr(time.time()), flush=True)
        QApplication.instance().exit(0)
"""

BARE = (
    WATCH
    + """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTableView
app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
model = QStandardItemModel(150, 4)
for row in range(150):
    for column, text in enumerate((str(row + 1), "", "Paragraph text of row %d" % row, "")):
        model.setItem(row, column, QStandardItem(text))
window = QMainWindow()
table = QTableView()
table.setObjectName("items")
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
app.exec()
"""
)

APP = (
    WATCH
    + """
from cybertrack.gui.system_libraries import start_qt
app = start_qt(lambda: QApplication(sys.argv[:1]))
watch = Watch()
app.installEventFilter(watch)
from cybertrack.entry import main
main(["--db", sys.argv[1]])
"""
)


def painted_after(code: str, config: Path, *args: str) -> float:
    """Seconds from launching a process to its item table painted."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(config),  # the desk's settings: a scratch place, never the user's
    )
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    words = out.stdout.split()
    if out.returncode != 0 or not words or words[0] != "painted":
        raise RuntimeError(f"no paint ({out.returncode}): {out.stdout[-500:]} {out.stderr[-1500:]}")
    return float(words[1]) - launched


def sizes_wanted(text: str) -> list[int]:
    return [int(s) for s in text.split(",") if s]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--sizes", default=os.environ.get("CYBERTRACK_BENCH_SIZES", "1000,10000,100000,1000000")
    )
    args = parser.parse_args(argv)
    verdicts = Verdicts()
    # Compiled first, as an installed app is: a checkout's changed modules would otherwise be
    # compiled again at every start here (PYTHONDONTWRITEBYTECODE).
    compileall.compile_dir(ROOT / "cybertrack", quiet=1)
    with tempfile.TemporaryDirectory(prefix="cybertrack-startup-") as tmp:
        config = Path(tmp) / "config"
        sample = Path(tmp) / "sample.cybertrack"
        cases: dict[str, tuple[str, ...]] = {"bare": (BARE,), "sample": (APP, str(sample))}
        for items in sizes_wanted(args.sizes):
            path = OUT / f"ws-{items}.cybertrack"
            if not path.exists():
                print(f"startup: {path} is missing: run bench/make_workspace.py --items {items}")
                return 1
            cases[f"{items:,} items"] = (APP, str(path))
        for case in cases.values():  # the sample imported once; the file cache warmed
            painted_after(case[0], config, *case[1:])
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, case in cases.items():
                times[name].append(painted_after(case[0], config, *case[1:]))
    bare = median(times["bare"])
    print(
        f"startup: bare window shown and painted: median {ms(bare)} "
        f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times['bare'])} ms)"
    )
    for name, samples in times.items():
        if name == "bare":
            continue
        ratio = median(samples) / bare
        limit = 2.0 if name.startswith("1,000,000") else 1.5
        print(
            f"startup: {name}: median {ms(median(samples))} "
            f"(runs: {', '.join(f'{t * 1000:.0f}' for t in samples)} ms)"
        )
        verdicts.check(
            f"start-up, {name} workspace",
            f"{ratio:.2f}x ({ms(median(samples))})",
            f"bare PySide6 window {ms(bare)}",
            f"at most {limit}x",
            ratio <= limit,
        )
        if name != "sample":
            verdicts.scaling(int(name.split()[0].replace(",", "")), **{"startup ratio": ratio})
    return verdicts.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
