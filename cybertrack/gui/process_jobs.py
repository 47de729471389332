"""Long pure-Python work (finding which version a new document revises) in a worker process.

A thread would do it off the GUI thread, but it would hold Python's global lock while it
computes, and on a small machine the window would stutter. A process has its own: the window
only waits for a message. One worker process, started the first time it is needed (spawned,
never forked: the GUI has threads), serves every job until the application quits.

Spawning runs the main script again in the worker as `__mp_main__`: a script that opens the
window must do so under `if __name__ == "__main__":` (every entry point of the project does).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # imported when the first job starts (about 0.1 s): not at start-up
    from concurrent.futures import Future, ProcessPoolExecutor

_POOL: ProcessPoolExecutor | None = None
_LOCK = threading.Lock()


def lower_priority() -> None:
    """Let the window's thread go first: a worker thread (Linux: this thread only) or a worker
    process runs at a lower scheduling priority. Where that cannot be set, nothing changes."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def _pool() -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _POOL
    if _POOL is None:
        _POOL = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=lower_priority,
        )
        atexit.register(shutdown)
    return _POOL


def shutdown() -> None:
    global _POOL
    pool, _POOL = _POOL, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


class ProcessJob(QObject):
    """`function(*args)` in the worker process; `done(result)` or `failed(error)` back on the
    GUI thread. The function and its arguments and result must pickle."""

    done = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.function = function
        self.args = args
        self.future: Future[Any] | None = None

    def start(self) -> None:
        # Submitting starts the worker process the first time (tens of milliseconds): not on
        # the GUI thread either.
        threading.Thread(target=self._submit, name="process-job", daemon=True).start()

    def _submit(self) -> None:
        try:
            with _LOCK:
                self.future = _pool().submit(self.function, *self.args)
        except Exception as exc:  # no process could be started: say so, never hang
            shutdown()  # a broken pool is replaced next time
            self._say(self.failed, exc)
            return
        self.future.add_done_callback(self._finished)  # on the pool's thread: signals queue

    def _say(self, signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window that asked may be gone
            signal.emit(value)

    def _finished(self, future: Future[Any]) -> None:
        from concurrent.futures.process import BrokenProcessPool

        if future.cancelled():
            return
        error = future.exception()
        if isinstance(error, BrokenProcessPool):
            shutdown()
        if error is not None:
            self._say(self.failed, error)
        else:
            self._say(self.done, future.result())
