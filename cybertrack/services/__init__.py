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
from cybertrack.services.paths import default_workspace_path
from cybertrack.services.workspace import Workspace

__all__ = [
    "Batch",
    "Command",
    "EditNote",
    "ImportDocument",
    "SetAmendment",
    "SetPriority",
    "SetRationale",
    "SetSetting",
    "SetStance",
    "Workspace",
    "default_workspace_path",
]
