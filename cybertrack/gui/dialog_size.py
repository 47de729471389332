"""Dialogs open at the size the delegate last left them, and never larger than the screen they
open on (a 1280 x 720 laptop included): their buttons are always on screen."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QDialog

# Room left for the window frame and a task bar.
_WIDTH_SHARE, _HEIGHT_SHARE = 0.96, 0.9


def fit_dialog(dialog: QDialog, key: str, preferred: QSize) -> None:
    """Size `dialog` as last left (else `preferred`), bounded by its screen; remember its size
    when it closes."""
    settings = QSettings()
    saved = settings.value(f"dialogs/{key}")
    size = saved if isinstance(saved, QSize) and saved.isValid() else preferred
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    room = QSize(int(screen.width() * _WIDTH_SHARE), int(screen.height() * _HEIGHT_SHARE))
    dialog.resize(size.boundedTo(room).expandedTo(dialog.minimumSize()))
    dialog.finished.connect(lambda _result: settings.setValue(f"dialogs/{key}", dialog.size()))
