"""Rotating automatic backups of a workspace, and the way back from a damaged file.

Backups live in a folder beside the workspace, `<name>.backups/` (for `workspace.cybertrack`:
`workspace.cybertrack.backups/`), so each workspace's copies are easy to find and move with it.
Each backup is a complete, self-contained workspace file named by the UTC time it was taken;
the newest KEEP are kept, and the newest of each of the last KEEP_DAYS days. The desktop app
takes one on open and one a day while it runs.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cybertrack.domain.errors import WorkspaceError
from cybertrack.domain.messages import Code
from cybertrack.storage import backup_io

KEEP = 10
KEEP_DAYS = 7
DAILY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?(?:-([a-z-]+))?\.cybertrack$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_folder(workspace_path: Path) -> Path:
    return workspace_path.with_name(workspace_path.name + ".backups")


def list_backups(workspace_path: Path) -> list[BackupInfo]:
    """The workspace's backups, newest first."""
    folder = backup_folder(workspace_path)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob("*.cybertrack"):
        match = _NAME.search(path.name)
        if not match:
            continue
        taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        taken += timedelta(microseconds=int(match.group(2) or 0))  # same-second order
        found.append(BackupInfo(path, taken, match.group(3) or "automatic", path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_target(workspace_path: Path, now: datetime, reason: str) -> Path:
    folder = backup_folder(workspace_path)
    stem = f"{workspace_path.stem}-{now.astimezone(UTC):{_STAMP}}"
    suffix = "" if reason == "automatic" else f"-{reason}"
    target = folder / f"{stem}{suffix}.cybertrack"
    counter = 1
    while target.exists():
        target = folder / f"{stem}-{counter}{suffix}.cybertrack"
        counter += 1
    return target


def rotate(
    workspace_path: Path, keep: int = KEEP, days: int = KEEP_DAYS, spare: Path | None = None
) -> list[Path]:
    """Keep the newest `keep` backups and the newest of each of the last `days` days, and
    `spare` (the backup being restored: the oldest, it went as the 'before-restore' one was
    taken, and the restore then called it damaged).

    The daily ones matter to someone who opens the app many times a day: without them, ten
    starts in one afternoon would push yesterday's state out.
    """
    backups = list_backups(workspace_path)
    kept = {b.path for b in backups[:keep]}
    if spare is not None:
        kept |= {b.path for b in backups if b.path.resolve() == spare.resolve()}
    seen_days: set[object] = set()
    for backup in backups:  # newest first: the first seen of a day is its newest
        day = backup.taken_at.date()
        if day not in seen_days and len(seen_days) < days:
            seen_days.add(day)
            kept.add(backup.path)
    removed = []
    for old in backups:
        if old.path not in kept:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    # A backup cut short (the app killed while copying) leaves a *.part: never a backup.
    stale = time.time() - 3600
    for partial in backup_folder(workspace_path).glob("*.part"):
        if partial.stat().st_mtime < stale:
            partial.unlink(missing_ok=True)
            removed.append(partial)
    return removed


def backup_due(workspace_path: Path, now: datetime) -> bool:
    latest = list_backups(workspace_path)
    return not latest or now - latest[0].taken_at >= DAILY


def backup_contents(backup: Path) -> tuple[int, int] | None:
    """(documents, items) in a backup, or None if it cannot be read."""
    try:
        _, documents, items = backup_io.file_summary(backup)
    except Exception:  # any unreadable file: the dialog shows it as such
        return None
    return documents, items


def latest_good_backup(workspace_path: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's checks and this version can read."""
    for backup in list_backups(workspace_path):
        try:
            backup_io.check_restorable(backup.path)
        except WorkspaceError:
            continue
        return backup
    return None


def recover_from_backup(workspace_path: Path, backup: Path, now: datetime) -> Path:
    """Move the damaged workspace aside (never overwrite it) and put the backup in its place.

    Returns where the damaged file now is, so the user can hand it to someone who can repair it.
    """
    backup_io.check_restorable(backup)
    damaged = workspace_path.with_name(
        f"{workspace_path.name}.damaged-{now.astimezone(UTC):{_STAMP}}"
    )
    try:
        for extra in ("", "-wal", "-shm"):  # the -wal/-shm belong to the damaged file
            side = workspace_path.with_name(workspace_path.name + extra)
            if side.exists():
                os.replace(side, damaged.with_name(damaged.name + extra))
    except OSError as exc:
        raise WorkspaceError(Code.RECOVERY_MOVE_FAILED, reason=exc.strerror or str(exc)) from None
    try:
        backup_io.copy_file(backup, workspace_path)
    except (OSError, WorkspaceError) as exc:
        workspace_path.unlink(missing_ok=True)
        raise WorkspaceError(
            Code.RECOVERY_PUT_FAILED,
            reason=exc.message if isinstance(exc, WorkspaceError) else str(exc),
            damaged=str(damaged),
        ) from None
    return damaged
