"""Long pure-Python work (finding which version a new document revises, precedent searches) in
worker processes.

A thread would do it off the GUI thread, but it would hold Python's global lock while it
computes: the window waits for that lock at every call into Python (a paint makes hundreds),
and on a small machine it stutters. A process has its own: the window only waits for a message.
Each kind of work has one worker process (`WorkerProcess`), started the first time it is needed
(spawned, never forked: the GUI has threads), serving every job until the application quits; so
a long version detection never holds up a precedent search.

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


def lower_priority() -> None:
    """Let the window's thread go first: a worker thread (Linux: this thread only) or a worker
    process runs at a lower scheduling priority. Where that cannot be set, nothing changes."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


class WorkerProcess:
    """One worker process, started by its first job and kept for the next ones (a job that
    breaks it makes the next one start a new process)."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=lower_priority,
                )
                atexit.register(self.shutdown)
            return self._pool.submit(function, *args)

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


# Finding which earlier version a new document revises (seconds for a long one).
VERSIONS = WorkerProcess()
# Precedent searches, one after another (tens of milliseconds each).
PRECEDENTS = WorkerProcess()


class ProcessJob(QObject):
    """`function(*args)` in a worker process; `done(result)` or `failed(error)` back on the
    GUI thread. The function and its arguments and result must pickle."""

    done = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(
        self, function: Callable[..., Any], *args: Any, worker: WorkerProcess = VERSIONS
    ) -> None:
        super().__init__()
        self.function = function
        self.args = args
        self.worker = worker
        self.future: Future[Any] | None = None

    def start(self) -> None:
        # Submitting starts the worker process the first time (tens of milliseconds): not on
        # the GUI thread either.
        threading.Thread(target=self._submit, name="process-job", daemon=True).start()

    def cancel(self) -> bool:
        """Drop the job if it has not started in the process (a newer one replaces it); whether
        it was dropped (then it says neither done nor failed)."""
        return self.future is not None and self.future.cancel()

    def _submit(self) -> None:
        try:
            self.future = self.worker.submit(self.function, *self.args)
        except Exception as exc:  # no process could be started: say so, never hang
            self.worker.shutdown()  # a broken pool is replaced next time
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
            self.worker.shutdown()
        if error is not None:
            self._say(self.failed, error)
        else:
            self._say(self.done, future.result())
