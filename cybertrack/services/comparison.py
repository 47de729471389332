"""Read-only views of links, carry-over plans, comparisons and other delegations.

The commands that change them live in services/commands/ (links, carry, delegations).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cybertrack.compare.agreement import Agreement, ItemAlignment, agreement, alignments
from cybertrack.compare.carry import CarryProposal, CarryReview, carry_review
from cybertrack.compare.matrix import comparison_rows
from cybertrack.domain.comparison import (
    ComparisonRow,
    DelegationRow,
    DelegationStance,
    Link,
    RowFlag,
)
from cybertrack.domain.model import DocumentRow, ItemRow
from cybertrack.domain.worddiff import changed
from cybertrack.services.version_detection import VersionMatch, version_match
from cybertrack.storage import Store


def participant_delegations(
    participants: Sequence[tuple[str, str | None]],
) -> list[tuple[str, bool]]:
    """Delegations named by an import's participants; 'X on behalf of G' speaks for group G."""
    entries: dict[str, bool] = {}
    for name, on_behalf_of in participants:
        if on_behalf_of:
            entries[on_behalf_of] = True
        else:
            entries.setdefault(name, False)
    return list(entries.items())


class ComparisonQueries:
    """Read-only views of links, comparisons and delegations (workspace.comparison)."""

    def __init__(self, store: Store, document: Callable[[int], DocumentRow]) -> None:
        self._store = store
        self._document = document

    def links_between(self, old_document_id: int, new_document_id: int) -> list[Link]:
        return self._store.links.between(old_document_id, new_document_id)

    def links_of_item(self, item_id: int) -> list[Link]:
        return self._store.links.of_item(item_id)

    def all_links(self) -> list[Link]:
        return self._store.links.all()

    def linked_documents(self) -> list[tuple[int, int, int]]:
        """(older, newer, items of the newer linked to the older) for each linked pair."""
        return self._store.links.document_pairs()

    def carry_plan(self, old_document_id: int, new_document_id: int) -> list[CarryProposal]:
        return self.carry_review(old_document_id, new_document_id).plan

    def carry_review(self, old_document_id: int, new_document_id: int) -> CarryReview:
        """The plan with the items dropped from and new in the new version (the review)."""
        self._document(old_document_id)
        self._document(new_document_id)
        return carry_review(
            self._store.items.of_document(old_document_id),
            self._store.items.of_document(new_document_id),
            self.links_between(old_document_id, new_document_id),
        )

    def rows(self, document_ids: Sequence[int]) -> tuple[list[DocumentRow], list[ComparisonRow]]:
        """The documents (in date order) and the rows of linked items across them."""
        wanted = set(document_ids)
        for document_id in wanted:
            self._document(document_id)
        documents = [d for d in self._store.documents.all() if d.id in wanted]
        items = [item for d in documents for item in self._store.items.of_document(d.id)]
        return documents, comparison_rows(documents, items, self._store.links.all())

    def delegations(self) -> list[DelegationRow]:
        return self._store.delegations.all()

    def delegation_stances(self, item_ids: Sequence[int]) -> list[DelegationStance]:
        return self._store.delegations.stances_of_items(item_ids)

    def alignments(self, document_id: int) -> dict[int, ItemAlignment]:
        """Per item of the document: who is with us, partly, against (by recorded stances)."""
        self._document(document_id)
        items = self._store.items.of_document(document_id)
        stances = self._store.delegations.stances_of_items([i.id for i in items])
        return alignments(items, self._store.delegations.all(), stances)

    def earlier_versions(self, item_id: int) -> list[tuple[DocumentRow, ItemRow, bool]]:
        """What this item was in earlier documents (by active links into it): the document,
        the earlier item with our position there, and whether the text changed since."""
        links = [lk for lk in self._store.links.of_item(item_id) if lk.active]
        sources = [lk.from_item_id for lk in links if lk.to_item_id == item_id]
        if not sources:
            return []
        (current,) = self._store.items.by_ids([item_id])
        found = []
        for earlier in self._store.items.by_ids(sources):
            document = self._document(earlier.document_id)
            found.append((document, earlier, changed(earlier.text, current.text)))
        return found

    def previous_version(self, document_id: int, share: float = 0.5) -> DocumentRow | None:
        """The earlier document with positions that most of this one's items link to, if any
        (among a few candidates found by index: see services/version_detection.py)."""
        match = self.version_match(document_id, share)
        return match.old if match else None

    def version_match(self, document_id: int, share: float = 0.5) -> VersionMatch | None:
        """Which earlier version this document is, and how many positions could be carried."""
        self._document(document_id)
        return version_match(self._store, document_id, share)

    def participant_delegations(self, document_id: int) -> list[tuple[str, bool]]:
        self._document(document_id)
        return participant_delegations(self._store.documents.participants(document_id))


# What screens use from the pure comparison core, so they import from services only.
__all__ = [
    "Agreement",
    "CarryProposal",
    "CarryReview",
    "ComparisonQueries",
    "ComparisonRow",
    "ItemAlignment",
    "RowFlag",
    "VersionMatch",
    "agreement",
    "participant_delegations",
]
