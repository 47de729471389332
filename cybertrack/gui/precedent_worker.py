"""Precedent searches off the GUI thread, in a worker process of their own.

A search is pure Python (shingles, scoring): on a thread beside the window it held the
interpreter the window needs at every call into Python, and a repaint that came at the same
moment waited for it (61 ms in one import, bench/desk_import.py). In its own process it takes
nothing from the window, and a long version detection never holds it up. The process keeps a
read-only reader of the workspace for the next search (services.precedents.search_in_worker).
Searches run one after another; a newer request drops the queued ones, and each result carries
the serial of its request so the panel can drop a stale one that was already running.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from cybertrack.domain.messages import Code, Message
from cybertrack.gui.process_jobs import PRECEDENTS, ProcessJob
from cybertrack.services.precedents import search_in_worker

RESULTS = 8


class PrecedentSearcher(QObject):
    """Runs the newest search request in the worker process; `found` gives each result once."""

    found = Signal(int, object)  # serial, list[Precedent] | Message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.serial = 0
        self._jobs: dict[ProcessJob, int] = {}  # running or queued, with their serials

    def request(self, path: Path, text: str, exclude: Sequence[int] = ()) -> int:
        """Start a search (dropping any not yet started); its serial."""
        self.cancel()
        job = ProcessJob(
            search_in_worker, str(path), text, RESULTS, tuple(exclude), worker=PRECEDENTS
        )
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._jobs[job] = self.serial
        job.start()
        return self.serial

    def cancel(self) -> None:
        """Forget every request: one still running will come back stale."""
        self.serial += 1
        for job in [job for job in self._jobs if job.cancel()]:
            del self._jobs[job]

    def _done(self, result: object) -> None:
        _job, serial = self._taken()
        if serial is not None:
            self.found.emit(serial, result)

    def _failed(self, error: object) -> None:
        job, serial = self._taken()
        if job is not None and serial is not None:
            message = Message(Code.WORKSPACE_NOT_READABLE, path=job.args[0], reason=str(error))
            self.found.emit(serial, message)

    def _taken(self) -> tuple[ProcessJob | None, int | None]:
        """The job that has just come back, and its request's serial (None: forgotten)."""
        job = self.sender()
        if not isinstance(job, ProcessJob):
            return None, None
        return job, self._jobs.pop(job, None)
