"""Errors the user may see: each carries one clear sentence, never a traceback."""


class CyberTrackError(Exception):
    """Base of every error CyberTrack reports to the user."""


class ImportFailed(CyberTrackError):
    """A file could not be read as a document; nothing was saved."""


class NotFound(CyberTrackError):
    """A document or item the user named does not exist."""


class WorkspaceError(CyberTrackError):
    """The workspace file cannot be opened or written."""


class WorkspaceDamaged(WorkspaceError):
    """The workspace file is not a sound database; a backup may bring the work back."""
