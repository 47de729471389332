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


# One full-text index over an item's text and the delegate's own texts about it (note, public
# reason, proposed wording), so "find" covers them all and a query's words may fall in different
# fields. It is an external-content index over a view: it stores no second copy of the texts
# (measured on 100,000 items: the same file size as a text-only index, where a second index on
# the positions alone would need one query per word to match across fields).
SEARCH_COLUMNS = ("text", "note", "amendment", "rationale")
_SEARCH_ROW = "i.id, i.text, {note}, {amendment}, {rationale}"
_SEARCH_DELETE = "INSERT INTO item_search(item_search, rowid, text, note, amendment, rationale)"
_SEARCH_INSERT = "INSERT INTO item_search(rowid, text, note, amendment, rationale)"


def _search_row(prefix: str) -> str:
    return _SEARCH_ROW.format(**{f: f"{prefix}{f}" for f in ("note", "amendment", "rationale")})


_V4_SEARCH = (
    """CREATE VIEW item_search_content AS
        SELECT i.id AS id, i.text AS text, coalesce(p.note, '') AS note,
               coalesce(p.amendment, '') AS amendment, coalesce(p.rationale, '') AS rationale
        FROM items i LEFT JOIN positions p ON p.item_id = i.id""",
    """CREATE VIRTUAL TABLE item_search USING fts5(
        text, note, amendment, rationale,
        content='item_search_content', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    "INSERT INTO item_search(item_search) VALUES ('rebuild')",
    # An external-content index must be told the old values of a row it forgets: each trigger
    # passes exactly what the index holds for that item.
    f"""CREATE TRIGGER item_search_items_ai AFTER INSERT ON items BEGIN
        {_SEARCH_INSERT} VALUES (new.id, new.text, '', '', '');
    END""",
    # BEFORE: the item's position row (deleted by the cascade) still says what was indexed.
    f"""CREATE TRIGGER item_search_items_bd BEFORE DELETE ON items BEGIN
        {_SEARCH_DELETE} SELECT 'delete', old.id, old.text, coalesce(p.note, ''),
            coalesce(p.amendment, ''), coalesce(p.rationale, '')
        FROM (SELECT 1) LEFT JOIN positions p ON p.item_id = old.id;
    END""",
    f"""CREATE TRIGGER item_search_items_au AFTER UPDATE OF text ON items BEGIN
        {_SEARCH_DELETE} SELECT 'delete', old.id, old.text, coalesce(p.note, ''),
            coalesce(p.amendment, ''), coalesce(p.rationale, '')
        FROM (SELECT 1) LEFT JOIN positions p ON p.item_id = old.id;
        {_SEARCH_INSERT} SELECT new.id, new.text, coalesce(p.note, ''),
            coalesce(p.amendment, ''), coalesce(p.rationale, '')
        FROM (SELECT 1) LEFT JOIN positions p ON p.item_id = new.id;
    END""",
    # Position triggers: an item being deleted (cascade) is already gone, and handled above.
    f"""CREATE TRIGGER item_search_positions_ai AFTER INSERT ON positions BEGIN
        {_SEARCH_DELETE} SELECT 'delete', i.id, i.text, '', '', '' FROM items i
            WHERE i.id = new.item_id;
        {_SEARCH_INSERT} SELECT {_search_row("new.")} FROM items i WHERE i.id = new.item_id;
    END""",
    f"""CREATE TRIGGER item_search_positions_au AFTER UPDATE ON positions
        WHEN old.note IS NOT new.note OR old.amendment IS NOT new.amendment
          OR old.rationale IS NOT new.rationale BEGIN
        {_SEARCH_DELETE} SELECT 'delete', {_search_row("old.")} FROM items i
            WHERE i.id = old.item_id;
        {_SEARCH_INSERT} SELECT {_search_row("new.")} FROM items i WHERE i.id = new.item_id;
    END""",
    f"""CREATE TRIGGER item_search_positions_ad AFTER DELETE ON positions BEGIN
        {_SEARCH_DELETE} SELECT 'delete', {_search_row("old.")} FROM items i
            WHERE i.id = old.item_id;
        {_SEARCH_INSERT} SELECT i.id, i.text, '', '', '' FROM items i WHERE i.id = old.item_id;
    END""",
)


def _v4(db: Database) -> None:
    """Versions told apart, carry-over marks, undo in the audit trail, search of everything.

    - documents.version_label: what tells a version apart from another of the same name;
    - positions.recheck: carried onto a changed text, to be looked at again;
    - stance_history.undone_at: an undone decision is marked, never recorded as a new one;
      stance_history.carried_from: the item a carried position came from;
    - one search index over text, note, public reason and proposed wording (replaces
      items_fts); sections found from their items by an index (the navigator's headings).
    """
    _run(
        db,
        """
        ALTER TABLE documents ADD COLUMN version_label TEXT;
        ALTER TABLE positions ADD COLUMN recheck INTEGER NOT NULL DEFAULT 0
            CHECK (recheck IN (0, 1));
        ALTER TABLE stance_history ADD COLUMN undone_at TEXT;
        ALTER TABLE stance_history ADD COLUMN carried_from INTEGER;
        DROP TRIGGER IF EXISTS items_ai;
        DROP TRIGGER IF EXISTS items_ad;
        DROP TRIGGER IF EXISTS items_au;
        DROP TABLE IF EXISTS items_fts;
        CREATE INDEX items_section ON items(section_id)
        """,
    )
    for statement in _V4_SEARCH:  # trigger bodies hold semicolons: one statement each
        db.execute(statement)


# Counts kept on write: a document's items and decided items, so listing documents never
# counts a million items again (every trigger touches one documents row by its primary key).
_DECIDED_OF_ITEM = "(SELECT document_id FROM items WHERE id = {item})"
_V5_COUNTS = (
    """ALTER TABLE documents ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0""",
    """ALTER TABLE documents ADD COLUMN decided_count INTEGER NOT NULL DEFAULT 0""",
    """UPDATE documents SET
        item_count = (SELECT count(*) FROM items i WHERE i.document_id = documents.id),
        decided_count = (SELECT count(*) FROM items i JOIN positions p ON p.item_id = i.id
                         WHERE i.document_id = documents.id AND p.stance IS NOT NULL)""",
    """CREATE TRIGGER document_counts_items_ai AFTER INSERT ON items BEGIN
        UPDATE documents SET item_count = item_count + 1 WHERE id = new.document_id;
    END""",
    # BEFORE: the item's position (deleted next, by the cascade) still says if it was decided;
    # once the item is gone the position triggers below find no document and change nothing.
    """CREATE TRIGGER document_counts_items_bd BEFORE DELETE ON items BEGIN
        UPDATE documents SET item_count = item_count - 1,
            decided_count = decided_count - EXISTS (
                SELECT 1 FROM positions p WHERE p.item_id = old.id AND p.stance IS NOT NULL)
        WHERE id = old.document_id;
    END""",
    f"""CREATE TRIGGER document_counts_positions_ai AFTER INSERT ON positions
        WHEN new.stance IS NOT NULL BEGIN
        UPDATE documents SET decided_count = decided_count + 1
        WHERE id = {_DECIDED_OF_ITEM.format(item="new.item_id")};
    END""",
    f"""CREATE TRIGGER document_counts_positions_au AFTER UPDATE OF stance ON positions
        WHEN (old.stance IS NULL) != (new.stance IS NULL) BEGIN
        UPDATE documents
        SET decided_count = decided_count + CASE WHEN new.stance IS NULL THEN -1 ELSE 1 END
        WHERE id = {_DECIDED_OF_ITEM.format(item="new.item_id")};
    END""",
    f"""CREATE TRIGGER document_counts_positions_ad AFTER DELETE ON positions
        WHEN old.stance IS NOT NULL BEGIN
        UPDATE documents SET decided_count = decided_count - 1
        WHERE id = {_DECIDED_OF_ITEM.format(item="old.item_id")};
    END""",
)


# A position with no text of the delegate's changes nothing the search index holds: a first
# stance on an item no longer re-indexes the item's text (nor does undoing it).
_V5_SEARCH = (
    "DROP TRIGGER item_search_positions_ai",
    f"""CREATE TRIGGER item_search_positions_ai AFTER INSERT ON positions
        WHEN new.note != '' OR new.amendment != '' OR new.rationale != '' BEGIN
        {_SEARCH_DELETE} SELECT 'delete', i.id, i.text, '', '', '' FROM items i
            WHERE i.id = new.item_id;
        {_SEARCH_INSERT} SELECT {_search_row("new.")} FROM items i WHERE i.id = new.item_id;
    END""",
    "DROP TRIGGER item_search_positions_ad",
    f"""CREATE TRIGGER item_search_positions_ad AFTER DELETE ON positions
        WHEN old.note != '' OR old.amendment != '' OR old.rationale != '' BEGIN
        {_SEARCH_DELETE} SELECT 'delete', {_search_row("old.")} FROM items i
            WHERE i.id = old.item_id;
        {_SEARCH_INSERT} SELECT i.id, i.text, '', '', '' FROM items i WHERE i.id = old.item_id;
    END""",
)


def _v5(db: Database) -> None:
    """A million items: counts kept on write (documents.item_count, decided_count); a stance
    alone never touches the search index."""
    for statement in (*_V5_COUNTS, *_V5_SEARCH):  # trigger bodies hold semicolons
        db.execute(statement)


MIGRATIONS: tuple[Callable[[Database], None], ...] = (_v1, _v2, _v3, _v4, _v5)
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
