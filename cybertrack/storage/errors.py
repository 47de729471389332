"""Database errors translated into sentences a delegate can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from cybertrack.domain.errors import WorkspaceDamaged, WorkspaceError


@contextmanager
def storage_errors() -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise WorkspaceError(
                "the workspace is busy in another CyberTrack window or command; try again"
            ) from None
        if "readonly" in text or "read-only" in text:
            raise WorkspaceError("the workspace file is read-only; nothing was changed") from None
        if "disk is full" in text or "disk I/O" in text:
            raise WorkspaceError(
                f"the workspace could not be written ({text}); your earlier work is safe"
            ) from None
        raise WorkspaceError(f"the workspace could not be written: {text}") from None
    except sqlite3.IntegrityError as exc:
        # A command that breaks a table rule is a bug or bad input, not a damaged file.
        raise WorkspaceError(f"the change was refused ({exc}); nothing was saved") from None
    except sqlite3.DatabaseError as exc:
        raise WorkspaceDamaged(
            f"the workspace file is damaged ({exc}); nothing was changed — restore a backup "
            "(File > Restore from backup…, or cybertrack restore)"
        ) from None
