"""Long writes off the window's thread: undoing or redoing a large import, linking two versions
and making the carry-over plan for the review.

One write at a time, in order, on a thread of their own with a connection of their own
(Workspace.writer); the result comes back to the window's thread as a signal. The window keeps
painting and taking keys meanwhile (a 5,000-item import took half a second to undo in place).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.gui.process_jobs import lower_priority
from cybertrack.services import Workspace

T = TypeVar("T")
Work = Callable[[Workspace], ChangeSet]
# A change touching more items than this, or any document, is undone and redone in the
# background (a stance on a few items is faster done in place than handed over).
LARGE_CHANGE = 200


def is_large(change: ChangeSet) -> bool:
    return change.documents_changed or len(change.item_ids) > LARGE_CHANGE


def failure(exc: BaseException) -> Message:
    if isinstance(exc, CyberTrackError):
        return exc.message
    return Message(Code.WRITE_FAILED, reason=f"{type(exc).__name__}: {exc}")


class _Signals(QObject):
    done = Signal(object)  # what the work returned
    failed = Signal(object)  # Message


class _Job(QRunnable):
    def __init__(self, workspace: Workspace, work: Callable[[Workspace], Any]) -> None:
        super().__init__()
        self.workspace = workspace
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        lower_priority()  # the window's thread goes first
        try:
            writer = self.workspace.writer()
            try:
                result = self.work(writer)
            finally:
                writer.close()
        except Exception as exc:  # a worker reports; it never dies silently
            self.signals.failed.emit(failure(exc))
        else:
            self.signals.done.emit(result)


class BackgroundWrites(QObject):
    """Runs writes one after another off the window's thread; says when each is done."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in the order asked: an undo, then its redo
        self._jobs: list[_Job] = []

    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        workspace: Workspace,
        work: Callable[[Workspace], T],
        done: Callable[[T], None],
        failed: Callable[[Message], None],
    ) -> None:
        """`work(writer)` on the background thread, then `done(its result)` or `failed(why)`
        on the window's."""
        job = _Job(workspace, work)
        job.setAutoDelete(False)
        job.signals.done.connect(lambda result: self._finish(job, lambda: done(result)))
        job.signals.failed.connect(lambda message: self._finish(job, lambda: failed(message)))
        self._jobs.append(job)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._pool.start(job)

    def _finish(self, job: _Job, then: Callable[[], None]) -> None:
        self._jobs.remove(job)
        try:
            then()
        finally:
            if not self._jobs:
                self.busy_changed.emit(False)

    def wait(self) -> None:
        """Until every write asked for is done (closing the window, or a test)."""
        self._pool.waitForDone()
