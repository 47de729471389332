"""Preferences kept per user (QSettings): the interface language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cybertrack.gui.i18n import LANGUAGES

LANGUAGE_KEY = "ui/language"


def chosen_language(settings: QSettings) -> str | None:
    """The language the user chose, or None to follow the system."""
    value = settings.value(LANGUAGE_KEY, "", type=str)
    return value if value in LANGUAGES else None


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current = chosen_language(settings) or ""
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("The window changes language as soon as you press OK."))
        note.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Language"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.language.currentData())
        super().accept()
