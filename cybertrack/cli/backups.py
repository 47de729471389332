"""`cybertrack backups`, `backup` and `restore`: the workspace's safety copies from a shell."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cybertrack.domain.errors import WorkspaceDamaged, WorkspaceError
from cybertrack.domain.messages import Code
from cybertrack.services import Workspace
from cybertrack.services.backups import backup_folder, list_backups, recover_from_backup


def add_backup_commands(sub: Any) -> None:
    p = sub.add_parser("backups", help="list the workspace's backups, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    sub.add_parser("backup", help="back up the workspace now (the newest 10 are kept)")
    p = sub.add_parser(
        "restore", help="replace the workspace with a backup (the current state is kept)"
    )
    p.add_argument("backup", metavar="BACKUP", help="a backup file, or its number in `backups`")


def _backups(workspace: Workspace, args: argparse.Namespace) -> int:
    rows = workspace.backups()
    if args.json:
        data = [
            {
                "path": str(b.path),
                "taken_at": b.taken_at.isoformat(timespec="seconds"),
                "reason": b.reason,
                "bytes": b.size,
            }
            for b in rows
        ]
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print(f"No backups yet in {backup_folder(workspace.path)}: cybertrack backup")
    for number, b in enumerate(rows, start=1):
        when = b.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        print(f"[{number}] {when}  {b.reason:<15} {b.size // 1024:>8,} KB  {b.path}")
    return 0


def _backup(workspace: Workspace, args: argparse.Namespace) -> int:
    print(f"wrote {workspace.take_backup('manual')}")
    return 0


def _choose(workspace_path: Path, reference: str) -> Path:
    if reference.isdigit() and not Path(reference).exists():
        rows = list_backups(workspace_path)
        index = int(reference) - 1
        if not 0 <= index < len(rows):
            raise WorkspaceError(Code.BACKUP_NO_NUMBER, number=reference)
        return rows[index].path
    path = Path(reference).expanduser()
    if not path.is_file():
        raise WorkspaceError(Code.FILE_MISSING, path=str(path))
    return path


def restore(path: Path, args: argparse.Namespace) -> int:
    """Restore into a sound workspace; a damaged one is moved aside, never overwritten."""
    from datetime import UTC, datetime

    backup = _choose(path, args.backup)
    try:
        workspace = Workspace.open(path)
    except WorkspaceDamaged as exc:
        aside = recover_from_backup(path, backup, datetime.now(UTC))
        print(f"{exc}; it was moved to {aside} and {backup.name} put in its place")
        return 0
    with workspace:
        change = workspace.restore_backup(backup)
    print(change.message)
    return 0


BACKUP_COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "backups": _backups,
    "backup": _backup,
}
# Commands that open (or recover) the workspace themselves: it may be too damaged to open.
PATH_COMMANDS: dict[str, Callable[[Path, argparse.Namespace], int]] = {"restore": restore}
