"""The room as of an earlier time: how fast the desk redraws when the delegate moves the hour.

    QT_QPA_PLATFORM=offscreen python bench/as_of.py [--items 5000] [--changes 50000] [--moves 40]

It builds a workspace with one document of 5,000 paragraphs and 50,000 room status changes
recorded through the ordinary command (a week of sessions: every paragraph moves ten times),
opens the desk on it, switches the as-of view on, then moves the as-of time to random moments
and measures each move from the new time to the table's repaint done (events are processed until
the viewport has painted what the change made dirty). Baseline, in the same run: reloading the
current statuses from the workspace into the table and repainting it, the way the desk would
redraw without the room's timeline in memory. Target (issue 17): a move redraws in under 50 ms
(median); exit 1 on a miss.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._verdict import Verdicts
from bench.make_workspace import parsed_document
from cybertrack.domain.positions import RoomStatus
from cybertrack.services import ImportDocument, SetRoomStatus, Workspace

TARGET_MS = 50.0


def generate(path: Path, items: int, changes: int, start: datetime) -> tuple[float, int]:
    """One document of `items` paragraphs; `changes` room statuses over the days from `start`.

    Each round gives every paragraph a status other than its current one, so every row
    recorded is a real change (the command skips a status the room already had)."""
    rng = random.Random(17)
    statuses = list(RoomStatus)
    began = time.perf_counter()
    with Workspace.open(path) as workspace:
        workspace.apply(ImportDocument(parsed_document(rng, 1, items)))
        ids = [item.id for item in workspace.items()]
        current: dict[int, RoomStatus | None] = dict.fromkeys(ids)
        rounds = max(1, changes // len(ids))
        for step in range(rounds):
            moment = start + timedelta(minutes=50 * step)
            groups: dict[RoomStatus, list[int]] = {}
            for item_id in ids:
                status = rng.choice([s for s in statuses if s is not current[item_id]])
                current[item_id] = status
                groups.setdefault(status, []).append(item_id)
            for status, chosen in groups.items():
                workspace.apply(SetRoomStatus(tuple(chosen), status, moment))
        recorded = len(workspace.negotiation.timeline(1))
    return time.perf_counter() - began, recorded


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"median {statistics.median(ordered) * 1000:6.1f} ms   "
        f"worst {ordered[-1] * 1000:6.1f} ms   (n={len(ordered)})"
    )


class Painted:
    """Counts the paint events of a widget (an event filter), to wait for the repaint."""

    def __init__(self, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    outer.count += 1
                    outer.area = event.rect().width() * event.rect().height()  # type: ignore[attr-defined]
                return False

        self.count, self.area = 0, 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]

    def wait(self, app: object, since: int) -> None:
        while self.count == since:
            app.processEvents()  # type: ignore[attr-defined]


def measure(path: Path, start: datetime, end: datetime, moves: int) -> tuple[float, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.models.negotiation_columns import RoomChoice
    from cybertrack.gui.settings import DeskSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as scratch:
        store = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        workspace = Workspace.open(path)
        window = MainWindow(workspace, DeskSettings(store))
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        viewport = window.table.viewport()
        painted = Painted(viewport)
        bar = window.items.room_bar
        print(f"document shown: {window.item_model.rowCount()} paragraphs")

        def timed(change: object) -> float:
            """From `change` to the viewport's repaint done."""
            since = painted.count
            before = time.perf_counter()
            change()  # type: ignore[operator]
            painted.wait(app, since)
            return time.perf_counter() - before

        switched = timed(lambda: bar.show_as_of(start + (end - start) / 2))  # loads the timeline
        print(f"as-of view switched on (timeline loaded):   {switched * 1000:6.1f} ms")

        def moments() -> list[datetime]:
            span = (end - start).total_seconds()
            return [start + timedelta(seconds=rng.uniform(0, span)) for _ in range(moves)]

        changed = [timed(lambda m=moment: bar.show_as_of(m)) for moment in moments()]
        share = painted.area / (viewport.width() * viewport.height())
        print(f"as-of time changed -> room column repainted: {_ms(changed)}")
        print(f"  (the repaint covers {share:.0%} of the table's viewport: the room column)")

        bar.room.setCurrentIndex(bar.room.findData(RoomChoice.OPEN.value))
        filtered = [timed(lambda m=moment: bar.show_as_of(m)) for moment in moments()]
        print(f"  the same, filtered to 'still open':       {_ms(filtered)}")
        bar.clear()
        bar.show_as_of(None)
        app.processEvents()

        document_id = window.current_document_id()
        assert document_id is not None
        reloads = [
            timed(lambda: window.items.set_rows(workspace.items(document_id)))
            for _ in range(max(5, moves // 4))
        ]
        print(f"baseline, current statuses reloaded -> repainted: {_ms(reloads)}")
        window.close()
        workspace.close()
    return statistics.median(changed), statistics.median(reloads)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=5_000)
    parser.add_argument("--changes", type=int, default=50_000)
    parser.add_argument("--moves", type=int, default=40)
    args = parser.parse_args()
    start = (datetime.now().astimezone() - timedelta(days=14)).replace(
        hour=8, minute=0, second=0, microsecond=0
    )
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "as-of.cybertrack"
        seconds, recorded = generate(path, args.items, args.changes, start)
        rounds = max(1, args.changes // args.items)
        end = start + timedelta(minutes=50 * rounds)
        print(
            f"generated {args.items} paragraphs and {recorded} room status changes "
            f"in {seconds:.1f} s"
        )
        figure, baseline = measure(path, start, end, args.moves)
    verdicts = Verdicts()
    verdicts.check(
        f"room as of another time on {args.items:,} paragraphs, redrawn (median)",
        f"{figure * 1000:.1f} ms",
        f"current statuses reloaded and redrawn {baseline * 1000:.1f} ms",
        f"under {TARGET_MS:.0f} ms",
        figure * 1000 < TARGET_MS,
    )
    return verdicts.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
