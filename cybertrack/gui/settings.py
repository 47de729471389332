"""Typed access to what the desktop remembers between sessions (QSettings underneath).

One object, passed to the window through its constructor; tests give it a private file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

MAX_RECENT = 8


class DeskSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    # -- workspaces ---------------------------------------------------------------------------
    def recent_workspaces(self) -> list[Path]:
        value = self.store.value("workspaces/recent", [])
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(n) for n in names if isinstance(n, str) and n]

    def remember_workspace(self, path: Path) -> None:
        """Put `path` first in the recent list; it is also the one reopened at start."""
        path = path.resolve()
        recent = [p for p in self.recent_workspaces() if p != path]
        recent.insert(0, path)
        self.store.setValue("workspaces/recent", [str(p) for p in recent[:MAX_RECENT]])
        self.store.setValue("workspaces/last", str(path))

    def last_workspace(self) -> Path | None:
        value = self.store.value("workspaces/last", "")
        return Path(value) if isinstance(value, str) and value else None

    # -- window layout ------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def header(self) -> QByteArray | None:
        return self._bytes("window/item-columns")

    def save_layout(self, geometry: QByteArray, splitter: QByteArray, header: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/splitter", splitter)
        self.store.setValue("window/item-columns", header)

    def restore_layout(self, window: QWidget, splitter: QSplitter) -> None:
        """Window geometry and splitter; the item columns restore through `header()`."""
        if (geometry := self.geometry()) is not None:
            window.restoreGeometry(geometry)
        if (state := self.splitter()) is not None:
            splitter.restoreState(state)

    def save_window_layout(self, window: QWidget, splitter: QSplitter, header: QHeaderView) -> None:
        self.save_layout(window.saveGeometry(), splitter.saveState(), header.saveState())

    # -- where the user was -------------------------------------------------------------------
    def last_item(self, workspace: Path) -> int | None:
        value = self.store.value(f"places/{_key(workspace)}")
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    def remember_item(self, workspace: Path, item_id: int) -> None:
        self.store.setValue(f"places/{_key(workspace)}", item_id)

    def sync(self) -> None:
        self.store.sync()


def _key(path: Path) -> str:
    # QSettings keys cannot hold slashes meaningfully; a stable hex form of the path can.
    return str(path.resolve()).encode().hex()
