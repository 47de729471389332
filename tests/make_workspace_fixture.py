"""Write tests/data/workspace-v{SCHEMA_VERSION}.cybertrack from the current code.

Run it BEFORE adding a migration, so the version about to become old keeps a fixture and its
upgrade is tested for ever (tests/unit/test_migrations.py requires one per released version):

    python -m tests.make_workspace_fixture
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cybertrack.domain.positions import Field, Stance
from cybertrack.importers import read_document
from cybertrack.services import Batch, ImportDocument, SetField, SetStance, Workspace
from cybertrack.storage import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "unodc-eg4-2020-international-cooperation.txt"


def make(target: Path) -> None:
    target.unlink(missing_ok=True)
    with Workspace.open(target) as ws:
        ws.apply(ImportDocument(read_document(SEED)))
        ids = [item.id for item in ws.items()]
        ws.apply(SetStance(tuple(ids[:3]), Stance.SUPPORT))
        ws.apply(SetStance((ids[4],), Stance.OPPOSE))
        ws.apply(
            Batch(
                (
                    SetStance((ids[3],), Stance.AMEND),
                    SetField(ids[3], Field.NOTE, f"v{SCHEMA_VERSION} note"),
                    SetField(ids[3], Field.AMENDMENT, f"v{SCHEMA_VERSION} amendment"),
                )
            )
        )
    # Columns and tables with no command yet are filled directly, so their upgrade is tested too.
    conn = sqlite3.connect(target)
    with conn:
        conn.execute(
            "UPDATE positions SET rationale = 'public reason', priority = 'red-line' "
            "WHERE item_id = ?",
            [ids[3]],
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('delegation', 'Ruritania')")
        conn.execute(
            "INSERT INTO item_links (from_item_id, to_item_id, score, status, created_at) "
            "VALUES (?, ?, 0.9, 'confirmed', '2026-11-28T09:00:00+00:00')",
            [ids[0], ids[1]],
        )
        conn.execute("INSERT INTO delegations (name, is_group) VALUES ('European Union', 1)")
        conn.execute(
            "INSERT INTO delegation_stances (delegation_id, item_id, stance, updated_at) "
            "VALUES (1, ?, 'oppose', '2026-11-28T09:00:00+00:00')",
            [ids[3]],
        )
    # One self-contained file: no -wal beside it.
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    out = ROOT / "tests" / "data" / f"workspace-v{SCHEMA_VERSION}.cybertrack"
    make(out)
    print(f"wrote {out}")
