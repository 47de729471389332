"""Starting the desktop application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cybertrack import __version__
from cybertrack.domain.errors import CyberTrackError
from cybertrack.gui.dialogs.preferences_dialog import chosen_language
from cybertrack.gui.i18n import install_language
from cybertrack.gui.icons import icon
from cybertrack.gui.messages import error_text
from cybertrack.gui.settings import DeskSettings
from cybertrack.gui.system_libraries import refused_qt, start_qt
from cybertrack.services import Workspace

# Set to quit as soon as the window has been shown: how the bundle's start-up is timed.
EXIT_WHEN_SHOWN = "CYBERTRACK_EXIT_WHEN_SHOWN"


def open_workspace(path: Path) -> Workspace:
    """Open the workspace; a new, empty one gets the sample meeting so there is content at once.

    A damaged file is offered its latest good backup (cybertrack.gui.trust).
    """
    from cybertrack.gui.trust import open_for_desktop

    workspace = open_for_desktop(path)
    if workspace.is_empty() and not workspace.read_only:
        from cybertrack.services.samples import import_samples  # importers only when needed

        import_samples(workspace)
    return workspace


def choose_workspace(default: Path, settings: DeskSettings, *, explicit: bool) -> Path:
    """An explicit --db (or $CYBERTRACK_DB) wins; otherwise the last workspace used, if it is
    still there; otherwise the default file."""
    if explicit:
        return default
    last = settings.last_workspace()
    return last if last is not None and last.is_file() else default


def run(path: Path, *, explicit: bool = True) -> int:
    import PySide6

    refused = refused_qt(PySide6.__version__, sys.version_info[:2])
    if refused is not None:
        print(f"error: {refused}", file=sys.stderr)
        return 1
    from cybertrack.gui.main_window import MainWindow

    app = QApplication.instance() or start_qt(lambda: QApplication(sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("CyberTrack")
    app.setOrganizationName("CyberTrack")
    app.setApplicationVersion(__version__)
    translators = install_language(app, chosen_language(QSettings()))  # kept alive while running
    app.setWindowIcon(icon("cybertrack"))
    settings = DeskSettings()
    try:
        workspace = open_workspace(choose_workspace(path, settings, explicit=explicit))
    except CyberTrackError as exc:
        QMessageBox.critical(None, "CyberTrack", error_text(exc))
        return 1
    window = MainWindow(workspace, settings)
    current = [window]  # a language switch puts a new window in this one's place

    def follow(new: MainWindow) -> None:
        current[0] = new
        new.replaced.connect(follow)

    window.replaced.connect(follow)
    window.show()
    if os.environ.get(EXIT_WHEN_SHOWN):  # start-up checks (packaging/smoke.sh): shown, then quit
        QTimer.singleShot(0, app.quit)
    if not workspace.read_only:
        from cybertrack.gui.trust import BackgroundCheck, BackupScheduler

        BackupScheduler(workspace, window)
        BackgroundCheck(workspace, window).start()
    try:
        return int(app.exec())
    finally:
        current[0].workspace.close()  # the window may have swapped to another workspace
        del translators
