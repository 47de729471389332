"""Read-only files, a full disk, a vanished file: a clear sentence, and nothing saved is lost."""

import shutil
import sqlite3

import pytest

from cybertrack.domain.errors import WorkspaceError
from cybertrack.domain.positions import Field, Stance
from cybertrack.importers import parse_bytes, read_document
from cybertrack.services import ImportDocument, SetField, SetStance, Workspace
from cybertrack.storage import connection
from tests.conftest import DATA, SEED


def make_workspace(path):
    with Workspace.open(path) as ws:
        ws.apply(ImportDocument(read_document(SEED)))
        ws.apply(SetStance((ws.items()[0].id,), Stance.SUPPORT))


def test_a_read_only_file_opens_read_only_and_refuses_edits(tmp_path, monkeypatch):
    path = tmp_path / "shared.cybertrack"
    make_workspace(path)
    before = path.read_bytes()
    # Tests may run as root, for whom chmod does not bite: ask the question the app asks.
    monkeypatch.setattr(connection, "is_writable", lambda p: False)
    with Workspace.open(path) as ws:
        assert ws.read_only
        assert ws.items()[0].stance == Stance.SUPPORT
        with pytest.raises(WorkspaceError, match=r"open read-only.*nothing was changed"):
            ws.apply(SetField(ws.items()[0].id, Field.NOTE, "x"))
        with pytest.raises(WorkspaceError, match="read-only"):
            ws.restore_backup(path)
    assert path.read_bytes() == before


def test_a_wal_workspace_on_a_read_only_medium_is_read_as_immutable(tmp_path, monkeypatch):
    path = tmp_path / "stick.cybertrack"
    make_workspace(path)
    real_connect = sqlite3.connect

    def no_shared_memory(database, *args, **kwargs):
        # What a read-only medium does to a WAL file: no -shm can be created beside it.
        if "immutable=1" not in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(connection, "is_writable", lambda p: False)
    monkeypatch.setattr(connection.sqlite3, "connect", no_shared_memory)
    with Workspace.open(path) as ws:
        assert ws.read_only and len(ws.items()) == 39


def test_an_old_read_only_workspace_is_not_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "old.cybertrack"
    shutil.copy(DATA / "workspace-v1.cybertrack", path)
    monkeypatch.setattr(connection, "is_writable", lambda p: False)
    with pytest.raises(WorkspaceError, match=r"read-only.*older CyberTrack"):
        Workspace.open(path)


def test_is_writable_answers_for_missing_and_existing_files(tmp_path):
    assert connection.is_writable(tmp_path / "new.cybertrack")
    (tmp_path / "x.cybertrack").write_bytes(b"")
    assert connection.is_writable(tmp_path / "x.cybertrack")


def test_a_full_disk_gives_a_clear_error_and_loses_nothing(tmp_path):
    path = tmp_path / "full.cybertrack"
    make_workspace(path)
    with Workspace.open(path) as ws:
        saved = ws.items()
        pages = ws._store.database.execute("PRAGMA page_count").fetchone()[0]
        # The disk fills up: the file may not grow by more than two pages.
        ws._store.database.execute(f"PRAGMA max_page_count = {pages + 2}")
        big = "\n\n".join(f"({n}) " + "cooperation " * 200 for n in range(1, 400))
        with pytest.raises(WorkspaceError, match=r"disk is full.*earlier work is safe"):
            ws.apply(ImportDocument(parse_bytes(big.encode(), "big.txt")))
        assert ws.items() == saved
        # Small edits that fit still work.
        ws.apply(SetField(saved[1].id, Field.NOTE, "still saving"))
    with Workspace.open(path) as ws:
        assert ws.integrity_problems() == []
        assert len(ws.documents()) == 1
        assert ws.items()[1].note == "still saving"
        assert ws.items()[0].stance == Stance.SUPPORT


def test_a_vanished_file_is_reported_and_no_write_goes_to_the_void(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    path = stick / "w.cybertrack"
    make_workspace(path)
    with Workspace.open(path) as ws:
        item = ws.items()[0]
        shutil.move(stick, tmp_path / "unplugged")  # the stick is gone from its mount point
        with pytest.raises(WorkspaceError, match=r"no longer there.*nothing was changed"):
            ws.apply(SetStance((item.id,), Stance.OPPOSE))
    with Workspace.open(tmp_path / "unplugged" / "w.cybertrack") as ws:
        assert ws.items()[0].stance == Stance.SUPPORT
        assert ws.integrity_problems() == []


def test_an_io_error_mid_write_is_one_sentence_and_rolls_back(tmp_path, monkeypatch):
    path = tmp_path / "w.cybertrack"
    make_workspace(path)
    with Workspace.open(path) as ws:
        item = ws.items()[1]
        positions = ws._store.positions

        def failing_write(image, now):
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(positions, "write", failing_write)
        with pytest.raises(WorkspaceError, match=r"could not be written.*earlier work is safe"):
            ws.apply(SetStance((item.id,), Stance.AMEND))
    with Workspace.open(path) as ws:
        assert ws.items()[1].stance is None
        assert ws.items()[0].stance == Stance.SUPPORT


def test_an_unopenable_file_says_why(tmp_path, monkeypatch):
    from cybertrack.domain.errors import WorkspaceDamaged

    garbage = tmp_path / "garbage.cybertrack"
    garbage.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(WorkspaceDamaged, match="damaged or not a CyberTrack workspace"):
        Workspace.open(garbage)

    path = tmp_path / "w.cybertrack"
    make_workspace(path)

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(connection, "schema_version", full_disk)
    with pytest.raises(WorkspaceError, match="disk is full, failing or gone") as caught:
        Workspace.open(path)
    assert not isinstance(caught.value, WorkspaceDamaged)  # never offer a restore for this


def test_damage_found_during_work_points_to_restore():
    from cybertrack.storage.errors import storage_errors

    pattern = r"damaged .*nothing was changed.*Restore from backup.*cybertrack restore"
    with pytest.raises(WorkspaceError, match=pattern), storage_errors():
        raise sqlite3.DatabaseError("database disk image is malformed")
