"""Links between items, other delegations and their stances: reads, writes and row images.

Every method runs inside the caller's transaction. Images are plain rows (or None for 'absent'),
so a command's before-image restores exactly what was there, same ids included.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily at run time: sqlite-utils costs 100-300 ms at start-up
    import sqlite_utils

from cybertrack.domain.comparison import DelegationRow, DelegationStance, Link, LinkState
from cybertrack.domain.model import Stance

_LINK_COLUMNS = "id, from_item_id, to_item_id, score, status"
LINKS_BETWEEN = f"""
    SELECT {_LINK_COLUMNS} FROM item_links
    WHERE from_item_id IN (SELECT id FROM items WHERE document_id = ?)
      AND to_item_id IN (SELECT id FROM items WHERE document_id = ?)
    ORDER BY to_item_id, score DESC
"""
LINKS_OF_ITEM = f"""
    SELECT {_LINK_COLUMNS} FROM item_links WHERE from_item_id = ? OR to_item_id = ?
    ORDER BY score DESC
"""
ALL_LINKS = f"SELECT {_LINK_COLUMNS} FROM item_links ORDER BY id"
DELEGATIONS = "SELECT id, name, is_group FROM delegations ORDER BY is_group DESC, name"
DELEGATION_BY_NAME = "SELECT id FROM delegations WHERE name = ?"
STANCE_ROW = "SELECT * FROM delegation_stances WHERE delegation_id = ? AND item_id = ?"
DELETE_STANCE = "DELETE FROM delegation_stances WHERE delegation_id = ? AND item_id = ?"
STANCES_OF_ITEMS = """
    SELECT delegation_id, item_id, stance, source, updated_at FROM delegation_stances
    WHERE item_id IN ({marks}) ORDER BY item_id, delegation_id
"""


@dataclass(frozen=True)
class RowImage:
    """One row of `table` identified by `key` (column -> value); `row` None means absent."""

    table: str
    key: tuple[tuple[str, Any], ...]
    row: dict[str, Any] | None


def _link(row: Sequence[Any]) -> Link:
    return Link(int(row[1]), int(row[2]), float(row[3]), LinkState(row[4]), int(row[0]))


class ComparisonStore:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- row images -----------------------------------------------------------------------------
    def image(self, table: str, **key: Any) -> RowImage:
        where = " AND ".join(f"{column} = ?" for column in key)
        cursor = self.db.execute(f"SELECT * FROM {table} WHERE {where}", list(key.values()))
        found = cursor.fetchone()
        names = [d[0] for d in cursor.description]
        row = dict(zip(names, found, strict=True)) if found else None
        return RowImage(table, tuple(key.items()), row)

    def restore(self, image: RowImage) -> None:
        where = " AND ".join(f"{column} = ?" for column, _ in image.key)
        self.db.execute(f"DELETE FROM {image.table} WHERE {where}", [v for _, v in image.key])
        if image.row is not None:
            self.db.table(image.table).insert(image.row)

    # -- links ----------------------------------------------------------------------------------
    def links_between(self, old_document_id: int, new_document_id: int) -> list[Link]:
        rows = self.db.execute(LINKS_BETWEEN, [old_document_id, new_document_id]).fetchall()
        return [_link(row) for row in rows]

    def links_of_item(self, item_id: int) -> list[Link]:
        return [_link(row) for row in self.db.execute(LINKS_OF_ITEM, [item_id, item_id])]

    def all_links(self) -> list[Link]:
        return [_link(row) for row in self.db.execute(ALL_LINKS)]

    def write_link(self, link: Link, now: str) -> None:
        """Insert or update the link between its two items (score and state)."""
        self.db.execute(
            """
            INSERT INTO item_links (from_item_id, to_item_id, score, status, created_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(from_item_id, to_item_id) DO UPDATE SET
                score = excluded.score, status = excluded.status
            """,
            [link.from_item_id, link.to_item_id, link.score, link.state.value, now],
        )

    # -- delegations ----------------------------------------------------------------------------
    def delegations(self) -> list[DelegationRow]:
        return [DelegationRow(int(r[0]), r[1], bool(r[2])) for r in self.db.execute(DELEGATIONS)]

    def delegation_id(self, name: str) -> int | None:
        row = self.db.execute(DELEGATION_BY_NAME, [name]).fetchone()
        return int(row[0]) if row else None

    def insert_delegation(self, name: str, is_group: bool) -> int:
        table = self.db.table("delegations")
        table.insert({"name": name, "is_group": int(is_group)})
        return int(table.last_pk or 0)

    def write_stance(self, stance: DelegationStance, now: str) -> None:
        self.db.execute(
            """
            INSERT INTO delegation_stances (delegation_id, item_id, stance, source, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(delegation_id, item_id) DO UPDATE SET
                stance = excluded.stance, source = excluded.source,
                updated_at = excluded.updated_at
            """,
            [stance.delegation_id, stance.item_id, stance.stance.value, stance.source, now],
        )

    def delete_stance(self, delegation_id: int, item_id: int) -> None:
        self.db.execute(DELETE_STANCE, [delegation_id, item_id])

    def stances_of_items(self, item_ids: Iterable[int]) -> list[DelegationStance]:
        ids = list(item_ids)
        if not ids:
            return []
        sql = STANCES_OF_ITEMS.format(marks=",".join("?" * len(ids)))
        return [
            DelegationStance(int(r[0]), int(r[1]), Stance(r[2]), r[3], r[4])
            for r in self.db.execute(sql, ids)
        ]
