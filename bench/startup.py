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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    default = Path(os.environ.get("CYBERTRACK_BENCH_WORKSPACE", DEFAULT_OUT))
    parser.add_argument("--workspace", type=Path, default=default)
    args = parser.parse_args(argv)
    if not args.workspace.exists():
        make(args.workspace, 200, 100_000)
    with tempfile.TemporaryDirectory(prefix="cybertrack-startup-") as tmp:
        seed_ws = Path(tmp) / "seed.cybertrack"
        shown_after(APP, str(seed_ws))  # first start imports the sample meeting
        large_ws = Path(tmp) / "large.cybertrack"
        shutil.copy(args.workspace, large_ws)
        cases = {"bare": (BARE,), "seed": (APP, str(seed_ws)), "large": (APP, str(large_ws))}
        for case in cases.values():
            shown_after(*case)  # warm the file cache once
        # Interleaved, so that a busy moment on a shared machine hits every case alike.
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, case in cases.items():
                times[name].append(shown_after(*case))
    bare = statistics.median(times["bare"])
    print(f"startup: bare PySide6 window shown: {bare * 1000:.0f} ms")
    for label, name in (("seed workspace", "seed"), ("100,000-item workspace", "large")):
        app = statistics.median(times[name])
        print(
            f"startup: CyberTrack window shown ({label}): {app * 1000:.0f} ms, "
            f"{app / bare:.2f}x the bare window"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
