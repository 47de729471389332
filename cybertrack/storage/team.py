"""The team's rows: colleagues' positions keyed by paragraph identity and author, how identities
meet local items, the merge log and how far each hub has been read.

Identities are matched to items here by plain lookups; which match counts is decided in
services/team (the merge rules live there, and in domain/team.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.team import PROPOSALS, ROOM, TeamRow, canonical, position_json
from cybertrack.storage import team_queries as q
from cybertrack.storage.database import Database
from cybertrack.storage.images import (
    TeamMapImage,
    TeamMergeImage,
    TeamRowImage,
    TeamSourceImage,
    TeamTextImage,
)

# SQLite's default limit on host parameters is 32,766; stay well below it per statement.
_CHUNK = 900


@dataclass(frozen=True)
class LocalItem:
    """A local item as identity matching needs it."""

    id: int
    document_id: int
    doc_key: str
    number: str
    text_key: str
    label: str
    text: str


@dataclass(frozen=True)
class OwnPosition:
    """The local author's position on an item, with the item's identity (a row to share): its
    values as canonical JSON (domain.team.canonical), and the item's text."""

    item_id: int
    key: ParagraphKey
    at: str
    data: str
    text: str


@dataclass(frozen=True)
class OwnRecords:
    """The local author's rows of one kind on one item, from its local table: `data` as
    canonical JSON, `at` the newest change, `changed` the newest team clock (storage/migrations
    _v8)."""

    item_id: int
    key: ParagraphKey
    at: str
    data: str
    text: str
    changed: int


@dataclass(frozen=True)
class MapRow:
    key: ParagraphKey
    item_id: int
    how: str
    score: float


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _row(r: Sequence[Any]) -> TeamRow:
    return TeamRow(ParagraphKey(r[0], r[1], r[2]), r[3], r[4], r[5], r[6])


class TeamRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- rows ---------------------------------------------------------------------------------
    def rows(self, doc_keys: Iterable[str] | None = None) -> list[TeamRow]:
        """Every row in the team table, or those on the documents `doc_keys`."""
        if doc_keys is None:
            return [_row(r) for r in self._db.execute(q.ALL_ROWS)]
        found: list[TeamRow] = []
        for chunk in _chunks(sorted(set(doc_keys))):
            sql = q.ROWS_OF_DOCUMENTS.format(marks=",".join("?" * len(chunk)))
            found += [_row(r) for r in self._db.execute(sql, list(chunk))]
        return found

    def keys_on_document(self, document_id: int) -> set[ParagraphKey]:
        """Identities of team rows an item of the document has by number and text key."""
        rows = self._db.execute(q.KEYS_ON_DOCUMENT, [document_id])
        return {ParagraphKey(r[0], r[1], r[2]) for r in rows}

    def images_of_documents(
        self, doc_keys: Iterable[str]
    ) -> dict[tuple[ParagraphKey, str, str], TeamRowImage]:
        """(identity, kind, author) -> the row's image, for every row on these documents."""
        found: dict[tuple[ParagraphKey, str, str], TeamRowImage] = {}
        for chunk in _chunks(sorted(set(doc_keys))):
            sql = q.IMAGES_OF_DOCUMENTS.format(marks=",".join("?" * len(chunk)))
            for r in self._db.execute(sql, list(chunk)):
                key = ParagraphKey(r[0], r[1], r[2])
                found[(key, r[3], r[4])] = TeamRowImage(*key, r[3], r[4], r[5], r[6], r[7])
        return found

    def rows_since(self, since: str, changed_after: int = -1) -> list[TeamRow]:
        """Rows changed after the team time `since` and written after the clock value
        `changed_after` (-1: ever)."""
        return [_row(r) for r in self._db.execute(q.ROWS_SINCE, [since, changed_after])]

    def tick(self) -> int:
        """Move the team clock on; its new value (a push's mark: storage/migrations _v8)."""
        return int(self._db.execute(q.TICK).fetchone()[0])

    def image(self, key: ParagraphKey, kind: str, author: str) -> TeamRowImage:
        r = self._db.execute(q.ROW, [key.document, key.number, key.text, kind, author]).fetchone()
        if r is None:
            return TeamRowImage(key.document, key.number, key.text, kind, author)
        return TeamRowImage(key.document, key.number, key.text, kind, author, r[0], r[1], r[2])

    def write(self, image: TeamRowImage) -> None:
        ident = [image.doc_key, image.number, image.text_key, image.kind, image.author]
        if image.at is None:
            self._db.execute(q.DELETE_ROW, ident)
        else:
            self._db.execute(q.UPSERT_ROW, [*ident, image.at, image.data, image.merge_id])

    def write_many(self, images: Sequence[TeamRowImage]) -> None:
        """`write` for many rows of distinct identities, one statement per kind of write."""
        gone = [[i.doc_key, i.number, i.text_key, i.kind, i.author] for i in images if i.at is None]
        kept = [
            [i.doc_key, i.number, i.text_key, i.kind, i.author, i.at, i.data, i.merge_id]
            for i in images
            if i.at is not None
        ]
        if gone:
            self._db.conn.executemany(q.DELETE_ROW, gone)
        if kept:
            self._db.conn.executemany(q.UPSERT_ROW, kept)

    # -- the local author's own rows (the positions table) --------------------------------------
    def own_positions(self, since: str = "", changed_after: int = -1) -> list[OwnPosition]:
        return [
            OwnPosition(
                int(r[0]),
                ParagraphKey(r[1], r[2], r[3]),
                r[4],
                position_json(r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]),
                r[13],
            )
            for r in self._db.execute(q.OWN_POSITIONS, [since, changed_after])
        ]

    def own_room(self) -> list[OwnRecords]:
        """Each item's room entries as the local author recorded them (a "room" row)."""
        grouped: dict[int, list[Any]] = {}
        for r in self._db.execute(q.OWN_ROOM):
            grouped.setdefault(int(r[0]), []).append(r)
        return [
            OwnRecords(
                item_id,
                ParagraphKey(rows[0][1], rows[0][2], rows[0][3]),
                max(r[8] for r in rows),
                canonical(ROOM.read({"entries": [[r[5], r[6], r[7]] for r in rows]})),
                rows[0][4],
                max(int(r[9]) for r in rows),
            )
            for item_id, rows in grouped.items()
        ]

    def own_proposals(self) -> list[OwnRecords]:
        """Each item's proposals as the local author recorded them (a "proposals" row),
        delegations by name."""
        sides: dict[int, dict[str, list[str]]] = {}
        for proposal_id, name, side in self._db.execute(q.ALL_PROPOSAL_SIDES):
            sides.setdefault(int(proposal_id), {}).setdefault(side, []).append(name)
        grouped: dict[int, list[Any]] = {}
        for r in self._db.execute(q.OWN_PROPOSALS):
            grouped.setdefault(int(r[0]), []).append(r)
        found = []
        for item_id, rows in grouped.items():
            proposals = [
                {
                    "by": r[6],
                    "text": r[7],
                    "made_at": r[8],
                    "withdrawn_at": r[9],
                    "new_paragraph": bool(r[10]),
                    "supported_by": sorted(sides.get(int(r[5]), {}).get("support", [])),
                    "opposed_by": sorted(sides.get(int(r[5]), {}).get("oppose", [])),
                }
                for r in rows
            ]
            found.append(
                OwnRecords(
                    item_id,
                    ParagraphKey(rows[0][1], rows[0][2], rows[0][3]),
                    max(r[11] for r in rows),
                    canonical(PROPOSALS.read({"proposals": proposals})),
                    rows[0][4],
                    max(int(r[12]) for r in rows),
                )
            )
        return found

    def shared_times(self, item_ids: Sequence[int]) -> dict[int, str]:
        """Item id -> when the local author last changed its position, for the team."""
        found: dict[int, str] = {}
        for chunk in _chunks(list(item_ids)):
            sql = q.SHARED_TIMES.format(marks=",".join("?" * len(chunk)))
            found.update({int(r[0]): r[1] for r in self._db.execute(sql, list(chunk))})
        return found

    # -- identities and local items -------------------------------------------------------------
    def items_of_fingerprints(self, doc_keys: Iterable[str]) -> list[LocalItem]:
        found: list[LocalItem] = []
        for chunk in _chunks(sorted(set(doc_keys))):
            sql = q.ITEMS_OF_FINGERPRINTS.format(marks=",".join("?" * len(chunk)))
            found += [LocalItem(*r) for r in self._db.execute(sql, list(chunk))]
        return found

    def items_with_text_keys(
        self, text_keys: Iterable[str], with_text: bool = True
    ) -> list[LocalItem]:
        """Items whose text key is one of `text_keys` (their text "" unless `with_text`)."""
        found: list[LocalItem] = []
        query = q.ITEMS_WITH_TEXT_KEYS if with_text else q.KEYS_WITH_TEXT_KEYS
        for chunk in _chunks(sorted(set(text_keys))):
            sql = query.format(marks=",".join("?" * len(chunk)))
            found += [LocalItem(*r) for r in self._db.execute(sql, list(chunk))]
        return found

    def items_of_documents(self, document_ids: Iterable[int]) -> list[LocalItem]:
        found: list[LocalItem] = []
        for chunk in _chunks(sorted(set(document_ids))):
            sql = q.ITEMS_OF_DOCUMENTS.format(marks=",".join("?" * len(chunk)))
            found += [LocalItem(*r) for r in self._db.execute(sql, list(chunk))]
        return found

    def documents_of_fingerprints(
        self, doc_keys: Iterable[str]
    ) -> dict[str, tuple[str, str | None]]:
        """Fingerprint -> (title, symbol) of the first local document with it."""
        found: dict[str, tuple[str, str | None]] = {}
        for chunk in _chunks(sorted(set(doc_keys))):
            sql = q.DOCUMENTS_OF_FINGERPRINTS.format(marks=",".join("?" * len(chunk)))
            for r in self._db.execute(sql, list(chunk)):
                found.setdefault(r[0], (r[1], r[2]))
        return found

    def document_names(self) -> dict[int, str]:
        """Document id -> its symbol, or its title if it has none."""
        return {int(r[0]): r[1] for r in self._db.execute(q.DOCUMENT_NAMES)}

    def sample(self, doc_key: str, size: int) -> list[tuple[str, str]]:
        """The `size` paragraphs (number, text key) with the smallest text keys."""
        return [(r[0], r[1]) for r in self._db.execute(q.SAMPLE, [doc_key, size])]

    def item_keys(self, item_ids: Sequence[int]) -> dict[int, ParagraphKey]:
        found: dict[int, ParagraphKey] = {}
        for chunk in _chunks(list(item_ids)):
            sql = q.ITEM_KEYS.format(marks=",".join("?" * len(chunk)))
            found.update(
                {int(r[0]): ParagraphKey(r[1], r[2], r[3]) for r in self._db.execute(sql, chunk)}
            )
        return found

    def maps(self) -> list[MapRow]:
        return [
            MapRow(ParagraphKey(r[0], r[1], r[2]), int(r[3]), r[4], float(r[5]))
            for r in self._db.execute(q.ALL_MAPS)
        ]

    def map_image(self, key: ParagraphKey, item_id: int) -> TeamMapImage:
        r = self._db.execute(q.MAP, [key.document, key.number, key.text, item_id]).fetchone()
        if r is None:
            return TeamMapImage(key.document, key.number, key.text, item_id)
        return TeamMapImage(key.document, key.number, key.text, item_id, r[0], float(r[1]))

    def write_map(self, image: TeamMapImage) -> None:
        ident = [image.doc_key, image.number, image.text_key, image.item_id]
        self._db.execute(q.DELETE_MAP, ident)
        if image.how is not None:
            self._db.execute(q.INSERT_MAP, [*ident, image.how, image.score])

    def map_images(self) -> dict[tuple[ParagraphKey, int], TeamMapImage]:
        """Every tie, by (identity, item id): what `map_image` reads one at a time."""
        return {
            (ParagraphKey(r[0], r[1], r[2]), int(r[3])): TeamMapImage(
                r[0], r[1], r[2], int(r[3]), r[4], float(r[5])
            )
            for r in self._db.execute(q.ALL_MAPS)
        }

    def write_maps(self, images: Sequence[TeamMapImage]) -> None:
        """`write_map` for many ties of distinct identities, one statement per kind of write."""
        idents = [[i.doc_key, i.number, i.text_key, i.item_id] for i in images]
        self._db.conn.executemany(q.DELETE_MAP, idents)
        kept = [[*ident, i.how, i.score] for ident, i in zip(idents, images, strict=True) if i.how]
        if kept:
            self._db.conn.executemany(q.INSERT_MAP, kept)

    # -- texts of paragraphs known only from packs ---------------------------------------------
    def texts(self) -> dict[ParagraphKey, tuple[str, str]]:
        """Identity -> (document name, text), for paragraphs packs told us about."""
        return {ParagraphKey(r[0], r[1], r[2]): (r[3], r[4]) for r in self._db.execute(q.ALL_TEXTS)}

    def text_image(self, key: ParagraphKey) -> TeamTextImage:
        r = self._db.execute(q.TEXT, [key.document, key.number, key.text]).fetchone()
        if r is None:
            return TeamTextImage(key.document, key.number, key.text)
        return TeamTextImage(key.document, key.number, key.text, r[0], r[1])

    def write_text(self, image: TeamTextImage) -> None:
        ident = [image.doc_key, image.number, image.text_key]
        if image.text is None:
            self._db.execute(q.DELETE_TEXT, ident)
        else:
            self._db.execute(q.UPSERT_TEXT, [*ident, image.document, image.text])

    def text_images(self) -> dict[ParagraphKey, TeamTextImage]:
        """Every kept text, by identity: what `text_image` reads one at a time."""
        return {
            ParagraphKey(r[0], r[1], r[2]): TeamTextImage(r[0], r[1], r[2], r[3], r[4])
            for r in self._db.execute(q.ALL_TEXTS)
        }

    def write_texts(self, images: Sequence[TeamTextImage]) -> None:
        """`write_text` for many texts of distinct identities."""
        gone = [[i.doc_key, i.number, i.text_key] for i in images if i.text is None]
        kept = [
            [i.doc_key, i.number, i.text_key, i.document, i.text]
            for i in images
            if i.text is not None
        ]
        if gone:
            self._db.conn.executemany(q.DELETE_TEXT, gone)
        if kept:
            self._db.conn.executemany(q.UPSERT_TEXT, kept)

    # -- the merge log and the hubs' marks -----------------------------------------------------
    def next_merge_id(self) -> int:
        return int(self._db.execute(q.NEXT_MERGE_ID).fetchone()[0])

    def merges(self, limit: int = 20) -> list[TeamMergeImage]:
        return [
            TeamMergeImage(int(r[0]), r[1], r[2], r[3]) for r in self._db.execute(q.MERGES, [limit])
        ]

    def merge_image(self, merge_id: int) -> TeamMergeImage:
        r = self._db.execute(q.MERGE, [merge_id]).fetchone()
        return TeamMergeImage(merge_id, r[0], r[1], r[2]) if r else TeamMergeImage(merge_id)

    def write_merge(self, image: TeamMergeImage) -> None:
        self._db.execute(q.DELETE_MERGE, [image.merge_id])
        if image.at is not None:
            self._db.execute(
                q.INSERT_MERGE, [image.merge_id, image.at, image.source, image.changes]
            )

    def source_image(self, source: str) -> TeamSourceImage:
        r = self._db.execute(q.SOURCE, [source]).fetchone()
        return TeamSourceImage(source, r[0] if r else None)

    def write_source(self, image: TeamSourceImage) -> None:
        if image.mark is None:
            self._db.execute(q.DELETE_SOURCE, [image.source])
        else:
            self._db.execute(q.UPSERT_SOURCE, [image.source, image.mark])

    # -- what the desk shows --------------------------------------------------------------------
    def rows_on_items(self, item_ids: Sequence[int]) -> list[tuple[int, TeamRow]]:
        """(item id, row) for every team row on these items (by identity or by a tie)."""
        found: list[tuple[int, TeamRow]] = []
        for chunk in _chunks(list(item_ids)):
            marks = ",".join("?" * len(chunk))
            sql = q.ROWS_ON_ITEMS.format(marks=marks)
            found += [(int(r[0]), _row(r[1:])) for r in self._db.execute(sql, [*chunk, *chunk])]
        return found

    def rows_on_document(self, document_id: int) -> list[tuple[int, TeamRow]]:
        rows = self._db.execute(q.ROWS_ON_DOCUMENT, [document_id])
        return [(int(r[0]), _row(r[1:])) for r in rows]
