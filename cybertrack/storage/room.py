"""The room's status on items over time: one row per status recorded "as of" a moment."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cybertrack.domain.negotiation import RoomEntry
from cybertrack.domain.positions import RoomStatus
from cybertrack.storage import queries
from cybertrack.storage.database import Database
from cybertrack.storage.images import RoomEntryImage


class RoomRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(
        self, item_id: int, status: RoomStatus | None, as_of: str, note: str, now: str
    ) -> int:
        cursor = self._db.execute(
            queries.INSERT_ROOM_ENTRY,
            [None, item_id, status.value if status else None, as_of, note, now],
        )
        return int(cursor.lastrowid or 0)

    def image(self, entry_id: int) -> RoomEntryImage:
        row = self._db.execute(queries.ROOM_ENTRY, [entry_id]).fetchone()
        if row is None:
            return RoomEntryImage(entry_id)
        entry = _entry(row)
        return RoomEntryImage(
            entry_id,
            item_id=entry.item_id,
            status=entry.status,
            as_of=entry.as_of,
            note=entry.note,
            recorded_at=entry.recorded_at,
            exists=True,
        )

    def restore(self, image: RoomEntryImage) -> None:
        self._db.execute(queries.DELETE_ROOM_ENTRY, [image.entry_id])
        if image.exists:
            self._db.execute(
                queries.INSERT_ROOM_ENTRY,
                [
                    image.entry_id,
                    image.item_id,
                    image.status.value if image.status else None,
                    image.as_of,
                    image.note,
                    image.recorded_at,
                ],
            )

    def of_items(self, item_ids: Iterable[int]) -> list[RoomEntry]:
        """Every entry of these items, oldest "as of" first."""
        ids = list(item_ids)
        if not ids:
            return []
        sql = queries.ROOM_OF_ITEMS.format(marks=",".join("?" * len(ids)))
        return [_entry(row) for row in self._db.execute(sql, ids)]

    def of_document(self, document_id: int) -> list[RoomEntry]:
        """Every entry of the document's items, in no particular order."""
        return [_entry(row) for row in self._db.execute(queries.ROOM_OF_DOCUMENT, [document_id])]


_STATUSES: dict[str | None, RoomStatus | None] = {s.value: s for s in RoomStatus} | {None: None}


def _entry(row: Sequence[Any]) -> RoomEntry:
    # A dictionary rather than RoomStatus(value): a document's timeline is 50,000 rows.
    return RoomEntry(row[0], row[1], _STATUSES[row[2]], row[3], row[4], row[5])
