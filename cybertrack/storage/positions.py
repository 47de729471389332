"""Our delegation's position on each item, and the audit trail of its stance changes."""

from __future__ import annotations

from collections.abc import Iterable

from cybertrack.domain.model import HistoryRow, Source, document_name
from cybertrack.domain.positions import Instruction, Priority, Stance
from cybertrack.domain.team import POSITION, canonical
from cybertrack.storage import queries
from cybertrack.storage.database import Database
from cybertrack.storage.images import HistoryMarks, PositionImage

_STANCES: dict[str | None, Stance | None] = {s.value: s for s in Stance} | {None: None}
EMPTY_POSITION = canonical({**POSITION.empty, **POSITION.optional})


class PositionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def stances(self, item_ids: Iterable[int]) -> dict[int, Stance | None]:
        """The stance of each item that has a position row (900 ids per statement)."""
        ids = list(item_ids)
        found: dict[int, Stance | None] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            sql = queries.STANCES_BY_IDS.format(marks=",".join("?" * len(chunk)))
            found.update((int(r[0]), _STANCES[r[1]]) for r in self._db.execute(sql, chunk))
        return found

    def images(self, item_ids: Iterable[int]) -> list[PositionImage]:
        """The position row of each item, in the order asked (absent rows included)."""
        ids = list(item_ids)
        if not ids:
            return []
        sql = queries.POSITIONS_BY_IDS.format(marks=",".join("?" * len(ids)))
        found = {
            int(row[0]): PositionImage(
                int(row[0]),
                stance=Stance(row[1]) if row[1] else None,
                note=row[2],
                amendment=row[3],
                rationale=row[4],
                priority=Priority(row[5]),
                exists=True,
                updated_at=row[6],
                recheck=bool(row[7]),
                instruction=Instruction(row[8]) if row[8] else None,
                fallback=row[9],
                instruction_note=row[10],
            )
            for row in self._db.execute(sql, ids)
        }
        return [found.get(item_id, PositionImage(item_id)) for item_id in ids]

    def write(self, image: PositionImage, now: str, shared_at: str | None = None) -> None:
        """Write one position row as `image` says (stamped with its own time, or `now` if it has
        none). The audit trail is the caller's: see `record`.

        For the team, the row changed at `shared_at`, or `now`: an undo is a new change there
        too. A removed row leaves the local author's empty row in the team table, so that
        colleagues holding the earlier one see it go.
        """
        if not image.exists:
            self._db.execute(
                queries.TEAM_TOMBSTONE, [shared_at or now, image.item_id, EMPTY_POSITION]
            )
            self._db.execute(queries.DELETE_POSITION, [image.item_id])
            return
        self._db.execute(
            queries.UPSERT_POSITION,
            [
                image.item_id,
                image.stance.value if image.stance else None,
                image.note,
                image.amendment,
                image.rationale,
                image.priority.value,
                image.updated_at or now,
                int(image.recheck),
                image.instruction.value if image.instruction else None,
                image.fallback,
                image.instruction_note,
                shared_at or now,
            ],
        )

    def record(
        self,
        item_id: int,
        old: Stance | None,
        new: Stance | None,
        now: str,
        carried_from: int | None = None,
    ) -> int:
        """One decision in the audit trail; its row id (what undo marks)."""
        cursor = self._db.execute(
            queries.INSERT_HISTORY,
            [
                item_id,
                old.value if old else None,
                new.value if new else None,
                now,
                carried_from,
            ],
        )
        return int(cursor.lastrowid or 0)

    def mark(self, marks: HistoryMarks, now: str) -> None:
        """Mark the rows undone (at `now`) or standing again."""
        ids = list(marks.history_ids)
        if ids:
            sql = queries.MARK_HISTORY_UNDONE.format(marks=",".join("?" * len(ids)))
            self._db.execute(sql, [now if marks.undone else None, *ids])

    def history(self, item_id: int) -> list[HistoryRow]:
        return [
            HistoryRow(
                item_id=int(row[1]),
                old=Stance(row[2]) if row[2] else None,
                new=Stance(row[3]) if row[3] else None,
                changed_at=row[4],
                id=int(row[0]),
                undone_at=row[5],
                carried_from=Source(
                    item_id=int(row[6]),
                    item_label=row[7],
                    document_id=int(row[8]),
                    document=document_name(row[9], row[10], row[11]),
                    doc_date=row[12],
                )
                if row[6] is not None
                else None,
            )
            for row in self._db.execute(queries.HISTORY, [item_id])
        ]

    def stance_counts(self, document_id: int) -> dict[Stance | None, int]:
        return {
            Stance(row[0]) if row[0] else None: int(row[1])
            for row in self._db.execute(queries.STANCE_COUNTS, [document_id])
        }
