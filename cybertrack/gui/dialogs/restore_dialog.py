"""File > Restore from backup…: pick one of the workspace's backups and bring it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.gui.dates import local_date_time
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.messages import error_text, message_text
from cybertrack.services import Workspace
from cybertrack.services.backups import BackupInfo, backup_contents, backup_folder

COL_WHEN, COL_KIND, COL_CONTENT, COL_SIZE = range(4)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RestoreDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.resize(720, 420)
        self.backups: list[BackupInfo] = workspace.backups()

        intro = QLabel(
            self.tr(
                "Choose the state to go back to. The workspace as it is now is backed up "
                "first, so you can return to it by restoring that backup. Undo history is "
                "cleared.\nBackups are kept in %1"
            ).replace("%1", str(backup_folder(workspace.path)))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(len(self.backups), 4)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Contents"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        kinds = {
            "automatic": self.tr("automatic"),
            "manual": self.tr("manual"),
            "before-restore": self.tr("before a restore"),
        }
        for row, backup in enumerate(self.backups):
            contents = backup_contents(backup.path)
            described = self._describe(contents)
            cells = (
                local_date_time(backup.taken_at),
                kinds.get(backup.reason, backup.reason),
                described,
                f"{max(1, backup.size // 1024):,} KB",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == COL_SIZE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.setCurrentCell(0, 0)  # selects the row: Enter restores it

        self.empty = QLabel(self.tr("There are no backups of this workspace yet."))
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if not self.backups:
            self.resize(560, 150)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setEnabled(bool(self.backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.activated.connect(lambda _index: self.accept())  # Enter or double-click

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.table.setFocus()

    def _describe(self, contents: tuple[int, int] | None) -> str:
        if contents is None:
            return self.tr("unreadable")
        documents, items = contents
        return (
            (
                (self.tr("1 document") if documents == 1 else self.tr("%1 documents"))
                + ", "
                + (self.tr("1 item") if items == 1 else self.tr("%2 items"))
            )
            .replace("%1", f"{documents:,}")
            .replace("%2", f"{items:,}")
        )

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None


def restore_from_backup(
    parent: QWidget, workspace: Workspace, undo_stack: QUndoStack, events: WorkspaceEvents
) -> str | None:
    """Run the dialog and restore the chosen backup; returns the message to show, if any."""
    dialog = RestoreDialog(workspace, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or (backup := dialog.chosen()) is None:
        return None
    try:
        change = workspace.restore_backup(backup)
    except CyberTrackError as exc:
        QMessageBox.warning(parent, dialog.tr("Restore failed"), error_text(exc))
        return None
    undo_stack.clear()  # its steps refer to rows the backup may not hold
    events.emit_change(change)
    return message_text(change.message) if change.message else None
