"""Read-only views of the negotiation day: the room as of a moment, proposals, an item's history.

The commands that change them live in services/commands/negotiation.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from cybertrack.domain.errors import NotFound
from cybertrack.domain.messages import Code
from cybertrack.domain.model import ItemRow
from cybertrack.domain.negotiation import EventKind, ItemEvent, Proposal, RoomEntry, RoomTimeline
from cybertrack.domain.times import past_stamp
from cybertrack.storage import Store


class NegotiationQueries:
    """The room, proposals and item histories (workspace.negotiation)."""

    def __init__(
        self,
        store: Store,
        now: Callable[[], str],
        items: Callable[[int | None], list[ItemRow]],
    ) -> None:
        self._store = store
        self._now = now
        self._items = items

    # -- moments ------------------------------------------------------------------------------
    def now(self) -> str:
        """The workspace's clock as a stored stamp."""
        return self._now()

    def past(self, moment: datetime | None) -> str:
        """The stored stamp of `moment` (None: now); a moment in the future is refused."""
        return past_stamp(moment, self._now())

    # -- the room -----------------------------------------------------------------------------
    def timeline(self, document_id: int) -> RoomTimeline:
        """Every room status recorded on the document's items, to answer "as of" from memory."""
        return RoomTimeline(self._store.room.of_document(document_id))

    def room_entries(self, item_id: int) -> list[RoomEntry]:
        return self._store.room.of_items([item_id])

    def items_as_of(self, document_id: int | None, stamp: str | None) -> list[ItemRow]:
        """The items with the room status in force at `stamp` (None: now)."""
        rows = self._items(document_id)
        if stamp is None:
            return rows
        timeline = RoomTimeline(self._store.room.of_items([r.id for r in rows]))
        found = []
        for row in rows:
            entry = timeline.at(row.id, stamp)
            found.append(
                replace(
                    row,
                    room_status=entry.status if entry else None,
                    room_as_of=entry.as_of if entry else None,
                )
            )
        return found

    # -- proposals ----------------------------------------------------------------------------
    def proposals(self, item_ids: Sequence[int]) -> list[Proposal]:
        """The proposals on these items, oldest first, withdrawn ones included."""
        return self._store.proposals.of_items(item_ids)

    def document_proposals(self, document_id: int) -> list[Proposal]:
        return self._store.proposals.of_document(document_id)

    def proposal(self, proposal_id: int) -> Proposal:
        found = self._store.proposals.get(proposal_id)
        if found is None:
            raise NotFound(Code.NO_PROPOSAL, proposal_id=proposal_id)
        return found

    def delegation_id(self, name: str) -> int:
        """A known delegation by name (any case) or id; NotFound for any other."""
        found = {d.name.casefold(): d.id for d in self._store.delegations.all()}
        reference = " ".join(name.split())
        if reference.isdigit() and int(reference) in found.values():
            return int(reference)
        if reference.casefold() in found:
            return found[reference.casefold()]
        raise NotFound(Code.NO_DELEGATION_NAMED, name=name)

    # -- history ------------------------------------------------------------------------------
    def history(self, item_id: int) -> list[ItemEvent]:
        """Everything that changed on the item, oldest first: our stance, the room (at its "as
        of" time), capital's instruction and its texts, and the proposals."""
        events = [
            ItemEvent(
                h.changed_at,
                EventKind.STANCE,
                h.old.value if h.old else None,
                h.new.value if h.new else None,
                undone_at=h.undone_at,
            )
            for h in self._store.positions.history(item_id)
        ]
        previous: str | None = None
        for entry in self._store.room.of_items([item_id]):
            status = entry.status.value if entry.status else None
            events.append(ItemEvent(entry.as_of, EventKind.ROOM, previous, status, entry.note))
            previous = status
        events.extend(self._store.events.of_item(item_id))
        return sorted(events, key=lambda e: e.at)  # stable: same-moment events keep their order
