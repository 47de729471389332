"""The comparison feature's actions (View menu) and what it watches, out of main_window.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from cybertrack.domain.model import ChangeSet, ItemRow
from cybertrack.gui.models.item_table_model import RowRole
from cybertrack.gui.stances import stance_name

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow


def comparison_slots(window: MainWindow) -> dict[str, Callable[[], object]]:
    return {
        "view.compare": lambda: compare(window),
        "view.links": lambda: links(window),
        "view.carry": lambda: carry(window),
        "view.delegations": lambda: delegations(window),
    }


def watch_comparison(window: MainWindow) -> None:
    """Offer a carry-over after an import; say what we said last time on the current item."""
    offered: set[int] = set()
    window.events.changed.connect(lambda change: offer_carry(window, change, offered))
    window.table.selectionModel().currentChanged.connect(
        lambda current, _previous: show_last_time(window, current.data(RowRole))
    )


def show_last_time(window: MainWindow, item: ItemRow | None) -> None:
    """'What did we say about this last time?' in the status bar, for the current item."""
    if item is None:
        return
    parts = []
    for document, earlier, text_changed in window.workspace.comparison.earlier_versions(item.id):
        part = QCoreApplication.translate("MainWindow", "Last time, in %1 %2: %3").replace(
            "%1", document.symbol or document.title
        )
        part = part.replace("%2", earlier.label).replace("%3", stance_name(earlier.stance))
        if text_changed:
            part += " · " + QCoreApplication.translate("MainWindow", "text changed since")
        parts.append(part)
    if parts:
        window.statusBar().showMessage(" | ".join(parts), 15000)


def offer_carry(window: MainWindow, change: ChangeSet, offered: set[int]) -> None:
    """After importing a new version of a decided text, say how to carry the positions over.

    A status bar message, not a modal question: an import must never block (scripts, tests).
    Each document is offered once (undo and redo of the import do not offer again).
    """
    if not change.documents_changed or len(change.document_ids) != 1:
        return
    (document_id,) = change.document_ids
    known = {d.id for d in window.workspace.documents()}
    if document_id in offered or document_id not in known:
        return
    offered.add(document_id)
    previous = window.workspace.comparison.previous_version(document_id)
    if previous is not None:
        message = QCoreApplication.translate(
            "MainWindow",
            "This looks like a new version of %1: View ▸ Carry positions (Ctrl+Shift+V) "
            "to review what to carry over.",
        ).replace("%1", previous.symbol or previous.title)
        # After the import's own "imported …" message, which would otherwise replace it.
        QTimer.singleShot(0, lambda: window.statusBar().showMessage(message, 30000))


def _run_dialog(dialog: QDialog) -> None:
    """Modal, then gone: a closed dialog must not keep listening to workspace changes."""
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def version_pair(window: MainWindow) -> tuple[int, int] | None:
    """The current document as the new version and the one dated just before it as the old."""
    documents = window.workspace.documents()
    if len(documents) < 2:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Compare"),
            QCoreApplication.translate(
                "MainWindow", "Import a second version of a text first (File ▸ Import, Ctrl+I)."
            ),
        )
        return None
    ids = [d.id for d in documents]
    current = window.current_document_id()
    position = ids.index(current) if current in ids else len(ids) - 1
    if position == 0:
        return ids[0], ids[1]
    return ids[position - 1], ids[position]


def compare(window: MainWindow) -> None:
    from cybertrack.gui.views.comparison_view import ComparisonDialog

    if version_pair(window) is None:
        return
    ids = [d.id for d in window.workspace.documents()]
    _run_dialog(ComparisonDialog(window.workspace, window.events, ids, window))


def links(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.link_dialog import LinkDialog

    pair = version_pair(window)
    if pair is not None:
        _run_dialog(LinkDialog(window.commands, *pair, parent=window))


def carry(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.carry_dialog import CarryOverDialog

    pair = version_pair(window)
    if pair is None:
        return
    current = window.current_document_id()
    previous = window.workspace.comparison.previous_version(current) if current else None
    if previous is not None and current is not None:
        pair = (previous.id, current)
    _run_dialog(CarryOverDialog(window.commands, *pair, parent=window))


def delegations(window: MainWindow) -> None:
    from cybertrack.gui.views.delegations_view import DelegationsDialog

    document_id = window.current_document_id()
    if document_id is not None:
        _run_dialog(DelegationsDialog(window.commands, document_id, parent=window))
