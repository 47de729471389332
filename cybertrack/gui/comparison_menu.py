"""The View menu entries of the comparison feature, kept out of main_window.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from cybertrack.gui.actions import make_action

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow


def add_comparison_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&View"))
    menu.addAction(
        make_action(
            window, window.tr("&Compare documents…"), "Ctrl+Shift+C", lambda: compare(window)
        )
    )
    menu.addAction(
        make_action(window, window.tr("&Links between versions…"), "Ctrl+L", lambda: links(window))
    )
    menu.addAction(
        make_action(
            window,
            window.tr("Carry positions to the &new version…"),
            "Ctrl+Shift+V",
            lambda: carry(window),
        )
    )
    menu.addAction(
        make_action(window, window.tr("&Delegations…"), "Ctrl+D", lambda: delegations(window))
    )


def version_pair(window: MainWindow) -> tuple[int, int] | None:
    """The current document as the new version and the one dated just before it as the old."""
    documents = window.workspace.documents()
    if len(documents) < 2:
        QMessageBox.information(
            window,
            window.tr("Compare"),
            window.tr("Import a second version of a text first (File ▸ Import, Ctrl+I)."),
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
    ComparisonDialog(window.workspace, window.events, ids, window).exec()


def links(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.link_dialog import LinkDialog

    pair = version_pair(window)
    if pair is not None:
        LinkDialog(window.commands, *pair, parent=window).exec()


def carry(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.carry_dialog import CarryOverDialog

    pair = version_pair(window)
    if pair is not None:
        CarryOverDialog(window.commands, *pair, parent=window).exec()


def delegations(window: MainWindow) -> None:
    from cybertrack.gui.views.delegations_view import DelegationsDialog

    document_id = window.current_document_id()
    if document_id is not None:
        DelegationsDialog(window.commands, document_id, parent=window).exec()
