"""Writing a Word file off the GUI thread: a job read from the workspace beforehand (it touches
no database) runs on the thread pool and reports back by signal. The export dialogs share it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, Signal

from cybertrack.domain.errors import CyberTrackError
from cybertrack.gui.messages import error_text
from cybertrack.services.exports import ExportResult


class ExportJobLike(Protocol):
    def run(self) -> ExportResult: ...


class JobSignals(QObject):
    done = Signal(object)  # ExportResult
    failed = Signal(str)


class JobRunnable(QRunnable):
    def __init__(self, job: ExportJobLike, signals: JobSignals) -> None:
        super().__init__()
        self.job = job
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.job.run()
        except CyberTrackError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # a worker must report, never die silently
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)
