"""The workspace as a file: its health, its backups, a restore, a copy saved elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cybertrack.domain.errors import WorkspaceError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.services.backups import BackupInfo, backup_due, backup_target, list_backups, rotate
from cybertrack.storage import Store
from cybertrack.storage.errors import storage_errors


class WorkspaceFile:
    """The file-level half of the Workspace (the Workspace is one)."""

    def __init__(self, store: Store, path: Path, clock: Callable[[], datetime]) -> None:
        self._store = store
        self.path = path
        self._clock = clock

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    def _check_can_write(self) -> None:
        raise NotImplementedError

    def integrity_problems(self, quick: bool = False) -> list[str]:
        """SQLite's integrity and foreign-key checks on the open file; [] means sound."""
        return self._store.integrity_problems(quick=quick)

    def backups(self) -> list[BackupInfo]:
        """This workspace's backups, newest first (see services/backups.py)."""
        return list_backups(self.path)

    def take_backup(self, reason: str = "automatic", spare: Path | None = None) -> Path:
        """Copy the workspace into its backup folder now and rotate the old ones (never
        `spare`).

        Safe to call from a worker thread: it reads through its own connection, not the app's.
        """
        from cybertrack.storage.backup_io import snapshot

        target = backup_target(self.path, self._clock(), reason)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with storage_errors():
                snapshot(self.path, target)
        except OSError as exc:
            raise WorkspaceError(Code.BACKUP_FAILED, reason=exc.strerror or str(exc)) from None
        rotate(self.path, spare=spare)
        return target

    def backup_if_due(self) -> Path | None:
        """Take the daily backup if the newest one is a day old (or there is none)."""
        return self.take_backup() if backup_due(self.path, self._clock()) else None

    def restore_backup(self, backup: Path | str) -> ChangeSet:
        """Replace the whole workspace with `backup`, after backing up the current state.

        Not an undoable command: the undo history refers to rows the backup may not hold. The
        way back is the 'before-restore' backup taken first.
        """
        from cybertrack.storage.backup_io import check_restorable

        backup = Path(backup)
        self._check_can_write()
        check_restorable(backup)
        safety = self.take_backup("before-restore", spare=backup)
        self._store.replace_with(backup)
        return ChangeSet(
            Message(Code.DID_RESTORE, name=backup.name),
            documents_changed=True,
            message=Message(Code.RESTORED, name=backup.name, safety=safety.name),
        )

    def save_copy(self, target: Path | str) -> Path:
        """Write a consistent copy of this workspace to `target` (it stays the open one)."""
        target = Path(target).expanduser()
        if target.resolve() == self.path.resolve():
            raise WorkspaceError(Code.COPY_IS_OPEN, path=str(target))
        if target.is_dir():
            raise WorkspaceError(Code.WORKSPACE_IS_FOLDER, path=str(target))
        from cybertrack.storage.backup_io import snapshot

        # The backups' copier: never a half-written file, and one self-contained file to hand over.
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with storage_errors():
                snapshot(self.path, target)
        except OSError as exc:
            raise WorkspaceError(
                Code.CANNOT_WRITE, path=str(target), reason=exc.strerror or str(exc)
            ) from None
        return target
