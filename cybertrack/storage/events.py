"""An item's history of negotiation changes (instructions, proposals): an audit trail.

Like the stance history, it only grows: undo and redo are changes too and are recorded. Text
edits typed in one go (a pause in typing commits each part) are one entry: an edit of the same
text within `_MERGE_SECONDS` of the previous one updates that entry.
"""

from __future__ import annotations

from datetime import datetime

from cybertrack.domain.negotiation import EventKind, ItemEvent
from cybertrack.storage import queries
from cybertrack.storage.database import Database

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
    ) -> None:
        if kind in _TEXT_KINDS and self._merge(item_id, kind, new, at):
            return
        self._db.execute(queries.INSERT_EVENT, [item_id, kind.value, old, new, detail, at])

    def _merge(self, item_id: int, kind: EventKind, new: str | None, at: str) -> bool:
        last = self._db.execute(queries.LAST_EVENT, [item_id]).fetchone()
        if last is None or last[1] != kind.value:
            return False
        gap = datetime.fromisoformat(at) - datetime.fromisoformat(last[2])
        if gap.total_seconds() > _MERGE_SECONDS:
            return False
        self._db.execute(queries.UPDATE_EVENT, [new, at, last[0]])
        return True

    def of_item(self, item_id: int) -> list[ItemEvent]:
        return [
            ItemEvent(at=row[0], kind=EventKind(row[1]), old=row[2], new=row[3], detail=row[4])
            for row in self._db.execute(queries.EVENTS_OF_ITEM, [item_id])
        ]
