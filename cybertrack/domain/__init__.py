"""The Qt-free, database-free core: dataclasses, enums, errors. Standard library only."""

from cybertrack.domain.errors import CyberTrackError, ImportFailed, NotFound, WorkspaceError
from cybertrack.domain.model import (
    ChangeSet,
    DocumentRow,
    HistoryRow,
    ItemRow,
    Meeting,
    ParsedDocument,
    ParsedItem,
    ParsedSection,
    Participant,
    Progress,
)
from cybertrack.domain.positions import Stance

__all__ = [
    "ChangeSet",
    "CyberTrackError",
    "DocumentRow",
    "HistoryRow",
    "ImportFailed",
    "ItemRow",
    "Meeting",
    "NotFound",
    "ParsedDocument",
    "ParsedItem",
    "ParsedSection",
    "Participant",
    "Progress",
    "Stance",
    "WorkspaceError",
]
