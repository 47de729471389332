"""Workspace settings: the delegation that issues the papers, the author's initials."""

from __future__ import annotations

from cybertrack.storage import queries
from cybertrack.storage.database import Database
from cybertrack.storage.images import SettingImage


class SettingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> dict[str, str]:
        return {str(row[0]): str(row[1]) for row in self._db.execute(queries.SETTINGS)}

    def get(self, key: str) -> str | None:
        row = self._db.execute(queries.SETTING, [key]).fetchone()
        return str(row[0]) if row else None

    def image(self, key: str) -> SettingImage:
        return SettingImage(key, self.get(key))

    def write(self, image: SettingImage) -> None:
        if image.value is None:
            self._db.execute(queries.DELETE_SETTING, [image.key])
        else:
            self._db.execute(queries.UPSERT_SETTING, [image.key, image.value])
