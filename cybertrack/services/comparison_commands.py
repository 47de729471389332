"""Commands of the comparison feature: links, carry-over, other delegations."""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.model import Stance


@dataclass(frozen=True)
class LinkDocuments:
    """Store candidate links from `old_document_id` to `new_document_id`.

    Links the user already confirmed or rejected are kept as they are.
    """

    old_document_id: int
    new_document_id: int


@dataclass(frozen=True)
class ConfirmLink:
    from_item_id: int
    to_item_id: int


@dataclass(frozen=True)
class RejectLink:
    from_item_id: int
    to_item_id: int


@dataclass(frozen=True)
class RepointLink:
    """The old item is really the same as `new_to`, not `old_to`."""

    from_item_id: int
    old_to_item_id: int
    new_to_item_id: int


@dataclass(frozen=True)
class CarryPositions:
    """Copy stance, note, amendment, rationale and priority from each old item to its new one."""

    pairs: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class AddDelegations:
    """Add delegations by name (is_group for groups such as 'Group of 77 and China')."""

    entries: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class SetDelegationStance:
    """Record (or clear, with None) another delegation's stance on items, with a source note."""

    delegation_id: int
    item_ids: tuple[int, ...]
    stance: Stance | None
    source: str = ""


ComparisonCommand = (
    LinkDocuments
    | ConfirmLink
    | RejectLink
    | RepointLink
    | CarryPositions
    | AddDelegations
    | SetDelegationStance
)
COMPARISON_COMMANDS = (
    LinkDocuments,
    ConfirmLink,
    RejectLink,
    RepointLink,
    CarryPositions,
    AddDelegations,
    SetDelegationStance,
)
