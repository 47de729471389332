"""Help at hand: a generated keyboard cheat sheet, the user guide, About, first-run tips."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cybertrack import __version__
from cybertrack.gui.action_catalogue import ACTIONS, MENUS, SCOPES
from cybertrack.gui.actions import plain, translated
from cybertrack.gui.dialog_size import fit_dialog

TIPS_KEY = "help/tips_dismissed"


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(action, keys, where) for every action of the catalogue: the window's in menu order,
    then each dialog's own keys."""
    order = {name: n for n, name in enumerate(e for _, _, entries in MENUS for e in entries)}
    specs = sorted(
        ACTIONS, key=lambda s: (list(SCOPES).index(s.scope), order.get(s.name, len(order)))
    )
    return [
        (
            plain(translated(spec.text)),
            ", ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys
            ),
            translated(SCOPES[spec.scope]),
        )
        for spec in specs
    ]


class ShortcutsDialog(QDialog):
    """The keyboard cheat sheet, generated from the window's own actions so it cannot drift."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 3)
        table.setAccessibleName(self.tr("Shortcut list"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        fit_dialog(self, "shortcuts", QSize(620, 560))


class GuideDialog(QDialog):
    """The user guide shipped with the app (Markdown with screenshots), readable offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CyberTrack user guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        guide = files("cybertrack.resources").joinpath("guide")
        self.browser.setSearchPaths([str(guide)])
        self.browser.setMarkdown(guide.joinpath("user-guide.md").read_text(encoding="utf-8"))
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(guide) + "/"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_dialog(self, "guide", QSize(820, 700))


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About CyberTrack"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>CyberTrack %1</h3><p>Your delegation's stance on every item of a negotiation "
            "text, offline.</p><p>Licence: MIT. Built with Qt for Python %2.</p>",
        )
        .replace("%1", __version__)
        .replace("%2", pyside_version),
    )


class TipsBanner(QFrame):
    """First-run tips across the top of the window, until the user dismisses them."""

    dismissed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("tipsBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Tips"))
        text = QLabel(
            self.tr(
                "Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to "
                "move, Enter to write a note. Everything is saved as you work."
            )
        )
        text.setWordWrap(True)
        button = QPushButton(self.tr("Got it"))
        button.setAccessibleName(self.tr("Dismiss tips"))
        button.setAccessibleDescription(self.tr("Hide these tips for good"))
        button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(not bool(settings.value(TIPS_KEY, False, type=bool)))

    def dismiss(self) -> None:
        self._settings.setValue(TIPS_KEY, True)
        self.hide()
        self.dismissed.emit()


def help_slots(window: QMainWindow) -> dict[str, Callable[[], object]]:
    """Help menu: keyboard shortcuts, user guide (F1), About."""
    return {
        "help.shortcuts": lambda: ShortcutsDialog(window).exec(),
        "help.guide": lambda: GuideDialog(window).exec(),
        "help.about": lambda: show_about(window),
    }
