"""Is the workspace file sound? SQLite's own checks, as plain lists of problems."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cybertrack.storage.database import Database


def integrity_problems(db: Database, quick: bool = False) -> list[str]:
    """SQLite's integrity (or the faster quick) check plus foreign keys; [] means sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        found = [str(row[0]) for row in db.execute(f"PRAGMA {pragma}").fetchall()]
        broken_links = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [] if found == ["ok"] else found
    problems += [
        f"row {row[1]} of {row[0]} points to a missing {row[2]} row" for row in broken_links
    ]
    return problems


def file_problems(path: Path) -> list[str]:
    """Check a workspace file without opening it for writing (used on backups and damaged files)."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    try:
        return integrity_problems(Database(conn), quick=True)
    finally:
        conn.close()
