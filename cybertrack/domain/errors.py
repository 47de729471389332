"""Errors the user may see: each carries one Message (a code and its arguments), never a
traceback. `str(error)` is the English text the CLI prints; the GUI translates the code."""

from __future__ import annotations

from cybertrack.domain.messages import Arg, Code, Message


class CyberTrackError(Exception):
    """Base of every error CyberTrack reports to the user."""

    def __init__(self, message: Message | Code, /, **args: Arg) -> None:
        if isinstance(message, Code):
            message = Message(message, **args)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class ImportFailed(CyberTrackError):
    """A file could not be read as a document; nothing was saved."""


class NotFound(CyberTrackError):
    """A document or item the user named does not exist."""


class WorkspaceError(CyberTrackError):
    """The workspace file cannot be opened or written."""


class WorkspaceDamaged(WorkspaceError):
    """The workspace file is not a sound database; a backup may bring the work back."""


class BadValue(CyberTrackError, ValueError):
    """A value typed by the user is not one of the choices (a stance, a priority, a field)."""
