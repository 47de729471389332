"""Opening a workspace file: pragmas, version checks, migration with a backup first."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from cybertrack.domain.errors import WorkspaceDamaged, WorkspaceError
from cybertrack.domain.messages import Code
from cybertrack.storage.database import Database
from cybertrack.storage.migrations import SCHEMA_VERSION, migrate, schema_version


def _connect(path: Path) -> Database:
    # A workspace is one writer's file; a second process waits this long for a lock, then says so.
    conn = sqlite3.connect(str(path), timeout=5.0)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys=ON")
    return db


def backup_file(db: Database, target: Path) -> None:
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
        return WorkspaceError(Code.WORKSPACE_DISK_FAILING, path=str(path), reason=text)
    if "locked" in text or "busy" in text:
        return WorkspaceError(Code.WORKSPACE_BUSY_OPEN, path=str(path))
    if "unable to open" in text:
        return WorkspaceError(Code.WORKSPACE_UNUSABLE, path=str(path))
    return WorkspaceDamaged(Code.WORKSPACE_DAMAGED_OPEN, path=str(path), reason=text)


def _backup_before_migration(db: Database, path: Path) -> None:
    """No upgrade without a copy of the old file: if the copy fails, the upgrade does not run."""
    target = path.with_name(f"{path.name}.before-schema-{SCHEMA_VERSION}.bak")
    try:
        backup_file(db, target)
    except (OSError, sqlite3.Error) as exc:
        db.close()
        raise WorkspaceError(
            Code.WORKSPACE_BACKUP_BEFORE_UPGRADE,
            path=str(path),
            backup=target.name,
            reason=str(exc),
        ) from None


def open_database(path: Path) -> Database:
    """Open (or create) the workspace at `path` and bring its schema up to date.

    WAL keeps readers and the writer apart; synchronous=FULL makes each committed command
    survive a power cut, not just a crash. A file from a newer CyberTrack is refused untouched.
    """
    path = Path(path)
    if path.exists() and path.is_dir():
        raise WorkspaceError(Code.WORKSPACE_IS_FOLDER, path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
    except sqlite3.DatabaseError as exc:
        raise open_error(path, exc) from None
    except OSError as exc:
        raise WorkspaceError(
            Code.WORKSPACE_CANNOT_OPEN, path=str(path), reason=exc.strerror or str(exc)
        ) from None
    try:
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        db.close()  # no handle left on a file we refuse
        raise open_error(path, exc) from None
    if version > SCHEMA_VERSION:
        db.close()
        raise WorkspaceError(
            Code.WORKSPACE_NEWER, path=str(path), version=version, supported=SCHEMA_VERSION
        )
    try:
        if version < SCHEMA_VERSION:
            has_tables = bool(db.table_names())
            if has_tables:
                _backup_before_migration(db, path)
            migrate(db)
        with db.autocommit():
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise WorkspaceError(
            Code.WORKSPACE_PREPARE_FAILED, path=str(path), reason=str(exc)
        ) from None
    return db


def is_writable(path: Path) -> bool:
    """Can CyberTrack write this workspace? WAL also needs to create files beside it."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists():
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    return os.access(folder if folder.exists() else folder.parent, os.W_OK)


def open_reader(path: Path) -> Database:
    """A read-only connection to a live workspace (of this schema), for a worker thread."""
    path = Path(path)
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=5.0)
        db = Database(conn)
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        raise open_error(path, exc) from None
    if version != SCHEMA_VERSION:
        db.close()
        raise WorkspaceError(Code.WORKSPACE_NOT_READABLE, path=str(path), reason=str(version))
    return db


def open_read_only(path: Path) -> Database:
    """Open an existing workspace for reading only (a read-only file, folder or medium).

    Nothing is written: no migration, no pragma that changes the file. If SQLite cannot make
    its shared-memory file beside a WAL database, the file is read as immutable, which is
    right for a medium nobody writes to.
    """
    path = Path(path)
    if not path.is_file():
        raise WorkspaceError(Code.WORKSPACE_NOT_THERE, path=str(path))
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
            code = Code.WORKSPACE_READ_ONLY_NEWER if newer else Code.WORKSPACE_READ_ONLY_OLDER
            raise WorkspaceError(code, path=str(path))
        db.execute("PRAGMA foreign_keys=ON")
        return db
    raise WorkspaceError(Code.WORKSPACE_NOT_READABLE, path=str(path), reason=str(last_error))
