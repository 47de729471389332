"""Opening a workspace that may be damaged: offer the latest good backup, never overwrite."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cybertrack.domain.errors import WorkspaceDamaged
from cybertrack.domain.messages import Code, Message
from cybertrack.services.backups import BackupInfo, latest_good_backup, recover_from_backup
from cybertrack.services.workspace import Workspace

# Shown the problem and the backup on offer; answers whether to restore it.
AskRestore = Callable[[Message, BackupInfo], bool]
# The quick check reads the whole file (about 1 s for 100,000 items): at open only below this
# size; larger files are checked in the background once the window is up (file_damage).
CHECK_AT_OPEN_BYTES = 16 * 1024 * 1024


def checked_at_open(path: Path) -> bool:
    return not path.exists() or path.stat().st_size <= CHECK_AT_OPEN_BYTES


def file_damage(path: Path) -> list[str]:
    """SQLite's quick check on its own read-only connection (safe beside the writer)."""
    from cybertrack.storage.health import file_problems

    return file_problems(path)


def open_checked(path: Path) -> Workspace:
    """Open and run SQLite's quick check, so damage is found now, not in the middle of work."""
    workspace = Workspace.open(path)
    problems = workspace.integrity_problems(quick=True) if checked_at_open(path) else []
    if problems:
        workspace.close()
        raise WorkspaceDamaged(Code.WORKSPACE_DAMAGED, path=str(path), reason=problems[0])
    return workspace


def open_or_recover(path: Path, ask: AskRestore) -> tuple[Workspace, Path | None]:
    """The workspace, and where a damaged file was moved if a backup was put in its place.

    Raises WorkspaceDamaged (nothing changed) when there is no good backup or the user declines.
    """
    try:
        return open_checked(path), None
    except WorkspaceDamaged as exc:
        backup = latest_good_backup(path)
        if backup is None:
            raise WorkspaceDamaged(Code.RECOVERY_NO_BACKUP, problem=exc.message) from None
        if not ask(exc.message, backup):
            raise WorkspaceDamaged(Code.RECOVERY_DECLINED, problem=exc.message) from None
        aside = recover_from_backup(path, backup.path, datetime.now(UTC))
        return open_checked(path), aside
