"""One catalogue of the window's actions: name, shortcut, accessible name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(
    parent: QWidget,
    text: str,
    shortcut: str | QKeySequence.StandardKey | list[QKeySequence],
    slot: Callable[[], object],
    *,
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcut, list | QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    else:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setShortcutVisibleInContextMenu(True)
    plain = text.replace("&", "")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{plain} ({keys})")
    action.setStatusTip(tip or plain)
    action.setObjectName("action_" + "".join(ch for ch in plain.lower() if ch.isalnum()))
    action.triggered.connect(slot)
    parent.addAction(action)
    return action
