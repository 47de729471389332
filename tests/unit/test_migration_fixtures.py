"""Every released schema version has a fixture file, and each upgrades intact after a backup."""

import hashlib
import re
import shutil
import sqlite3
from contextlib import closing

import pytest

from cybertrack.domain.errors import WorkspaceError
from cybertrack.domain.positions import Priority, Stance
from cybertrack.domain.precedent import fingerprints
from cybertrack.services import Workspace
from cybertrack.storage import SCHEMA_VERSION, connection
from cybertrack.storage.migrations import MIGRATIONS
from tests.conftest import DATA

FIXTURES = sorted(DATA.glob("workspace-v*.cybertrack"))
# The precedent index is derived from the items: an upgrade may build it again with other
# shingles, so its rows are checked against the items' fingerprints, not counted.
PRECEDENT = "precedent_"


def version_of(path):
    return int(re.search(r"workspace-v(\d+)", path.name).group(1))


def read_only(path):
    return closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def row_counts(path):
    with read_only(path) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith(("items_fts", "item_search", PRECEDENT))
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        return counts, conn.execute("PRAGMA user_version").fetchone()[0]


def indexed_postings(path):
    """Every (shingle, paragraph) the upgraded index holds, whichever segment holds it."""
    with read_only(path) as conn:
        segments = ("precedent_postings", "precedent_added", "precedent_recent")
        return {
            row
            for table in segments
            for row in conn.execute(f"SELECT shingle, item_id FROM {table}")
        }


def expected_postings(path):
    """The postings today's code gives the file's paragraphs."""
    with read_only(path) as conn:
        rows = conn.execute("SELECT id, text FROM items")
        return {(shingle, item_id) for item_id, text in rows for shingle in fingerprints(text)}


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_released_schema_version_has_a_fixture():
    versions = {version_of(p) for p in FIXTURES}
    released = set(range(1, SCHEMA_VERSION))
    assert released <= versions, (
        f"missing tests/data/workspace-v{min(released - versions)}.cybertrack: run "
        "`python -m tests.make_workspace_fixture` before adding a migration"
    )
    assert len(MIGRATIONS) == SCHEMA_VERSION


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_upgrades_with_every_row_intact(fixture, tmp_path):
    version = version_of(fixture)
    path = tmp_path / "old.cybertrack"
    shutil.copy(fixture, path)
    counts_before, stored_version = row_counts(path)
    assert stored_version == version
    with Workspace.open(path) as ws:
        assert ws.integrity_problems() == []
        items = ws.items()
        assert len(items) == 39
        assert [i.stance for i in items[:5]] == [Stance.SUPPORT] * 3 + [Stance.AMEND, Stance.OPPOSE]
        assert items[3].note == f"v{version} note"
        assert items[3].amendment == f"v{version} amendment"
    counts_after, upgraded = row_counts(path)
    assert upgraded == SCHEMA_VERSION
    for table, count in counts_before.items():
        assert counts_after[table] == count, table
    assert indexed_postings(path) == expected_postings(path)
    backup = path.with_name(f"old.cybertrack.before-schema-{SCHEMA_VERSION}.bak")
    if version < SCHEMA_VERSION:
        # The backup is the old file as it was: same version, same rows, sound.
        assert row_counts(backup) == (counts_before, version)
        with read_only(backup) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    else:
        assert not backup.exists()


def test_v2_fields_survive_reopening(tmp_path):
    path = tmp_path / "v2.cybertrack"
    shutil.copy(DATA / "workspace-v2.cybertrack", path)
    with Workspace.open(path) as ws:
        item = ws.items()[3]
        assert (item.rationale, item.priority) == ("public reason", Priority.RED_LINE)


def test_a_newer_workspace_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.cybertrack"
    shutil.copy(DATA / "workspace-v1.cybertrack", path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    digest, mtime = sha(path), path.stat().st_mtime_ns
    with pytest.raises(WorkspaceError, match=r"newer CyberTrack.*not changed"):
        Workspace.open(path)
    assert (sha(path), path.stat().st_mtime_ns) == (digest, mtime)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.cybertrack"]


def test_no_upgrade_without_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.cybertrack"
    shutil.copy(DATA / "workspace-v1.cybertrack", path)
    digest = sha(path)

    def no_room(db, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(connection, "backup_file", no_room)
    with pytest.raises(WorkspaceError, match=r"could not be written.*not changed"):
        Workspace.open(path)
    assert sha(path) == digest
    assert row_counts(path)[1] == 1
