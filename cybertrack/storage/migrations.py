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


def _v5(db: Database) -> None:
    """The negotiation day: capital's instruction on positions, the room's status over time,
    other delegations' proposals, and a history of these changes per item."""
    _run(
        db,
        """
        ALTER TABLE positions ADD COLUMN instruction TEXT
            CHECK (instruction IN ('support', 'oppose', 'amend', 'flexible'));
        ALTER TABLE positions ADD COLUMN fallback TEXT NOT NULL DEFAULT '';
        ALTER TABLE positions ADD COLUMN instruction_note TEXT NOT NULL DEFAULT '';
        CREATE TABLE room_statuses (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            status TEXT CHECK (status IN
                ('agreed', 'ad-ref', 'pending', 'informals', 'bracketed', 'deleted')),
            as_of TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX room_statuses_item ON room_statuses(item_id, as_of, id);
        CREATE TABLE proposals (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            new_paragraph INTEGER NOT NULL DEFAULT 0 CHECK (new_paragraph IN (0, 1)),
            delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            made_at TEXT NOT NULL,
            withdrawn_at TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX proposals_item ON proposals(item_id, id);
        CREATE TABLE proposal_delegations (
            proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
            delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
            side TEXT NOT NULL CHECK (side IN ('support', 'oppose')),
            position INTEGER NOT NULL,
            PRIMARY KEY (proposal_id, delegation_id)
        );
        CREATE TABLE item_events (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            old TEXT,
            new TEXT,
            detail TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            undone_at TEXT
        );
        CREATE INDEX item_events_item ON item_events(item_id, id)
        """,
    )


def _v6(db: Database) -> None:
    """Items touched by a Word file's tracked changes are marked (NULL: untouched)."""
    _run(
        db,
        """
        ALTER TABLE items ADD COLUMN revision TEXT
            CHECK (revision IN ('changed', 'inserted', 'deleted'))
        """,
    )


def _v7(db: Database) -> None:
    """The team: paragraph identity across copies, colleagues' rows, packs and the hub.

    `documents.fingerprint` and `items.text_key` make a paragraph's identity (domain/identity.py);
    `positions.shared_at` is when the local author last changed the row, for the team (undo of
    an edit is a new change there). `team_rows` holds the colleagues' rows (and the local
    author's rows that match no paragraph here), keyed by paragraph identity and author, never
    by a local id. `team_map` ties identities to local items when the fingerprint alone does not
    (another form of the document, or a link the user confirmed); `team_texts` keeps the text a
    pack gave for such paragraphs; `team_merges` says who changed what in each merge;
    `team_sources` where each hub was last read up to.
    """
    from cybertrack.domain.identity import document_fingerprint, text_key

    _run(
        db,
        """
        ALTER TABLE documents ADD COLUMN fingerprint TEXT;
        ALTER TABLE items ADD COLUMN text_key TEXT;
        ALTER TABLE positions ADD COLUMN shared_at TEXT;
        CREATE TABLE team_rows (
            doc_key TEXT NOT NULL,
            number TEXT NOT NULL,
            text_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            author TEXT NOT NULL,
            at TEXT NOT NULL,
            data TEXT NOT NULL,
            merge_id INTEGER,
            PRIMARY KEY (doc_key, number, text_key, kind, author)
        ) WITHOUT ROWID;
        CREATE INDEX team_rows_text ON team_rows(text_key, number);
        CREATE TABLE team_map (
            doc_key TEXT NOT NULL,
            number TEXT NOT NULL,
            text_key TEXT NOT NULL,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            how TEXT NOT NULL
                CHECK (how IN ('number-and-text', 'linked', 'candidate', 'rejected')),
            score REAL NOT NULL DEFAULT 1,
            PRIMARY KEY (doc_key, number, text_key, item_id)
        );
        CREATE INDEX team_map_item ON team_map(item_id);
        CREATE TABLE team_texts (
            doc_key TEXT NOT NULL,
            number TEXT NOT NULL,
            text_key TEXT NOT NULL,
            document TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (doc_key, number, text_key)
        ) WITHOUT ROWID;
        CREATE TABLE team_merges (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            source TEXT NOT NULL,
            changes TEXT NOT NULL
        );
        CREATE TABLE team_sources (
            source TEXT PRIMARY KEY,
            mark TEXT NOT NULL
        )
        """,
    )
    documents = [int(row[0]) for row in db.execute("SELECT id FROM documents")]
    for document_id in documents:
        rows = db.execute(
            "SELECT id, number, text FROM items WHERE document_id = ? ORDER BY position",
            [document_id],
        ).fetchall()
        db.execute(
            "UPDATE documents SET fingerprint = ? WHERE id = ?",
            [document_fingerprint((r[1], r[2]) for r in rows), document_id],
        )
        db.conn.executemany(
            "UPDATE items SET text_key = ? WHERE id = ?", [(text_key(r[2]), r[0]) for r in rows]
        )
    _run(
        db,
        """
        CREATE INDEX documents_fingerprint ON documents(fingerprint);
        CREATE INDEX positions_team_time ON positions(coalesce(shared_at, updated_at));
        CREATE INDEX items_identity ON items(text_key, number)
        """,
    )


def _v8(db: Database) -> None:
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


# The tables whose rows the team shares and the columns a change to them touches (`changed`
# itself left out, so marking a row does not mark it again). team_rows has no trigger: its two
# writers (storage/team.py, the tombstone in queries.py) set `changed` themselves, because a
# merge writes thousands of its rows at once.
_SHARED_TABLES = {
    "positions": (
        "item_id = new.item_id",
        "stance, note, amendment, rationale, priority, updated_at, "
        "instruction, fallback, instruction_note, shared_at",
    ),
    "room_statuses": ("id = new.id", "status, as_of, note, recorded_at"),
    "proposals": ("id = new.id", "text, made_at, withdrawn_at, updated_at, delegation_id"),
}


def _v9(db: Database) -> None:
    """What changed since a hub was last sent to: every shared row carries `changed`, one more
    than the workspace-wide `team_clock` when it was written. A push first moves the clock on,
    then sends the rows above the mark it left last time (team_sources) and leaves the clock's
    new value as its mark: a second push of nothing sends nothing, and a row written during a
    push is above the new mark. Triggers mark the rows, so every writer (edits, undo, merges,
    imports) is counted alike."""
    db.execute("CREATE TABLE team_clock (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER)")
    db.execute("INSERT INTO team_clock VALUES (1, 0)")
    for table in (*_SHARED_TABLES, "team_rows"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN changed INTEGER NOT NULL DEFAULT 0")
        db.execute(f"CREATE INDEX {table}_changed ON {table}(changed)")
    for table, (key, columns) in _SHARED_TABLES.items():
        body = f"""
            BEGIN
                UPDATE {table} SET changed = (SELECT value FROM team_clock) + 1 WHERE {key};
            END"""
        db.execute(f"CREATE TRIGGER {table}_inserted AFTER INSERT ON {table} {body}")
        db.execute(f"CREATE TRIGGER {table}_updated AFTER UPDATE OF {columns} ON {table} {body}")


def _v10(db: Database) -> None:
    """The precedent index built again: its postings' `size` became the paragraph's length as
    its votes are counted (a winnowed paragraph's indexed count times its indexed share), so
    that a short paragraph indexed whole no longer outranks the longer source it was copied
    from (storage/precedents.py)."""
    from cybertrack.storage.precedents import PrecedentIndex

    PrecedentIndex(db).rebuild()


# Counts kept on write: a document's items and decided items, so listing documents never
# counts a million items again (every trigger touches one documents row by its primary key).
_DECIDED_OF_ITEM = "(SELECT document_id FROM items WHERE id = {item})"
_V11_COUNTS = (
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
_V11_SEARCH = (
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


def _v11(db: Database) -> None:
    """A million items: counts kept on write (documents.item_count, decided_count); a stance
    alone never touches the search index."""
    for statement in (*_V11_COUNTS, *_V11_SEARCH):  # trigger bodies hold semicolons
        db.execute(statement)


def _v12(db: Database) -> None:
    """Recent runs of the precedent index: each import's postings keyed by its document, so an
    import writes pages of its own and its undo deletes one range, whatever the size of the
    workspace; they are folded into the added segment later (storage/precedents.py)."""
    _run(
        db,
        """
        CREATE TABLE precedent_runs (
            document_id INTEGER PRIMARY KEY,
            folded_to INTEGER
        );
        CREATE TABLE precedent_recent (
            document_id INTEGER NOT NULL,
            shingle INTEGER NOT NULL,
            item_id INTEGER NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY (document_id, shingle, item_id)
        ) WITHOUT ROWID;
        CREATE TABLE precedent_recent_counts (
            document_id INTEGER NOT NULL,
            shingle INTEGER NOT NULL,
            items INTEGER NOT NULL,
            PRIMARY KEY (document_id, shingle)
        ) WITHOUT ROWID
        """,
    )


def _v13(db: Database) -> None:
    """Documents whose paragraphs are still to be indexed for precedent search: an import is
    stored (and shown) first, its precedent postings written just after
    (storage/precedents.py). Documents found by symbol and title through indexes: every import
    and every version detection looks for the documents named like the new one, which read
    every document (1 ms of each import at a million items)."""
    _run(
        db,
        """
        CREATE TABLE precedent_pending (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
        );
        CREATE INDEX documents_symbol ON documents(symbol);
        CREATE INDEX documents_title ON documents(lower(title))
        """,
    )


def _v14(db: Database) -> None:
    """The precedent index built again: shingles became tabulation hashes (domain/precedent.py),
    a third of the cost of a digest per shingle, so every stored shingle changed."""
    from cybertrack.storage.precedents import PrecedentIndex

    PrecedentIndex(db).rebuild()


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
    _v9,
    _v10,
    _v11,
    _v12,
    _v13,
    _v14,
)
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
