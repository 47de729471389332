"""Copying whole workspace files with the sqlite3 backup API (safe while the file is in use)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cybertrack.domain.errors import WorkspaceError
from cybertrack.domain.messages import Code
from cybertrack.storage.database import Database
from cybertrack.storage.health import file_problems
from cybertrack.storage.migrations import SCHEMA_VERSION, migrate


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def file_summary(path: Path) -> tuple[int, int, int]:
    """(schema version, documents, items) of a workspace file, read without changing it."""
    conn = _read_only(path)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        documents = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        items = int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
        return version, documents, items
    finally:
        conn.close()


def snapshot(source: Path, target: Path) -> None:
    """Write a consistent copy of the workspace file `source` to `target`.

    Uses its own read-only connection, so it may run on any thread beside the app's writer (WAL
    lets it read the last commit while the app goes on writing). Written as `*.part` and renamed
    when complete, then switched to a single self-contained file (no -wal to lose).
    """
    partial = target.with_name(target.name + ".part")
    src = _read_only(source)
    try:
        dest = sqlite3.connect(partial)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        src.close()
    partial.replace(target)  # never a half-written file under the final name


def check_restorable(source: Path) -> None:
    """Raise WorkspaceError unless `source` is a sound workspace this version can read."""
    problems = file_problems(source)
    if problems:
        raise WorkspaceError(Code.BACKUP_DAMAGED, name=source.name, reason=problems[0])
    try:
        version, _, _ = file_summary(source)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            Code.BACKUP_NOT_A_WORKSPACE, name=source.name, reason=str(exc)
        ) from None
    if version > SCHEMA_VERSION:
        raise WorkspaceError(Code.BACKUP_NEWER, name=source.name)


def restore_into(db: Database, source: Path) -> None:
    """Replace the whole content of the open database with `source`, in one step."""
    check_restorable(source)
    src = _read_only(source)
    try:
        src.backup(db.conn)
    except sqlite3.Error as exc:
        raise WorkspaceError(Code.BACKUP_RESTORE_FAILED, reason=str(exc)) from None
    finally:
        src.close()
    migrate(db)  # an older backup (taken before an upgrade) is brought up to date
    db.execute("PRAGMA foreign_keys=ON")


def copy_file(source: Path, target: Path) -> None:
    """Copy the workspace file `source` to the new file `target` through SQLite."""
    check_restorable(source)
    src = _read_only(source)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
