"""Services: the Workspace and its commands. No Qt, no CLI library."""

from cybertrack.services.commands import (
    AddDelegations,
    Batch,
    CarryPositions,
    Command,
    ConfirmLink,
    ImportDocument,
    LinkDocuments,
    MarkChecked,
    RejectLink,
    RepointLink,
    SetCitations,
    SetDelegationStance,
    SetField,
    SetPriority,
    SetSetting,
    SetStance,
)
from cybertrack.services.paths import default_workspace_path
from cybertrack.services.workspace import Workspace

__all__ = [
    "AddDelegations",
    "Batch",
    "CarryPositions",
    "Command",
    "ConfirmLink",
    "ImportDocument",
    "LinkDocuments",
    "MarkChecked",
    "RejectLink",
    "RepointLink",
    "SetCitations",
    "SetDelegationStance",
    "SetField",
    "SetPriority",
    "SetSetting",
    "SetStance",
    "Workspace",
    "default_workspace_path",
]
