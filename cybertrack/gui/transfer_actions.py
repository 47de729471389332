"""File > Export… and the stance spreadsheet round trip: the slots of their actions.

Kept out of main_window.py so the window stays a composer; each slot flushes unsent typing
first, so what is exported is what the delegate sees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow


def transfer_slots(window: MainWindow) -> dict[str, Callable[[], object]]:
    return {
        "file.export": lambda: export(window),
        "file.export_sheet": lambda: export_sheet(window),
        "file.import_sheet": lambda: import_sheet(window),
    }


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
