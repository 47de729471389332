"""Commands: one user action each, applied by `Workspace.apply` in one transaction.

Each command type has one handler (see base.py for how to add one); this package's modules are
imported here so that every handler is registered.
"""

from cybertrack.services.commands.base import HANDLERS, Context, Handler, handles
from cybertrack.services.commands.batch import Batch
from cybertrack.services.commands.carry import CarryPositions
from cybertrack.services.commands.citations import SetCitations
from cybertrack.services.commands.delegations import AddDelegations, SetDelegationStance
from cybertrack.services.commands.documents import ImportDocument
from cybertrack.services.commands.links import (
    ComparisonFailed,
    ConfirmLink,
    LinkDocuments,
    RejectLink,
    RepointLink,
)
from cybertrack.services.commands.negotiation import (
    EditProposal,
    MakeProposal,
    SetInstruction,
    SetRoomStatus,
    WithdrawProposal,
)
from cybertrack.services.commands.positions import MarkChecked, SetField, SetPriority, SetStance
from cybertrack.services.commands.settings import SetSetting
from cybertrack.services.commands.team import LinkParagraph, MergePack

Command = (
    ImportDocument
    | SetStance
    | SetField
    | SetPriority
    | SetSetting
    | Batch
    | LinkDocuments
    | ConfirmLink
    | RejectLink
    | RepointLink
    | CarryPositions
    | AddDelegations
    | SetDelegationStance
    | SetCitations
    | MarkChecked
    | SetRoomStatus
    | SetInstruction
    | MakeProposal
    | EditProposal
    | WithdrawProposal
    | MergePack
    | LinkParagraph
)

__all__ = [
    "HANDLERS",
    "AddDelegations",
    "Batch",
    "CarryPositions",
    "Command",
    "ComparisonFailed",
    "ConfirmLink",
    "Context",
    "EditProposal",
    "Handler",
    "ImportDocument",
    "LinkDocuments",
    "LinkParagraph",
    "MakeProposal",
    "MarkChecked",
    "MergePack",
    "RejectLink",
    "RepointLink",
    "SetCitations",
    "SetDelegationStance",
    "SetField",
    "SetInstruction",
    "SetPriority",
    "SetRoomStatus",
    "SetSetting",
    "SetStance",
    "WithdrawProposal",
    "handles",
]
