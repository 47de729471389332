"""The workspace connection: sqlite-utils' Database API, without paying for its import at start.

`import sqlite_utils` costs 100-300 ms (it pulls in click, dateutil and pluggy), a large share of
the app's start-up. Opening a workspace and running queries needs only `execute` and a few
helpers, done here on plain sqlite3 with sqlite-utils' semantics. Everything else (`table()`,
`atomic()`, `enable_fts`, `db["name"]`, ...) is handed to a real `sqlite_utils.Database` on the
same connection, created (and imported) the first time it is needed: importing a document,
running a migration. Storage modules import sqlite_utils only under TYPE_CHECKING.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database as _DatabaseApi
else:
    _DatabaseApi = object

_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE")


class Database(_DatabaseApi):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: Any = None
        # As sqlite_utils.Database does on every connection it wraps.
        self.execute("PRAGMA recursive_triggers=on;")

    def _sqlite_utils(self) -> Any:
        if self._full is None:
            import sqlite_utils  # the deferred import: first write of a document, migrations

            self._full = sqlite_utils.Database(self.conn)
        return self._full

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not defined here.
        if name.startswith("__") or name == "_full":
            raise AttributeError(name)
        return getattr(self._sqlite_utils(), name)

    def __getitem__(self, name: str) -> Any:
        return self._sqlite_utils()[name]

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """sqlite_utils' execute: a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and not sql.lstrip().upper().startswith(_TRANSACTION_CONTROL)
        ):
            self.conn.execute("COMMIT")
        return cursor

    def table_names(self, fts4: bool = False, fts5: bool = False) -> list[str]:
        if fts4 or fts5:
            return list(self._sqlite_utils().table_names(fts4=fts4, fts5=fts5))
        rows = self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return [str(row[0]) for row in rows]

    @contextmanager
    def ensure_autocommit_on(self) -> Iterator[None]:
        previous = self.conn.isolation_level
        try:
            self.conn.isolation_level = None
            yield
        finally:
            self.conn.isolation_level = previous

    def close(self) -> None:
        self.conn.close()
