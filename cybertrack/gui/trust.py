"""The desktop side of trust: open-or-recover, automatic backups, the read-only banner."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Message
from cybertrack.gui.dates import local_date_time
from cybertrack.gui.messages import error_text, message_text
from cybertrack.services import Workspace
from cybertrack.services.backups import BackupInfo
from cybertrack.services.recovery import checked_at_open, file_damage, open_or_recover

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow

FIRST_BACKUP_MS = 3_000  # after the window is up, so start-up stays fast
CHECK_EVERY_MS = 60 * 60 * 1000


def ask_restore(problem: Message, backup: BackupInfo) -> bool:
    """The question a delegate sees when the workspace file is damaged."""
    when = local_date_time(backup.taken_at)
    box = QMessageBox(QMessageBox.Icon.Critical, "CyberTrack", message_text(problem))
    box.setInformativeText(
        QCoreApplication.translate(
            "Recovery",
            "Restore the latest good backup, taken %1? The damaged file is kept beside it.",
        ).replace("%1", when)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_for_desktop(path: Path) -> Workspace:
    """Open the workspace, offering the latest good backup if it is damaged."""
    workspace, aside = open_or_recover(path, ask_restore)
    if aside is not None:
        QMessageBox.information(
            None,
            "CyberTrack",
            QCoreApplication.translate(
                "Recovery", "The backup was restored. The damaged workspace was kept as %1"
            ).replace("%1", str(aside)),
        )
    return workspace


class BackupScheduler(QObject):
    """A backup shortly after opening, then one a day while the app runs, off the GUI thread."""

    finished = Signal(str)  # "" when the backup was written (or not due), else the error

    def __init__(self, workspace: Workspace, window: QMainWindow) -> None:
        super().__init__(window)
        self._workspace = workspace
        self._window = window
        self.worker: threading.Thread | None = None
        self.finished.connect(self._report)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.backup_if_due)
        QTimer.singleShot(FIRST_BACKUP_MS, self.backup_now)
        self._timer.start()

    def hand_over(self, window: QMainWindow) -> None:
        """Follow the window that replaces ours (a language switch)."""
        self.setParent(window)
        self._window = window

    def backup_now(self) -> None:
        self._start(self._workspace.take_backup)

    def backup_if_due(self) -> None:
        self._start(self._workspace.backup_if_due)

    def _start(self, job: Callable[[], object]) -> None:
        if self.worker is not None and self.worker.is_alive():
            return  # one backup at a time
        self.worker = threading.Thread(target=self._run, args=(job,), name="backup", daemon=True)
        self.worker.start()

    def _run(self, job: Callable[[], object]) -> None:
        try:
            job()
        except CyberTrackError as exc:
            self.finished.emit(error_text(exc))
            return
        self.finished.emit("")

    def _report(self, error: str) -> None:
        if error:
            self._window.statusBar().showMessage(
                self.tr("Automatic backup failed: %1").replace("%1", error), 15_000
            )


class BackgroundCheck(QObject):
    """SQLite's quick check of a large workspace, off the GUI thread, after the window shows."""

    finished = Signal(object)  # list[str]: the problems found, [] if sound

    def __init__(self, workspace: Workspace, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._path = workspace.path
        self.finished.connect(self._report)
        self.worker: threading.Thread | None = None

    def hand_over(self, window: QMainWindow) -> None:
        self.setParent(window)
        self._window = window

    def start(self) -> None:
        if checked_at_open(self._path):
            return  # already checked while opening
        self.worker = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        self.finished.emit(file_damage(self._path))  # queued to the GUI thread

    def _report(self, problems: list[str]) -> None:
        if problems:
            QMessageBox.warning(
                self._window,
                "CyberTrack",
                self.tr(
                    "The workspace file is damaged (%1). Use File > Restore from backup… to go "
                    "back to a good backup; the current state is backed up first."
                ).replace("%1", problems[0]),
            )


def install_read_only_banner(window: QMainWindow) -> QLabel:
    """A strip above the window's content saying why nothing can be changed."""
    banner = QLabel(
        QCoreApplication.translate(
            "MainWindow",
            "Read-only: this workspace file cannot be written (a read-only file, folder or "
            "disk). You can read and export; changes are refused.",
        )
    )
    banner.setObjectName("readOnlyBanner")
    banner.setAccessibleName(QCoreApplication.translate("MainWindow", "Read-only workspace"))
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "QLabel#readOnlyBanner { background: #fff4ce; color: #3b2f00;"
        " border-bottom: 1px solid #e0c36a; padding: 6px 10px; }"
    )
    content = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if content is not None:
        layout.addWidget(content, 1)
    window.setCentralWidget(holder)
    window.setWindowTitle(
        window.windowTitle() + QCoreApplication.translate("MainWindow", " (read-only)")
    )
    return banner


def restore_from_backup(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.restore_dialog import restore_from_backup as choose_and_restore

    window.detail.flush()
    message = choose_and_restore(window, window.workspace, window.undo_stack, window.events)
    if message:
        window.statusBar().showMessage(message, 15_000)
