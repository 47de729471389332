"""The precedent panel plugged in beside the amendment, and the slots of its actions.

Kept out of main_window.py so the window stays a composer: the panel searches the window's
current workspace, shows the citations of the item the detail panel shows, and the window
applies the citations it asks for as an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cybertrack.gui.views.precedent_panel import PrecedentPanel
from cybertrack.services import SetCitations

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow


def attach_precedents(window: MainWindow) -> PrecedentPanel:
    panel = PrecedentPanel(
        window.detail.amendment,
        lambda: window.workspace.path,
        lambda item_id: window.workspace.citations([item_id]).get(item_id, []),
        lambda marks: window.detail.set_marks(window.detail.amendment, "agreed", marks),
    )
    window.detail.add_beside_amendment(
        QCoreApplication.translate("PrecedentPanel", "Pre&cedent"), panel
    )
    window.detail.item_shown.connect(panel.show_item)
    panel.citations_changed.connect(
        lambda item_id, cited: window.execute(SetCitations(item_id, cited))
    )
    return panel


def precedent_slots(window: MainWindow) -> dict[str, Callable[[], object]]:
    panel = window.precedents

    def when_shown(action: Callable[[], bool]) -> Callable[[], None]:
        def run() -> None:
            if not action():
                window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "PrecedentPanel",
                        "No precedent to use: choose an item with precedent first.",
                    ),
                    5000,
                )

        return run

    return {
        "precedent.focus": panel.focus_list,
        "precedent.insert": when_shown(panel.insert_chosen),
        "precedent.cite": when_shown(panel.cite_chosen),
    }
