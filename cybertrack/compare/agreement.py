"""Who is with us and who is against, item by item, from other delegations' recorded stances."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from cybertrack.domain.comparison import DelegationRow, DelegationStance
from cybertrack.domain.model import ItemRow
from cybertrack.domain.positions import Stance


class Agreement(enum.StrEnum):
    AGREE = "agree"
    PARTIAL = "partial"  # one side wants the text amended: neither with us nor against
    DISAGREE = "disagree"


def agreement(ours: Stance | None, theirs: Stance | None) -> Agreement | None:
    """None when either side has no stance: nothing to compare."""
    if ours is None or theirs is None:
        return None
    if ours == theirs:
        return Agreement.AGREE
    if Stance.AMEND in (ours, theirs):
        return Agreement.PARTIAL
    return Agreement.DISAGREE


@dataclass(frozen=True)
class ItemAlignment:
    item_id: int
    with_us: tuple[str, ...]
    partly: tuple[str, ...]
    against: tuple[str, ...]
    # Recorded, but we have no stance yet (so neither with us nor against).
    undecided_by_us: tuple[str, ...]


def alignments(
    items: Sequence[ItemRow],
    delegations: Sequence[DelegationRow],
    stances: Sequence[DelegationStance],
) -> dict[int, ItemAlignment]:
    names = {d.id: d.name for d in delegations}
    by_item: dict[int, list[DelegationStance]] = {}
    for stance in stances:
        by_item.setdefault(stance.item_id, []).append(stance)
    result = {}
    for item in items:
        sides: dict[Agreement | None, list[str]] = {}
        for stance in by_item.get(item.id, []):
            side = agreement(item.stance, stance.stance)
            sides.setdefault(side, []).append(names.get(stance.delegation_id, "?"))
        result[item.id] = ItemAlignment(
            item.id,
            tuple(sorted(sides.get(Agreement.AGREE, []))),
            tuple(sorted(sides.get(Agreement.PARTIAL, []))),
            tuple(sorted(sides.get(Agreement.DISAGREE, []))),
            tuple(sorted(sides.get(None, []))),
        )
    return result
