"""What a comparison of documents produces: links between items and each item's change status."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from cybertrack.domain.model import ItemRow
from cybertrack.domain.positions import Stance


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


class RowFlag(enum.StrEnum):
    STANCE_CHANGED = "stance changed"
    TEXT_CHANGED = "text changed"
    NEW = "new"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Cell:
    items: tuple[ItemRow, ...]
    text_changed: bool

    @property
    def number(self) -> str:
        return " + ".join(item.number for item in self.items)

    @property
    def text(self) -> str:
        return " ".join(item.text for item in self.items)

    @property
    def stance(self) -> Stance | None:
        stances = [item.stance for item in self.items if item.stance is not None]
        return stances[0] if stances else None


@dataclass(frozen=True)
class ComparisonRow:
    cells: tuple[Cell | None, ...]
    flags: frozenset[RowFlag]

    def first(self) -> Cell:
        return next(cell for cell in self.cells if cell is not None)
