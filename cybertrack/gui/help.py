"""Help at hand: a generated keyboard cheat sheet, the user guide, About, first-run tips."""

from __future__ import annotations

from importlib.resources import files

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
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
from cybertrack.gui.actions import make_action

TIPS_KEY = "help/tips_dismissed"


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(action, keys) for every action that has a shortcut, in menu order, without duplicates."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        name = action.text().replace("&", "").rstrip("…").strip()
        if keys and name and name not in seen:
            seen.add(name)
            rows.append((name, keys))
    return rows


class ShortcutsDialog(QDialog):
    """The keyboard cheat sheet, generated from the window's own actions so it cannot drift."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window.findChildren(QAction))
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Shortcut list"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(460, 520)


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
        self.resize(820, 700)


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


def build_help_menu(window: QMainWindow) -> None:
    """Help menu: keyboard shortcuts (F1), user guide, About."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    menu.addAction(
        make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            "Ctrl+/",
            lambda: ShortcutsDialog(window).exec(),
        )
    )
    menu.addAction(
        make_action(
            window,
            QCoreApplication.translate("MainWindow", "&User guide"),
            "F1",
            lambda: GuideDialog(window).exec(),
        )
    )
    menu.addAction(
        make_action(
            window,
            QCoreApplication.translate("MainWindow", "&About CyberTrack"),
            "Ctrl+Shift+F1",
            lambda: show_about(window),
        )
    )
