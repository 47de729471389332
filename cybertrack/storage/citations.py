"""Citations: the paragraphs an item's proposed wording cites as agreed language, in order."""

from __future__ import annotations

from collections.abc import Sequence

from cybertrack.domain.library import CitedParagraph
from cybertrack.storage.database import Database
from cybertrack.storage.images import CitationsImage
from cybertrack.storage.precedents import paragraph_row

_CITED_IDS = "SELECT cited_item_id FROM citations WHERE item_id = ? ORDER BY position"
_DELETE = "DELETE FROM citations WHERE item_id = ?"
_INSERT = "INSERT INTO citations (item_id, position, cited_item_id) VALUES (?, ?, ?)"
_OF_ITEMS = """
    SELECT c.item_id, i.id, i.document_id, d.symbol, d.title, i.number, i.label, i.text,
           d.adopted, d.library, d.doc_date
    FROM citations c JOIN items i ON i.id = c.cited_item_id JOIN documents d ON d.id = i.document_id
    WHERE c.item_id IN ({marks}) ORDER BY c.item_id, c.position
"""


class CitationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def image(self, item_id: int) -> CitationsImage:
        rows = self._db.execute(_CITED_IDS, [item_id]).fetchall()
        return CitationsImage(item_id, tuple(int(row[0]) for row in rows))

    def write(self, image: CitationsImage) -> None:
        self._db.execute(_DELETE, [image.item_id])
        self._db.conn.executemany(
            _INSERT, [(image.item_id, n, cited) for n, cited in enumerate(image.cited)]
        )

    def of_items(self, item_ids: Sequence[int]) -> dict[int, list[CitedParagraph]]:
        """Item id -> the paragraphs it cites, in order (items citing nothing are left out)."""
        found: dict[int, list[CitedParagraph]] = {}
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            sql = _OF_ITEMS.format(marks=",".join("?" * len(chunk)))
            for row in self._db.execute(sql, chunk):
                found.setdefault(int(row[0]), []).append(paragraph_row(row[1:])[0])
        return found
