"""Importing files without freezing the window: parse, write and look for earlier versions off
the GUI thread.

1. The preview parses the file on a pool thread (dialogs/import_preview.py).
2. Import writes the document on a pool thread through its own connection (Workspace.writer):
   one transaction, so one import is still all or nothing. The preview stays open and modal
   while it writes, so the window sends no command meanwhile: one writer at a time. The worker
   also reads what the window will show (the document list, the new document's rows), so the
   GUI thread only fills its models.
3. The finished import becomes one undo step (UndoAdapter.record), the window shows the new
   document, and a reader connection looks for the version it revises (VersionWatch).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet, DocumentRow, ItemRow
from cybertrack.gui.dialogs.import_preview import ImportPreviewDialog
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.messages import message_text
from cybertrack.gui.undo import UndoAdapter
from cybertrack.services import ImportDocument, Workspace
from cybertrack.services.comparison import VersionMatch


@dataclass(frozen=True)
class DeskSnapshot:
    """What the window shows after an import, read by the worker that wrote it."""

    document_id: int
    documents: list[DocumentRow]
    headings: dict[int, list[str]]
    rows: list[ItemRow]


@dataclass(frozen=True)
class ImportResult:
    command: ImportDocument
    change: ChangeSet
    snapshot: DeskSnapshot | None


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

    def run(self) -> None:
        try:
            writer = self.workspace.writer()
            try:
                change = writer.apply(self.command)
                snapshot = None
                if change.document_ids:
                    (document_id,) = change.document_ids
                    snapshot = DeskSnapshot(
                        document_id,
                        writer.documents(),
                        writer.section_headings(),
                        writer.items(document_id),
                    )
            finally:
                writer.close()
        except Exception as exc:  # a worker reports; it never dies silently
            self.signals.failed.emit(_failure(exc))
        else:
            self.signals.done.emit(ImportResult(self.command, change, snapshot))


class VersionJob(QRunnable):
    """Is this new document a version of one we decided on? (a reader connection, a pool thread)"""

    def __init__(self, workspace: Workspace, document_id: int) -> None:
        super().__init__()
        self.workspace = workspace
        self.document_id = document_id
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            reader = self.workspace.reader()
            try:
                match = reader.comparison.version_match(self.document_id)
            finally:
                reader.close()
        except Exception as exc:
            self.signals.failed.emit(_failure(exc))
        else:
            self.signals.done.emit(match)


class VersionWatch(QObject):
    """After a document arrives, find (off the GUI thread) whether it revises a decided one."""

    found = Signal(object)  # VersionMatch

    def __init__(
        self, events: WorkspaceEvents, workspace: Callable[[], Workspace], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace  # the window's, whichever it holds now
        self._offered: set[tuple[Path, int]] = set()
        self.jobs: list[VersionJob] = []
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
        job = VersionJob(workspace, document_id)
        job.setAutoDelete(False)  # its signals must outlive run() until delivered
        job.signals.done.connect(self._on_found)
        job.signals.failed.connect(self._on_failed)
        self.jobs.append(job)
        QThreadPool.globalInstance().start(job)

    def _forget(self) -> VersionJob | None:
        sender = self.sender()
        job = next((j for j in self.jobs if j.signals is sender), None)
        self.jobs = [j for j in self.jobs if j is not job]
        return job

    def _on_found(self, match: VersionMatch | None) -> None:
        job = self._forget()
        workspace = self._workspace()
        if match is None or job is None or job.workspace.path != workspace.path:
            return  # nothing found, or another workspace is open by now
        known = {d.id for d in workspace.documents()}
        if match.new.id in known and match.old.id in known:
            self.found.emit(match)

    def _on_failed(self, _message: Message) -> None:
        self._forget()  # no offer is no loss: View ▸ Carry positions still works


class ImportFlow(QObject):
    """Several files, one preview after the other; each written off the GUI thread."""

    shown = Signal(object)  # ImportResult, once the window may show it

    def __init__(
        self,
        parent: QWidget,
        commands: UndoAdapter,
        show_message: Callable[[str], None],
        show_import: Callable[[ImportResult], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._commands = commands
        self._show_message = show_message
        self._show_import = show_import
        self._queue: list[Path] = []
        self.dialog: ImportPreviewDialog | None = None
        self.job: ImportWriteJob | None = None

    def start(self, paths: list[Path]) -> None:
        self._queue.extend(paths)
        if self.dialog is None:
            self._next()

    def _next(self) -> None:
        self.dialog = None
        if not self._queue:
            return
        dialog = ImportPreviewDialog(self._commands, self._queue.pop(0), self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submit = self._write
        dialog.finished.connect(self._next)
        self.dialog = dialog
        dialog.open()

    def _write(self, command: ImportDocument) -> None:
        """The preview's Import: write on a pool thread while the preview shows progress."""
        assert self.dialog is not None
        self.dialog.writing()
        job = ImportWriteJob(self._commands.workspace, command)
        job.setAutoDelete(False)
        job.signals.done.connect(self._written)
        job.signals.failed.connect(self._failed)
        self.job = job
        QThreadPool.globalInstance().start(job)

    def _written(self, result: ImportResult) -> None:
        self.job = None
        if self._show_import is not None:
            self._show_import(result)
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
