"""Work split over passes of the event loop lets what waited meanwhile run between the steps;
work that follows a repaint waits for it; a long document's rows reach the table at once."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from cybertrack.gui.passes import FALLBACK_MS, AfterPaint, next_pass
from cybertrack.gui.views.items_pane import FIRST_ROWS
from cybertrack.services import ImportDocument
from tests.gui.test_background_undo import _large_document


def _busy(ms: float) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


def test_a_timer_that_came_due_runs_between_two_steps(qtbot):
    """A step run from a timer, 10 ms long: a 5 ms timer is due before the next step starts.
    (With QTimer.singleShot(0) the next step was a posted event and ran first.)"""
    context = QObject()
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    seen: dict[str, int] = {}

    def first() -> None:
        _busy(10)
        seen["first done"] = len(ticks)
        next_pass(context, second)

    def second() -> None:
        seen["second starts"] = len(ticks)

    heartbeat.start()
    QTimer.singleShot(20, first)
    qtbot.waitUntil(lambda: "second starts" in seen)
    heartbeat.stop()
    assert seen["second starts"] > seen["first done"]


class _Paints(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_work_after_a_paint_runs_after_it_and_not_in_the_same_call(qtbot):
    label = QLabel("Rows")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    log: list[str] = []
    paints = _Paints(log)
    label.installEventFilter(paints)
    after = AfterPaint(label)
    after.call(lambda: log.append("work"))
    assert log == []  # not now
    qtbot.waitUntil(lambda: "work" in log)
    assert log.index("paint") < log.index("work")


def test_only_the_latest_work_runs_and_a_hidden_widget_does_not_stop_it(qtbot):
    label = QLabel("Never shown")
    qtbot.addWidget(label)
    after = AfterPaint(label)
    done: list[str] = []
    after.call(lambda: done.append("first"))
    after.call(lambda: done.append("second"))
    started = time.perf_counter()
    qtbot.waitUntil(lambda: bool(done), timeout=2000)
    assert done == ["second"]
    assert time.perf_counter() - started >= FALLBACK_MS / 1000 * 0.8
    after.call(lambda: done.append("cancelled"))
    after.cancel()
    qtbot.wait(FALLBACK_MS * 2)
    assert done == ["second"]
    after.call(lambda: done.append("needed now"))
    after.flush()  # run at once, and only once
    assert done == ["second", "needed now"]
    qtbot.wait(FALLBACK_MS * 2)
    assert done == ["second", "needed now"]


def test_a_long_document_s_rows_reach_the_table_together_once_read(window, qtbot):
    """After the first screenful, the rest is read a page per pass but put in the table in
    one step (each page added was a layout and repaint of the whole table)."""
    (long_id,) = window.execute(ImportDocument(_large_document())).document_ids
    total = len(window.workspace.items(long_id))
    window.go_to_document(window.workspace.documents()[0].id)
    window.go_to_document(long_id)
    counts: list[int] = []
    window.item_model.rowsInserted.connect(lambda *_: counts.append(window.item_model.rowCount()))
    assert window.item_model.rowCount() == FIRST_ROWS
    qtbot.waitUntil(window.items.complete)
    QApplication.processEvents()
    assert counts == [total]  # one insertion, of every row left
    assert [r.position for r in window.item_model.row_list()] == sorted(
        r.position for r in window.item_model.row_list()
    )


def test_a_row_asked_for_while_the_rest_is_read_is_there(window, qtbot):
    (long_id,) = window.execute(ImportDocument(_large_document())).document_ids
    items = window.workspace.items(long_id)
    window.go_to_document(window.workspace.documents()[0].id)
    window.go_to_document(long_id)
    qtbot.waitUntil(lambda: bool(window.items._held) or window.items.complete())
    assert window.go_to_item(items[-1].id)
    assert window.detail.item is not None and window.detail.item.id == items[-1].id
    assert window.item_model.rowCount() == len(items)


def test_a_long_preview_is_filled_a_chunk_per_step_and_counted_in_a_step_of_its_own(qtbot):
    from PySide6.QtWidgets import QWidget

    from cybertrack.gui.dialogs.import_review_pane import FILL_CHUNK, ReviewPane

    scope = QWidget()
    qtbot.addWidget(scope)
    pane = ReviewPane(scope)
    document = _large_document()
    pane.begin(document)
    start, steps = 0, 0
    while pane.fill(start):
        steps += 1
        assert pane.items.count() == min(start + FILL_CHUNK, len(document.items))
        assert pane.count_label.text() == ""  # counting reads every row: not in this step
        start += FILL_CHUNK
    assert steps == -(-len(document.items) // FILL_CHUNK)
    n = len(document.items)
    assert pane.count_label.text() == f"{n} of {n} items will be imported"


def test_a_closed_preview_is_freed_a_moment_later_not_while_the_window_repaints(
    window, qtbot, tmp_path
):
    from shiboken6 import isValid

    from cybertrack.gui.import_flow import FREE_AFTER_MS

    path = tmp_path / "short.txt"
    path.write_text("A short text\n\n1. First paragraph.\n\n2. Second paragraph.\n", "utf-8")
    window.import_paths([path])
    dialog = window.import_flow.dialog
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    with qtbot.waitSignal(window.import_flow.shown, timeout=30000):
        dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert isValid(dialog)  # closed, still there
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=FREE_AFTER_MS * 10)


def test_a_change_while_the_rest_is_read_is_not_lost_in_the_rows_held(window, qtbot):
    from cybertrack.domain.positions import Stance
    from cybertrack.services import SetStance

    (long_id,) = window.execute(ImportDocument(_large_document())).document_ids
    items = window.workspace.items(long_id)
    window.go_to_document(window.workspace.documents()[0].id)
    window.go_to_document(long_id)
    window.items._work_timer.stop()  # the background reading, one page by hand:
    window.items._read_page(show=False)
    held = window.items._held[-1]  # read, not yet in the table
    assert window.item_model.row_of(held.id) is None
    window.execute(SetStance((held.id,), Stance.OPPOSE))
    window.items._work_timer.start(0)
    qtbot.waitUntil(window.items.complete)
    shown = next(r for r in window.item_model.row_list() if r.id == held.id)
    assert shown.stance is Stance.OPPOSE
    assert [r.id for r in window.item_model.row_list()] == [i.id for i in items]
