"""The stance spreadsheet from the File menu: export it, and preview an edited one before applying.

The preview lists every field that would change and every row that matches no item (with why);
nothing is written until the user applies it, and then as one command (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.gui.i18n import paper_language
from cybertrack.gui.messages import error_text, message_text
from cybertrack.gui.numbers import number
from cybertrack.services import Command, Workspace
from cybertrack.services.sheets import SheetPlan, export_stance_sheet, plan_sheet_import


class SheetImportDialog(QDialog):
    def __init__(self, plan: SheetPlan, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import stance sheet: %1").replace("%1", name))
        self.setAccessibleName(self.tr("Import stance sheet"))
        items = len({c.item_id for c in plan.changes})
        summary = QLabel(
            self.tr("%1 changes to %2 items; %3 rows do not match and will be skipped.")
            .replace("%1", number(len(plan.changes)))
            .replace("%2", str(items))
            .replace("%3", number(len(plan.unmatched)))
        )
        summary.setWordWrap(True)

        self.changes = QTableWidget(len(plan.changes), 4)
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Field"), self.tr("Now"), self.tr("From the sheet")]
        )
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.verticalHeader().hide()
        for row, change in enumerate(plan.changes):
            field = message_text(change.field)
            for column, text in enumerate((change.label, field, change.old, change.new)):
                cell = QTableWidgetItem(text or "—")
                cell.setToolTip(text)
                self.changes.setItem(row, column, cell)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.unmatched = QListWidget()
        self.unmatched.setAccessibleName(self.tr("Rows that do not match"))
        self.unmatched.addItems([message_text(u.reason) for u in plan.unmatched])
        self.unmatched.setMaximumHeight(120)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(
            self.tr("&Apply changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(not plan.empty)
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.changes, 1)
        if plan.unmatched:
            layout.addWidget(QLabel(self.tr("Rows that do not match:")))
            layout.addWidget(self.unmatched)
        layout.addWidget(buttons)
        self.resize(760, 460)


def export_sheet(parent: QWidget, workspace: Workspace) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Export stance sheet"),
        "stances.xlsx",
        QCoreApplication.translate("MainWindow", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return
    try:
        count = export_stance_sheet(workspace, Path(name), language=paper_language())
    except CyberTrackError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("MainWindow", "CyberTrack"), error_text(exc)
        )
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("MainWindow", "CyberTrack"),
        QCoreApplication.translate("MainWindow", "Wrote %1 (%2 items).")
        .replace("%1", name)
        .replace("%2", number(count)),
    )


def import_sheet(
    parent: QWidget, workspace: Workspace, execute: Callable[[Command], object], path: Path
) -> SheetImportDialog | None:
    """Preview `path`; returns the (shown, modal) dialog, or None when the file is unusable."""
    try:
        plan = plan_sheet_import(workspace, path)
    except CyberTrackError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("MainWindow", "CyberTrack"), error_text(exc)
        )
        return None
    dialog = SheetImportDialog(plan, path.name, parent)
    dialog.accepted.connect(lambda: execute(plan.command))
    dialog.open()
    return dialog


def choose_and_import_sheet(
    parent: QWidget, workspace: Workspace, execute: Callable[[Command], object]
) -> None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Import stance sheet"),
        "",
        QCoreApplication.translate("MainWindow", "Excel workbooks (*.xlsx)"),
    )
    if name:
        import_sheet(parent, workspace, execute, Path(name))
