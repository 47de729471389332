"""Opening a workspace file: pragmas, version checks, migration with a backup first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from cybertrack.domain.errors import WorkspaceError
from cybertrack.storage.migrations import SCHEMA_VERSION, migrate, schema_version


def _connect(path: Path) -> sqlite_utils.Database:
    # A workspace is one writer's file; a second process waits this long for a lock, then says so.
    conn = sqlite3.connect(str(path), timeout=5.0)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys=ON")
    return db


def backup_file(db: sqlite_utils.Database, target: Path) -> None:
    """Copy a consistent snapshot of the open database to `target` (sqlite3 backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


def _backup_before_migration(db: sqlite_utils.Database, path: Path) -> None:
    """No upgrade without a copy of the old file: if the copy fails, the upgrade does not run."""
    target = path.with_name(f"{path.name}.before-schema-{SCHEMA_VERSION}.bak")
    try:
        backup_file(db, target)
    except (OSError, sqlite3.Error) as exc:
        db.close()
        raise WorkspaceError(
            f"{path} needs an upgrade, but its backup {target.name} could not be written "
            f"({exc}); the file was not changed"
        ) from None


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (or create) the workspace at `path` and bring its schema up to date.

    WAL keeps readers and the writer apart; synchronous=FULL makes each committed command
    survive a power cut, not just a crash. A file from a newer CyberTrack is refused untouched.
    """
    path = Path(path)
    if path.exists() and path.is_dir():
        raise WorkspaceError(f"{path} is a folder, not a workspace file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path} is not a CyberTrack workspace ({exc})") from None
    except OSError as exc:
        raise WorkspaceError(f"cannot open {path}: {exc.strerror or exc}") from None
    if version > SCHEMA_VERSION:
        db.close()
        raise WorkspaceError(
            f"{path} was written by a newer CyberTrack (schema {version}; this version reads "
            f"up to {SCHEMA_VERSION}). Update CyberTrack to open it; the file was not changed."
        )
    try:
        if version < SCHEMA_VERSION:
            has_tables = bool(db.table_names())
            if has_tables:
                _backup_before_migration(db, path)
            migrate(db)
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise WorkspaceError(f"{path} could not be prepared: {exc}") from None
    return db
