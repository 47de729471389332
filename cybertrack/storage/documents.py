"""Documents with their sections and participants: reads, the import, whole-document images."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cybertrack.domain.identity import fingerprint_and_keys
from cybertrack.domain.library import is_adopted
from cybertrack.domain.model import DocumentRow, OutlineHeading, ParsedDocument
from cybertrack.domain.numbering import sort_key_text
from cybertrack.storage import queries
from cybertrack.storage.database import Database
from cybertrack.storage.images import DocumentAbsent, DocumentImage
from cybertrack.storage.precedents import PrecedentIndex

# Parents before children, so rows can be re-inserted in this order.
_DOCUMENT_TABLES = (
    "documents",
    "sections",
    "items",
    "participants",
    "positions",
    "stance_history",
    "room_statuses",
    "proposals",
    "proposal_delegations",
    "item_events",
    "team_map",
    "citations",
)


def _document_row(row: Sequence[Any]) -> DocumentRow:
    # The last two columns are the library and adopted flags, stored as 0/1 (made here, not by
    # dataclasses.replace: that took most of the time of reading 2,000 documents).
    values = [*row[:-2], bool(row[-2]), bool(row[-1])]
    return DocumentRow(*values)


class DocumentRepository:
    def __init__(self, db: Database, precedents: PrecedentIndex) -> None:
        self._db = db
        self._precedents = precedents

    def all(self) -> list[DocumentRow]:
        return [_document_row(row) for row in self._db.execute(queries.DOCUMENTS).fetchall()]

    def any(self) -> bool:
        return self._db.execute(queries.ANY_DOCUMENT).fetchone() is not None

    def get(self, document_id: int) -> DocumentRow | None:
        row = self._db.execute(queries.DOCUMENT, [document_id]).fetchone()
        return _document_row(row) if row else None

    def named(self, symbol: str | None, title: str) -> list[DocumentRow]:
        """Documents with this symbol or this title (what a new version could be taken for)."""
        rows = self._db.execute(queries.DOCUMENTS_NAMED, [symbol or None, title]).fetchall()
        return [DocumentRow(*row) for row in rows]

    def of_symbol(self, symbol: str) -> list[int]:
        """Ids of the documents that carry `symbol`, in the order of `all`."""
        return [int(row[0]) for row in self._db.execute(queries.DOCUMENTS_OF_SYMBOL, [symbol])]

    def of_symbol_stem(self, stem: str) -> set[int]:
        return {int(row[0]) for row in self._db.execute(queries.DOCUMENTS_OF_SYMBOL_STEM, [stem])}

    def of_items(self, item_ids: Sequence[int]) -> set[int]:
        """The documents holding these items."""
        if not item_ids:
            return set()
        sql = queries.DOCUMENT_IDS_OF_ITEMS.format(marks=",".join("?" * len(item_ids)))
        return {int(row[0]) for row in self._db.execute(sql, list(item_ids))}

    def id_by_hash(self, content_hash: str) -> int | None:
        row = self._db.execute(queries.DOCUMENT_BY_HASH, [content_hash]).fetchone()
        return int(row[0]) if row else None

    def participants(self, document_id: int) -> list[tuple[str, str | None]]:
        rows = self._db.execute(queries.PARTICIPANTS, [document_id]).fetchall()
        return [(row[0], row[1]) for row in rows]

    def section_headings(self, document_id: int | None = None) -> dict[int, list[OutlineHeading]]:
        """Document id -> its outline (every document's, or one's): in reading order, each
        heading that holds items, and the headings above them (an annex over its chapters)."""
        rows: dict[int, list[tuple[int, int | None, str, bool]]] = {}
        cursor = (
            self._db.execute(queries.SECTION_OUTLINE)
            if document_id is None
            else self._db.execute(queries.SECTION_OUTLINE_OF, [document_id])
        )
        for found_id, section_id, parent, heading, holds in cursor:
            rows.setdefault(int(found_id), []).append((section_id, parent, heading, bool(holds)))
        return {found_id: _outline(sections) for found_id, sections in rows.items()}

    def item_ancestors(self, document_id: int) -> dict[int, tuple[str, ...]]:
        """Item id -> the headings above its own section, outermost first (none for an item
        in a top-level section)."""
        tree = {
            int(section_id): (parent, heading)
            for section_id, parent, heading in self._db.execute(
                queries.SECTION_TREE_OF, [document_id]
            )
        }
        paths: dict[int, tuple[str, ...]] = {}

        def above(section_id: int) -> tuple[str, ...]:
            if section_id not in paths:
                path: list[str] = []
                parent = tree.get(section_id, (None, ""))[0]
                while parent is not None and parent in tree and len(path) < len(tree):
                    path.append(tree[parent][1])
                    parent = tree[parent][0]
                paths[section_id] = tuple(reversed(path))
            return paths[section_id]

        found: dict[int, tuple[str, ...]] = {}
        for item_id, section_id in self._db.execute(queries.ITEM_SECTIONS_OF, [document_id]):
            if headings := above(int(section_id)):
                found[int(item_id)] = headings
        return found

    def insert(
        self,
        doc: ParsedDocument,
        imported_at: str,
        version_label: str | None = None,
        *,
        library: bool = False,
        index: bool = True,
    ) -> int:
        """Store a parsed document (in the library of precedent if `library`) and queue its
        paragraphs to be indexed for precedent search just after (unless `index` is False: a
        bulk load that rebuilds the index once at the end)."""
        meeting = doc.meeting
        fingerprint, text_keys = fingerprint_and_keys((i.number, i.text or "") for i in doc.items)
        adopted = is_adopted(
            symbol=doc.symbol, kind=doc.kind, distribution=doc.distribution, library=library
        )
        document_id = self._db.insert(
            "documents",
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
                "version_label": version_label or None,
                "fingerprint": fingerprint,
                "library": int(library),
                "adopted": int(adopted),
            },
        )
        # One statement for all sections: their ids are given, so a child names its parent.
        (last_id,) = self._db.execute(queries.LAST_SECTION_ID).fetchone()
        section_ids = {section.key: last_id + 1 + n for n, section in enumerate(doc.sections)}
        self._db.insert_all(
            "sections",
            (
                {
                    "id": section_ids[section.key],
                    "document_id": document_id,
                    "parent_id": section_ids.get(section.parent_key)
                    if section.parent_key is not None
                    else None,
                    "label": section.label,
                    "title": section.title,
                    "level": section.level,
                    "position": position,
                }
                for position, section in enumerate(doc.sections)
            ),
        )
        self._db.insert_all(
            "items",
            (
                {
                    "document_id": document_id,
                    "section_id": section_ids.get(item.section_key)
                    if item.section_key is not None
                    else None,
                    "number": item.number,
                    "label": item.label,
                    "kind": item.kind.value,
                    "revision": item.revision.value if item.revision else None,
                    "text": item.text,
                    "position": position,
                    "sort_key": sort_key_text(item.number),
                    "text_key": text_keys[position],
                }
                for position, item in enumerate(doc.items)
            ),
        )
        self._db.insert_all(
            "participants",
            (
                {
                    "document_id": document_id,
                    "name": participant.name,
                    "on_behalf_of": participant.on_behalf_of,
                    "position": position,
                }
                for position, participant in enumerate(doc.participants)
            ),
        )
        if index:
            self._precedents.queue_document(document_id)
        return document_id

    # -- images -------------------------------------------------------------------------------
    def image(self, document_id: int) -> DocumentImage:
        rows = []
        for table in _DOCUMENT_TABLES:
            cursor = self._db.execute(queries.DOCUMENT_ROWS[table], [document_id])
            names = [d[0] for d in cursor.description]
            rows.append((table, tuple(dict(zip(names, r, strict=True)) for r in cursor)))
        return DocumentImage(document_id, tuple(rows))

    def restore(self, image: DocumentImage | DocumentAbsent) -> None:
        """Put the document back whole, or remove it (its rows go with it), keeping the
        precedent index in step: a document put back is queued for it, as at its import."""
        self._precedents.remove_document(image.document_id)
        self._db.execute(queries.DELETE_DOCUMENT, [image.document_id])
        if isinstance(image, DocumentImage):
            for table, rows in image.rows:
                if table == "documents":  # the triggers count the items as they come back
                    rows = tuple({**row, "item_count": 0, "decided_count": 0} for row in rows)
                if rows:
                    self._db.insert_all(table, rows)
            self._precedents.queue_document(image.document_id)


def _outline(sections: list[tuple[int, int | None, str, bool]]) -> list[OutlineHeading]:
    """The headings that hold items and those above them, each with its depth among them."""
    parents = {section_id: parent for section_id, parent, _, _ in sections}
    shown: set[int] = set()
    for section_id, _, _, holds in sections:
        key: int | None = section_id if holds else None
        while key is not None and key not in shown and key in parents:
            shown.add(key)
            key = parents[key]
    depths: dict[int, int] = {}

    def depth(section_id: int) -> int:
        if section_id not in depths:
            depths[section_id] = 0  # a loop in a damaged file ends here
            parent = parents.get(section_id)
            depths[section_id] = depth(parent) + 1 if parent in shown else 0
        return depths[section_id]

    return [
        OutlineHeading(heading, depth(section_id), holds)
        for section_id, _, heading, holds in sections
        if section_id in shown
    ]
