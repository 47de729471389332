"""Opening a workspace file: pragmas, version checks, migration with a backup first."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from cybertrack.domain.errors import WorkspaceDamaged, WorkspaceError
from cybertrack.storage.database import Database
from cybertrack.storage.migrations import SCHEMA_VERSION, migrate, schema_version

if TYPE_CHECKING:
    import sqlite_utils


def _connect(path: Path) -> sqlite_utils.Database:
    # A workspace is one writer's file; a second process waits this long for a lock, then says so.
    conn = sqlite3.connect(str(path), timeout=5.0)
    db = Database(conn)
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


def open_error(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """Say why a workspace did not open: a damaged file is not the same as a full disk."""
    text = str(exc)
    if "disk I/O" in text or "full" in text:
        return WorkspaceError(
            f"cannot open {path}: the disk is full, failing or gone ({text}); the file was "
            "not changed"
        )
    if "locked" in text or "busy" in text:
        return WorkspaceError(f"{path} is busy in another program; try again in a moment")
    if "unable to open" in text:
        return WorkspaceError(f"cannot open {path}: the file or its folder cannot be used")
    return WorkspaceDamaged(f"{path} is damaged or not a CyberTrack workspace ({text})")


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
    except sqlite3.DatabaseError as exc:
        raise open_error(path, exc) from None
    except OSError as exc:
        raise WorkspaceError(f"cannot open {path}: {exc.strerror or exc}") from None
    try:
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        db.close()  # no handle left on a file we refuse
        raise open_error(path, exc) from None
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


def is_writable(path: Path) -> bool:
    """Can CyberTrack write this workspace? WAL also needs to create files beside it."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists():
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    return os.access(folder if folder.exists() else folder.parent, os.W_OK)


def open_read_only(path: Path) -> sqlite_utils.Database:
    """Open an existing workspace for reading only (a read-only file, folder or medium).

    Nothing is written: no migration, no pragma that changes the file. If SQLite cannot make
    its shared-memory file beside a WAL database, the file is read as immutable, which is
    right for a medium nobody writes to.
    """
    path = Path(path)
    if not path.is_file():
        raise WorkspaceError(f"cannot open {path}: it does not exist")
    uri = path.resolve().as_uri()
    last_error: sqlite3.Error | None = None
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{flags}", uri=True, timeout=5.0)
            db = Database(conn)
            version = schema_version(db)
        except sqlite3.DatabaseError as exc:
            last_error = exc
            continue
        if version != SCHEMA_VERSION:
            db.close()
            newer = version > SCHEMA_VERSION
            raise WorkspaceError(
                f"{path} is read-only and was written by "
                + (
                    "a newer CyberTrack; update CyberTrack to open it"
                    if newer
                    else "an older CyberTrack; copy it to a writable folder to upgrade it"
                )
            )
        db.execute("PRAGMA foreign_keys=ON")
        return db
    raise WorkspaceError(f"{path} is not a readable CyberTrack workspace ({last_error})")
