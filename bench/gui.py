"""How fast the desk feels on a big workspace. Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui.py [--items 100000] [--per-document 5000]

It generates a workspace (documents of 5,000 items, 100,000 items in all, words drawn from the
seed report) through the ordinary Workspace commands, then measures:
  - start: from launching a fresh process to a shown window with the first document's rows;
  - search: each keystroke of a few queries typed into the find box, to the table updated
    (with the find box's typing pause, and the work alone);
  - stance: the 1 key on the table, to the change committed and the row repainted;
  - moving: the J key, to the next item shown in the detail panel with its history.
Targets (issue 4): start < 1.5 s, search update < 50 ms, stance commit < 10 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cybertrack.domain.model import (  # noqa: E402
    Meeting,
    ParsedDocument,
    ParsedItem,
    ParsedSection,
)

SEED = ROOT / "seeds" / "unodc-eg4-2020-international-cooperation.txt"


def _document(number: int, size: int, words: list[str], rng: random.Random) -> ParsedDocument:
    sections = tuple(
        ParsedSection(key=k, label=f"{chr(65 + k)}.", title=f"Topic {k + 1}", level=2)
        for k in range(10)
    )
    items = tuple(
        ParsedItem(
            number=str(i + 1),
            label=f"({i + 1})",
            text=" ".join(rng.choice(words) for _ in range(rng.randint(25, 90))) + ".",
            kind="recommendation",
            section_key=i * 10 // size,
        )
        for i in range(size)
    )
    body = f"Bench body {number // 4 + 1}"
    return ParsedDocument(
        title=f"Generated document {number + 1}",
        content_hash=hashlib.sha256(f"bench-{number}-{size}".encode()).hexdigest(),
        source_name=f"bench-{number + 1}.txt",
        symbol=f"BENCH/{number + 1}",
        meeting=Meeting(body=body, venue="Vienna"),
        sections=sections,
        items=items,
    )


def generate(path: Path, total: int, per_document: int) -> float:
    from cybertrack.services import ImportDocument, Workspace

    rng = random.Random(4)
    words = [w.strip(".,;:()") for w in SEED.read_text(encoding="utf-8").split() if w.isalpha()]
    started = time.perf_counter()
    with Workspace.open(path) as workspace:
        for number in range(max(1, total // per_document)):
            workspace.apply(ImportDocument(_document(number, per_document, words, rng)))
    return time.perf_counter() - started


def child_start(db: str, settings_file: str, launched: float) -> None:
    """Runs in a fresh process: open the app on `db` and report when rows are on screen."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.settings import DeskSettings
    from cybertrack.services import Workspace

    app = QApplication(sys.argv[:1])
    window = MainWindow(
        Workspace.open(db), DeskSettings(QSettings(settings_file, QSettings.Format.IniFormat))
    )
    window.show()
    app.processEvents()
    assert window.proxy.rowCount() > 0
    print(f"{time.time() - launched:.4f} {window.proxy.rowCount()}")


def measure_start(db: Path, runs: int = 3) -> list[float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            launched = time.time()
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child-start",
                    str(db),
                    str(Path(scratch) / "s.ini"),
                    str(launched),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            times.append(float(out[0]))
    return times


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"median {statistics.median(ordered) * 1000:6.1f} ms   "
        f"worst {ordered[-1] * 1000:6.1f} ms   (n={len(ordered)})"
    )


def measure_in_process(db: Path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.settings import DeskSettings
    from cybertrack.gui.views import filter_bar
    from cybertrack.services import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        store = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Workspace.open(db), DeskSettings(store))
        window.show()
        app.processEvents()
        print(
            f"document shown: {window.item_model.rowCount()} items "
            f"(workspace: {len(window.workspace.items())} items)"
        )

        box = window.filter_bar.search
        queries = ["cooperation", "budapest convention", "states should", "xyzzy", "mutual legal"]
        work, waited = [], []
        stamps: list[float] = []
        window.items.filtered.connect(lambda _query: stamps.append(time.perf_counter()))
        for query in queries:
            window.filter_bar.clear()
            app.processEvents()
            box.setFocus()
            for character in query:
                stamps.clear()
                start = time.perf_counter()
                QTest.keyClick(box, character)
                typed = time.perf_counter()
                while not stamps:  # the typing pause runs out, then the filter applies
                    app.processEvents()
                waited.append(stamps[0] - start)
                # The work alone: the same update run directly, without the pause.
                before = time.perf_counter()
                window.items.apply_filters()
                work.append(time.perf_counter() - before + (typed - start))
        pause = filter_bar.SEARCH_PAUSE_MS
        print(f"search, keystroke -> table updated ({pause} ms pause):   {_ms(waited)}")
        print(f"search, the update alone, run directly:             {_ms(work)}")
        window.filter_bar.clear()
        app.processEvents()

        window.table.setFocus()
        window.table.go_to_row(0)
        commits, keys = [], []
        original_apply = window.workspace.apply

        def timed_apply(command):  # type: ignore[no-untyped-def]
            before = time.perf_counter()
            try:
                return original_apply(command)
            finally:
                commits.append(time.perf_counter() - before)

        window.workspace.apply = timed_apply  # type: ignore[method-assign]
        for turn in range(60):
            start = time.perf_counter()
            QTest.keyClick(window.table, "123"[turn % 3])
            app.processEvents()
            keys.append(time.perf_counter() - start)
            QTest.keyClick(window.table, Qt.Key.Key_J)
        print(f"stance, committed (Workspace.apply):                {_ms(commits)}")
        print(f"stance, key -> committed and repainted:             {_ms(keys)}")

        moves = []
        for _ in range(100):
            start = time.perf_counter()
            QTest.keyClick(window.table, Qt.Key.Key_J)
            app.processEvents()
            moves.append(time.perf_counter() - start)
        print(f"moving, J -> next item with its history shown:      {_ms(moves)}")
        window.close()
        window.workspace.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--per-document", type=int, default=5_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this workspace file")
    parser.add_argument("--child-start", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_start:
        db, settings_file, launched = args.child_start
        child_start(db, settings_file, float(launched))
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "bench.cybertrack"
        if not db.exists():
            seconds = generate(db, args.items, args.per_document)
            print(f"generated {args.items} items in {seconds:.1f} s -> {db}")
        start = measure_start(db)
        print(f"start, launch -> window shown with rows:            {_ms(start)}")
        measure_in_process(db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
