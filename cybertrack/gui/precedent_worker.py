"""Precedent searches off the GUI thread.

A search reads the index through its own read-only connection (services.PrecedentReader), kept
by the worker thread for the next search of the same workspace; the GUI thread keeps the
workspace's connection for the writes. One thread runs the searches one after another; a
newer request drops the queued ones, and each result carries the serial of its request so the
panel can drop a stale one that was already running.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.library import Precedent
from cybertrack.domain.messages import Code, Message
from cybertrack.services.precedents import PrecedentReader

RESULTS = 8

_local = threading.local()


def _reader(path: Path) -> PrecedentReader:
    """This thread's reader of `path` (a new one when the workspace changed)."""
    reader: PrecedentReader | None = getattr(_local, "reader", None)
    if reader is None or reader.path != path:
        if reader is not None:
            reader.close()
        reader = _local.reader = PrecedentReader(path)
    return reader


class _Relay(QObject):
    """Lives on the GUI thread; its signal carries a worker's result there (queued)."""

    done = Signal(int, object)  # serial, list[Precedent] | Message


class _Search(QRunnable):
    def __init__(
        self, relay: _Relay, serial: int, path: Path, text: str, exclude: Sequence[int]
    ) -> None:
        super().__init__()
        self._relay, self._serial = relay, serial
        self._path, self._text, self._exclude = path, text, tuple(exclude)

    def run(self) -> None:
        result: list[Precedent] | Message
        try:
            result = _reader(self._path).search(self._text, RESULTS, exclude=self._exclude)
        except CyberTrackError as exc:  # a one-word draft, a workspace that cannot be read
            result = exc.message
        except Exception as exc:  # a worker must never take the window down with it
            result = Message(Code.WORKSPACE_NOT_READABLE, path=str(self._path), reason=str(exc))
        with contextlib.suppress(RuntimeError):  # the panel is gone (the window closed)
            self._relay.done.emit(self._serial, result)


class PrecedentSearcher(QObject):
    """Runs the newest search request on a worker thread; `found` gives each result once."""

    found = Signal(int, object)  # serial, list[Precedent] | Message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # made before the relay: it waits for its thread first
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread, and so its connection
        self._relay = _Relay(self)
        self._relay.done.connect(self.found)
        self.serial = 0

    def request(self, path: Path, text: str, exclude: Sequence[int] = ()) -> int:
        """Start a search (dropping any not yet started); its serial."""
        self.serial += 1
        self._pool.clear()
        self._pool.start(_Search(self._relay, self.serial, path, text, exclude))
        return self.serial

    def cancel(self) -> None:
        """Forget every request: a result still running will come back stale."""
        self.serial += 1
        self._pool.clear()

    def wait(self, milliseconds: int = 2000) -> bool:
        return self._pool.waitForDone(milliseconds)
