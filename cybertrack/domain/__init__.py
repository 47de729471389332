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
from cybertrack.domain.units import Revision, RevisionView, Unit

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
    "Revision",
    "RevisionView",
    "Stance",
    "Unit",
    "WorkspaceError",
]
