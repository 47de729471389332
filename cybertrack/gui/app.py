"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from cybertrack import __version__
from cybertrack.domain.errors import CyberTrackError
from cybertrack.services import Workspace


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


def run(path: Path) -> int:
    from cybertrack.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("CyberTrack")
    app.setOrganizationName("CyberTrack")
    app.setApplicationVersion(__version__)
    try:
        workspace = open_workspace(path)
    except CyberTrackError as exc:
        QMessageBox.critical(None, "CyberTrack", str(exc))
        return 1
    window = MainWindow(workspace)
    window.show()
    if not workspace.read_only:
        from cybertrack.gui.trust import BackgroundCheck, BackupScheduler

        BackupScheduler(workspace, window)
        BackgroundCheck(workspace, window).start()
    try:
        return int(app.exec())
    finally:
        workspace.close()
