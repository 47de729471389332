"""Changing the interface language without a restart.

Every string of the desk is set where its widget is made, through tr(); a window built after
the new translators are installed is therefore wholly in the new language, menus, headers,
chips and all. So a switch builds a new main window in place of the old one rather than
re-setting each string by hand (which drifts as widgets are added): the workspace, the undo
stack (its steps re-rendered) and the event bus are handed over, and the layout, the document,
the item, the selection and the filters come back as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from cybertrack.gui.dialogs.preferences_dialog import PreferencesDialog, chosen_language
from cybertrack.gui.i18n import install_language

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow


@dataclass(frozen=True)
class DeskPlace:
    """Where the delegate is: the document, the current and selected items, the filters."""

    document_id: int | None
    item_id: int | None
    selected: tuple[int, ...]
    filters: dict[str, Any]


def place_of(window: MainWindow) -> DeskPlace:
    current = window.table.current_row()
    return DeskPlace(
        document_id=window.current_document_id(),
        item_id=current.id if current else None,
        selected=tuple(row.id for row in window.table.selected_rows()),
        filters=window.filter_bar.state(),
    )


def go_to_place(window: MainWindow, place: DeskPlace) -> None:
    if place.document_id is not None:
        window.go_to_document(place.document_id)
    window.filter_bar.set_state(place.filters)
    window.items.load_rest()  # the selection may reach past the rows read so far
    if place.item_id is not None:
        window.table.go_to_item(place.item_id)
    window.table.select_items(place.selected)


def preferences(window: MainWindow) -> None:
    """Edit > Preferences: a new language applies at once, to this window and what follows."""
    store = window.settings.store
    before = chosen_language(store)
    if PreferencesDialog(store, window).exec() and chosen_language(store) != before:
        # After the dialog is gone: the old window is replaced, not reentered.
        QTimer.singleShot(0, lambda: switch_language(window, chosen_language(store)))


def switch_language(window: MainWindow, language: str | None) -> MainWindow:
    """Install `language` (None: the system's) and put a window built in it in `window`'s place."""
    from cybertrack.gui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    place = place_of(window)
    window.remember()
    install_language(app, language)
    new = MainWindow(
        window.workspace, window.settings, undo_stack=window.undo_stack, events=window.events
    )
    new.commands.retranslate()
    new.setGeometry(window.geometry())
    for helper in window.findChildren(QObject):
        hand_over = getattr(helper, "hand_over", None)  # backups, checks: they follow the window
        if callable(hand_over) and helper.parent() is window:
            hand_over(new)
    go_to_place(new, place)
    if window.isMaximized():
        new.showMaximized()
    elif window.isVisible():
        new.show()
    window.replaced.emit(new)
    window.hide()
    window.deleteLater()
    return new
