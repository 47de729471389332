"""Opening a workspace that may be damaged: offer the latest good backup, never overwrite."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cybertrack.domain.errors import WorkspaceDamaged
from cybertrack.services.backups import BackupInfo, latest_good_backup, recover_from_backup
from cybertrack.services.workspace import Workspace

# Shown the problem and the backup on offer; answers whether to restore it.
AskRestore = Callable[[str, BackupInfo], bool]


def open_checked(path: Path) -> Workspace:
    """Open and run SQLite's quick check, so damage is found now, not in the middle of work."""
    workspace = Workspace.open(path)
    problems = workspace.integrity_problems(quick=True)
    if problems:
        workspace.close()
        raise WorkspaceDamaged(f"{path} is damaged ({problems[0]})")
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
            raise WorkspaceDamaged(
                f"{exc}. There is no good backup of it; the file was not changed"
            ) from None
        if not ask(str(exc), backup):
            raise WorkspaceDamaged(f"{exc}. Nothing was changed") from None
        aside = recover_from_backup(path, backup.path, datetime.now(UTC))
        return open_checked(path), aside
