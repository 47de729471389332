"""QActions, menus and the toolbar, made from the action catalogue (action_catalogue.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from cybertrack.gui.action_catalogue import BY_NAME, MENUS, RECENT_MENU, TOOLBAR, ActionSpec
from cybertrack.gui.icons import icon

Slot = Callable[[], object]


# "(&I)": a mnemonic letter in brackets after a word with no Latin letters of its own.
_SET_APART = re.compile(r"\s?[(（]&\w[)）]")


def translated(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "&Import…" -> "Import", and as
    Chinese and Arabic menus set the mnemonic apart: "导入(&I)…" -> "导入"."""
    return _SET_APART.sub("", text).replace("&", "").rstrip("…").strip()


def _action(parent: QWidget, spec: ActionSpec, text: str, slot: Slot) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(key) for key in spec.keys])
    action.setShortcutVisibleInContextMenu(True)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    name = plain(text)
    action.setToolTip(f"{name} ({keys})" if keys else name)
    action.setStatusTip(name)
    action.setObjectName("action:" + spec.name)
    if spec.icon:
        action.setIcon(icon(spec.icon))
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def make_action(parent: QWidget, name: str, slot: Slot) -> QAction:
    """The catalogue's action `name` on `parent` (a window: active while it has focus)."""
    spec = BY_NAME[name]
    action = _action(parent, spec, translated(spec.text), slot)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action


def add_scoped_action(widget: QWidget, name: str, slot: Slot) -> QAction:
    """A dialog's or view's own key: active while focus is inside `widget`."""
    action = make_action(widget, name, slot)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return action


def recent_action(parent: QWidget, number: int, text: str, slot: Slot) -> QAction:
    """One entry of File > Recent workspaces (Ctrl+Alt+1 … 8)."""
    action = QAction(f"&{number} {text}", parent)
    action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setObjectName(f"action:file.recent.{number}")
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def build_actions(window: QMainWindow, slots: Mapping[str, Slot]) -> dict[str, QAction]:
    """Every window action of the catalogue, each bound to its slot (a missing one is a bug)."""
    missing = [
        name for name, spec in BY_NAME.items() if spec.scope == "window" and name not in slots
    ]
    if missing:
        raise KeyError(f"no slot for the actions {missing}")
    return {name: make_action(window, name, slot) for name, slot in slots.items()}


def build_menus(
    window: QMainWindow, actions: Mapping[str, QAction], recent: Callable[[QMenu], None]
) -> dict[str, QMenu]:
    """The menu bar, laid out as `MENUS` says; `recent` fills in the recent-workspaces menu."""
    menus = {}
    for name, title, entries in MENUS:
        menu = window.menuBar().addMenu(translated(title))
        menu.setObjectName("menu:" + name)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif entry == RECENT_MENU:
                recent(menu)
            else:
                menu.addAction(actions[entry])
        menus[name] = menu
    return menus


def build_toolbar(window: QMainWindow, actions: Mapping[str, QAction]) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR:
        if entry is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[entry])
    window.addToolBar(toolbar)
    # On a narrow window the toolbar folds into a "»" button, which needs a name too.
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setAccessibleName(QCoreApplication.translate("MainWindow", "More tools"))
        more.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "The toolbar's buttons that do not fit")
        )
    return toolbar
