"""Opening a damaged workspace: the latest good backup is offered; declining changes nothing."""

import pytest

from cybertrack.domain.errors import WorkspaceDamaged
from cybertrack.domain.positions import Stance
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetStance, Workspace
from cybertrack.services.backups import backup_contents
from cybertrack.services.recovery import open_or_recover
from tests.conftest import SEED


def damaged_workspace_with_backup(tmp_path):
    path = tmp_path / "w.cybertrack"
    with Workspace.open(path) as ws:
        ws.apply(ImportDocument(read_document(SEED)))
        ws.apply(SetStance((ws.items()[0].id,), Stance.OPPOSE))
        backup = ws.take_backup()
    with path.open("r+b") as f:  # damage a page in the middle, keep the header
        f.seek(4096 * 3)
        f.write(b"\xff" * 4096 * 4)
    return path, backup


def test_a_sound_workspace_opens_without_asking(tmp_path):
    path = tmp_path / "fine.cybertrack"
    Workspace.open(path).close()
    workspace, aside = open_or_recover(path, lambda *a: pytest.fail("asked"))
    workspace.close()
    assert aside is None


def test_damage_found_by_the_quick_check_offers_the_backup(tmp_path):
    path, backup = damaged_workspace_with_backup(tmp_path)
    offers = []

    def accept(problem, offered):
        offers.append((problem, offered.path))
        return True

    workspace, aside = open_or_recover(path, accept)
    with workspace:
        assert workspace.items()[0].stance == Stance.OPPOSE
    assert offers[0][1] == backup and "damaged" in str(offers[0][0])
    assert aside is not None and aside.exists() and aside.name.startswith("w.cybertrack.damaged-")


def test_declining_changes_nothing(tmp_path):
    path, _ = damaged_workspace_with_backup(tmp_path)
    before = path.read_bytes()
    with pytest.raises(WorkspaceDamaged, match=r"Nothing was changed"):
        open_or_recover(path, lambda *a: False)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.damaged-*"))


def test_no_backup_means_a_clear_refusal(tmp_path):
    path = tmp_path / "w.cybertrack"
    path.write_bytes(b"not a database at all" * 200)
    with pytest.raises(WorkspaceDamaged, match="no good backup"):
        open_or_recover(path, lambda *a: True)


def test_backup_contents_counts_or_admits_it_cannot(tmp_path):
    _, backup = damaged_workspace_with_backup(tmp_path)
    assert backup_contents(backup) == (1, 39)
    junk = tmp_path / "junk.cybertrack"
    junk.write_bytes(b"x" * 100)
    assert backup_contents(junk) is None


def test_large_files_skip_the_check_at_open(tmp_path, monkeypatch):
    from cybertrack.services import recovery

    path, _ = damaged_workspace_with_backup(tmp_path)
    monkeypatch.setattr(recovery, "CHECK_AT_OPEN_BYTES", 1000)
    workspace, aside = open_or_recover(path, lambda *a: pytest.fail("asked at open"))
    workspace.close()
    assert aside is None
    assert recovery.file_damage(path)  # the background check finds it
