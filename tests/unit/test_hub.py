"""The hub against a real PostgreSQL (a throwaway cluster on a loopback port), two clients.

Each workspace keeps working offline; `push` sends its rows, `pull` merges what is new on the
hub as one undo step, by the same rules as packs.
"""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

import pytest

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code
from cybertrack.domain.positions import Stance
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetSetting, SetStance, Workspace
from tests.conftest import DATA, SEED, TickingClock
from tests.pg_cluster import cluster


@pytest.fixture(scope="module")
def hub():
    with cluster() as url:
        yield url


@pytest.fixture
def database(hub):
    """A fresh database on the hub for each test."""
    import psycopg

    name = f"team_{uuid.uuid4().hex}"
    with psycopg.connect(hub, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return hub.rsplit("/", 1)[0] + "/" + name


def _workspace(path: Path, author: str, files: list[Path]) -> Workspace:
    ws = Workspace.open(path, clock=TickingClock())
    for file in files:
        ws.apply(ImportDocument(read_document(file)))
    ws.apply(SetSetting("author", author))
    return ws


@pytest.fixture
def anna(tmp_path):
    with _workspace(tmp_path / "a.cybertrack", "Anna", [SEED, DATA / "A_80_604_Add.3.docx"]) as ws:
        yield ws


@pytest.fixture
def ben(tmp_path):
    files = [DATA / "A_80_604_Add.3.pdf", SEED]
    with _workspace(tmp_path / "b.cybertrack", "Ben", files) as ws:
        yield ws


def _pull(ws: Workspace, url: str):
    pulled = ws.team.hub_pull(url)
    return ws.apply(pulled.command) if pulled.command else None


def _view(ws: Workspace) -> set[tuple]:
    return {
        (i.number, i.text[:30], e.author, e.stance, e.note)
        for i in ws.items()
        for e in ws.team.entries([i]).get(i.id, [])
    }


def test_two_clients_converge_through_the_hub(anna, ben, database):
    anna.apply(SetStance((anna.resolve_item("2:19"),), Stance.OPPOSE))
    ben.apply(SetStance((ben.resolve_item("1:19"),), Stance.SUPPORT))
    ben.apply(SetStance((ben.resolve_item("2:5"),), Stance.AMEND))
    assert anna.team.hub_push(database) == 1
    assert ben.team.hub_push(database) == 2

    change = _pull(ben, database)
    assert change is not None and change.undoable
    nineteen = ben.item(ben.resolve_item("1:19"))
    assert [(e.author, e.stance) for e in ben.team.entries([nineteen])[nineteen.id]] == [
        ("Ben", Stance.SUPPORT),
        ("Anna", Stance.OPPOSE),
    ]
    _pull(anna, database)
    assert _view(anna) == _view(ben)
    assert len(_view(anna)) == 3
    # Nothing new: the next pull fetches nothing, and changes nothing.
    assert anna.team.hub_pull(database).command is None
    assert ben.team.hub_pull(database).command is None


def test_offline_in_between_and_the_newer_change_wins(anna, ben, database, tmp_path):
    ref = anna.resolve_item("2:19")
    anna.apply(SetStance((ref,), Stance.OPPOSE))
    stale = tmp_path / "stale.cybertrack"
    anna.save_copy(stale)  # Anna's old copy, pushed again later from elsewhere
    anna.team.hub_push(database)
    anna.apply(SetStance((ref,), Stance.AMEND))  # offline: no hub needed
    anna.team.hub_push(database)
    with Workspace.open(stale, clock=TickingClock()) as old:
        old.team.hub_push(database)  # older than what the hub holds: kept out
    _pull(ben, database)
    nineteen = ben.item(ben.resolve_item("1:19"))
    assert [(e.author, e.stance) for e in ben.team.entries([nineteen])[nineteen.id]] == [
        ("Anna", Stance.AMEND)
    ]


def test_a_pull_is_one_undo_step_and_can_be_pulled_again(anna, ben, database):
    anna.apply(SetStance((anna.resolve_item("2:19"), anna.resolve_item("2:20")), Stance.OPPOSE))
    anna.team.hub_push(database)
    before = ben._store.team.rows()
    change = _pull(ben, database)
    assert len(ben._store.team.rows()) == 2
    ben.revert(change)
    assert ben._store.team.rows() == before
    assert _pull(ben, database) is not None  # the hub's mark went back with the undo
    assert len(ben._store.team.rows()) == 2


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_hub_or_a_bad_address_is_one_message(anna):
    before = anna.items()
    with pytest.raises(CyberTrackError) as refused:
        anna.team.hub_pull(f"postgresql://hub@127.0.0.1:{_closed_port()}/team")
    assert refused.value.message.code is Code.HUB_UNREACHABLE
    assert "\n" not in str(refused.value)
    with pytest.raises(CyberTrackError) as bad:
        anna.team.hub_push("https://example.invalid/team")
    assert bad.value.message.code is Code.HUB_BAD_URL
    assert anna.items() == before


def test_a_row_on_a_paragraph_found_nowhere_comes_with_its_text(anna, ben, database):
    anna.apply(ImportDocument(read_document(DATA / "A_81_6_Sect.16.docx")))
    ref = anna.resolve_item("3:16.1")
    anna.apply(SetStance((ref,), Stance.SUPPORT))
    anna.team.hub_push(database)
    pulled = ben.team.hub_pull(database)
    (lost,) = pulled.plan.unresolved
    assert lost.row.author == "Anna" and lost.row.key.number == "16.1"
    ben.apply(pulled.command)
    (kept,) = ben.team.unresolved()
    assert ben.team.paragraph_text(kept.row) == anna.item(ref).text


def test_a_push_sends_only_what_changed_since_the_last_push(anna, ben, database, tmp_path):
    one, two = anna.resolve_item("2:19"), anna.resolve_item("2:20")
    anna.apply(SetStance((one, two), Stance.OPPOSE))
    assert anna.team.hub_push(database) == 2
    assert anna.team.hub_push(database) == 0  # nothing written since: zero rows sent
    change = anna.apply(SetStance((two,), Stance.AMEND))
    assert anna.team.hub_push(database) == 1
    anna.revert(change)  # an undo is a change for the team too
    assert anna.team.hub_push(database) == 1
    assert anna.team.hub_push(database) == 0
    # The mark is per hub: another hub gets everything.
    other = database.rsplit("/", 1)[0] + "/" + database.rsplit("/", 1)[1] + "_2"
    import psycopg

    with psycopg.connect(database.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{other.rsplit("/", 1)[1]}"')
    assert anna.team.hub_push(other) == 2
    # A pull fetches only rows newer than the last pull.
    assert _pull(ben, database) is not None
    assert ben.team.hub_pull(database).rows == 0
    anna.apply(SetStance((one,), Stance.SUPPORT))
    anna.team.hub_push(database)
    assert ben.team.hub_pull(database).rows == 1
