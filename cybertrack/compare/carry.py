"""The carry-over of our positions from an old version of a text to the new one, as a proposal.

Nothing is carried silently: this only says what could be carried and what the user should look
at (the text changed since we decided; the new item already has a position; two old items with
positions were merged into it). The user accepts proposals; the workspace carries those.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cybertrack.domain.comparison import Link, LinkState
from cybertrack.domain.model import ItemRow
from cybertrack.domain.worddiff import Span, changed, word_diff


@dataclass(frozen=True)
class CarryProposal:
    source: ItemRow
    target: ItemRow
    link: Link
    text_changed: bool
    diff: tuple[Span, ...]
    # The new item already has a stance, note or amendment of its own.
    target_decided: bool
    # Another old item with a position was merged into the same new item.
    conflict: bool

    @property
    def suggested(self) -> bool:
        """Ticked by default in the review: nothing would be overwritten or chosen blindly."""
        return not self.target_decided and not self.conflict

    @property
    def headless(self) -> bool:
        """What `cybertrack compare --carry` carries: confirmed links only, nothing to choose."""
        return self.link.state is LinkState.CONFIRMED and self.suggested


def has_position(item: ItemRow) -> bool:
    return item.stance is not None or bool(item.note or item.amendment or item.rationale)


def carry_plan(
    old: Sequence[ItemRow], new: Sequence[ItemRow], links: Sequence[Link]
) -> list[CarryProposal]:
    """A proposal for each active link whose old item holds a position, in the new text's order."""
    by_id = {item.id: item for item in (*old, *new)}
    active = [
        link
        for link in links
        if link.active and link.from_item_id in by_id and link.to_item_id in by_id
    ]
    decided_sources = Counter(
        link.to_item_id for link in active if has_position(by_id[link.from_item_id])
    )
    proposals = []
    for link in active:
        source, target = by_id[link.from_item_id], by_id[link.to_item_id]
        if not has_position(source):
            continue
        proposals.append(
            CarryProposal(
                source=source,
                target=target,
                link=link,
                text_changed=changed(source.text, target.text),
                diff=tuple(word_diff(source.text, target.text)),
                target_decided=has_position(target),
                conflict=decided_sources[target.id] > 1,
            )
        )
    proposals.sort(key=lambda p: (p.target.position, p.source.position))
    return proposals


@dataclass(frozen=True)
class CarryReview:
    """What the carry-over review shows: the proposals, and the items each side has alone."""

    plan: list[CarryProposal]
    dropped: list[ItemRow]  # old items linked to nothing in the new version
    added: list[ItemRow]  # new items linked to nothing in the old version


def carry_review(
    old: Sequence[ItemRow], new: Sequence[ItemRow], links: Sequence[Link]
) -> CarryReview:
    """The review of carrying from `old` to `new`, in one pass over both (a worker makes it for
    long documents: 5,000 paragraphs a side take most of a second)."""
    linked_old = {link.from_item_id for link in links if link.active}
    linked_new = {link.to_item_id for link in links if link.active}
    return CarryReview(
        plan=carry_plan(old, new, links),
        dropped=[item for item in old if item.id not in linked_old],
        added=[item for item in new if item.id not in linked_new],
    )
