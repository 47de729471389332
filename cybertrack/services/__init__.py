"""Services: the Workspace and its commands. No Qt, no CLI library."""

from cybertrack.services.commands import (
    AddDelegations,
    Batch,
    CarryPositions,
    Command,
    ConfirmLink,
    EditProposal,
    ImportDocument,
    LinkDocuments,
    MakeProposal,
    RejectLink,
    RepointLink,
    SetDelegationStance,
    SetField,
    SetInstruction,
    SetPriority,
    SetRoomStatus,
    SetSetting,
    SetStance,
    WithdrawProposal,
)
from cybertrack.services.paths import default_workspace_path
from cybertrack.services.workspace import Workspace

__all__ = [
    "AddDelegations",
    "Batch",
    "CarryPositions",
    "Command",
    "ConfirmLink",
    "EditProposal",
    "ImportDocument",
    "LinkDocuments",
    "MakeProposal",
    "RejectLink",
    "RepointLink",
    "SetDelegationStance",
    "SetField",
    "SetInstruction",
    "SetPriority",
    "SetRoomStatus",
    "SetSetting",
    "SetStance",
    "WithdrawProposal",
    "Workspace",
    "default_workspace_path",
]
