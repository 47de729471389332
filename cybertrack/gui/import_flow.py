"""Importing files without freezing the window: parse, write and look for earlier versions off
the GUI thread.

1. The preview parses the file on a pool thread (dialogs/import_preview.py).
2. Import writes the document on a pool thread through its own connection (Workspace.writer):
   one transaction, so one import is still all or nothing. The preview stays open and modal
   while it writes, so the window sends no command meanwhile: one writer at a time. The worker
   also reads what the window will show (the document list, the new document's rows), so the
   GUI thread only fills its models.
3. The finished import becomes one undo step (UndoAdapter.record), the window shows the new
   document, and a worker process looks for the version it revises (VersionWatch).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import (
    ChangeSet,
    DocumentRow,
    ItemRow,
    OutlineHeading,
    ParsedDocument,
)
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.messages import message_text
from cybertrack.gui.passes import next_pass
from cybertrack.gui.process_jobs import ProcessJob, lower_priority
from cybertrack.gui.undo import UndoAdapter
from cybertrack.services import ImportDocument, Workspace
from cybertrack.services.comparison import VersionMatch
from cybertrack.services.version_detection import find_version

if TYPE_CHECKING:
    from cybertrack.gui.dialogs.import_preview import ImportPreviewDialog


@dataclass(frozen=True)
class DeskSnapshot:
    """What the window shows after an import, read by the worker that wrote it: the new
    document, its section headings and its rows (the others the window already holds)."""

    document: DocumentRow
    headings: list[OutlineHeading]
    rows: list[ItemRow]


@dataclass(frozen=True)
class ImportResult:
    command: ImportDocument
    change: ChangeSet
    snapshot: DeskSnapshot | None


_DONE = object()
STOP_SECONDS = 30.0  # a large import's write, at most, before the window closes anyway
SETTLE_SECONDS = 0.5  # the window's turn with a new import, before its indexing starts


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(object)  # Message


def _failure(exc: BaseException) -> Message:
    if isinstance(exc, CyberTrackError):
        return exc.message
    return Message(Code.WRITE_FAILED, reason=f"{type(exc).__name__}: {exc}")


class ImportWriteJob(QRunnable):
    """Write one import through a connection of its own (on a pool thread)."""

    def __init__(self, workspace: Workspace, command: ImportDocument) -> None:
        super().__init__()
        self.workspace = workspace
        self.command = command
        self.signals = _JobSignals()
        self.stop = threading.Event()  # fold no further (the window is closing)
        self.finished = threading.Event()  # the writer is closed: nothing left running

    def run(self) -> None:
        lower_priority()  # the window's thread goes first
        try:
            writer = self.workspace.writer()
        except Exception as exc:  # a worker reports; it never dies silently
            self.signals.failed.emit(_failure(exc))
            return
        try:
            try:
                change = writer.apply(self.command)
                snapshot = None
                if change.document_ids:
                    (document_id,) = change.document_ids
                    snapshot = DeskSnapshot(
                        writer.document(document_id),
                        writer.section_headings_of(document_id),
                        writer.items(document_id),
                    )
            except Exception as exc:  # a worker reports; it never dies silently
                self.signals.failed.emit(_failure(exc))
                return
            self.signals.done.emit(ImportResult(self.command, change, snapshot))
            # The window reads and paints the new rows first: Python code on this thread
            # meanwhile made it wait for the interpreter (a 5,000-paragraph import's rows
            # waited up to 50 ms more while its precedent postings were computed).
            if self.stop.wait(SETTLE_SECONDS):
                return
            # Once the document is on its way to the window: its paragraphs indexed for
            # precedent search and the index's older runs folded, a short transaction at a
            # time (the window's own writes wait for one). It changes no paragraph; if it fails
            # or the window closes, the next import (or the next opening) does what is left.
            with suppress(Exception):
                while not self.stop.is_set() and writer.update_precedent_index(slices=1):
                    pass
        finally:
            writer.close()
            self.finished.set()


class VersionWatch(QObject):
    """After a document arrives, find whether it revises a decided one, in a worker process
    (the candidates come from indexes; only they are linked, which is long pure-Python work)."""

    found = Signal(object, object)  # VersionMatch, the documents as the worker read them

    def __init__(
        self, events: WorkspaceEvents, workspace: Callable[[], Workspace], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace  # the window's, whichever it holds now
        self._offered: set[tuple[Path, int]] = set()
        self.jobs: list[ProcessJob] = []
        events.changed.connect(self._on_change)

    def _on_change(self, change: ChangeSet) -> None:
        """Each new document is looked at once (undo and redo of its import do not repeat it)."""
        if not change.documents_changed or len(change.document_ids) != 1:
            return
        (document_id,) = change.document_ids
        workspace = self._workspace()
        if (workspace.path, document_id) in self._offered:
            return
        self._offered.add((workspace.path, document_id))
        job = ProcessJob(find_version, str(workspace.path), document_id)
        job.done.connect(self._on_found)
        job.failed.connect(self._on_failed)
        self.jobs.append(job)
        job.start()

    def _forget(self) -> ProcessJob | None:
        job = next((j for j in self.jobs if j is self.sender()), None)
        self.jobs = [j for j in self.jobs if j is not job]
        return job

    def _on_found(self, result: tuple[VersionMatch | None, list[DocumentRow]]) -> None:
        job = self._forget()
        match, documents = result
        if match is None or job is None or Path(job.args[0]) != self._workspace().path:
            return  # nothing found, or another workspace is open by now
        known = {d.id for d in documents}
        if match.new.id in known and match.old.id in known:
            self.found.emit(match, documents)

    def _on_failed(self, _error: object) -> None:
        self._forget()  # no offer is no loss: View ▸ Carry positions still works

    def busy(self) -> bool:
        return bool(self.jobs)


FREE_AFTER_MS = 200


class ImportFlow(QObject):
    """Several files, one preview after the other; each written off the GUI thread."""

    shown = Signal(object)  # ImportResult, once the window may show it

    def __init__(
        self,
        parent: QWidget,
        commands: UndoAdapter,
        show_message: Callable[[str], None],
        show_import: Callable[[ImportResult], Iterator[None]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._commands = commands
        self._show_message = show_message
        self._show_import = show_import
        self._queue: list[Path] = []
        self.dialog: ImportPreviewDialog | None = None
        self.job: ImportWriteJob | None = None
        self._jobs: list[ImportWriteJob] = []  # writes, and their folding, maybe still running

    def stop(self) -> None:
        """Before the window closes: no job left running (a write finishes; folding stops at
        the end of its slice)."""
        for job in self._jobs:
            job.stop.set()
        for job in self._jobs:
            job.finished.wait(STOP_SECONDS)
        self._jobs = [job for job in self._jobs if not job.finished.is_set()]

    def start(self, paths: list[Path]) -> None:
        self._queue.extend(paths)
        if self.dialog is None:
            self._next()

    def _next(self) -> None:
        self.dialog = None
        if self._queue:
            self.preview(self._queue.pop(0))

    def preview(self, path: Path, document: ParsedDocument | None = None) -> None:
        """The preview of `path` (or of `document`, already read from it), then its import."""
        from cybertrack.gui.dialogs.import_preview import ImportPreviewDialog  # when asked

        dialog = ImportPreviewDialog(self._commands, path, self._parent, document=document)
        dialog.submit = self._write
        dialog.finished.connect(self._next)
        # Freed a moment after it closes, not in the pass that repaints the window under it:
        # a preview of 5,000 rows takes 13 ms to delete.
        dialog.finished.connect(lambda: QTimer.singleShot(FREE_AFTER_MS, dialog.deleteLater))
        self.dialog = dialog
        dialog.open()

    def _write(self, command: ImportDocument) -> None:
        """The preview's Import: write on a pool thread while the preview shows progress."""
        assert self.dialog is not None
        self.dialog.writing(len(command.document.items))
        job = ImportWriteJob(self._commands.workspace, command)
        job.setAutoDelete(False)
        job.signals.done.connect(self._written)
        job.signals.failed.connect(self._failed)
        self.job = job
        self._jobs = [j for j in self._jobs if not j.finished.is_set()] + [job]
        QThreadPool.globalInstance().start(job)

    def _written(self, result: ImportResult) -> None:
        self.job = None
        steps = self._show_import(result) if self._show_import is not None else iter(())
        self._show_step(steps, result)

    def _show_step(self, steps: Iterator[None], result: ImportResult) -> None:
        """One step of showing the import per turn of the event loop, then the rest."""
        if next(steps, _DONE) is not _DONE:
            next_pass(self, lambda: self._show_step(steps, result))
            return
        self._commands.record(result.command, result.change)
        said = [result.change.message] if result.change.message is not None else []
        said += result.command.document.warnings  # what the importer guessed, said again
        if said:
            self._show_message(" · ".join(message_text(m) for m in said))
        self.shown.emit(result)
        if self.dialog is not None:
            self.dialog.written(result.change)

    def _failed(self, message: Message) -> None:
        self.job = None
        if self.dialog is not None:
            self.dialog.write_failed(message_text(message))
