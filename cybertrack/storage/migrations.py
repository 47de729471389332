"""Versioned schema: migration N brings `PRAGMA user_version` from N-1 to N, in one transaction.

Never edit a released migration; add the next one (and keep a fixture of the old version in
tests/data/ so the upgrade is tested).
"""

from __future__ import annotations

from collections.abc import Callable

from cybertrack.storage.database import Database


def _run(db: Database, script: str) -> None:
    # Not executescript(): it commits first, which would break the migration's transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            symbol TEXT,
            title TEXT NOT NULL,
            kind TEXT,
            body TEXT,
            session TEXT,
            venue TEXT,
            start_date TEXT,
            end_date TEXT,
            doc_date TEXT,
            agenda_item TEXT,
            distribution TEXT,
            original_language TEXT,
            source_name TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            title TEXT NOT NULL,
            level INTEGER NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE INDEX sections_document ON sections(document_id);
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
            number TEXT NOT NULL,
            label TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL,
            sort_key TEXT NOT NULL
        );
        CREATE INDEX items_document ON items(document_id, position);
        CREATE TABLE positions (
            item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            stance TEXT CHECK (stance IN ('support', 'oppose', 'amend')),
            note TEXT NOT NULL DEFAULT '',
            amendment TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX positions_stance ON positions(stance);
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            on_behalf_of TEXT,
            position INTEGER NOT NULL
        );
        CREATE INDEX participants_document ON participants(document_id);
        CREATE TABLE stance_history (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            old TEXT,
            new TEXT,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX stance_history_item ON stance_history(item_id, id);
        """,
    )
    db.enable_fts("items", ["text"], tokenize="unicode61 remove_diacritics 2")


def _v2(db: Database) -> None:
    """Public rationale and priority on positions; links, other delegations, settings."""
    _run(
        db,
        """
        ALTER TABLE positions ADD COLUMN rationale TEXT NOT NULL DEFAULT '';
        ALTER TABLE positions ADD COLUMN priority INTEGER NOT NULL DEFAULT 0
            CHECK (priority IN (0, 1, 2));
        ALTER TABLE documents ADD COLUMN source_format TEXT;
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE item_links (
            id INTEGER PRIMARY KEY,
            from_item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            to_item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            score REAL NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('candidate', 'confirmed', 'rejected')),
            created_at TEXT NOT NULL,
            UNIQUE (from_item_id, to_item_id)
        );
        CREATE INDEX item_links_to ON item_links(to_item_id);
        CREATE TABLE delegations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            is_group INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE delegation_stances (
            delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            stance TEXT NOT NULL CHECK (stance IN ('support', 'oppose', 'amend')),
            source TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (delegation_id, item_id)
        );
        CREATE INDEX delegation_stances_item ON delegation_stances(item_id)
        """,
    )


def _v3(db: Database) -> None:
    """Priority spelled as everywhere else ('normal', 'priority', 'red-line'), not 0/1/2."""
    _run(
        db,
        """
        CREATE TABLE positions_v3 (
            item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            stance TEXT CHECK (stance IN ('support', 'oppose', 'amend')),
            note TEXT NOT NULL DEFAULT '',
            amendment TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            rationale TEXT NOT NULL DEFAULT '',
            priority TEXT NOT NULL DEFAULT 'normal'
                CHECK (priority IN ('normal', 'priority', 'red-line'))
        );
        INSERT INTO positions_v3
            SELECT item_id, stance, note, amendment, updated_at, rationale,
                   CASE priority WHEN 1 THEN 'priority' WHEN 2 THEN 'red-line' ELSE 'normal' END
            FROM positions;
        DROP TABLE positions;
        ALTER TABLE positions_v3 RENAME TO positions;
        CREATE INDEX positions_stance ON positions(stance)
        """,
    )


def _v4(db: Database) -> None:
    """The library of precedent: documents kept as references and whether each is an adopted
    text, the precedent index (winnowed word shingles -> paragraphs in a bulk and an added
    segment, see storage/precedents.py) and the paragraphs an item cites as agreed language.
    Existing documents are indexed."""
    from cybertrack.domain.library import is_adopted
    from cybertrack.storage.precedents import PrecedentIndex

    _run(
        db,
        """
        ALTER TABLE documents ADD COLUMN library INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN adopted INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE precedent_postings (
            shingle INTEGER NOT NULL,
            item_id INTEGER NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY (shingle, item_id)
        ) WITHOUT ROWID;
        CREATE TABLE precedent_counts (
            shingle INTEGER PRIMARY KEY,
            items INTEGER NOT NULL
        );
        CREATE TABLE precedent_added (
            shingle INTEGER NOT NULL,
            item_id INTEGER NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY (shingle, item_id)
        ) WITHOUT ROWID;
        CREATE TABLE precedent_added_counts (
            shingle INTEGER PRIMARY KEY,
            items INTEGER NOT NULL
        );
        CREATE TABLE citations (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            cited_item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            PRIMARY KEY (item_id, position)
        );
        CREATE INDEX citations_cited ON citations(cited_item_id)
        """,
    )
    for document_id, symbol, kind, distribution in db.execute(
        "SELECT id, symbol, kind, distribution FROM documents"
    ).fetchall():
        adopted = is_adopted(symbol=symbol, kind=kind, distribution=distribution, library=False)
        db.execute("UPDATE documents SET adopted = ? WHERE id = ?", [int(adopted), document_id])
    PrecedentIndex(db).rebuild()


MIGRATIONS: tuple[Callable[[Database], None], ...] = (_v1, _v2, _v3, _v4)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Apply every pending migration; each is atomic, so a failure leaves the last good version."""
    version = schema_version(db)
    for target, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.transaction():
            step(db)
            db.execute(f"PRAGMA user_version = {target}")
    return schema_version(db)
