"""Write transactions that wait their turn when another program holds the workspace."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """BEGIN IMMEDIATE: take the write lock first, waiting up to the busy timeout.

    A plain (deferred) BEGIN reads first and upgrades to a write later; in WAL mode that upgrade
    fails at once, without waiting, if another program committed in between. Taking the lock
    up front makes a second window or a CLI command wait instead of failing.
    """
    if db.conn.in_transaction:  # nested: a savepoint inside the caller's transaction
        with db.atomic():
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise
