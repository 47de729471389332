"""One signal that tells every screen what a command changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cybertrack.domain.model import ChangeSet


class WorkspaceEvents(QObject):
    """Emitted after every apply, undo and redo. Models refresh only the ids they hold."""

    changed = Signal(object)  # ChangeSet

    def emit_change(self, change: ChangeSet) -> None:
        self.changed.emit(change)
