"""The workspace connection: a small, honest wrapper around one sqlite3 connection.

It offers exactly what the repositories use: `execute` with sqlite-utils' semantics (a write
outside a transaction commits at once), row inserts in plain SQL, full-text setup through
sqlite-utils, and transactions. `import sqlite_utils` costs 100-300 ms (it pulls in click,
dateutil and pluggy), so only a migration that creates an index imports it: never opening,
reading or writing a workspace.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE")


def _insert_sql(table: str, columns: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'


def _insert_rows_sql(table: str, columns: list[str], rows: int) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    row = f"({', '.join('?' * len(columns))})"
    return f'INSERT INTO "{table}" ({names}) VALUES {", ".join([row] * rows)}'


def _insert_json_sql(table: str, columns: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    picks = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(columns)))
    return f'INSERT INTO "{table}" ({names}) SELECT {picks} FROM json_each(?) ORDER BY key'


# Rows encoded per call: one call of the C encoder holds Python's lock throughout, and the
# window's thread waited 25-40 ms while a worker encoded a 5,000-paragraph import at once.
JSON_ROWS_PER_CALL = 250


def _as_json(rows: list[list[Any]]) -> str | None:
    """The rows as one JSON array, or None when a value has no JSON form (bytes, NaN)."""
    try:
        parts = [
            json.dumps(
                rows[start : start + JSON_ROWS_PER_CALL], ensure_ascii=False, allow_nan=False
            )
            for start in range(0, len(rows), JSON_ROWS_PER_CALL)
        ]
    except (TypeError, ValueError):
        return None
    return "[" + ", ".join(part[1:-1] for part in parts) + "]"


# JSON functions are built into SQLite from 3.38 on.
JSON_FUNCTIONS = sqlite3.sqlite_version_info >= (3, 38, 0)
# SQLite's limit on parameters per statement: 32,766 since 3.32, 999 before it.
_MAX_PARAMETERS = 32_766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999

Params = Sequence[Any] | Mapping[str, Any]


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Any = None
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
        """Insert rows that share the first row's columns, many rows per statement.

        All rows in one statement (a JSON array read by json_each), not one statement per
        row: the full-text index's triggers write into an FTS5 table, and FTS5 writes its
        pending terms out at the end of every statement (its savepoint), which cost an import
        more than all the rest of it.
        Plain SQL, not sqlite-utils: importing that library costs 100-300 ms, which a worker
        thread writing an import would take from the window (Python's lock)."""
        iterator = iter(rows)
        first = next(iterator, None)
        if first is None:
            return
        columns = list(first)
        table_rows = [[row.get(c) for c in columns] for row in (first, *iterator)]
        was_in_transaction = self.conn.in_transaction
        try:
            payload = _as_json(table_rows) if JSON_FUNCTIONS else None
            if payload is not None:
                # One short statement whatever the number of rows: parsed in no time.
                self.conn.execute(_insert_json_sql(table, columns), [payload])
            else:
                self._insert_values(table, columns, table_rows)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if not was_in_transaction and self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def _insert_values(self, table: str, columns: list[str], rows: list[list[Any]]) -> None:
        """Rows JSON cannot carry (bytes): VALUES lists of 2**k rows, within the parameter
        limit."""
        largest = 1 << (max(1, _MAX_PARAMETERS // len(columns)).bit_length() - 1)
        start = 0
        while start < len(rows):
            remaining = len(rows) - start
            count = min(largest, 1 << (remaining.bit_length() - 1))
            values = [value for row in rows[start : start + count] for value in row]
            self.conn.execute(_insert_rows_sql(table, columns, count), values)
            start += count

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
