"""Items (the numbered paragraphs) with their positions, as the screens and papers read them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from cybertrack.domain.model import ItemRow
from cybertrack.domain.positions import Instruction, Priority, RoomStatus, Stance
from cybertrack.domain.units import Revision, Unit
from cybertrack.storage import queries
from cybertrack.storage.database import Database


class ItemRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def of_document(self, document_id: int) -> list[ItemRow]:
        return _rows(self._db.execute(queries.ITEMS_OF_DOCUMENT, [document_id]))

    def page(self, document_id: int, start: int, limit: int) -> list[ItemRow]:
        """At most `limit` items of the document from position `start` on, in reading order."""
        return _rows(self._db.execute(queries.ITEMS_OF_DOCUMENT_FROM, [document_id, start, limit]))

    def all(self) -> list[ItemRow]:
        return _rows(self._db.execute(queries.ALL_ITEMS))

    def by_ids(self, item_ids: Iterable[int]) -> list[ItemRow]:
        ids = list(item_ids)
        if not ids:
            return []
        sql = queries.ITEMS_BY_IDS.format(marks=",".join("?" * len(ids)))
        return _rows(self._db.execute(sql, ids))

    def ids_by_number(self, document_id: int, number: str) -> list[int]:
        """The items numbered `number` in the document, in document order (a report's
        paragraph 1 and its draft resolution's operative paragraph 1 are both "1")."""
        cursor = self._db.execute(queries.ITEM_BY_NUMBER, [document_id, number])
        return [int(row[0]) for row in cursor]

    def existing_ids(self, item_ids: Sequence[int]) -> set[int]:
        if not item_ids:
            return set()
        sql = queries.EXISTING_ITEMS.format(marks=",".join("?" * len(item_ids)))
        return {int(row[0]) for row in self._db.execute(sql, list(item_ids))}

    def scan_rows(self, document_id: int | None = None) -> Iterator[tuple[int, str, str, str, str]]:
        """Each item's id, text, note, proposed wording and reason, in order."""
        if document_id is None:
            cursor = self._db.execute(queries.SCAN_ALL)
        else:
            cursor = self._db.execute(queries.SCAN_DOCUMENT, [document_id])
        for row in cursor:
            yield int(row[0]), row[1], row[2], row[3], row[4]

    def search(self, fts_query: str, document_id: int | None = None) -> list[int]:
        if document_id is None:
            cursor = self._db.execute(queries.SEARCH_ALL, [fts_query])
        else:
            cursor = self._db.execute(queries.SEARCH_DOCUMENT, [fts_query, document_id])
        return [int(row[0]) for row in cursor]


_STANCES: dict[str | None, Stance | None] = {None: None, **{s.value: s for s in Stance}}
_PRIORITIES: dict[str | None, Priority] = {
    None: Priority.NORMAL,
    **{p.value: p for p in Priority},
}


def _rows(cursor: Iterable[Sequence[Any]]) -> list[ItemRow]:
    # Enums by dictionary: calling Stance(...) per row was a third of reading 5,000 items.
    return [
        ItemRow(
            id=int(row[0]),
            document_id=int(row[1]),
            number=row[2],
            label=row[3],
            kind=Unit.read(row[4]),
            section=row[5],
            text=row[6],
            stance=_STANCES[row[7]],
            note=row[8] or "",
            amendment=row[9] or "",
            position=int(row[10]),
            updated_at=row[11],
            rationale=row[12] or "",
            priority=_PRIORITIES[row[13]],
            recheck=bool(row[14]),
            instruction=Instruction(row[15]) if row[15] else None,
            fallback=row[16] or "",
            instruction_note=row[17] or "",
            room_status=RoomStatus(row[18]) if row[18] else None,
            room_as_of=row[19],
            revision=Revision(row[20]) if row[20] else None,
        )
        for row in cursor
    ]
