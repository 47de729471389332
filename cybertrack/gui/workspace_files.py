"""File > New / Open / Save a copy / Recent workspaces: the window's workspace is swappable.

The controller opens or creates a Workspace and hands it to the window (`set_workspace`); it
never keeps one of its own, so there is still exactly one open workspace, owned by the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from cybertrack.domain.errors import CyberTrackError
from cybertrack.gui.actions import recent_action
from cybertrack.gui.messages import error_text
from cybertrack.gui.settings import DeskSettings
from cybertrack.services import Workspace

SUFFIX = ".cybertrack"


class SwappableWindow(Protocol):
    workspace: Workspace

    def set_workspace(self, workspace: Workspace) -> None: ...


class WorkspaceFiles:
    def __init__(self, window: QWidget, target: SwappableWindow, settings: DeskSettings) -> None:
        self.window = window
        self.target = target
        self.settings = settings
        self.recent_menu: QMenu | None = None

    def tr(self, text: str) -> str:
        # The context lupdate gives `self.tr` calls in this class.
        return QCoreApplication.translate("WorkspaceFiles", text)

    def slots(self) -> dict[str, Callable[[], object]]:
        return {"file.new": self.new, "file.open": self.open, "file.save_copy": self.save_copy}

    def add_recent_menu(self, menu: QMenu) -> None:
        self.recent_menu = menu.addMenu(self.tr("&Recent workspaces"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()

    def _fill_recent(self) -> None:
        assert self.recent_menu is not None
        self.recent_menu.clear()
        current = self.target.workspace.path.resolve()
        others = [p for p in self.settings.recent_workspaces() if p != current]
        if not others:
            self.recent_menu.addAction(self.tr("No other workspace yet")).setEnabled(False)
        for number, path in enumerate(others[:8], start=1):
            action = recent_action(self.window, number, path.name, self._opener(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            self.recent_menu.addAction(action)

    def _opener(self, path: Path) -> Callable[[], object]:
        return lambda: self.open_path(path)

    def _folder(self) -> str:
        return str(self.target.workspace.path.parent)

    # -- the dialogs --------------------------------------------------------------------------
    def new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New workspace"), self._folder(), self._pattern()
        )
        if name:
            self.open_path(self._with_suffix(name), new=True)

    def open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open workspace"), self._folder(), self._pattern()
        )
        if name:
            self.open_path(Path(name))

    def save_copy(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy of the workspace"), self._folder(), self._pattern()
        )
        if name:
            self.save_copy_to(self._with_suffix(name))

    def _pattern(self) -> str:
        return self.tr("CyberTrack workspaces (*.cybertrack);;All files (*)")

    @staticmethod
    def _with_suffix(name: str) -> Path:
        path = Path(name)
        return path if path.suffix else path.with_suffix(SUFFIX)

    # -- the work (what tests drive) ----------------------------------------------------------
    def open_path(self, path: Path, *, new: bool = False) -> bool:
        if new and path.exists():
            return self._fail(
                self.tr("%1 already exists; open it instead.").replace("%1", str(path))
            )
        if not new and not path.is_file():
            return self._fail(self.tr("%1 does not exist.").replace("%1", str(path)))
        try:
            workspace = Workspace.open(path)
        except CyberTrackError as exc:
            return self._fail(error_text(exc))
        self.target.set_workspace(workspace)
        return True

    def save_copy_to(self, path: Path) -> bool:
        try:
            saved = self.target.workspace.save_copy(path)
        except CyberTrackError as exc:
            return self._fail(error_text(exc))
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("Saved a copy to %1").replace("%1", str(saved)), 8000)
        return True

    def _fail(self, message: str) -> bool:
        QMessageBox.warning(self.window, self.tr("CyberTrack"), message)
        return False
