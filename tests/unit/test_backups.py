"""Rotating backups, restore, and the way back from a damaged workspace file."""

import hashlib
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from cybertrack.domain.errors import WorkspaceError
from cybertrack.domain.positions import Stance
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetStance, Workspace
from cybertrack.services.backups import (
    KEEP,
    backup_folder,
    latest_good_backup,
    list_backups,
    recover_from_backup,
)
from cybertrack.storage import SCHEMA_VERSION
from tests.conftest import DATA, SEED


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def ws(tmp_path, clock):
    with Workspace.open(tmp_path / "delegation.cybertrack", clock=clock) as workspace:
        workspace.apply(ImportDocument(read_document(SEED)))
        yield workspace


def stances(workspace):
    return [i.stance for i in workspace.items()]


def corrupt(path, offset=8192, length=8192):
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(b"\xde\xad\xbe\xef" * (length // 4))


def test_a_backup_is_a_complete_self_contained_workspace(ws):
    path = ws.take_backup()
    folder = ws.path.with_name("delegation.cybertrack.backups")
    assert path.parent == backup_folder(ws.path) == folder
    assert path.name == "delegation-20261128-090000.cybertrack"
    assert not path.with_name(path.name + "-wal").exists()
    assert not list(path.parent.glob("*.part"))
    with Workspace.open(path) as copy:
        assert len(copy.items()) == 39
        assert copy.integrity_problems() == []


def test_only_the_newest_ten_are_kept(ws, clock):
    taken = []
    for _ in range(KEEP + 3):
        taken.append(ws.take_backup())
        clock.advance(hours=1)
    kept = [b.path for b in ws.backups()]
    assert kept == list(reversed(taken))[:KEEP]
    assert not any(p.exists() for p in taken[:3])


def test_one_backup_per_day_survives_many_starts_a_day(ws, clock):
    clock.now = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    for _day in range(12):
        for _start in range(12):  # twelve starts a day
            ws.take_backup()
            clock.advance(minutes=30)
        clock.advance(days=1, hours=-6)
    kept = ws.backups()
    days = sorted({b.taken_at.date() for b in kept})
    assert len(days) == 7  # the last seven days each keep their newest backup
    assert len(kept) == KEEP + 6  # the newest ten (one day) plus six earlier days
    assert kept[0].taken_at == max(b.taken_at for b in kept)


def test_a_backup_cut_short_is_cleaned_up_later(ws):
    import os

    folder = backup_folder(ws.path)
    folder.mkdir()
    stale, fresh = folder / "old.cybertrack.part", folder / "now.cybertrack.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"being written")
    os.utime(stale, (0, 0))
    ws.take_backup()
    assert not stale.exists() and fresh.exists()
    assert len(ws.backups()) == 1


def test_two_backups_in_the_same_second_do_not_collide(ws):
    first, second = ws.take_backup(), ws.take_backup()
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in ws.backups()] == [second, first]


def test_daily_backup_is_taken_once_a_day(ws, clock):
    assert ws.backup_if_due() is not None
    clock.advance(hours=23)
    assert ws.backup_if_due() is None
    clock.advance(hours=1)
    assert ws.backup_if_due() is not None
    assert len(ws.backups()) == 2


def test_restore_brings_back_the_backup_and_saves_the_current_state_first(ws, clock):
    ids = tuple(i.id for i in ws.items()[:4])
    ws.apply(SetStance(ids[:2], Stance.SUPPORT))
    backup = ws.take_backup()
    clock.advance(minutes=5)
    ws.apply(SetStance(ids, Stance.OPPOSE))
    change = ws.restore_backup(backup)
    assert change.documents_changed and "before-restore" in str(change.message)
    assert stances(ws)[:4] == [Stance.SUPPORT, Stance.SUPPORT, None, None]
    assert ws.search("Budapest")  # the full-text index came back with the rows
    assert ws.integrity_problems() == []
    safety = next(b for b in ws.backups() if b.reason == "before-restore")
    with Workspace.open(safety.path) as previous:
        assert stances(previous)[:4] == [Stance.OPPOSE] * 4
    # Still a working workspace: a new edit commits and survives reopening.
    ws.apply(SetStance((ids[3],), Stance.AMEND))
    with Workspace.open(ws.path) as again:
        assert stances(again)[3] == Stance.AMEND


def test_a_damaged_backup_is_refused_and_nothing_changes(ws):
    ws.apply(SetStance((ws.items()[0].id,), Stance.SUPPORT))
    backup = ws.take_backup()
    corrupt(backup)
    before = stances(ws)
    with pytest.raises(WorkspaceError, match="damaged"):
        ws.restore_backup(backup)
    assert stances(ws) == before
    assert all(b.reason == "automatic" for b in ws.backups())


def test_an_old_schema_backup_is_restored_and_upgraded(ws):
    old = backup_folder(ws.path) / "delegation-20200101-000000.cybertrack"
    old.parent.mkdir(exist_ok=True)
    shutil.copy(DATA / "workspace-v1.cybertrack", old)
    ws.restore_backup(old)
    assert ws._store.database.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert stances(ws)[:5] == [Stance.SUPPORT] * 3 + [Stance.AMEND, Stance.OPPOSE]


def test_a_damaged_workspace_is_moved_aside_and_the_latest_good_backup_put_in_place(
    tmp_path, clock
):
    path = tmp_path / "delegation.cybertrack"
    with Workspace.open(path, clock=clock) as ws:
        ws.apply(ImportDocument(read_document(SEED)))
        ws.apply(SetStance((ws.items()[0].id,), Stance.AMEND))
        good = ws.take_backup()
        clock.advance(hours=2)
        bad = ws.take_backup()
    corrupt(bad)  # the newest backup is damaged too: it must be skipped
    corrupt(path, offset=0, length=4096)  # the workspace header is gone
    damaged_bytes = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(WorkspaceError):
        Workspace.open(path)
    latest = latest_good_backup(path)
    assert latest is not None and latest.path == good
    aside = recover_from_backup(path, latest.path, clock())
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == damaged_bytes  # kept, untouched
    assert aside.name == "delegation.cybertrack.damaged-20261128-110000"
    with Workspace.open(path) as recovered:
        assert stances(recovered)[0] == Stance.AMEND
        assert recovered.integrity_problems() == []


def test_listing_ignores_foreign_files(ws):
    folder = backup_folder(ws.path)
    folder.mkdir(exist_ok=True)
    (folder / "notes.txt").write_text("x")
    (folder / "random.cybertrack").write_bytes(b"")
    assert list_backups(ws.path) == []


def test_recovery_refuses_a_bad_backup_and_leaves_the_damaged_file(tmp_path):
    path = tmp_path / "w.cybertrack"
    path.write_bytes(b"garbage" * 1000)
    backup = tmp_path / "not-a-backup.cybertrack"
    backup.write_bytes(b"also garbage" * 100)
    with pytest.raises(WorkspaceError):
        recover_from_backup(path, backup, datetime(2026, 1, 1, tzinfo=UTC))
    assert path.read_bytes() == b"garbage" * 1000


def test_restoring_the_oldest_of_ten_backups_keeps_it(ws, clock):
    # The 'before-restore' backup pushed the eleventh out: the oldest, the one being restored,
    # which the restore then called damaged; each retry lost the next oldest.
    first = ws.items()[0].id
    ws.apply(SetStance((first,), Stance.SUPPORT))
    oldest = ws.take_backup()
    for _ in range(KEEP - 1):
        clock.advance(minutes=5)
        ws.take_backup()
    ws.apply(SetStance((first,), Stance.OPPOSE))
    assert len(ws.backups()) == KEEP
    ws.restore_backup(oldest)
    assert stances(ws)[0] == Stance.SUPPORT
    assert oldest.exists()
