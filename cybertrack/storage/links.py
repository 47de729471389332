"""Links between the items of two versions of a text (candidate, confirmed, rejected)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cybertrack.domain.comparison import Link, LinkState
from cybertrack.storage import queries
from cybertrack.storage.database import Database
from cybertrack.storage.images import LinkImage


def _link(row: Sequence[Any]) -> Link:
    return Link(int(row[1]), int(row[2]), float(row[3]), LinkState(row[4]), int(row[0]))


class LinkRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def between(self, old_document_id: int, new_document_id: int) -> list[Link]:
        rows = self._db.execute(queries.LINKS_BETWEEN, [old_document_id, new_document_id])
        return [_link(row) for row in rows.fetchall()]

    def of_item(self, item_id: int) -> list[Link]:
        return [_link(row) for row in self._db.execute(queries.LINKS_OF_ITEM, [item_id, item_id])]

    def all(self) -> list[Link]:
        return [_link(row) for row in self._db.execute(queries.ALL_LINKS)]

    def document_pairs(self) -> list[tuple[int, int, int]]:
        """(older document, newer document, items of the newer linked) for every linked pair."""
        rows = self._db.execute(queries.LINKED_DOCUMENTS).fetchall()
        return [(int(a), int(b), int(n)) for a, b, n in rows]

    def write(self, link: Link, now: str) -> None:
        """Insert or update the link between its two items (score and state)."""
        self._db.execute(
            queries.UPSERT_LINK,
            [link.from_item_id, link.to_item_id, link.score, link.state.value, now],
        )

    def image(self, from_item_id: int, to_item_id: int) -> LinkImage:
        row = self._db.execute(queries.LINK, [from_item_id, to_item_id]).fetchone()
        if row is None:
            return LinkImage(from_item_id, to_item_id)
        return LinkImage(
            from_item_id,
            to_item_id,
            state=LinkState(row[4]),
            score=float(row[3]),
            id=int(row[0]),
            created_at=row[5],
        )

    def restore(self, image: LinkImage) -> None:
        self._db.execute(queries.DELETE_LINK, [image.from_item_id, image.to_item_id])
        if image.state is not None:
            self._db.execute(
                queries.RESTORE_LINK,
                [
                    image.id,
                    image.from_item_id,
                    image.to_item_id,
                    image.score,
                    image.state.value,
                    image.created_at,
                ],
            )
