"""The hub: a PostgreSQL database a delegation shares when files are not enough.

The hub holds the same per-author rows as packs, merged by the same rule on the server (the
same author's newer change wins, authors never overwrite each other). `push` sends the rows
written here since the last push to that hub (the team clock's mark, kept per hub);
`pull` fetches the rows changed on the hub since this workspace last read it and merges them
as one command (one undo step). The local SQLite workspace stays the app's
only store: between a push and a pull everything works offline.

Driver: psycopg 3 (binary). On loopback, 10,000 rows push in about the same time with pg8000
(the server's JSON insert dominates) but pull about ten times faster (bench/team.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.messages import Code
from cybertrack.domain.team import Pack, PackDocument, TeamRow, make_row
from cybertrack.services.commands.team import MergePack
from cybertrack.services.team.merge import MergePlan, plan_merge
from cybertrack.services.team.packs import build_pack, collect_rows, local_author
from cybertrack.storage import Store
from cybertrack.storage.images import TeamSourceImage

# 2: rows of the negotiation day (room statuses, proposals, capital's instruction).
HUB_FORMAT = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cybertrack_meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO cybertrack_meta VALUES ('format', '{format}') ON CONFLICT (key) DO NOTHING;
UPDATE cybertrack_meta SET value = '{format}' WHERE key = 'format' AND value::int < {format};
CREATE SEQUENCE IF NOT EXISTS cybertrack_seq;
CREATE TABLE IF NOT EXISTS cybertrack_rows (
    doc_key text NOT NULL, number text NOT NULL, text_key text NOT NULL, kind text NOT NULL,
    author text NOT NULL, at text NOT NULL, data text NOT NULL, seq bigint NOT NULL,
    PRIMARY KEY (doc_key, number, text_key, kind, author));
CREATE INDEX IF NOT EXISTS cybertrack_rows_seq ON cybertrack_rows (seq);
CREATE TABLE IF NOT EXISTS cybertrack_documents (
    doc_key text PRIMARY KEY, title text NOT NULL, symbol text);
CREATE TABLE IF NOT EXISTS cybertrack_texts (
    doc_key text NOT NULL, number text NOT NULL, text_key text NOT NULL, text text NOT NULL,
    PRIMARY KEY (doc_key, number, text_key))
"""

# Pushes take the table lock so each one's sequence numbers are above every committed row: a
# pull that read up to N never misses a row committed later with a number below N.
_PUSH_ROWS = """
INSERT INTO cybertrack_rows (doc_key, number, text_key, kind, author, at, data, seq)
SELECT r.doc_key, r.number, r.text_key, r.kind, r.author, r.at, r.data, nextval('cybertrack_seq')
FROM json_to_recordset(%s::json) AS r(doc_key text, number text, text_key text, kind text,
                                      author text, at text, data text)
ON CONFLICT (doc_key, number, text_key, kind, author) DO UPDATE
SET at = excluded.at, data = excluded.data, seq = excluded.seq
WHERE (excluded.at COLLATE "C", excluded.data COLLATE "C")
    > (cybertrack_rows.at COLLATE "C", cybertrack_rows.data COLLATE "C")
"""
_PUSH_DOCUMENTS = """
INSERT INTO cybertrack_documents (doc_key, title, symbol)
SELECT r.doc_key, r.title, r.symbol
FROM json_to_recordset(%s::json) AS r(doc_key text, title text, symbol text)
ON CONFLICT (doc_key) DO NOTHING
"""
_PUSH_TEXTS = """
INSERT INTO cybertrack_texts (doc_key, number, text_key, text)
SELECT r.doc_key, r.number, r.text_key, r.text
FROM json_to_recordset(%s::json) AS r(doc_key text, number text, text_key text, text text)
ON CONFLICT DO NOTHING
"""
_PULL_ROWS = """
SELECT doc_key, number, text_key, kind, author, at, data, seq FROM cybertrack_rows
WHERE seq > %s ORDER BY seq
"""
_PULL_DOCUMENTS = "SELECT doc_key, title, symbol FROM cybertrack_documents"
_PULL_TEXTS = """
SELECT t.doc_key, t.number, t.text_key, t.text FROM cybertrack_texts t
JOIN cybertrack_rows r USING (doc_key, number, text_key) WHERE r.seq > %s
"""


@dataclass(frozen=True)
class Pulled:
    """What a pull fetched, what merging it changes, and the command that merges it (None:
    nothing new)."""

    rows: int
    command: MergePack | None

    @property
    def plan(self) -> MergePlan | None:
        return self.command.plan if self.command else None


def hub_name(url: str) -> str:
    """The hub as the user may see it (no password): host:port/database."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
        raise CyberTrackError(Code.HUB_BAD_URL, url=_without_password(url))
    database = parts.path.lstrip("/") or "postgres"
    return f"{parts.hostname}:{parts.port or 5432}/{database}"


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)


@contextmanager
def _connect(url: str) -> Iterator[Any]:
    name = hub_name(url)
    import psycopg

    try:
        conn = psycopg.connect(url, connect_timeout=10, application_name="cybertrack")
    except psycopg.Error as exc:
        raise CyberTrackError(Code.HUB_UNREACHABLE, hub=name, reason=_reason(exc)) from None
    try:
        with conn.transaction():
            conn.execute(_SCHEMA.format(format=HUB_FORMAT))
            row = conn.execute("SELECT value FROM cybertrack_meta WHERE key = 'format'").fetchone()
            if row is not None and int(row[0]) > HUB_FORMAT:
                raise CyberTrackError(
                    Code.HUB_NEWER, hub=name, version=int(row[0]), supported=HUB_FORMAT
                )
        yield conn
    except psycopg.Error as exc:
        raise CyberTrackError(Code.HUB_FAILED, hub=name, reason=_reason(exc)) from None
    finally:
        conn.close()


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def push_source(url: str) -> str:
    """Where the mark of the last push to the hub at `url` is kept (team_sources)."""
    return f"push {hub_name(url)}"


def push(store: Store, url: str, now: str) -> int:
    """Send the rows written here since the last push to this hub (all of them the first
    time); the hub keeps each one only if it wins there. Returns how many were sent."""
    me = local_author(store)
    source = push_source(url)
    mark = store.team.source_image(source).mark
    with store.transaction():  # first: a row written from now on is above the new mark
        clock = store.team.tick()
    texts: dict[ParagraphKey, str] = {}
    rows = collect_rows(store, everyone=True, texts=texts, changed_after=int(mark) if mark else -1)
    sent = send(url, build_pack(store, rows, me, now, texts)) if rows else 0
    with store.transaction():  # after the hub committed: a failed push is sent again
        store.team.write_source(TeamSourceImage(source, str(clock)))
    return sent


def send(url: str, pack: Pack) -> int:
    """Put `pack`'s rows on the hub (one transaction); returns how many were sent."""
    with _connect(url) as conn, conn.transaction():
        conn.execute("LOCK TABLE cybertrack_rows IN SHARE ROW EXCLUSIVE MODE")
        conn.execute(_PUSH_DOCUMENTS, [json.dumps(_documents(pack))])
        conn.execute(_PUSH_TEXTS, [json.dumps(_texts(pack))])
        conn.execute(_PUSH_ROWS, [json.dumps(_rows(pack))])
    return len(pack.rows)


def pull(store: Store, url: str, now: str) -> Pulled:
    """Fetch the rows changed on the hub since the last pull, as a merge to apply."""
    name = hub_name(url)
    source = f"hub {name}"
    mark = store.team.source_image(source).mark or "0"
    with _connect(url) as conn:
        rows = conn.execute(_PULL_ROWS, [int(mark)]).fetchall()
        if not rows:
            return Pulled(0, None)
        team_rows: list[TeamRow] = []
        for r in rows:
            try:
                key = ParagraphKey(r[0], r[1], r[2])
                team_rows.append(make_row(key, r[3], r[4], r[5], json.loads(r[6])))
            except ValueError:
                raise CyberTrackError(Code.HUB_FAILED, hub=name, reason="unreadable row") from None
        documents = conn.execute(_PULL_DOCUMENTS).fetchall()
        # Every row's text, though most paragraphs are here already: sorting out which are not
        # first costs more than the transfer (bench/team.py).
        texts = conn.execute(_PULL_TEXTS, [int(mark)]).fetchall()
    wanted = {row.key.document for row in team_rows}
    pack = Pack(
        name,
        now,
        tuple(PackDocument(d[0], d[1], d[2]) for d in documents if d[0] in wanted),
        tuple(team_rows),
        {ParagraphKey(t[0], t[1], t[2]): t[3] for t in texts},
    )
    mark = str(max(int(r[7]) for r in rows))
    plan = plan_merge(store, pack, now, source, mark)
    return Pulled(len(rows), MergePack(pack, source, mark, plan=plan))


def _rows(pack: Pack) -> list[dict[str, str]]:
    return [
        {
            "doc_key": r.key.document,
            "number": r.key.number,
            "text_key": r.key.text,
            "kind": r.kind,
            "author": r.author,
            "at": r.at,
            "data": r.data,
        }
        for r in pack.rows
    ]


def _documents(pack: Pack) -> list[dict[str, str | None]]:
    return [{"doc_key": d.key, "title": d.title, "symbol": d.symbol} for d in pack.documents]


def _texts(pack: Pack) -> list[dict[str, str]]:
    return [
        {"doc_key": k.document, "number": k.number, "text_key": k.text, "text": text}
        for k, text in pack.texts.items()
    ]
