"""File > Export… and the stance spreadsheet round trip, added to the window's File menu.

Kept out of main_window.py so the window stays a composer; each slot flushes unsent typing
first, so what is exported is what the delegate sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from cybertrack.gui.actions import make_action

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow


def add_transfer_actions(window: MainWindow, menu: QMenu) -> None:
    menu.addAction(
        make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Export…"),
            "Ctrl+E",
            lambda: export(window),
        )
    )
    menu.addAction(
        make_action(
            window,
            QCoreApplication.translate("MainWindow", "Export stance &sheet…"),
            "Ctrl+Shift+E",
            lambda: export_sheet(window),
        )
    )
    menu.addAction(
        make_action(
            window,
            QCoreApplication.translate("MainWindow", "Import stance s&heet…"),
            "Ctrl+Shift+I",
            lambda: import_sheet(window),
        )
    )


def export(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.export_dialog import ExportDialog

    window.detail.flush()
    dialog = ExportDialog(window.workspace, window.execute, window, window.current_document_id())
    dialog.exec()


def export_sheet(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.sheet_import_dialog import export_sheet as write_sheet

    window.detail.flush()
    write_sheet(window, window.workspace)


def import_sheet(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.sheet_import_dialog import choose_and_import_sheet

    window.detail.flush()
    choose_and_import_sheet(window, window.workspace, window.execute)
