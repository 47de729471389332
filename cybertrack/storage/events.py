"""An item's history of negotiation changes (capital's instruction and its texts, proposals).

Like the stance history it is an audit trail: a command records its events and undo marks them
undone (EventMarks), never writing a new one. Text edits typed in one go (each pause in typing
commits a part) are one entry: an edit of the same text within `_MERGE_SECONDS` of the previous
standing one updates it, so undoing the merged edit marks the one entry.
"""

from __future__ import annotations

from datetime import datetime

from cybertrack.domain.negotiation import EventKind, ItemEvent
from cybertrack.storage import queries
from cybertrack.storage.database import Database
from cybertrack.storage.images import EventMarks, PositionImage

_TEXT_KINDS = {EventKind.FALLBACK, EventKind.INSTRUCTION_NOTE}
_MERGE_SECONDS = 600


class EventLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        item_id: int,
        kind: EventKind,
        old: str | None,
        new: str | None,
        at: str,
        detail: str = "",
    ) -> int:
        """One change in the item's history; its row id (what undo marks)."""
        if kind in _TEXT_KINDS:
            merged = self._merge(item_id, kind, new, at)
            if merged is not None:
                return merged
        cursor = self._db.execute(queries.INSERT_EVENT, [item_id, kind.value, old, new, detail, at])
        return int(cursor.lastrowid or 0)

    def _merge(self, item_id: int, kind: EventKind, new: str | None, at: str) -> int | None:
        last = self._db.execute(queries.LAST_EVENT, [item_id]).fetchone()
        if last is None or last[1] != kind.value or last[3] is not None:
            return None
        gap = datetime.fromisoformat(at) - datetime.fromisoformat(last[2])
        if gap.total_seconds() > _MERGE_SECONDS:
            return None
        self._db.execute(queries.UPDATE_EVENT, [new, at, last[0]])
        return int(last[0])

    def record_capital(self, old: PositionImage, new: PositionImage, at: str) -> list[int]:
        """Capital's instruction, fallback wording and note, as a position row changed them."""
        found = []
        if old.instruction != new.instruction:
            found.append(
                self.record(
                    new.item_id,
                    EventKind.INSTRUCTION,
                    old.instruction.value if old.instruction else None,
                    new.instruction.value if new.instruction else None,
                    at,
                )
            )
        for kind, before, after in (
            (EventKind.FALLBACK, old.fallback, new.fallback),
            (EventKind.INSTRUCTION_NOTE, old.instruction_note, new.instruction_note),
        ):
            if before != after:
                found.append(self.record(new.item_id, kind, before, after, at))
        return found

    def mark(self, marks: EventMarks, now: str) -> None:
        """Mark the events undone (at `now`) or standing again."""
        ids = list(dict.fromkeys(marks.event_ids))
        if ids:
            sql = queries.MARK_EVENTS_UNDONE.format(marks=",".join("?" * len(ids)))
            self._db.execute(sql, [now if marks.undone else None, *ids])

    def of_item(self, item_id: int) -> list[ItemEvent]:
        return [
            ItemEvent(
                at=row[0],
                kind=EventKind(row[1]),
                old=row[2],
                new=row[3],
                detail=row[4],
                undone_at=row[5],
            )
            for row in self._db.execute(queries.EVENTS_OF_ITEM, [item_id])
        ]
