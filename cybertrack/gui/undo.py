"""A thin adapter from workspace commands to Qt's undo stack. No logic of its own.

Execute first, push only on success: a failed write never leaves a phantom undo step. Undoing
or redoing a large change (an import) runs off the window's thread (gui/background_writes.py);
the window hears of it when it is done, as of any change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from cybertrack.domain.messages import Message
from cybertrack.domain.model import ChangeSet
from cybertrack.domain.positions import Field
from cybertrack.gui.action_catalogue import BY_NAME
from cybertrack.gui.actions import plain, translated
from cybertrack.gui.background_writes import BackgroundWrites, Work, is_large
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.messages import message_text
from cybertrack.services import Command, SetField, Workspace

# Consecutive edits of one item's same text merge into one undo step (QUndoCommand.id()).
_MERGE_IDS = {field: number for number, field in enumerate(Field, start=1)}


class AppliedCommand(QUndoCommand):
    def __init__(self, adapter: UndoAdapter, command: Command, change: ChangeSet) -> None:
        super().__init__(message_text(change.description))
        self._adapter = adapter
        self.command = command
        self.change = change
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:  # already applied by UndoAdapter.execute
            self._first_redo = False
            return
        self._adapter.write(self.change, lambda ws: ws.reapply(self.change))

    def undo(self) -> None:
        self._adapter.write(self.change, lambda ws: ws.revert(self.change))

    def retranslate(self) -> None:
        """The step's text in the interface language (after a language switch)."""
        self.setText(message_text(self.change.description))

    def id(self) -> int:
        return _MERGE_IDS[self.command.field] if isinstance(self.command, SetField) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Consecutive edits of one item's note (or amendment, ...) are one undo step."""
        if not isinstance(other, AppliedCommand) or other.id() != self.id():
            return False
        mine, theirs = self.command, other.command
        if not isinstance(mine, SetField) or not isinstance(theirs, SetField):
            return False
        if mine.item_id != theirs.item_id or mine.field is not theirs.field:
            return False
        self.command = theirs
        self.change = ChangeSet(
            self.change.description,
            command=self.change.command,
            item_ids=self.change.item_ids | other.change.item_ids,
            before=self.change.before,
            after=other.change.after,
        )
        return True


def _index_queued(writer: Workspace) -> None:
    """The precedent postings of the documents queued for them, a document per transaction
    (the runs are not folded here: that is the import flow's, after its import)."""
    while writer.precedent_index_pending():
        writer.update_precedent_index(slices=1)


def _then_indexed(work: Work) -> Work:
    """`work`, then the precedent postings of a document it put back (queued, as at its
    import), on the same background thread."""

    def indexed(writer: Workspace) -> ChangeSet:
        change = work(writer)
        _index_queued(writer)
        return change

    return indexed


class UndoAdapter:
    def __init__(
        self,
        workspace: Workspace,
        events: WorkspaceEvents,
        stack: QUndoStack,
        background: BackgroundWrites | None = None,
    ) -> None:
        self.workspace = workspace
        self.events = events
        self.stack = stack
        self.background = background
        # What to do when an undo or redo done in the background failed (the window says it).
        self.on_failed: Callable[[Message], None] = lambda _message: None

    def write(self, change: ChangeSet, work: Work) -> None:
        """Undo or redo `change` by `work`: in place, or in the background if it is large."""
        if self.background is None or not is_large(change) or self.workspace.read_only:
            self.events.emit_change(work(self.workspace))
            return
        if change.documents_changed:
            work = _then_indexed(work)
        self.background.run(self.workspace, work, self.events.emit_change, self._failed)

    def _failed(self, message: Message) -> None:
        # The stack has moved but the file has not: its steps no longer match the file.
        self.stack.clear()
        self.on_failed(message)

    def execute(self, command: Command) -> ChangeSet:
        change = self.workspace.apply(command)  # raises: nothing pushed
        self.record(command, change)
        if change.documents_changed and self.background is not None:
            # A document imported here (not by the import flow's writer): its precedent
            # postings written off this thread.
            self.background.run(self.workspace, _index_queued, lambda _: None, self.on_failed)
        return change

    def record(self, command: Command, change: ChangeSet) -> None:
        """Push a command already applied (here, or by a worker's connection) as one step."""
        # A setting change names no item or document, yet it is a step the user can undo.
        if not change.empty or change.undoable:
            self.stack.push(AppliedCommand(self, command, change))
            self.events.emit_change(change)

    def retranslate(self) -> None:
        for index in range(self.stack.count()):
            step = self.stack.command(index)
            if isinstance(step, AppliedCommand):
                step.retranslate()


def name_undo_actions(stack: QUndoStack, undo: QAction, redo: QAction) -> None:
    """The Edit menu says what would be undone and redone: "Undo: Set (16) to amend"."""
    try:
        texts = (stack.undoText(), stack.redoText())
    except RuntimeError:
        return  # the stack is being destroyed with its window (it says so as it goes)
    for action, name, what in ((undo, "edit.undo", texts[0]), (redo, "edit.redo", texts[1])):
        base = translated(BY_NAME[name].text)
        text = QCoreApplication.translate("MainWindow", "%1: %2").replace("%1", base)
        action.setText(text.replace("%2", what) if what else base)
        action.setIconText(plain(base))  # the toolbar keeps its short word
        action.setToolTip(f"{plain(action.text())} ({action.shortcut().toString()})")
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
