"""Other delegations and the stances they took on items, with where we heard them."""

from __future__ import annotations

from collections.abc import Iterable

from cybertrack.domain.comparison import DelegationRow, DelegationStance
from cybertrack.domain.positions import Stance
from cybertrack.storage import queries
from cybertrack.storage.database import Database
from cybertrack.storage.images import DelegationImage, DelegationStanceImage


class DelegationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[DelegationRow]:
        rows = self._db.execute(queries.DELEGATIONS)
        return [DelegationRow(int(r[0]), r[1], bool(r[2])) for r in rows]

    def id_by_name(self, name: str) -> int | None:
        row = self._db.execute(queries.DELEGATION_BY_NAME, [name]).fetchone()
        return int(row[0]) if row else None

    def insert(self, name: str, is_group: bool) -> int:
        return self._db.insert("delegations", {"name": name, "is_group": int(is_group)})

    def image(self, delegation_id: int) -> DelegationImage:
        row = self._db.execute(queries.DELEGATION, [delegation_id]).fetchone()
        if row is None:
            return DelegationImage(delegation_id)
        return DelegationImage(delegation_id, row[1], bool(row[2]))

    def restore(self, image: DelegationImage) -> None:
        self._db.execute(queries.DELETE_DELEGATION, [image.delegation_id])
        if image.name is not None:
            self._db.execute(
                queries.INSERT_DELEGATION, [image.delegation_id, image.name, int(image.is_group)]
            )

    # -- their stances ------------------------------------------------------------------------
    def write_stance(self, stance: DelegationStance, now: str) -> None:
        self._db.execute(
            queries.UPSERT_DELEGATION_STANCE,
            [stance.delegation_id, stance.item_id, stance.stance.value, stance.source, now],
        )

    def delete_stance(self, delegation_id: int, item_id: int) -> None:
        self._db.execute(queries.DELETE_DELEGATION_STANCE, [delegation_id, item_id])

    def stances_of_items(self, item_ids: Iterable[int]) -> list[DelegationStance]:
        ids = list(item_ids)
        if not ids:
            return []
        sql = queries.STANCES_OF_ITEMS.format(marks=",".join("?" * len(ids)))
        return [
            DelegationStance(int(r[0]), int(r[1]), Stance(r[2]), r[3], r[4])
            for r in self._db.execute(sql, ids)
        ]

    def stance_image(self, delegation_id: int, item_id: int) -> DelegationStanceImage:
        row = self._db.execute(queries.DELEGATION_STANCE, [delegation_id, item_id]).fetchone()
        if row is None:
            return DelegationStanceImage(delegation_id, item_id)
        return DelegationStanceImage(delegation_id, item_id, Stance(row[2]), row[3], row[4])

    def restore_stance(self, image: DelegationStanceImage) -> None:
        if image.stance is None:
            self.delete_stance(image.delegation_id, image.item_id)
            return
        stance = DelegationStance(image.delegation_id, image.item_id, image.stance, image.source)
        self.write_stance(stance, image.updated_at)
