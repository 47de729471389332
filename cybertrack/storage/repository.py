"""Reads and writes of workspace rows. Every method runs inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cybertrack.domain.model import (
    DocumentRow,
    HistoryRow,
    ItemRow,
    ParsedDocument,
    Stance,
)
from cybertrack.domain.numbering import sort_key_text
from cybertrack.storage import queries

if TYPE_CHECKING:
    import sqlite_utils


_DOCUMENT_TABLES = ("documents", "sections", "items", "participants", "positions", "stance_history")


@dataclass(frozen=True)
class PositionImage:
    """One item's position row as it was (None fields mean 'no row')."""

    item_id: int
    stance: str | None
    note: str
    amendment: str
    exists: bool
    rationale: str = ""
    priority: int = 0


@dataclass(frozen=True)
class DocumentImage:
    """Every row that belongs to one document, to delete or restore it whole."""

    document_id: int
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


class Repository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- transactions -------------------------------------------------------------------------
    def atomic(self) -> Any:
        from cybertrack.storage.transactions import write_transaction

        return write_transaction(self.db)

    # -- documents ----------------------------------------------------------------------------
    def document_id_by_hash(self, content_hash: str) -> int | None:
        row = self.db.execute(queries.DOCUMENT_BY_HASH, [content_hash]).fetchone()
        return int(row[0]) if row else None

    def insert_document(self, doc: ParsedDocument, imported_at: str) -> int:
        meeting = doc.meeting
        documents = self.db.table("documents")
        documents.insert(
            {
                "symbol": doc.symbol,
                "title": doc.title,
                "kind": doc.kind,
                "body": meeting.body,
                "session": meeting.session,
                "venue": meeting.venue,
                "start_date": meeting.start_date.isoformat() if meeting.start_date else None,
                "end_date": meeting.end_date.isoformat() if meeting.end_date else None,
                "doc_date": doc.doc_date.isoformat() if doc.doc_date else None,
                "agenda_item": doc.agenda_item,
                "distribution": doc.distribution,
                "original_language": doc.original_language,
                "source_name": doc.source_name,
                "content_hash": doc.content_hash,
                "imported_at": imported_at,
                "source_format": doc.source_format,
            }
        )
        document_id = int(documents.last_pk or 0)
        section_ids: dict[int, int] = {}
        sections = self.db.table("sections")
        for position, section in enumerate(doc.sections):
            sections.insert(
                {
                    "document_id": document_id,
                    "parent_id": section_ids.get(section.parent_key)
                    if section.parent_key is not None
                    else None,
                    "label": section.label,
                    "title": section.title,
                    "level": section.level,
                    "position": position,
                }
            )
            section_ids[section.key] = int(sections.last_pk or 0)
        self.db.table("items").insert_all(
            {
                "document_id": document_id,
                "section_id": section_ids.get(item.section_key)
                if item.section_key is not None
                else None,
                "number": item.number,
                "label": item.label,
                "kind": item.kind,
                "text": item.text,
                "position": position,
                "sort_key": sort_key_text(item.number),
            }
            for position, item in enumerate(doc.items)
        )
        self.db.table("participants").insert_all(
            {
                "document_id": document_id,
                "name": participant.name,
                "on_behalf_of": participant.on_behalf_of,
                "position": position,
            }
            for position, participant in enumerate(doc.participants)
        )
        return document_id

    def documents(self) -> list[DocumentRow]:
        cursor = self.db.execute(queries.DOCUMENTS)
        return [DocumentRow(*row) for row in cursor.fetchall()]

    def document(self, document_id: int) -> DocumentRow | None:
        row = self.db.execute(queries.DOCUMENT, [document_id]).fetchone()
        return DocumentRow(*row) if row else None

    def participants(self, document_id: int) -> list[tuple[str, str | None]]:
        return [
            (row[0], row[1])
            for row in self.db.execute(queries.PARTICIPANTS, [document_id]).fetchall()
        ]

    def snapshot_document(self, document_id: int) -> DocumentImage:
        rows = []
        for table in _DOCUMENT_TABLES:
            sql = queries.DOCUMENT_ROWS[table]
            cursor = self.db.execute(sql, [document_id])
            names = [d[0] for d in cursor.description]
            rows.append((table, tuple(dict(zip(names, r, strict=True)) for r in cursor)))
        return DocumentImage(document_id, tuple(rows))

    def delete_document(self, document_id: int) -> None:
        self.db.execute(queries.DELETE_DOCUMENT, [document_id])

    def restore_document(self, image: DocumentImage) -> None:
        for table, rows in image.rows:
            if rows:
                self.db.table(table).insert_all(rows)

    # -- items --------------------------------------------------------------------------------
    def items(
        self, document_id: int | None = None, item_ids: Iterable[int] | None = None
    ) -> list[ItemRow]:
        if item_ids is not None:
            ids = list(item_ids)
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            cursor = self.db.execute(queries.ITEMS_BY_IDS.format(marks=marks), ids)
        elif document_id is not None:
            cursor = self.db.execute(queries.ITEMS_OF_DOCUMENT, [document_id])
        else:
            cursor = self.db.execute(queries.ALL_ITEMS)
        return [_item_row(row) for row in cursor.fetchall()]

    def item_id_by_number(self, document_id: int, number: str) -> int | None:
        row = self.db.execute(queries.ITEM_BY_NUMBER, [document_id, number]).fetchone()
        return int(row[0]) if row else None

    def existing_item_ids(self, item_ids: Sequence[int]) -> set[int]:
        if not item_ids:
            return set()
        marks = ",".join("?" * len(item_ids))
        sql = queries.EXISTING_ITEMS.format(marks=marks)
        return {int(row[0]) for row in self.db.execute(sql, list(item_ids))}

    def search_item_ids(self, fts_query: str, document_id: int | None = None) -> list[int]:
        if document_id is None:
            cursor = self.db.execute(queries.SEARCH_ALL, [fts_query])
        else:
            cursor = self.db.execute(queries.SEARCH_DOCUMENT, [fts_query, document_id])
        return [int(row[0]) for row in cursor]

    # -- positions ----------------------------------------------------------------------------
    def position_images(self, item_ids: Iterable[int]) -> list[PositionImage]:
        ids = list(item_ids)
        marks = ",".join("?" * len(ids))
        found = {
            int(row[0]): row
            for row in self.db.execute(queries.POSITIONS_BY_IDS.format(marks=marks), ids)
        }
        images = []
        for item_id in ids:
            row = found.get(item_id)
            if row is None:
                images.append(PositionImage(item_id, None, "", "", exists=False))
            else:
                images.append(
                    PositionImage(
                        item_id,
                        row[1],
                        row[2],
                        row[3],
                        exists=True,
                        rationale=row[4],
                        priority=int(row[5]),
                    )
                )
        return images

    def write_position(self, image: PositionImage, now: str) -> None:
        """Write one position row as `image` says, recording a stance change in the history."""
        current = self.position_images([image.item_id])[0]
        if not image.exists:
            self.db.execute(queries.DELETE_POSITION, [image.item_id])
        else:
            self.db.execute(
                queries.UPSERT_POSITION,
                [
                    image.item_id,
                    image.stance,
                    image.note,
                    image.amendment,
                    image.rationale,
                    image.priority,
                    now,
                ],
            )
        if current.stance != image.stance:
            self.db.execute(
                queries.INSERT_HISTORY, [image.item_id, current.stance, image.stance, now]
            )

    def history(self, item_id: int) -> list[HistoryRow]:
        return [
            HistoryRow(
                item_id=int(row[0]),
                old=Stance(row[1]) if row[1] else None,
                new=Stance(row[2]) if row[2] else None,
                changed_at=row[3],
            )
            for row in self.db.execute(queries.HISTORY, [item_id])
        ]

    def stance_counts(self, document_id: int) -> dict[str | None, int]:
        return {
            row[0]: int(row[1]) for row in self.db.execute(queries.STANCE_COUNTS, [document_id])
        }

    # -- settings -----------------------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        return {str(row[0]): str(row[1]) for row in self.db.execute(queries.SETTINGS)}

    def setting(self, key: str) -> str | None:
        row = self.db.execute(queries.SETTING, [key]).fetchone()
        return str(row[0]) if row else None

    def write_setting(self, key: str, value: str | None) -> None:
        if value is None:
            self.db.execute(queries.DELETE_SETTING, [key])
        else:
            self.db.execute(queries.UPSERT_SETTING, [key, value])


def _item_row(row: Sequence[Any]) -> ItemRow:
    return ItemRow(
        id=int(row[0]),
        document_id=int(row[1]),
        number=row[2],
        label=row[3],
        kind=row[4],
        section=row[5],
        text=row[6],
        stance=Stance(row[7]) if row[7] else None,
        note=row[8] or "",
        amendment=row[9] or "",
        position=int(row[10]),
        updated_at=row[11],
        rationale=row[12] or "",
        priority=int(row[13] or 0),
    )


def section_headings(db: sqlite_utils.Database) -> dict[int, list[str]]:
    """Document id -> its section headings in reading order."""
    found: dict[int, list[str]] = {}
    for document_id, heading in db.execute(queries.SECTION_HEADINGS):
        found.setdefault(int(document_id), []).append(heading)
    return found
