"""The precedent index: winnowed word shingles -> paragraphs, and the reads a search makes.

Postings are (shingle, item, size) rows in WITHOUT ROWID tables clustered on the shingle, so one
shingle's paragraphs are one range read; `size` is the paragraph's length as its votes are
counted (domain/precedent.py's `index_entry`), so candidates are ranked by votes for their
length without another read. Counts say how many paragraphs hold each shingle, which lets a
search pick its rare shingles before it reads any posting.

Three tiers, as in a log-structured index; searches read all three and counts add up across
them:
- the bulk segment (`precedent_postings`, `precedent_counts`), written sorted in one pass by
  `rebuild` (a migration, the benchmark's million paragraphs);
- the added segment (`precedent_added`, `precedent_added_counts`), into which recent runs are
  folded, a slice at a time, after the import that made them was shown (`fold_step`);
- recent runs (`precedent_recent`, `precedent_recent_counts`, listed in `precedent_runs`): each
  imported document's postings keyed by the document first, so an import writes only pages of
  its own (a run at the end of the table) and its undo deletes one range, however large the
  workspace. An import into a workspace of 100,000 paragraphs that wrote into the added segment
  directly touched a page of it per shingle (2 million rows: 3x the import into an empty one).
  At most RECENT_RUNS runs are left unfolded, which bounds the extra seeks a search makes.

An import does not wait for its run: the document is queued (`precedent_pending`) in the
import's transaction and indexed in a transaction of its own just after (`index_step`), by the
desk's writer once the document is on its way to the window, or by the CLI before it exits. A
queue left by a crash is indexed the next time. Until then a search does not find its paragraphs.

A paragraph of the bulk or added segment taken out (undo) leaves a negative count in the added
one. Paragraphs are indexed when their document is imported and taken out when it is removed,
computed again from their text, so the postings need no index by item.
"""

from __future__ import annotations

import json
import os
from array import array
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from cybertrack.domain.library import CitedParagraph
from cybertrack.domain.precedent import index_entry
from cybertrack.storage.database import JSON_FUNCTIONS, Database
from cybertrack.storage.readers import ReadPool

if TYPE_CHECKING:
    from concurrent.futures import Future

# Paragraphs, and shingles in a JSON array, handled per statement or sort: bounded, so that no
# single call into C holds the interpreter long while the window waits for it.
SLICE = 200
JSON_SLICE = 10_000
RECENT_RUNS = 8  # documents whose postings stay in runs of their own (see the module's text)
FOLD_SLICE = 500  # postings folded per transaction: the window's own writes wait for one
_DELETE_POSTINGS = (
    "DELETE FROM precedent_added WHERE shingle = ? AND item_id = ?",
    "DELETE FROM precedent_postings WHERE shingle = ? AND item_id = ?",
)
_ADD_COUNT = """
    INSERT INTO precedent_added_counts (shingle, items) VALUES (?, ?)
    ON CONFLICT(shingle) DO UPDATE SET items = items + excluded.items
"""
_DROP_ZERO_COUNT = "DELETE FROM precedent_added_counts WHERE shingle = ? AND items = 0"
# A document's run: its postings and its counts keyed by the document first.
_ADD_RUN_POSTING = """
    INSERT OR IGNORE INTO precedent_recent (document_id, shingle, item_id, size)
    VALUES (?, ?, ?, ?)
"""
_ADD_RUN_POSTINGS_OF = """
    INSERT OR IGNORE INTO precedent_recent (document_id, shingle, item_id, size)
    SELECT ?, value, ?, ? FROM json_each(?)
"""
_ADD_RUN_COUNT = """
    INSERT INTO precedent_recent_counts (document_id, shingle, items) VALUES (?, ?, ?)
"""
_ADD_RUN_COUNTS = """
    INSERT INTO precedent_recent_counts (document_id, shingle, items)
    SELECT ?, value, ? FROM json_each(?)
"""
_RUN = "SELECT folded_to FROM precedent_runs WHERE document_id = ?"
_QUEUE = "INSERT INTO precedent_pending (document_id) VALUES (?)"
_NEXT_PENDING = "SELECT document_id FROM precedent_pending ORDER BY document_id LIMIT 1"
_UNQUEUE = "DELETE FROM precedent_pending WHERE document_id = ?"
_RUNS = "SELECT document_id, folded_to FROM precedent_runs ORDER BY document_id"
_DROP_RUN = (
    "DELETE FROM precedent_recent WHERE document_id = ?",
    "DELETE FROM precedent_recent_counts WHERE document_id = ?",
    "DELETE FROM precedent_runs WHERE document_id = ?",
)
# Folding one slice of a run, shingles lo <= s <= hi (?1 document, ?2 lo, ?3 hi), into the
# added segment: postings, counts added to its counts, the emptied counts dropped.
_RUN_RANGE = "document_id = ?1 AND shingle BETWEEN ?2 AND ?3"
_FOLD_SLICE_END = """
    SELECT shingle FROM precedent_recent WHERE document_id = ? AND shingle >= ?
    ORDER BY shingle LIMIT 1 OFFSET ?
"""
_FOLD = (
    f"""INSERT OR IGNORE INTO precedent_added (shingle, item_id, size)
        SELECT shingle, item_id, size FROM precedent_recent WHERE {_RUN_RANGE}""",
    f"""INSERT INTO precedent_added_counts (shingle, items)
        SELECT shingle, items FROM precedent_recent_counts WHERE {_RUN_RANGE} AND true
        ON CONFLICT(shingle) DO UPDATE SET items = items + excluded.items""",
    f"""DELETE FROM precedent_added_counts WHERE items = 0 AND shingle IN (
        SELECT shingle FROM precedent_recent_counts WHERE {_RUN_RANGE})""",
    f"DELETE FROM precedent_recent WHERE {_RUN_RANGE}",
    f"DELETE FROM precedent_recent_counts WHERE {_RUN_RANGE}",
)
_FOLDED_TO = "UPDATE precedent_runs SET folded_to = ? WHERE document_id = ?"
_LAST_SHINGLE = (1 << 63) - 1  # shingles are 63-bit
# The same for the shingles of a JSON array whose counts change by the same amount.
_ADD_COUNTS = """
    INSERT INTO precedent_added_counts (shingle, items) SELECT value, ? FROM json_each(?) WHERE true
    ON CONFLICT(shingle) DO UPDATE SET items = items + excluded.items
"""
_DROP_ZERO_COUNTS = """
    DELETE FROM precedent_added_counts
    WHERE shingle IN (SELECT value FROM json_each(?)) AND items = 0
"""
_COUNTS = """
    SELECT shingle, sum(items) FROM (
        SELECT shingle, items FROM precedent_counts WHERE shingle IN ({marks})
        UNION ALL
        SELECT shingle, items FROM precedent_added_counts WHERE shingle IN ({marks})
        UNION ALL
        SELECT c.shingle, c.items FROM precedent_runs r
        CROSS JOIN precedent_recent_counts c ON c.document_id = r.document_id
        WHERE c.shingle IN ({marks})
    ) GROUP BY shingle HAVING sum(items) > 0
"""
# The planner walks the few query shingles and seeks each one's range of postings in each
# segment, and in each run (CROSS JOIN keeps that order; left to itself, the planner scanned
# every run's postings once per shingle). Votes are ranked as votes^2 / size (a cosine
# without the draft's constant): a paragraph that holds the draft and much else ranks below
# the one the draft was drawn from.
_CANDIDATES = """
    WITH q(shingle, weight) AS (VALUES {values}),
    hits AS (
        SELECT p.item_id, q.weight, p.size
        FROM q JOIN precedent_postings p ON p.shingle = q.shingle
        UNION ALL
        SELECT a.item_id, q.weight, a.size
        FROM q JOIN precedent_added a ON a.shingle = q.shingle
        UNION ALL
        SELECT c.item_id, q.weight, c.size
        FROM q CROSS JOIN precedent_runs r
        CROSS JOIN precedent_recent c ON c.document_id = r.document_id AND c.shingle = q.shingle
    )
    SELECT item_id, sum(weight) AS votes, max(size) AS size
    FROM hits GROUP BY item_id ORDER BY votes * votes / size DESC, item_id DESC LIMIT ?
"""
_LATEST_POSTINGS = """
    SELECT item_id FROM (
        SELECT item_id FROM (
            SELECT item_id FROM precedent_postings WHERE shingle = ?1
            ORDER BY item_id DESC LIMIT ?2)
        UNION ALL
        SELECT item_id FROM (
            SELECT item_id FROM precedent_added WHERE shingle = ?1
            ORDER BY item_id DESC LIMIT ?2)
        UNION ALL
        SELECT item_id FROM (
            SELECT c.item_id FROM precedent_runs r
            CROSS JOIN precedent_recent c ON c.document_id = r.document_id AND c.shingle = ?1
            ORDER BY c.item_id DESC LIMIT ?2)
    ) ORDER BY item_id DESC LIMIT ?2
"""
_TEXTS_OF = "SELECT id, text FROM items WHERE id IN ({marks})"
# Reads a range of postings and nothing more: what `candidates` has read ahead of it.
_TOUCH_POSTINGS = "SELECT count(*) FROM precedent_postings WHERE shingle IN ({marks})"
_PARAGRAPHS = """
    SELECT i.id, i.document_id, d.symbol, d.title, i.number, i.label, i.text, d.adopted,
           d.library, d.doc_date
    FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id IN ({marks})
"""
# Full-text reads of the items' own text (the search index also holds the delegate's notes).
_BM25 = "SELECT rowid FROM item_search WHERE item_search MATCH ? ORDER BY rank LIMIT ?"
_PHRASE_LATEST = (
    "SELECT rowid FROM item_search WHERE item_search MATCH ? ORDER BY rowid DESC LIMIT ?"
)
_SIZE = "SELECT coalesce(max(id), 0) FROM items"
_TEXTS = "SELECT id, text FROM items WHERE document_id = ?"
_ALL_TEXTS = "SELECT id, text FROM items WHERE id > ? ORDER BY id LIMIT ?"
_TABLES = (
    "precedent_postings",
    "precedent_counts",
    "precedent_added",
    "precedent_added_counts",
    "precedent_recent",
    "precedent_recent_counts",
    "precedent_runs",
    "precedent_pending",
)


def _postings(items: Iterable[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """(shingle, item id, the item's size for ranking) for each posting."""
    found = []
    for item_id, text in items:
        shingles, size = index_entry(text)
        found += [(shingle, item_id, size) for shingle in shingles]
    return found


def _packed_postings(items: list[tuple[int, str]]) -> tuple[array[int], array[int], array[int]]:
    """`_postings` as three columns of 64-bit integers: what a worker process sends back (a
    list of tuples would take as long to pass between processes as to compute)."""
    shingles, ids, sizes = array("q"), array("q"), array("q")
    for item_id, text in items:
        found, size = index_entry(text)
        shingles.extend(found)
        ids.extend([item_id] * len(found))
        sizes.extend([size] * len(found))
    return shingles, ids, sizes


# A library this large has its postings computed by worker processes while this one writes
# them (bench/make_workspace.py, 1,000,000 paragraphs on two cores: 156 -> 114 s, with the
# sort on two threads); a smaller one would wait longer for the workers to start than it saves.
_PARALLEL_FROM = 50_000
_WORKERS = 2
_IN_FLIGHT = 4  # batches handed to the workers at a time: memory stays a few batches'


def _postings_of(batches: Iterator[list[tuple[int, str]]], paragraphs: int) -> Iterator[Any]:
    """Each batch's postings, in order: computed here, or by worker processes for a large
    library on a machine with more than one core."""
    if paragraphs < _PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield from map(_postings, batches)
        return
    # Imported here: the desk's start does not pay for what a rebuild alone uses.
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # "spawn": a fresh interpreter, never a fork of a process that holds Qt or open files.
    with ProcessPoolExecutor(_WORKERS, mp_context=get_context("spawn")) as pool:
        pending: deque[Future[tuple[array[int], array[int], array[int]]]] = deque()
        for rows in batches:
            pending.append(pool.submit(_packed_postings, rows))
            if len(pending) >= _IN_FLIGHT:
                yield zip(*pending.popleft().result(), strict=True)
        while pending:
            yield zip(*pending.popleft().result(), strict=True)


def _by_count(counts: Counter[int], sign: int) -> dict[int, list[int]]:
    """Shingles grouped by how their count changes, each group in key order (ints: a quick
    sort, unlike (shingle, count) pairs)."""
    by_change: dict[int, list[int]] = {}
    for shingle in sorted(counts):
        by_change.setdefault(sign * counts[shingle], []).append(shingle)
    return by_change


def paragraph_row(row: Sequence[Any]) -> tuple[CitedParagraph, str | None]:
    """A row of `_PARAGRAPHS` as the paragraph and its document's date."""
    return (
        CitedParagraph(
            item_id=int(row[0]),
            document_id=int(row[1]),
            symbol=row[2],
            title=row[3],
            number=row[4],
            label=row[5],
            text=row[6],
            adopted=bool(row[7]),
            library=bool(row[8]),
        ),
        row[9],
    )


class PrecedentIndex:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._readers = ReadPool(db)

    def close(self) -> None:
        """End the connections that read ahead for searches (before the workspace's own)."""
        self._readers.close()

    # -- keeping the index in step with the items ---------------------------------------------
    def queue_document(self, document_id: int) -> None:
        """Index a document's paragraphs later, in a transaction of its own (`index_step`)."""
        self._db.execute(_QUEUE, [document_id])

    def pending(self) -> bool:
        """Whether a document waits to be indexed."""
        return self._db.execute(_NEXT_PENDING).fetchone() is not None

    def index_step(self) -> bool:
        """Index the oldest queued document as a run of its own; True if it was one."""
        row = self._db.execute(_NEXT_PENDING).fetchone()
        if row is None:
            return False
        self._db.execute(_UNQUEUE, [row[0]])
        self.add_document(int(row[0]))
        return True

    def add_document(self, document_id: int) -> None:
        """Index a document's paragraphs, as a run of its own (see the module's text)."""
        items = self._db.execute(_TEXTS, [document_id]).fetchall()
        conn = self._db.conn
        counts: Counter[int] = Counter()
        if not JSON_FUNCTIONS:
            postings = sorted(_postings(items))
            conn.executemany(_ADD_RUN_POSTING, [(document_id, *p) for p in postings])
            counts.update(posting[0] for posting in postings)
            rows = [(document_id, s, n) for s, n in sorted(counts.items())]
            conn.executemany(_ADD_RUN_COUNT, rows)
        else:
            # A statement per paragraph with its shingles as JSON, not a bound row per
            # posting: binding the rows one by one cost more than writing them.
            for item_id, text in items:
                shingles, size = index_entry(text)
                if shingles:
                    ordered = sorted(shingles)
                    conn.execute(
                        _ADD_RUN_POSTINGS_OF, [document_id, item_id, size, json.dumps(ordered)]
                    )
                    counts.update(ordered)
            # Grouped as they come and sorted a slice at a time: one sort of a 5,000-paragraph
            # document's 200,000 shingles held the interpreter while the window painted the
            # rows the import had just sent it (the run's keys are a range of their own, so
            # the order across slices costs little).
            by_change: dict[int, list[int]] = {}
            for shingle, change in counts.items():
                by_change.setdefault(change, []).append(shingle)
            for change, group in by_change.items():
                for start in range(0, len(group), JSON_SLICE):
                    part = json.dumps(sorted(group[start : start + JSON_SLICE]))
                    conn.execute(_ADD_RUN_COUNTS, [document_id, change, part])
        if counts:
            conn.execute("INSERT INTO precedent_runs (document_id) VALUES (?)", [document_id])

    def remove_document(self, document_id: int) -> None:
        """Take a document's paragraphs out of the index: its run as one range, and what of it
        was folded (or indexed before runs, or rebuilt) from the segments that hold it; or
        nothing, if it was still queued."""
        if self._db.execute(_UNQUEUE, [document_id]).rowcount:
            return
        run = self._db.execute(_RUN, [document_id]).fetchone()
        if run is not None:
            for statement in _DROP_RUN:
                self._db.execute(statement, [document_id])
            if run[0] is None:  # none of it folded yet
                return
        below = None if run is None else int(run[0])
        self._remove(self._db.execute(_TEXTS, [document_id]).fetchall(), below)

    def _remove(self, items: Iterable[tuple[int, str]], below: int | None) -> None:
        """Take indexed paragraphs out of the bulk and added segments (their text as it was
        indexed; with `below`, only their shingles under it: a run folded that far)."""
        counts: Counter[int] = Counter()
        listed = list(items)
        for start in range(0, len(listed), SLICE):
            # Sorted a slice at a time: one sort of a 5,000-paragraph document's 300,000
            # postings held the interpreter for 0.2 s, and the window waited (an undo).
            keys = sorted(
                (p[0], p[1])
                for p in _postings(listed[start : start + SLICE])
                if below is None or p[0] < below
            )
            for statement in _DELETE_POSTINGS:
                self._db.conn.executemany(statement, keys)
            counts.update(key[0] for key in keys)
        if counts:
            self._count(counts, -1)

    def _count(self, counts: Counter[int], sign: int) -> None:
        conn = self._db.conn
        if not JSON_FUNCTIONS:
            conn.executemany(_ADD_COUNT, [(s, sign * n) for s, n in sorted(counts.items())])
            conn.executemany(_DROP_ZERO_COUNT, [(s,) for s in sorted(counts)])
            return
        # JSON arrays of a bounded size: encoding one of 200,000 shingles held the interpreter.
        for change, shingles in _by_count(counts, sign).items():
            for start in range(0, len(shingles), JSON_SLICE):
                conn.execute(
                    _ADD_COUNTS, [change, json.dumps(shingles[start : start + JSON_SLICE])]
                )
        ordered = sorted(counts)
        for start in range(0, len(ordered), JSON_SLICE):
            conn.execute(_DROP_ZERO_COUNTS, [json.dumps(ordered[start : start + JSON_SLICE])])

    def fold_step(self, keep: int = RECENT_RUNS, postings: int = FOLD_SLICE) -> bool:
        """Fold one slice (up to `postings`, in shingle order) of the oldest run beyond the
        newest `keep` into the added segment; True if there is more to fold. One slice per
        transaction: a search sees every posting once, in its run or folded."""
        runs = self._db.execute(_RUNS).fetchall()
        if len(runs) <= keep:
            return False
        document_id, folded_to = int(runs[0][0]), int(runs[0][1] or 0)
        end = self._db.execute(_FOLD_SLICE_END, [document_id, folded_to, postings]).fetchone()
        last = _LAST_SHINGLE if end is None else int(end[0]) - 1
        for statement in _FOLD:
            self._db.execute(statement, [document_id, folded_to, last])
        if end is None:
            self._db.execute("DELETE FROM precedent_runs WHERE document_id = ?", [document_id])
            return len(runs) - 1 > keep
        self._db.execute(_FOLDED_TO, [last + 1, document_id])
        return True

    def rebuild(self, batch: int = 20_000) -> None:
        """Index every paragraph again from scratch into the bulk segment, sorted before it is
        written: the fast way to build a large library (the benchmark's million paragraphs),
        and the way to fold the added segment into the bulk one."""
        conn = self._db.conn
        present = set(self._db.table_names())  # an earlier migration's rebuild has fewer
        for table in _TABLES:
            if table in present:
                conn.execute(f"DELETE FROM {table}")
        conn.execute("CREATE TEMP TABLE staged (shingle INTEGER, item_id INTEGER, size INTEGER)")

        def batches() -> Iterator[list[tuple[int, str]]]:
            last = 0
            while rows := conn.execute(_ALL_TEXTS, [last, batch]).fetchall():
                yield rows
                last = int(rows[-1][0])

        for postings in _postings_of(batches(), self.size()):
            conn.executemany("INSERT INTO staged VALUES (?, ?, ?)", postings)
        # SQLite sorts the postings on a second thread too (1,000,000 paragraphs: 31 -> 24 s).
        conn.execute("PRAGMA threads = 2")
        conn.execute(
            "INSERT INTO precedent_postings SELECT shingle, item_id, size FROM staged"
            " ORDER BY shingle, item_id"
        )
        # Counted from the postings just written, already in shingle order: no second sort.
        conn.execute(
            "INSERT INTO precedent_counts SELECT shingle, count(*) FROM precedent_postings"
            " GROUP BY shingle"
        )
        conn.execute("DROP TABLE staged")

    # -- what a search reads ------------------------------------------------------------------
    def size(self) -> int:
        """About how many paragraphs there are (the highest item id: cheap, and enough to
        weigh a shingle by how rare it is)."""
        return int(self._db.execute(_SIZE).fetchone()[0])

    def counts(self, shingles: Sequence[int]) -> dict[int, int]:
        """How many paragraphs hold each shingle (shingles no paragraph holds are left out)."""
        if not shingles:
            return {}
        sql = _COUNTS.format(marks=",".join("?" * len(shingles)))
        parameters = [*shingles, *shingles, *shingles]
        return {int(s): int(n) for s, n in self._db.execute(sql, parameters)}

    def candidates(self, weighted: Sequence[tuple[int, float]], limit: int) -> list[int]:
        """The paragraphs holding the most weight of `weighted` shingles, best first."""
        return [item_id for item_id, _ in self.candidate_votes(weighted, limit)]

    def candidate_votes(
        self, weighted: Sequence[tuple[int, float]], limit: int
    ) -> list[tuple[int, float]]:
        """`candidates`, each with the weight of `weighted` it holds."""
        if not weighted:
            return []
        # The last shingles' ranges read on the other connections while this one reads the
        # first ones (its scan goes in the order of `weighted`): a cold search waited on each
        # range in turn (on a million paragraphs, the 10 slowest of 300 searches 10-15% faster).
        self._readers.prefetch(_TOUCH_POSTINGS, [s for s, _ in reversed(weighted)])
        sql = _CANDIDATES.format(values=",".join(["(?, ?)"] * len(weighted)))
        parameters: list[float | int] = [x for pair in weighted for x in pair]
        return [(int(row[0]), float(row[1])) for row in self._db.execute(sql, [*parameters, limit])]

    def latest_holding(self, shingle: int, limit: int) -> list[int]:
        """The most recently added paragraphs that hold `shingle` (for a too-common one)."""
        return [int(row[0]) for row in self._db.execute(_LATEST_POSTINGS, [shingle, limit])]

    def texts(self, item_ids: Sequence[int]) -> Iterator[tuple[int, str]]:
        """(item id, text) of paragraphs: what ranking reads of every candidate. Their pages
        lie anywhere in the file: read over several connections at once (storage/readers.py),
        the first ones coming while the rest are read."""
        for item_id, text in self._readers.read_in(_TEXTS_OF, sorted(item_ids)):
            yield int(item_id), str(text)

    def paragraphs(self, item_ids: Sequence[int]) -> list[tuple[CitedParagraph, str | None]]:
        if not item_ids:
            return []
        sql = _PARAGRAPHS.format(marks=",".join("?" * len(item_ids)))
        return [paragraph_row(row) for row in self._db.execute(sql, list(item_ids))]

    def bm25(self, fts_query: str, limit: int) -> list[int]:
        """Paragraphs by SQLite FTS5's bm25 ranking (short drafts, and the benchmark's baseline)."""
        query = f"text : ({fts_query})"
        return [int(row[0]) for row in self._db.execute(_BM25, [query, limit])]

    def phrase_latest(self, fts_query: str, limit: int) -> list[int]:
        """The most recently added paragraphs matching a full-text query (a two-word draft)."""
        query = f"text : ({fts_query})"
        return [int(row[0]) for row in self._db.execute(_PHRASE_LATEST, [query, limit])]
