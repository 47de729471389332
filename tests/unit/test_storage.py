"""The workspace file: pragmas, schema version, FTS kept in step."""

import sqlite3

from cybertrack.storage import SCHEMA_VERSION
from cybertrack.storage.connection import open_database


def test_new_workspace_has_current_schema_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "w.cybertrack")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    tables = set(db.table_names())
    assert {
        "documents",
        "sections",
        "items",
        "positions",
        "participants",
        "stance_history",
    } <= tables
    assert "item_search" in tables and "items_fts" not in tables
    db.close()


def test_search_index_follows_item_updates(tmp_path):
    db = open_database(tmp_path / "w.cybertrack")
    db.execute(
        "INSERT INTO documents (title, source_name, content_hash, imported_at) "
        "VALUES ('t', 's', 'h', 'now')"
    )
    db.execute(
        "INSERT INTO items (document_id, number, label, kind, text, position, sort_key) "
        "VALUES (1, '1', '1.', 'paragraph', 'alpha beta', 0, '')"
    )
    db.execute("UPDATE items SET text = 'gamma' WHERE id = 1")
    match = "SELECT rowid FROM item_search WHERE item_search MATCH ?"
    assert db.execute(match, ["gamma"]).fetchall() == [(1,)]
    assert db.execute(match, ["alpha"]).fetchall() == []
    db.conn.commit()
    db.close()


def test_deleting_a_document_cascades(tmp_path):
    db = open_database(tmp_path / "w.cybertrack")
    db.execute(
        "INSERT INTO documents (title, source_name, content_hash, imported_at) "
        "VALUES ('t', 's', 'h', 'now')"
    )
    db.execute(
        "INSERT INTO items (document_id, number, label, kind, text, position, sort_key) "
        "VALUES (1, '1', '1.', 'paragraph', 'x', 0, '')"
    )
    db.execute("INSERT INTO positions (item_id, stance, updated_at) VALUES (1, 'support', 'now')")
    db.execute("DELETE FROM documents WHERE id = 1")
    assert db.execute("SELECT count(*) FROM positions").fetchone()[0] == 0
    db.close()


def test_stance_values_are_checked(tmp_path):
    db = open_database(tmp_path / "w.cybertrack")
    db.execute(
        "INSERT INTO documents (title, source_name, content_hash, imported_at) "
        "VALUES ('t', 's', 'h', 'now')"
    )
    db.execute(
        "INSERT INTO items (document_id, number, label, kind, text, position, sort_key) "
        "VALUES (1, '1', '1.', 'paragraph', 'x', 0, '')"
    )
    try:
        db.execute("INSERT INTO positions (item_id, stance, updated_at) VALUES (1, 'maybe', 'n')")
    except sqlite3.IntegrityError:
        pass
    else:  # pragma: no cover - the CHECK constraint is the behaviour under test
        raise AssertionError("stance 'maybe' was accepted")
    db.close()


def test_insert_all_keeps_every_value_type_and_order(tmp_path) -> None:
    import sqlite3

    from cybertrack.storage.database import Database

    db = Database(sqlite3.connect(tmp_path / "t.db"))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a, b, c)")
    rows = [
        {"a": n, "b": f"text {n} “quoted” \\ é", "c": None if n % 2 else 1.5} for n in range(700)
    ]
    db.insert_all("t", rows)
    stored = db.execute("SELECT a, b, c, typeof(a), typeof(c) FROM t ORDER BY id").fetchall()
    assert [(a, b, c) for a, b, c, _ta, _tc in stored] == [(r["a"], r["b"], r["c"]) for r in rows]
    assert {(ta, tc) for *_rest, ta, tc in stored} == {("integer", "null"), ("integer", "real")}
    # Values JSON cannot carry go in by VALUES lists, in order too.
    db.insert_all("t", [{"a": bytes([n]), "b": "blob", "c": n} for n in range(5)])
    blobs = db.execute("SELECT a, c FROM t WHERE b = 'blob' ORDER BY id").fetchall()
    assert blobs == [(bytes([n]), n) for n in range(5)]
    # Encoded a slice at a time: a value without a JSON form in a late slice still sends
    # every row by VALUES lists.
    late = [{"a": n, "b": "late", "c": bytes([1]) if n == 650 else n} for n in range(700)]
    db.insert_all("t", late)
    stored_late = db.execute("SELECT a, c FROM t WHERE b = 'late' ORDER BY id").fetchall()
    assert stored_late == [(r["a"], r["c"]) for r in late]
