"""A thin adapter from workspace commands to Qt's undo stack. No logic of its own.

Execute first, push only on success: a failed write never leaves a phantom undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from cybertrack.domain.model import ChangeSet
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.services import Command, EditNote, SetAmendment, SetRationale, Workspace

_MERGE_NOTE = 1
_MERGE_AMENDMENT = 2
_MERGE_RATIONALE = 3


class AppliedCommand(QUndoCommand):
    def __init__(
        self, workspace: Workspace, events: WorkspaceEvents, command: Command, change: ChangeSet
    ) -> None:
        super().__init__(change.description)
        self._workspace = workspace
        self._events = events
        self.command = command
        self.change = change
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:  # already applied by UndoAdapter.execute
            self._first_redo = False
            return
        self._events.emit_change(self._workspace.reapply(self.change))

    def undo(self) -> None:
        self._events.emit_change(self._workspace.revert(self.change))

    def id(self) -> int:
        if isinstance(self.command, EditNote):
            return _MERGE_NOTE
        if isinstance(self.command, SetAmendment):
            return _MERGE_AMENDMENT
        if isinstance(self.command, SetRationale):
            return _MERGE_RATIONALE
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Consecutive edits of one item's note (or amendment) are one undo step."""
        if not isinstance(other, AppliedCommand) or other.id() != self.id():
            return False
        mine, theirs = self.command, other.command
        if not isinstance(mine, EditNote | SetAmendment | SetRationale) or not isinstance(
            theirs, EditNote | SetAmendment | SetRationale
        ):
            return False
        if mine.item_id != theirs.item_id:
            return False
        self.command = theirs
        self.change = ChangeSet(
            self.change.description,
            item_ids=self.change.item_ids | other.change.item_ids,
            before=self.change.before,
            after=other.change.after,
        )
        return True


class UndoAdapter:
    def __init__(self, workspace: Workspace, events: WorkspaceEvents, stack: QUndoStack) -> None:
        self.workspace = workspace
        self.events = events
        self.stack = stack

    def execute(self, command: Command) -> ChangeSet:
        change = self.workspace.apply(command)  # raises: nothing pushed
        # A setting change names no item or document, yet it is a step the user can undo.
        if not change.empty or change.before is not None:
            self.stack.push(AppliedCommand(self.workspace, self.events, command, change))
            self.events.emit_change(change)
        return change
