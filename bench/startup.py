"""Start-up: time from process start to a shown window, CyberTrack vs a bare PySide6 window.

Each run is a fresh process (interpreter start, imports, opening the workspace, the first
paint), timed from outside. The ratio to the bare window is the figure that travels between
machines. Runs on the seed workspace and on the large generated one.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_workspace import DEFAULT_OUT, make

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print("shown", flush=True)
"""

# What cybertrack.gui.app.run does up to the first event loop turn.
APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from cybertrack.gui.app import open_workspace
from cybertrack.gui.main_window import MainWindow
app = QApplication([])
workspace = open_workspace(Path(sys.argv[1]))
window = MainWindow(workspace)
window.show()
app.processEvents()
print("shown", window.item_model.rowCount(), flush=True)
"""


def shown_after(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - started
    assert out.stdout.startswith("shown"), out.stderr
    return elapsed


def median_of(runs: int, code: str, *args: str) -> float:
    shown_after(code, *args)  # warm the file cache once
    return statistics.median(shown_after(code, *args) for _ in range(runs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    default = Path(os.environ.get("CYBERTRACK_BENCH_WORKSPACE", DEFAULT_OUT))
    parser.add_argument("--workspace", type=Path, default=default)
    args = parser.parse_args(argv)
    if not args.workspace.exists():
        make(args.workspace, 200, 100_000)
    bare = median_of(args.runs, BARE)
    print(f"startup: bare PySide6 window shown: {bare * 1000:.0f} ms")
    with tempfile.TemporaryDirectory(prefix="cybertrack-startup-") as tmp:
        seed_ws = Path(tmp) / "seed.cybertrack"
        shown_after(APP, str(seed_ws))  # first start imports the sample meeting
        large_ws = Path(tmp) / "large.cybertrack"
        shutil.copy(args.workspace, large_ws)
        for label, path in (("seed workspace", seed_ws), ("100,000-item workspace", large_ws)):
            app = median_of(args.runs, APP, str(path))
            print(
                f"startup: CyberTrack window shown ({label}): {app * 1000:.0f} ms, "
                f"{app / bare:.2f}x the bare window"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
