"""Database errors turned into messages a delegate can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from cybertrack.domain.errors import WorkspaceDamaged, WorkspaceError
from cybertrack.domain.messages import Code


@contextmanager
def storage_errors() -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise WorkspaceError(Code.WRITE_BUSY) from None
        if "readonly" in text or "read-only" in text:
            raise WorkspaceError(Code.WRITE_READ_ONLY) from None
        if "disk is full" in text or "disk I/O" in text:
            raise WorkspaceError(Code.WRITE_DISK, reason=text) from None
        raise WorkspaceError(Code.WRITE_FAILED, reason=text) from None
    except sqlite3.IntegrityError as exc:
        # A command that breaks a table rule is a bug or bad input, not a damaged file.
        raise WorkspaceError(Code.WRITE_REFUSED, reason=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise WorkspaceDamaged(Code.WRITE_DAMAGED, reason=str(exc)) from None
