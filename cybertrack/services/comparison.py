"""Commands and queries for comparing documents: links, carry-over, other delegations.

The Workspace hands these commands to `apply_comparison` inside its transaction; each returns a
ChangeSet whose images are storage RowImages (kind "rows") or position images ("positions"), so
the Workspace's revert and reapply restore them like any other command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from cybertrack.compare.agreement import Agreement, ItemAlignment, agreement, alignments
from cybertrack.compare.carry import CarryProposal, carry_plan
from cybertrack.compare.linking import link_items, similarity
from cybertrack.compare.matrix import comparison_rows
from cybertrack.domain.comparison import (
    ComparisonRow,
    DelegationRow,
    DelegationStance,
    Link,
    LinkState,
    RowFlag,
)
from cybertrack.domain.errors import CyberTrackError, NotFound
from cybertrack.domain.model import ChangeSet, DocumentRow, ItemRow
from cybertrack.domain.worddiff import changed
from cybertrack.services.comparison_commands import (
    AddDelegations,
    CarryPositions,
    ComparisonCommand,
    ConfirmLink,
    LinkDocuments,
    RejectLink,
    RepointLink,
    SetDelegationStance,
)
from cybertrack.storage import Repository
from cybertrack.storage.comparison import ComparisonStore, RowImage


class ComparisonFailed(CyberTrackError):
    """A comparison command that cannot be done as asked (e.g. a document with itself)."""


def apply_comparison(repo: Repository, command: ComparisonCommand, now: str) -> ChangeSet:
    store = ComparisonStore(repo.db)
    if isinstance(command, LinkDocuments):
        return _link_documents(repo, store, command, now)
    if isinstance(command, ConfirmLink | RejectLink):
        state = LinkState.CONFIRMED if isinstance(command, ConfirmLink) else LinkState.REJECTED
        pairs = [(command.from_item_id, command.to_item_id, state)]
        verb = "Confirm" if state is LinkState.CONFIRMED else "Reject"
        return _set_links(repo, store, pairs, now, f"{verb} link")
    if isinstance(command, RepointLink):
        pairs = [
            (command.from_item_id, command.old_to_item_id, LinkState.REJECTED),
            (command.from_item_id, command.new_to_item_id, LinkState.CONFIRMED),
        ]
        return _set_links(repo, store, pairs, now, "Re-point link")
    if isinstance(command, CarryPositions):
        return _carry(repo, command, now)
    if isinstance(command, AddDelegations):
        return _add_delegations(store, command)
    return _set_delegation_stance(repo, store, command, now)


def restore_rows(repo: Repository, images: Sequence[RowImage]) -> None:
    store = ComparisonStore(repo.db)
    for image in images:
        store.restore(image)


def _require_items(repo: Repository, item_ids: Sequence[int]) -> None:
    missing = sorted(set(item_ids) - repo.existing_item_ids(item_ids))
    if missing:
        raise NotFound(f"no item with id {missing[0]}")


def _require_document(repo: Repository, document_id: int) -> None:
    if repo.document(document_id) is None:
        raise NotFound(f"no document with id {document_id}")


def _rows_change(
    description: str,
    before: list[RowImage],
    after: list[RowImage],
    item_ids: set[int],
    message: str = "",
) -> ChangeSet:
    # Restoring "before" undoes in reverse order (stances before the delegations they need).
    return ChangeSet(
        description,
        item_ids=frozenset(item_ids),
        before=("rows", tuple(reversed(before))),
        after=("rows", tuple(after)),
        message=message,
    )


def _link_documents(
    repo: Repository, store: ComparisonStore, command: LinkDocuments, now: str
) -> ChangeSet:
    old_id, new_id = command.old_document_id, command.new_document_id
    _require_document(repo, old_id)
    _require_document(repo, new_id)
    if old_id == new_id:
        raise ComparisonFailed("choose two different documents to compare")
    known = {(lk.from_item_id, lk.to_item_id) for lk in store.links_between(old_id, new_id)}
    fresh = [
        link
        for link in link_items(repo.items(old_id), repo.items(new_id))
        if (link.from_item_id, link.to_item_id) not in known
    ]
    before, after, ids = [], [], set()
    for link in fresh:
        key = {"from_item_id": link.from_item_id, "to_item_id": link.to_item_id}
        before.append(store.image("item_links", **key))
        store.write_link(link, now)
        after.append(store.image("item_links", **key))
        ids |= {link.from_item_id, link.to_item_id}
    return _rows_change(
        f"Link documents {old_id} and {new_id}",
        before,
        after,
        ids,
        message=f"{len(fresh)} new candidate links",
    )


def _set_links(
    repo: Repository,
    store: ComparisonStore,
    pairs: list[tuple[int, int, LinkState]],
    now: str,
    description: str,
) -> ChangeSet:
    ids = [i for f, t, _ in pairs for i in (f, t)]
    _require_items(repo, ids)
    items = {item.id: item for item in repo.items(item_ids=ids)}
    before, after = [], []
    for from_id, to_id, state in pairs:
        if items[from_id].document_id == items[to_id].document_id:
            raise ComparisonFailed("a link joins items of two different documents")
        key = {"from_item_id": from_id, "to_item_id": to_id}
        image = store.image("item_links", **key)
        before.append(image)
        score = (
            float(image.row["score"])
            if image.row
            else similarity(items[from_id].text, items[to_id].text)
        )
        store.write_link(Link(from_id, to_id, score, state), now)
        after.append(store.image("item_links", **key))
    return _rows_change(description, before, after, set(ids))


def _carry(repo: Repository, command: CarryPositions, now: str) -> ChangeSet:
    sources = [f for f, _ in command.pairs]
    targets = [t for _, t in command.pairs]
    _require_items(repo, sources + targets)
    if len(set(targets)) != len(targets):
        raise ComparisonFailed("carry one old item's position onto each new item, not several")
    source_images = {img.item_id: img for img in repo.position_images(sources)}
    before = repo.position_images(targets)
    after = []
    for (source_id, _), image in zip(command.pairs, before, strict=True):
        source = source_images[source_id]
        after.append(
            replace(
                image,
                stance=source.stance,
                note=source.note,
                amendment=source.amendment,
                rationale=source.rationale,
                priority=source.priority,
                exists=True,
            )
        )
    for image in after:
        repo.write_position(image, now)
    n = len(after)
    return ChangeSet(
        f"Carry {n} position{'s' if n != 1 else ''} to the new version",
        item_ids=frozenset(targets),
        before=("positions", tuple(before)),
        after=("positions", tuple(after)),
    )


def _add_delegations(store: ComparisonStore, command: AddDelegations) -> ChangeSet:
    before, after = [], []
    for name, is_group in command.entries:
        name = " ".join(name.split())
        if not name:
            raise ComparisonFailed("a delegation needs a name")
        if store.delegation_id(name) is not None:
            continue
        delegation_id = store.insert_delegation(name, is_group)
        before.append(RowImage("delegations", (("id", delegation_id),), None))
        after.append(store.image("delegations", id=delegation_id))
    n = len(after)
    return ChangeSet(
        f"Add {n} delegation{'s' if n != 1 else ''}",
        documents_changed=bool(after),
        before=("rows", tuple(reversed(before))),
        after=("rows", tuple(after)),
        message=f"{n} delegations added",
    )


def _set_delegation_stance(
    repo: Repository, store: ComparisonStore, command: SetDelegationStance, now: str
) -> ChangeSet:
    _require_items(repo, command.item_ids)
    if command.delegation_id not in {d.id for d in store.delegations()}:
        raise NotFound(f"no delegation with id {command.delegation_id}")
    before, after = [], []
    for item_id in command.item_ids:
        key = {"delegation_id": command.delegation_id, "item_id": item_id}
        before.append(store.image("delegation_stances", **key))
        if command.stance is None:
            store.delete_stance(command.delegation_id, item_id)
        else:
            stance = DelegationStance(
                command.delegation_id, item_id, command.stance, command.source.strip()
            )
            store.write_stance(stance, now)
        after.append(store.image("delegation_stances", **key))
    return _rows_change("Record a delegation's stance", before, after, set(command.item_ids))


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

    def __init__(self, repo: Repository, document: Callable[[int], DocumentRow]) -> None:
        self._repo = repo
        self._store = ComparisonStore(repo.db)
        self._document = document

    def links_between(self, old_document_id: int, new_document_id: int) -> list[Link]:
        return self._store.links_between(old_document_id, new_document_id)

    def links_of_item(self, item_id: int) -> list[Link]:
        return self._store.links_of_item(item_id)

    def all_links(self) -> list[Link]:
        return self._store.all_links()

    def carry_plan(self, old_document_id: int, new_document_id: int) -> list[CarryProposal]:
        self._document(old_document_id)
        self._document(new_document_id)
        return carry_plan(
            self._repo.items(old_document_id),
            self._repo.items(new_document_id),
            self.links_between(old_document_id, new_document_id),
        )

    def rows(self, document_ids: Sequence[int]) -> tuple[list[DocumentRow], list[ComparisonRow]]:
        """The documents (in date order) and the rows of linked items across them."""
        wanted = set(document_ids)
        for document_id in wanted:
            self._document(document_id)
        documents = [d for d in self._repo.documents() if d.id in wanted]
        items = [item for d in documents for item in self._repo.items(d.id)]
        return documents, comparison_rows(documents, items, self._store.all_links())

    def delegations(self) -> list[DelegationRow]:
        return self._store.delegations()

    def delegation_stances(self, item_ids: Sequence[int]) -> list[DelegationStance]:
        return self._store.stances_of_items(item_ids)

    def alignments(self, document_id: int) -> dict[int, ItemAlignment]:
        """Per item of the document: who is with us, partly, against (by recorded stances)."""
        self._document(document_id)
        items = self._repo.items(document_id)
        stances = self._store.stances_of_items([i.id for i in items])
        return alignments(items, self._store.delegations(), stances)

    def earlier_versions(self, item_id: int) -> list[tuple[DocumentRow, ItemRow, bool]]:
        """What this item was in earlier documents (by active links into it): the document,
        the earlier item with our position there, and whether the text changed since."""
        links = [lk for lk in self._store.links_of_item(item_id) if lk.active]
        sources = [lk.from_item_id for lk in links if lk.to_item_id == item_id]
        if not sources:
            return []
        (current,) = self._repo.items(item_ids=[item_id])
        found = []
        for earlier in self._repo.items(item_ids=sources):
            document = self._document(earlier.document_id)
            found.append((document, earlier, changed(earlier.text, current.text)))
        return found

    def previous_version(self, document_id: int, share: float = 0.5) -> DocumentRow | None:
        """The earlier document with positions that most of this one's items link to, if any.

        Used to offer a carry-over right after an import; candidate links are computed, not
        stored.
        """
        new = self._repo.items(document_id)
        best: tuple[int, DocumentRow] | None = None
        for document in self._repo.documents():
            if document.id == document_id or not document.decided_count:
                continue
            links = link_items(self._repo.items(document.id), new)
            linked = len({link.to_item_id for link in links})
            if linked >= share * max(len(new), 1) and (best is None or linked > best[0]):
                best = (linked, document)
        return best[1] if best else None

    def participant_delegations(self, document_id: int) -> list[tuple[str, bool]]:
        self._document(document_id)
        return participant_delegations(self._repo.participants(document_id))


# What screens use from the pure comparison core, so they import from services only.
__all__ = [
    "Agreement",
    "CarryProposal",
    "ComparisonQueries",
    "ComparisonRow",
    "ItemAlignment",
    "RowFlag",
    "agreement",
    "apply_comparison",
    "participant_delegations",
    "restore_rows",
]
