"""What a comparison of documents produces: links between items and each item's change status."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from cybertrack.domain.model import Stance


class Change(enum.StrEnum):
    """How an item fared between two versions of a text."""

    SAME = "same"
    CHANGED = "changed"
    NEW = "new"
    DROPPED = "dropped"


class LinkState(enum.StrEnum):
    CANDIDATE = "candidate"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Link:
    """`from_item_id` (older document) is the same recommendation as `to_item_id` (newer).

    `score` is the text similarity, 0 to 100, after folding case, punctuation and white space.
    """

    from_item_id: int
    to_item_id: int
    score: float
    state: LinkState = LinkState.CANDIDATE
    id: int | None = None

    @property
    def active(self) -> bool:
        return self.state is not LinkState.REJECTED


@dataclass(frozen=True)
class DelegationRow:
    id: int
    name: str
    is_group: bool


@dataclass(frozen=True)
class DelegationStance:
    """Another delegation's stance on one item, with where we heard it."""

    delegation_id: int
    item_id: int
    stance: Stance
    source: str = ""
    updated_at: str | None = None
