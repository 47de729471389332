"""The SQL of the team tables (storage/team.py), beside queries.py which holds the rest."""

_ROW_COLUMNS = "t.doc_key, t.number, t.text_key, t.kind, t.author, t.at, t.data"

ALL_ROWS = f"SELECT {_ROW_COLUMNS} FROM team_rows t"
ROWS_OF_DOCUMENTS = f"SELECT {_ROW_COLUMNS} FROM team_rows t WHERE t.doc_key IN ({{marks}})"
ROWS_SINCE = f"SELECT {_ROW_COLUMNS} FROM team_rows t WHERE t.at > ? AND t.changed > ?"
# A push moves the clock on and keeps its new value as the mark (storage/migrations.py _v8).
TICK = "UPDATE team_clock SET value = value + 1 RETURNING value"
IMAGES_OF_DOCUMENTS = f"""
    SELECT {_ROW_COLUMNS}, t.merge_id FROM team_rows t WHERE t.doc_key IN ({{marks}})
"""
ROW = """
    SELECT at, data, merge_id FROM team_rows
    WHERE doc_key = ? AND number = ? AND text_key = ? AND kind = ? AND author = ?
"""
# `changed`: one more than the team clock (storage/migrations.py _v8).
UPSERT_ROW = """
    INSERT INTO team_rows (doc_key, number, text_key, kind, author, at, data, merge_id, changed)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT value + 1 FROM team_clock))
    ON CONFLICT DO UPDATE SET
        at = excluded.at, data = excluded.data, merge_id = excluded.merge_id,
        changed = excluded.changed
"""
DELETE_ROW = """
    DELETE FROM team_rows
    WHERE doc_key = ? AND number = ? AND text_key = ? AND kind = ? AND author = ?
"""

# The local author's positions with their paragraph identity and team time.
OWN_POSITIONS = """
    SELECT p.item_id, d.fingerprint, i.number, i.text_key, coalesce(p.shared_at, p.updated_at),
           p.stance, p.note, p.amendment, p.rationale, p.priority, p.instruction, p.fallback,
           p.instruction_note, i.text
    FROM positions p JOIN items i ON i.id = p.item_id JOIN documents d ON d.id = i.document_id
    WHERE coalesce(p.shared_at, p.updated_at) > ? AND p.changed > ?
"""
# The room's status as the local author recorded it, and the proposals they recorded: every
# row (a paragraph's rows are sent together; services/team/packs.py selects).
_IDENTITY = "i.id, d.fingerprint, i.number, i.text_key, i.text"
OWN_ROOM = f"""
    SELECT {_IDENTITY}, r.as_of, r.status, r.note, r.recorded_at, r.changed
    FROM room_statuses r JOIN items i ON i.id = r.item_id JOIN documents d ON d.id = i.document_id
    ORDER BY i.id
"""
OWN_PROPOSALS = f"""
    SELECT {_IDENTITY}, p.id, g.name, p.text, p.made_at, p.withdrawn_at, p.new_paragraph,
           p.updated_at, p.changed
    FROM proposals p JOIN items i ON i.id = p.item_id JOIN documents d ON d.id = i.document_id
    JOIN delegations g ON g.id = p.delegation_id
    ORDER BY i.id
"""
ALL_PROPOSAL_SIDES = """
    SELECT s.proposal_id, g.name, s.side FROM proposal_delegations s
    JOIN delegations g ON g.id = s.delegation_id
"""
SHARED_TIMES = """
    SELECT item_id, coalesce(shared_at, updated_at) FROM positions WHERE item_id IN ({marks})
"""

_ITEM_COLUMNS = "i.id, i.document_id, d.fingerprint, i.number, i.text_key, i.label, i.text"
# The same without the text, where only identities are compared (a fraction of the bytes).
_KEY_COLUMNS = "i.id, i.document_id, d.fingerprint, i.number, i.text_key, i.label, ''"
ITEMS_OF_FINGERPRINTS = f"""
    SELECT {_ITEM_COLUMNS} FROM items i JOIN documents d ON d.id = i.document_id
    WHERE d.fingerprint IN ({{marks}})
"""
ITEMS_WITH_TEXT_KEYS = f"""
    SELECT {_ITEM_COLUMNS} FROM items i JOIN documents d ON d.id = i.document_id
    WHERE i.text_key IN ({{marks}})
"""
KEYS_WITH_TEXT_KEYS = f"""
    SELECT {_KEY_COLUMNS} FROM items i JOIN documents d ON d.id = i.document_id
    WHERE i.text_key IN ({{marks}})
"""
ITEMS_OF_DOCUMENTS = f"""
    SELECT {_ITEM_COLUMNS} FROM items i JOIN documents d ON d.id = i.document_id
    WHERE i.document_id IN ({{marks}})
"""
ITEM_KEYS = """
    SELECT i.id, d.fingerprint, i.number, i.text_key
    FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id IN ({marks})
"""

ALL_MAPS = "SELECT doc_key, number, text_key, item_id, how, score FROM team_map"
MAP = """
    SELECT how, score FROM team_map
    WHERE doc_key = ? AND number = ? AND text_key = ? AND item_id = ?
"""
DELETE_MAP = """
    DELETE FROM team_map WHERE doc_key = ? AND number = ? AND text_key = ? AND item_id = ?
"""
INSERT_MAP = """
    INSERT INTO team_map (doc_key, number, text_key, item_id, how, score)
    VALUES (?, ?, ?, ?, ?, ?)
"""

ALL_TEXTS = "SELECT doc_key, number, text_key, document, text FROM team_texts"
TEXT = "SELECT document, text FROM team_texts WHERE doc_key = ? AND number = ? AND text_key = ?"
UPSERT_TEXT = """
    INSERT INTO team_texts (doc_key, number, text_key, document, text) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET document = excluded.document, text = excluded.text
"""
DELETE_TEXT = "DELETE FROM team_texts WHERE doc_key = ? AND number = ? AND text_key = ?"

NEXT_MERGE_ID = "SELECT coalesce(max(id), 0) + 1 FROM team_merges"
MERGES = "SELECT id, at, source, changes FROM team_merges ORDER BY id DESC LIMIT ?"
MERGE = "SELECT at, source, changes FROM team_merges WHERE id = ?"
DELETE_MERGE = "DELETE FROM team_merges WHERE id = ?"
INSERT_MERGE = "INSERT INTO team_merges (id, at, source, changes) VALUES (?, ?, ?, ?)"

SOURCE = "SELECT mark FROM team_sources WHERE source = ?"
UPSERT_SOURCE = """
    INSERT INTO team_sources (source, mark) VALUES (?, ?)
    ON CONFLICT(source) DO UPDATE SET mark = excluded.mark
"""
DELETE_SOURCE = "DELETE FROM team_sources WHERE source = ?"

# Team rows on items: by identity (the document's fingerprint, number and text key) or by a
# tie in team_map (another form of the document, or a link the user confirmed).
ROWS_ON_ITEMS = f"""
    SELECT i.id, {_ROW_COLUMNS}
    FROM items i JOIN documents d ON d.id = i.document_id
    JOIN team_rows t ON t.doc_key = d.fingerprint AND t.number = i.number
        AND t.text_key = i.text_key
    WHERE i.id IN ({{marks}})
    UNION ALL
    SELECT m.item_id, {_ROW_COLUMNS}
    FROM team_map m JOIN team_rows t ON t.doc_key = m.doc_key AND t.number = m.number
        AND t.text_key = m.text_key
    WHERE m.how IN ('number-and-text', 'linked') AND m.item_id IN ({{marks}})
"""
ROWS_ON_DOCUMENT = f"""
    SELECT i.id, {_ROW_COLUMNS}
    FROM items i JOIN documents d ON d.id = i.document_id
    JOIN team_rows t ON t.doc_key = d.fingerprint AND t.number = i.number
        AND t.text_key = i.text_key
    WHERE i.document_id = ?1
    UNION ALL
    SELECT m.item_id, {_ROW_COLUMNS}
    FROM team_map m JOIN items i ON i.id = m.item_id
    JOIN team_rows t ON t.doc_key = m.doc_key AND t.number = m.number
        AND t.text_key = m.text_key
    WHERE m.how IN ('number-and-text', 'linked') AND i.document_id = ?1
"""

DOCUMENTS_OF_FINGERPRINTS = """
    SELECT fingerprint, title, symbol FROM documents WHERE fingerprint IN ({marks}) ORDER BY id
"""

DOCUMENT_NAMES = "SELECT id, coalesce(nullif(symbol, ''), title) FROM documents"
# A document's paragraphs with the smallest text keys (its sample: domain/team.py).
SAMPLE = """
    SELECT i.number, i.text_key FROM items i JOIN documents d ON d.id = i.document_id
    WHERE d.fingerprint = ? ORDER BY i.text_key LIMIT ?
"""

# Identities of team rows whose number and text key an item of the document has.
KEYS_ON_DOCUMENT = """
    SELECT DISTINCT t.doc_key, t.number, t.text_key
    FROM items i JOIN team_rows t ON t.text_key = i.text_key AND t.number = i.number
    WHERE i.document_id = ?
"""
