"""Work split over passes of the event loop, so that the window takes input between the steps.

`QTimer.singleShot(0, ...)` posts an event: Qt delivers it in the same pass as the events and
timers that were due, before the input waiting meanwhile, so a chain of such steps is one long
block (measured: two 20 ms steps held a 5 ms timer for 42 ms; with a 1 ms timer, 21 ms). A real
timer is due only after the timers already waiting, input among them. Likewise work that must
follow a repaint starts its timer from the paint event, not before it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A widget that is hidden never paints: the work then runs after this long anyway.
FALLBACK_MS = 100


def next_pass(context: QObject, callback: Callable[[], None]) -> None:
    """Run `callback` in a later pass of the event loop than the work now being done (not at
    all if `context` is deleted first)."""
    QTimer.singleShot(1, context, callback)


class AfterPaint(QObject):
    """Runs the last callback given to `call` in the first pass after `widget` has painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._pending: Callable[[], None] | None = None
        self._next_pass = QTimer(self)
        self._next_pass.setSingleShot(True)
        self._next_pass.timeout.connect(self._run)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        widget.installEventFilter(self)

    def call(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the widget has painted (an earlier one still waiting is
        dropped: only the latest matters)."""
        self._pending = callback
        # A paint is asked for, not a redraw of the whole widget (the table's costs 15 ms).
        self._widget.update(0, 0, 1, 1)
        self._fallback.start(FALLBACK_MS)

    def flush(self) -> None:
        """Run the waiting callback now (something needs its result before the paint)."""
        if self._pending is not None:
            self._run()

    def cancel(self) -> None:
        self._pending = None
        self._next_pass.stop()
        self._fallback.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self._pending is not None
            and not self._next_pass.isActive()
        ):
            self._next_pass.start(0)
        return False

    def _run(self) -> None:
        callback, self._pending = self._pending, None
        self._next_pass.stop()
        self._fallback.stop()
        if callback is not None:
            callback()
