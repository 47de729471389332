"""Read-only connections beside a workspace's own, so that reads which wait on the disk wait
together.

A search's reads of its candidates' paragraphs land on random pages of a large file. Once the
system has dropped those pages from its cache, each read waits for the disk, and one after
another the waits add up: 70 reads took 110 ms on a busy disk, where one takes 0.04 ms on an
idle one. The same reads split over several connections run at once: Python's sqlite3 lets go
of the interpreter while SQLite steps, so threads overlap their waits.

A search also reads ahead this way: while its own connection walks the first of its postings
ranges, the others bring in the pages of the last ones (`prefetch`).

A database with no file (in memory), one that cannot be opened a second time read-only, and a
connection inside a transaction (whose rows other connections cannot see yet) are read on the
workspace's own connection, one part after another.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from cybertrack.storage.database import Database

# Parts read at once. Two cores and a disk that serves requests in parallel: four overlapped
# the waits of a million-paragraph search best (measured: 2, 4 and 8).
READERS = 4

Row = Any  # a row as sqlite3 gives it


def _file_of(db: Database) -> Path | None:
    """The main database's file, or None for one in memory or a temporary one."""
    for _, name, file in db.conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


class ReadPool:
    """Up to `size` read-only connections to `db`'s file and a thread for each, opened on the
    first read that uses them; `close` ends both. Used from one thread at a time, like the
    connection it goes with."""

    def __init__(self, db: Database, size: int = READERS) -> None:
        self._db = db
        self._size = size
        self._connections: list[sqlite3.Connection] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._unavailable = False
        self._pending: list[Future[Any]] = []

    def _open(self) -> list[sqlite3.Connection] | None:
        if self._connections is not None or self._unavailable:
            return self._connections
        path = _file_of(self._db)
        if path is None:
            self._unavailable = True
            return None
        connections: list[sqlite3.Connection] = []
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            for _ in range(self._size):
                # Each connection is used by one thread at a time (one part of one read).
                conn = sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
                connections.append(conn)
                conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchall()
        except sqlite3.Error:
            for conn in connections:
                conn.close()
            self._unavailable = True
            return None
        self._connections = connections
        self._executor = ThreadPoolExecutor(self._size, thread_name_prefix="cybertrack-read")
        return connections

    def _runs(self, values: Sequence[Any]) -> list[Sequence[Any]]:
        step = -(-len(values) // self._size) if values else 1
        return [values[start : start + step] for start in range(0, len(values), step)]

    def prefetch(self, sql: str, values: Sequence[Any]) -> None:
        """Start `sql` (an IN list, as for `read_in`) on every connection and return at once:
        its pages are in the system's cache when the workspace's own connection reads them
        next (a read that waits for them then waits for the one already on its way)."""
        connections = None if self._db.conn.in_transaction else self._open()
        if connections is None or self._executor is None:
            return
        wait(self._pending)
        runs = self._runs(values)
        self._pending = [
            self._executor.submit(_fetch, conn, _in(sql, run), list(run))
            for conn, run in zip(connections, runs, strict=False)
        ]

    def read_in(self, sql: str, values: Sequence[Any]) -> Iterator[Row]:
        """The rows of `sql` (whose `{marks}` is an IN list) for `values`, cut into up to one
        run per connection, read at once when they can be; each run's rows come as soon as it
        and the runs before it are read, so the caller works on them while the rest read."""
        runs = self._runs(values)
        connections = None if self._db.conn.in_transaction or len(runs) < 2 else self._open()
        wait(self._pending)  # a connection serves one read at a time
        if connections is None or self._executor is None:
            for run in runs:
                yield from self._db.conn.execute(_in(sql, run), list(run)).fetchall()
            return
        futures = [
            self._executor.submit(_fetch, conn, _in(sql, run), list(run))
            for conn, run in zip(connections, runs, strict=False)
        ]
        try:
            for future in futures:
                yield from future.result()
        finally:
            # A caller that stops early leaves no read running on a connection.
            for future in futures:
                future.cancel()
            wait(futures)

    def close(self) -> None:
        wait(self._pending)
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        for conn in self._connections or ():
            conn.close()
        self._connections, self._executor = None, None


def _in(sql: str, values: Sequence[Any]) -> str:
    return sql.format(marks=",".join("?" * len(values)))


def _fetch(conn: sqlite3.Connection, sql: str, parameters: list[Any]) -> list[Row]:
    return conn.execute(sql, parameters).fetchall()
