"""The workspace connection: a small, honest wrapper around one sqlite3 connection.

It offers exactly what the repositories use: `execute` with sqlite-utils' semantics (a write
outside a transaction commits at once), row inserts in plain SQL, full-text setup through
sqlite-utils, and transactions. `import sqlite_utils` costs 100-300 ms (it pulls in click,
dateutil and pluggy), so only a migration that creates an index imports it: never opening,
reading or writing a workspace.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE")


# Rows in one INSERT statement at most (the SQL text stays under a few hundred kilobytes).
_ROWS_PER_STATEMENT = 10_000


def _insert_sql(table: str, columns: list[str], rows: int = 1) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join([f"({', '.join('?' * len(columns))})"] * rows)
    return f'INSERT INTO "{table}" ({names}) VALUES {values}'


Params = Sequence[Any] | Mapping[str, Any]


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Any = None
        self._max_variables: int | None = None
        # As sqlite_utils.Database does on every connection it wraps.
        self.execute("PRAGMA recursive_triggers=on;")

    def _sqlite_utils(self) -> Any:
        if self._utils is None:
            import sqlite_utils  # the deferred import: first insert, migrations

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    # -- statements ---------------------------------------------------------------------------
    def execute(self, sql: str, parameters: Params | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, parameters if parameters is not None else ())
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

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row; its new id."""
        columns = list(row)
        cursor = self.execute(_insert_sql(table, columns), [row[c] for c in columns])
        return int(cursor.lastrowid or 0)

    def insert_all(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert rows that share the first row's columns, many rows to a statement.

        One statement for thousands of rows, not one each: a statement that fires a trigger
        writing into the search index makes FTS5 flush what it holds first (its savepoint), so
        one statement per item wrote one tiny index segment per item and merged them all, ten
        times slower (an import into a large workspace grew with it). Plain SQL, not
        sqlite-utils: importing that library costs 100-300 ms, which a worker thread writing an
        import would take from the window (Python's lock)."""
        iterator = iter(rows)
        first = next(iterator, None)
        if first is None:
            return
        columns = list(first)
        per_statement = max(1, min(_ROWS_PER_STATEMENT, self._variables() // len(columns)))
        was_in_transaction = self.conn.in_transaction
        chunk: list[Any] = []
        count = 0
        for row in (first, *iterator):
            chunk.extend(row.get(c) for c in columns)
            count += 1
            if count == per_statement:
                self.conn.execute(_insert_sql(table, columns, count), chunk)
                chunk, count = [], 0
        if count:
            self.conn.execute(_insert_sql(table, columns, count), chunk)
        if not was_in_transaction and self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def _variables(self) -> int:
        """How many ? a statement may hold (999 before SQLite 3.32, 32766 since)."""
        if self._max_variables is None:
            self._max_variables = self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        return self._max_variables

    def enable_fts(self, table: str, columns: Sequence[str], *, tokenize: str) -> None:
        """An FTS5 index of `columns`, kept in step with `table` by triggers."""
        self._sqlite_utils().table(table).enable_fts(
            list(columns), fts_version="FTS5", create_triggers=True, tokenize=tokenize
        )

    def table_names(self) -> list[str]:
        rows = self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return [str(row[0]) for row in rows]

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; inside another, a savepoint that rolls back on its own.

        BEGIN IMMEDIATE takes the write lock first, waiting up to the busy timeout. A plain
        (deferred) BEGIN reads first and upgrades to a write later; in WAL mode that upgrade
        fails at once, without waiting, if another program committed in between. Taking the
        lock up front makes a second window or a CLI command wait instead of failing.
        """
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute("ROLLBACK TO SAVEPOINT nested")
                    self.conn.execute("RELEASE SAVEPOINT nested")
                raise
            self.conn.execute("RELEASE SAVEPOINT nested")
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.execute("COMMIT")
        except BaseException:
            self.conn.rollback()
            raise

    @contextmanager
    def autocommit(self) -> Iterator[None]:
        """No implicit transaction (PRAGMA journal_mode must run outside one)."""
        previous = self.conn.isolation_level
        try:
            self.conn.isolation_level = None
            yield
        finally:
            self.conn.isolation_level = previous

    def close(self) -> None:
        self.conn.close()
