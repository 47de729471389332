"""Services: the Workspace and its commands. No Qt, no CLI library."""

from cybertrack.services.commands import (
    Batch,
    Command,
    EditNote,
    ImportDocument,
    SetAmendment,
    SetPriority,
    SetRationale,
    SetSetting,
    SetStance,
)
from cybertrack.services.comparison_commands import (
    AddDelegations,
    CarryPositions,
    ConfirmLink,
    LinkDocuments,
    RejectLink,
    RepointLink,
    SetDelegationStance,
)
from cybertrack.services.paths import default_workspace_path
from cybertrack.services.workspace import Workspace

__all__ = [
    "AddDelegations",
    "Batch",
    "CarryPositions",
    "Command",
    "ConfirmLink",
    "EditNote",
    "ImportDocument",
    "LinkDocuments",
    "RejectLink",
    "RepointLink",
    "SetAmendment",
    "SetDelegationStance",
    "SetPriority",
    "SetRationale",
    "SetSetting",
    "SetStance",
    "Workspace",
    "default_workspace_path",
]
