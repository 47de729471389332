"""Reads over several connections at once (storage/readers.py): the same rows as one
connection would give, on a file, in memory and inside a transaction, and nothing left open."""

import sqlite3
import threading

import pytest

from cybertrack.storage.database import Database
from cybertrack.storage.readers import ReadPool

_TEXTS = "SELECT id, text FROM t WHERE id IN ({marks}) ORDER BY id"
_TOUCH = "SELECT count(*) FROM t WHERE id IN ({marks})"


def _database(target: str) -> Database:
    db = Database(sqlite3.connect(target))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    with db.transaction():
        db.conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"text {i}") for i in range(100)])
    return db


@pytest.fixture
def on_file(tmp_path):
    db = _database(str(tmp_path / "pool.db"))
    yield db
    db.close()


def _readers(before: set[threading.Thread]) -> list[threading.Thread]:
    """Reading threads started since `before` (other tests' workspaces may still have theirs)."""
    return [
        t for t in threading.enumerate() if t.name.startswith("cybertrack-read") and t not in before
    ]


def test_rows_of_every_run_come_in_the_order_of_the_runs(on_file):
    before = set(threading.enumerate())
    pool = ReadPool(on_file, size=4)
    wanted = [3, 7, 8, 20, 41, 42, 77, 99, 150]  # 150 is not there
    assert list(pool.read_in(_TEXTS, wanted)) == [(i, f"text {i}") for i in wanted[:-1]]
    assert pool._connections is not None and len(pool._connections) == 4  # read at once
    assert _readers(before)
    pool.close()
    assert not _readers(before)


def test_a_prefetch_runs_beside_the_next_read_and_close_waits_for_it(on_file):
    pool = ReadPool(on_file, size=2)
    pool.prefetch(_TOUCH, list(range(100)))
    assert [row[0] for row in pool.read_in(_TEXTS, [1, 2, 3])] == [1, 2, 3]
    pool.prefetch(_TOUCH, list(range(100)))
    pool.close()
    assert all(f.done() for f in pool._pending)


def test_a_reader_that_stops_early_leaves_no_read_running(on_file):
    pool = ReadPool(on_file, size=4)
    rows = pool.read_in(_TEXTS, list(range(100)))
    assert next(rows) == (0, "text 0")
    rows.close()
    assert list(pool.read_in(_TEXTS, [5, 60])) == [(5, "text 5"), (60, "text 60")]
    pool.close()


def test_a_database_in_memory_is_read_on_its_own_connection():
    db = _database(":memory:")
    pool = ReadPool(db, size=4)
    pool.prefetch(_TOUCH, [1, 2])
    assert [row[0] for row in pool.read_in(_TEXTS, [1, 2, 3, 4, 5])] == [1, 2, 3, 4, 5]
    assert pool._connections is None
    pool.close()
    db.close()


def test_inside_a_transaction_the_rows_not_yet_committed_are_read(on_file):
    pool = ReadPool(on_file, size=4)
    with on_file.transaction():
        on_file.execute("UPDATE t SET text = 'changed' WHERE id IN (10, 90)")
        pool.prefetch(_TOUCH, [10, 90])
        texts = dict(pool.read_in(_TEXTS, [10, 50, 70, 90]))
    assert texts == {10: "changed", 50: "text 50", 70: "text 70", 90: "changed"}
    assert pool._connections is None  # the other connections would see the old rows
    pool.close()
