"""Other delegations' proposals on items, with who supported and who opposed each one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cybertrack.domain.negotiation import EventKind, Proposal
from cybertrack.storage import queries
from cybertrack.storage.database import Database
from cybertrack.storage.images import ProposalImage

SUPPORT, OPPOSE = "support", "oppose"


class ProposalRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def new_id(self) -> int:
        """An id no proposal has (the next row id)."""
        row = self._db.execute(queries.NEXT_PROPOSAL_ID).fetchone()
        return int(row[0])

    def image(self, proposal_id: int) -> ProposalImage:
        row = self._db.execute(queries.PROPOSAL, [proposal_id]).fetchone()
        if row is None:
            return ProposalImage(proposal_id)
        sides = self._sides([proposal_id]).get(proposal_id, [])
        return ProposalImage(
            proposal_id,
            item_id=int(row[1]),
            new_paragraph=bool(row[2]),
            delegation_id=int(row[3]),
            text=row[5],
            made_at=row[6],
            withdrawn_at=row[7],
            updated_at=row[8],
            supporters=tuple(d for d, _, side in sides if side == SUPPORT),
            opponents=tuple(d for d, _, side in sides if side == OPPOSE),
            exists=True,
        )

    def restore(self, image: ProposalImage, now: str) -> None:
        """Write the proposal as `image` says (or remove it)."""
        self._db.execute(queries.DELETE_PROPOSAL, [image.proposal_id])
        if image.exists:
            self._db.execute(
                queries.INSERT_PROPOSAL,
                [
                    image.proposal_id,
                    image.item_id,
                    int(image.new_paragraph),
                    image.delegation_id,
                    image.text,
                    image.made_at,
                    image.withdrawn_at,
                    image.updated_at or now,
                ],
            )
            sides = [(d, SUPPORT) for d in image.supporters] + [
                (d, OPPOSE) for d in image.opponents
            ]
            for position, (delegation_id, side) in enumerate(sides):
                self._db.execute(
                    queries.INSERT_PROPOSAL_SIDE,
                    [image.proposal_id, delegation_id, side, position],
                )

    def sponsor(self, image: ProposalImage) -> str | None:
        row = self._db.execute(queries.DELEGATION, [image.delegation_id]).fetchone()
        return str(row[1]) if row else None

    def of_items(self, item_ids: Iterable[int]) -> list[Proposal]:
        """The proposals on these items, oldest first, withdrawn ones included."""
        ids = list(item_ids)
        if not ids:
            return []
        sql = queries.PROPOSALS_OF_ITEMS.format(marks=",".join("?" * len(ids)))
        return self._proposals(self._db.execute(sql, ids).fetchall())

    def of_document(self, document_id: int) -> list[Proposal]:
        rows = self._db.execute(queries.PROPOSALS_OF_DOCUMENT, [document_id]).fetchall()
        return self._proposals(rows)

    def get(self, proposal_id: int) -> Proposal | None:
        row = self._db.execute(queries.PROPOSAL, [proposal_id]).fetchone()
        if row is None:
            return None
        found = [p for p in self.of_items([int(row[1])]) if p.id == proposal_id]
        return found[0] if found else None

    def _proposals(self, rows: Sequence[Sequence[Any]]) -> list[Proposal]:
        sides = self._sides([int(r[0]) for r in rows])
        ordinals: dict[int, int] = {}
        found = []
        for row in rows:
            proposal_id, item_id = int(row[0]), int(row[1])
            ordinal = 0
            if row[2]:  # new paragraphs after one item are numbered bis, ter... in their order
                ordinal = ordinals[item_id] = ordinals.get(item_id, 0) + 1
            mine = sides.get(proposal_id, [])
            found.append(
                Proposal(
                    id=proposal_id,
                    item_id=item_id,
                    by=row[4],
                    by_id=int(row[3]),
                    text=row[5],
                    made_at=row[6],
                    ordinal=ordinal,
                    supported_by=tuple(name for _, name, side in mine if side == SUPPORT),
                    opposed_by=tuple(name for _, name, side in mine if side == OPPOSE),
                    withdrawn_at=row[7],
                )
            )
        return found

    def _sides(self, proposal_ids: Sequence[int]) -> dict[int, list[tuple[int, str, str]]]:
        if not proposal_ids:
            return {}
        sql = queries.PROPOSAL_SIDES.format(marks=",".join("?" * len(proposal_ids)))
        found: dict[int, list[tuple[int, str, str]]] = {}
        for proposal_id, delegation_id, name, side in self._db.execute(sql, list(proposal_ids)):
            found.setdefault(int(proposal_id), []).append((int(delegation_id), name, side))
        return found


def change_kind(old: ProposalImage, new: ProposalImage) -> EventKind | None:
    """What a change from `old` to `new` is in the item's history (None: nothing to say)."""
    if not old.exists and not new.exists:
        return None
    if not old.exists:
        return EventKind.PROPOSAL_MADE
    if not new.exists:
        return EventKind.PROPOSAL_REMOVED
    if old.withdrawn_at is None and new.withdrawn_at is not None:
        return EventKind.PROPOSAL_WITHDRAWN
    if old.withdrawn_at is not None and new.withdrawn_at is None:
        return EventKind.PROPOSAL_REINSTATED
    same = (old.text, old.delegation_id, old.supporters, old.opponents, old.made_at) == (
        new.text,
        new.delegation_id,
        new.supporters,
        new.opponents,
        new.made_at,
    )
    return None if same else EventKind.PROPOSAL_EDITED
