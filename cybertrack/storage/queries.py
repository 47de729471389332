"""Every SQL statement the repositories run, in one place."""

# The counts are kept on write by triggers (migrations._v11): never counted here.
DOCUMENT_COLUMNS = """
    d.id, d.symbol, d.title, d.body, d.session, d.venue, d.start_date, d.end_date, d.doc_date,
    d.kind, d.agenda_item, d.source_name, d.item_count, d.decided_count, d.version_label,
    d.library, d.adopted
"""

# Texts under negotiation first, then the library of precedent; by date within each.
DOCUMENTS = f"""
    SELECT {DOCUMENT_COLUMNS} FROM documents d ORDER BY d.library, coalesce(d.doc_date, ''), d.id
"""
DOCUMENT = f"SELECT {DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?"
DOCUMENT_BY_HASH = "SELECT id FROM documents WHERE content_hash = ?"
ANY_DOCUMENT = "SELECT 1 FROM documents LIMIT 1"
# Documents another one could be mistaken for: the same symbol or the same title.
DOCUMENTS_NAMED = f"""
    SELECT {DOCUMENT_COLUMNS} FROM documents d
    WHERE (?1 IS NOT NULL AND d.symbol = ?1) OR lower(d.title) = lower(?2)
    ORDER BY coalesce(d.doc_date, ''), d.id
"""
SET_VERSION_LABEL = "UPDATE documents SET version_label = ? WHERE id = ?"
DOCUMENT_IDS_OF_ITEMS = "SELECT DISTINCT document_id FROM items WHERE id IN ({marks})"
DELETE_DOCUMENT = "DELETE FROM documents WHERE id = ?"
PARTICIPANTS = "SELECT name, on_behalf_of FROM participants WHERE document_id = ? ORDER BY position"

# Rows of one document, parents before children so they can be re-inserted in this order.
DOCUMENT_ROWS = {
    "documents": "SELECT * FROM documents WHERE id = ?",
    "sections": "SELECT * FROM sections WHERE document_id = ? ORDER BY id",
    "items": "SELECT * FROM items WHERE document_id = ? ORDER BY id",
    "participants": "SELECT * FROM participants WHERE document_id = ? ORDER BY id",
    "positions": (
        "SELECT p.* FROM positions p JOIN items i ON i.id = p.item_id WHERE i.document_id = ?"
    ),
    "stance_history": (
        "SELECT h.* FROM stance_history h JOIN items i ON i.id = h.item_id"
        " WHERE i.document_id = ? ORDER BY h.id"
    ),
    # Citations made by the document's items and citations of them (both ends must exist).
    "citations": (
        "SELECT c.* FROM citations c"
        " WHERE c.item_id IN (SELECT id FROM items WHERE document_id = ?1)"
        " OR c.cited_item_id IN (SELECT id FROM items WHERE document_id = ?1)"
        " ORDER BY c.item_id, c.position"
    ),
    "room_statuses": (
        "SELECT r.* FROM room_statuses r JOIN items i ON i.id = r.item_id"
        " WHERE i.document_id = ? ORDER BY r.id"
    ),
    "proposals": (
        "SELECT p.* FROM proposals p JOIN items i ON i.id = p.item_id"
        " WHERE i.document_id = ? ORDER BY p.id"
    ),
    "proposal_delegations": (
        "SELECT d.* FROM proposal_delegations d JOIN proposals p ON p.id = d.proposal_id"
        " JOIN items i ON i.id = p.item_id WHERE i.document_id = ?"
        " ORDER BY d.proposal_id, d.position"
    ),
    "item_events": (
        "SELECT e.* FROM item_events e JOIN items i ON i.id = e.item_id"
        " WHERE i.document_id = ? ORDER BY e.id"
    ),
    "team_map": (
        "SELECT m.* FROM team_map m JOIN items i ON i.id = m.item_id WHERE i.document_id = ?"
    ),
}

ITEM_COLUMNS = """
    i.id, i.document_id, i.number, i.label, i.kind,
    CASE WHEN s.id IS NULL THEN NULL ELSE trim(s.label || ' ' || s.title) END,
    i.text, p.stance, p.note, p.amendment, i.position, p.updated_at, p.rationale, p.priority,
    p.recheck, p.instruction, p.fallback, p.instruction_note, r.status, r.as_of,
    i.revision
"""
# The room status in force is the latest "as of" (times in the future are refused on entry).
ITEM_JOINS = """
    FROM items i
    LEFT JOIN sections s ON s.id = i.section_id
    LEFT JOIN positions p ON p.item_id = i.id
    LEFT JOIN room_statuses r ON r.id = (
        SELECT id FROM room_statuses WHERE item_id = i.id ORDER BY as_of DESC, id DESC LIMIT 1)
"""
ITEMS_OF_DOCUMENT = (
    f"SELECT {ITEM_COLUMNS} {ITEM_JOINS} WHERE i.document_id = ? ORDER BY i.position"
)
# A part of a document, in reading order (the index items_document finds it without a sort).
ITEMS_OF_DOCUMENT_FROM = f"""
    SELECT {ITEM_COLUMNS} {ITEM_JOINS}
    WHERE i.document_id = ? AND i.position >= ? ORDER BY i.position LIMIT ?
"""
ALL_ITEMS = f"SELECT {ITEM_COLUMNS} {ITEM_JOINS} ORDER BY i.document_id, i.position"
ITEMS_BY_IDS = f"SELECT {ITEM_COLUMNS} {ITEM_JOINS} WHERE i.id IN ({{marks}}) ORDER BY i.position"
ITEM_BY_NUMBER = "SELECT id FROM items WHERE document_id = ? AND number = ? ORDER BY position"
EXISTING_ITEMS = "SELECT id FROM items WHERE id IN ({marks})"

# The MATCH runs once in a subquery: written as a join filtered by document, SQLite may instead
# walk the document's items and run the full-text query for each one (1 s for 1,000 items).
SEARCH_ALL = """
    SELECT i.id FROM items i
    WHERE i.id IN (SELECT rowid FROM item_search WHERE item_search MATCH ?)
    ORDER BY i.document_id, i.position
"""
# A document's items have contiguous ids (inserted together): the rowid range lets FTS5 skip
# the other documents' matches (2x faster on a 100,000-item workspace).
SEARCH_DOCUMENT = """
    SELECT i.id FROM items i
    WHERE i.document_id = ?2 AND i.id IN (
        SELECT rowid FROM item_search WHERE item_search MATCH ?1
        AND rowid BETWEEN (SELECT min(id) FROM items WHERE document_id = ?2)
                      AND (SELECT max(id) FROM items WHERE document_id = ?2))
    ORDER BY i.position
"""

# The texts a scan reads (a search in a script the index cannot split): one document's items,
# or every item, in order, with the delegate's texts about each.
_SCAN_ROWS = """
    SELECT i.id, i.text, coalesce(p.note, ''), coalesce(p.amendment, ''),
           coalesce(p.rationale, '')
    FROM items i LEFT JOIN positions p ON p.item_id = i.id
"""
SCAN_DOCUMENT = _SCAN_ROWS + "WHERE i.document_id = ? ORDER BY i.position"
SCAN_ALL = _SCAN_ROWS + "ORDER BY i.document_id, i.position"

# Version detection: documents sharing a symbol's stem (A/AC.291/L.3, …/Rev.1, …/Corr.1) and
# documents holding a given phrase (found through the index, never by reading every text).
# The documents of one symbol in the order of `DOCUMENTS`, without counting every document's
# items (which takes a while in a library of a million paragraphs).
DOCUMENTS_OF_SYMBOL = """
    SELECT id FROM documents WHERE symbol = ? ORDER BY library, coalesce(doc_date, ''), id
"""
# The range keeps the search on the symbol's index (a LIKE alone read every document).
DOCUMENTS_OF_SYMBOL_STEM = """
    SELECT id FROM documents
    WHERE symbol = ?1 OR (
        symbol > ?1 || '/' AND symbol < ?1 || '0'
        AND (symbol LIKE ?1 || '/Rev.%' OR symbol LIKE ?1 || '/Corr.%')
    )
"""

STANCES_BY_IDS = "SELECT item_id, stance FROM positions WHERE item_id IN ({marks})"
POSITIONS_BY_IDS = """
    SELECT item_id, stance, note, amendment, rationale, priority, updated_at, recheck,
           instruction, fallback, instruction_note
    FROM positions WHERE item_id IN ({marks})
"""
UPSERT_POSITION = """
    INSERT INTO positions
        (item_id, stance, note, amendment, rationale, priority, updated_at, recheck,
         instruction, fallback, instruction_note, shared_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(item_id) DO UPDATE SET
        stance = excluded.stance, note = excluded.note, amendment = excluded.amendment,
        rationale = excluded.rationale, priority = excluded.priority,
        updated_at = excluded.updated_at, recheck = excluded.recheck,
        instruction = excluded.instruction, fallback = excluded.fallback,
        instruction_note = excluded.instruction_note,
        shared_at = excluded.shared_at
"""
# The local author's row on the item's paragraph, emptied: its position row (if there is one)
# is about to go. Run before the delete.
TEAM_TOMBSTONE = """
    INSERT INTO team_rows (doc_key, number, text_key, kind, author, at, data, changed)
    SELECT d.fingerprint, i.number, i.text_key, 'position', s.value, ?1, ?3,
           (SELECT value + 1 FROM team_clock)
    FROM items i JOIN documents d ON d.id = i.document_id
    JOIN settings s ON s.key = 'author'
    WHERE i.id = ?2 AND EXISTS (SELECT 1 FROM positions p WHERE p.item_id = ?2)
    ON CONFLICT DO UPDATE SET at = excluded.at, data = excluded.data, changed = excluded.changed
"""
DELETE_POSITION = "DELETE FROM positions WHERE item_id = ?"
INSERT_HISTORY = """
    INSERT INTO stance_history (item_id, old, new, changed_at, carried_from) VALUES (?, ?, ?, ?, ?)
"""
# An undone decision stays in the audit trail, marked; redo clears the mark.
MARK_HISTORY_UNDONE = "UPDATE stance_history SET undone_at = ? WHERE id IN ({marks})"
# With the item a carried position came from, and that item's document, when still there.
HISTORY = """
    SELECT h.id, h.item_id, h.old, h.new, h.changed_at, h.undone_at,
           src.id, src.label, d.id, d.symbol, d.title, d.version_label, d.doc_date
    FROM stance_history h
    LEFT JOIN items src ON src.id = h.carried_from
    LEFT JOIN documents d ON d.id = src.document_id
    WHERE h.item_id = ? ORDER BY h.id
"""
STANCE_COUNTS = """
    SELECT p.stance, count(*) FROM items i LEFT JOIN positions p ON p.item_id = i.id
    WHERE i.document_id = ? GROUP BY p.stance
"""

SETTINGS = "SELECT key, value FROM settings ORDER BY key"
SETTING = "SELECT value FROM settings WHERE key = ?"
UPSERT_SETTING = """
    INSERT INTO settings (key, value) VALUES (?, ?)
    ON CONFLICT(key) DO UPDATE SET value = excluded.value
"""
DELETE_SETTING = "DELETE FROM settings WHERE key = ?"

# Each document's headings in reading order, with their parents and whether items stand under
# them (index items_section): the navigator's outline.
SECTION_OUTLINE = """
    SELECT s.document_id, s.id, s.parent_id, trim(s.label || ' ' || s.title),
           EXISTS (SELECT 1 FROM items i WHERE i.section_id = s.id)
    FROM sections s ORDER BY s.document_id, s.position
"""
LAST_SECTION_ID = "SELECT coalesce(max(id), 0) FROM sections"
# A document's sections with their parents, and the section of each of its items (the headings
# above an item's own: "Annex ..." over "Preamble").
SECTION_TREE_OF = (
    "SELECT id, parent_id, trim(label || ' ' || title) FROM sections WHERE document_id = ?"
)
ITEM_SECTIONS_OF = (
    "SELECT id, section_id FROM items WHERE document_id = ? AND section_id IS NOT NULL"
)
SECTION_OUTLINE_OF = """
    SELECT s.document_id, s.id, s.parent_id, trim(s.label || ' ' || s.title),
           EXISTS (SELECT 1 FROM items i WHERE i.section_id = s.id)
    FROM sections s WHERE s.document_id = ? ORDER BY s.position
"""

# -- links between items of two versions, other delegations ------------------------------------
_LINK_COLUMNS = "id, from_item_id, to_item_id, score, status, created_at"
LINK = f"SELECT {_LINK_COLUMNS} FROM item_links WHERE from_item_id = ? AND to_item_id = ?"
LINKS_BETWEEN = f"""
    SELECT {_LINK_COLUMNS} FROM item_links
    WHERE from_item_id IN (SELECT id FROM items WHERE document_id = ?)
      AND to_item_id IN (SELECT id FROM items WHERE document_id = ?)
    ORDER BY to_item_id, score DESC
"""
LINKS_OF_ITEM = f"""
    SELECT {_LINK_COLUMNS} FROM item_links WHERE from_item_id = ? OR to_item_id = ?
    ORDER BY score DESC
"""
ALL_LINKS = f"SELECT {_LINK_COLUMNS} FROM item_links ORDER BY id"
# Per pair of documents, how many items of the newer one are linked (not rejected) to the older.
LINKED_DOCUMENTS = """
    SELECT a.document_id, b.document_id, COUNT(DISTINCT item_links.to_item_id)
    FROM item_links
    JOIN items AS a ON a.id = item_links.from_item_id
    JOIN items AS b ON b.id = item_links.to_item_id
    WHERE item_links.status != 'rejected' AND a.document_id != b.document_id
    GROUP BY a.document_id, b.document_id
"""
UPSERT_LINK = """
    INSERT INTO item_links (from_item_id, to_item_id, score, status, created_at)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(from_item_id, to_item_id) DO UPDATE SET
        score = excluded.score, status = excluded.status
"""
RESTORE_LINK = """
    INSERT INTO item_links (id, from_item_id, to_item_id, score, status, created_at)
    VALUES (?, ?, ?, ?, ?, ?)
"""
DELETE_LINK = "DELETE FROM item_links WHERE from_item_id = ? AND to_item_id = ?"

DELEGATIONS = "SELECT id, name, is_group FROM delegations ORDER BY is_group DESC, name"
DELEGATION = "SELECT id, name, is_group FROM delegations WHERE id = ?"
DELEGATION_BY_NAME = "SELECT id FROM delegations WHERE name = ?"
INSERT_DELEGATION = "INSERT INTO delegations (id, name, is_group) VALUES (?, ?, ?)"
DELETE_DELEGATION = "DELETE FROM delegations WHERE id = ?"
_STANCE_COLUMNS = "delegation_id, item_id, stance, source, updated_at"
DELEGATION_STANCE = (
    f"SELECT {_STANCE_COLUMNS} FROM delegation_stances WHERE delegation_id = ? AND item_id = ?"
)
UPSERT_DELEGATION_STANCE = """
    INSERT INTO delegation_stances (delegation_id, item_id, stance, source, updated_at)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(delegation_id, item_id) DO UPDATE SET
        stance = excluded.stance, source = excluded.source, updated_at = excluded.updated_at
"""
DELETE_DELEGATION_STANCE = "DELETE FROM delegation_stances WHERE delegation_id = ? AND item_id = ?"
STANCES_OF_ITEMS = f"""
    SELECT {_STANCE_COLUMNS} FROM delegation_stances
    WHERE item_id IN ({{marks}}) ORDER BY item_id, delegation_id
"""

# -- the negotiation day: room statuses, proposals, item events ---------------------------------
_ROOM_COLUMNS = "id, item_id, status, as_of, note, recorded_at"
ROOM_ENTRY = f"SELECT {_ROOM_COLUMNS} FROM room_statuses WHERE id = ?"
INSERT_ROOM_ENTRY = f"INSERT INTO room_statuses ({_ROOM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
DELETE_ROOM_ENTRY = "DELETE FROM room_statuses WHERE id = ?"
ROOM_OF_ITEMS = f"""
    SELECT {_ROOM_COLUMNS} FROM room_statuses WHERE item_id IN ({{marks}})
    ORDER BY as_of, id
"""
# Unordered: the timeline sorts in memory (an ORDER BY here sorts 50,000 rows in a temp b-tree).
ROOM_OF_DOCUMENT = f"""
    SELECT {_ROOM_COLUMNS} FROM room_statuses
    WHERE item_id IN (SELECT id FROM items WHERE document_id = ?)
"""

_PROPOSAL_COLUMNS = """
    p.id, p.item_id, p.new_paragraph, p.delegation_id, d.name, p.text, p.made_at,
    p.withdrawn_at, p.updated_at
"""
PROPOSAL = f"""
    SELECT {_PROPOSAL_COLUMNS} FROM proposals p JOIN delegations d ON d.id = p.delegation_id
    WHERE p.id = ?
"""
PROPOSALS_OF_ITEMS = f"""
    SELECT {_PROPOSAL_COLUMNS} FROM proposals p JOIN delegations d ON d.id = p.delegation_id
    WHERE p.item_id IN ({{marks}}) ORDER BY p.item_id, p.id
"""
PROPOSALS_OF_DOCUMENT = f"""
    SELECT {_PROPOSAL_COLUMNS} FROM proposals p JOIN delegations d ON d.id = p.delegation_id
    WHERE p.item_id IN (SELECT id FROM items WHERE document_id = ?) ORDER BY p.item_id, p.id
"""
PROPOSAL_SIDES = """
    SELECT s.proposal_id, s.delegation_id, d.name, s.side FROM proposal_delegations s
    JOIN delegations d ON d.id = s.delegation_id
    WHERE s.proposal_id IN ({marks}) ORDER BY s.proposal_id, s.position
"""
INSERT_PROPOSAL = """
    INSERT INTO proposals
        (id, item_id, new_paragraph, delegation_id, text, made_at, withdrawn_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_PROPOSAL_SIDE = """
    INSERT INTO proposal_delegations (proposal_id, delegation_id, side, position)
    VALUES (?, ?, ?, ?)
"""
DELETE_PROPOSAL = "DELETE FROM proposals WHERE id = ?"
NEXT_PROPOSAL_ID = "SELECT coalesce(max(id), 0) + 1 FROM proposals"

INSERT_EVENT = """
    INSERT INTO item_events (item_id, kind, old, new, detail, changed_at)
    VALUES (?, ?, ?, ?, ?, ?)
"""
LAST_EVENT = """
    SELECT id, kind, changed_at, undone_at FROM item_events
    WHERE item_id = ? ORDER BY id DESC LIMIT 1
"""
UPDATE_EVENT = "UPDATE item_events SET new = ?, changed_at = ? WHERE id = ?"
MARK_EVENTS_UNDONE = "UPDATE item_events SET undone_at = ? WHERE id IN ({marks})"
EVENTS_OF_ITEM = """
    SELECT changed_at, kind, old, new, detail, undone_at FROM item_events
    WHERE item_id = ? ORDER BY id
"""
