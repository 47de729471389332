"""Commands: one user action each, applied by `Workspace.apply` in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.model import ParsedDocument, Stance
from cybertrack.services.comparison_commands import ComparisonCommand


@dataclass(frozen=True)
class ImportDocument:
    document: ParsedDocument


@dataclass(frozen=True)
class SetStance:
    item_ids: tuple[int, ...]
    stance: Stance | None


@dataclass(frozen=True)
class EditNote:
    item_id: int
    note: str


@dataclass(frozen=True)
class SetAmendment:
    item_id: int
    amendment: str


@dataclass(frozen=True)
class SetRationale:
    """The public reason a shareable paper gives for the stance (the note stays internal)."""

    item_id: int
    rationale: str


@dataclass(frozen=True)
class SetPriority:
    """0 normal, 1 priority, 2 red line."""

    item_ids: tuple[int, ...]
    priority: int


@dataclass(frozen=True)
class SetSetting:
    """One workspace setting (delegation name, author initials); None removes it."""

    key: str
    value: str | None


@dataclass(frozen=True)
class Batch:
    """Several commands as one transaction and one undo step."""

    commands: tuple[Command, ...]
    description: str = ""


Command = (
    ImportDocument
    | SetStance
    | EditNote
    | SetAmendment
    | Batch
    | SetRationale
    | SetPriority
    | SetSetting
    | ComparisonCommand
)
