"""Every released schema version opens, upgrades with its data intact, and is backed up first."""

import shutil

from cybertrack.domain.positions import Priority, Stance
from cybertrack.services import Workspace
from cybertrack.storage import SCHEMA_VERSION
from tests.conftest import DATA


def test_v1_workspace_upgrades_with_its_data(tmp_path):
    path = tmp_path / "old.cybertrack"
    shutil.copy(DATA / "workspace-v1.cybertrack", path)
    with Workspace.open(path) as ws:
        items = ws.items()
        assert len(items) == 39
        assert [i.stance for i in items[:5]] == [Stance.SUPPORT] * 3 + [Stance.AMEND, Stance.OPPOSE]
        assert (items[3].note, items[3].amendment) == ("v1 note", "v1 amendment")
        assert (items[3].rationale, items[3].priority) == ("", Priority.NORMAL)
        assert [h.new for h in ws.history(items[3].id)] == [Stance.AMEND]
        assert ws._store.database.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    backup = path.with_name(f"old.cybertrack.before-schema-{SCHEMA_VERSION}.bak")
    assert backup.exists()
    with Workspace.open(backup) as restored:  # the backup is the old file, still readable
        assert len(restored.items()) == 39
