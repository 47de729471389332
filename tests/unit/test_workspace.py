"""Workspace commands: each applied in one transaction, revertible, re-appliable."""

import sqlite3

import pytest

from cybertrack.domain.errors import NotFound, WorkspaceError
from cybertrack.domain.positions import Field, Stance
from cybertrack.importers import read_document
from cybertrack.services import Batch, ImportDocument, SetField, SetStance, Workspace
from cybertrack.storage import SCHEMA_VERSION
from cybertrack.storage.documents import DocumentRepository


def _state(ws: Workspace):
    return [(i.id, i.stance, i.note, i.amendment) for i in ws.items()]


def test_import_is_stored_with_items_and_participants(seeded):
    (doc,) = seeded.documents()
    assert doc.item_count == 39
    assert doc.body == "Expert Group to Conduct a Comprehensive Study on Cybercrime"
    assert (doc.venue, doc.start_date, doc.end_date) == ("Vienna", "2020-07-27", "2020-07-29")
    assert len(seeded.participants(doc.id)) == 20
    items = seeded.items(doc.id)
    assert [i.number for i in items] == [str(n) for n in range(1, 40)]
    assert items[0].section == "A. International cooperation"


def test_importing_the_same_file_twice_changes_nothing(seeded, seed_path):
    before = _state(seeded)
    change = seeded.apply(ImportDocument(read_document(seed_path)))
    assert change.empty
    assert "already" in str(change.message)
    assert len(seeded.documents()) == 1
    assert _state(seeded) == before


def test_failed_import_leaves_the_workspace_as_before(seeded, seed_path, monkeypatch):
    parsed = read_document(seed_path)
    other = type(parsed)(**{**parsed.__dict__, "content_hash": "different"})
    before = (_state(seeded), seeded.documents())

    def broken(self, *args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(DocumentRepository, "image", broken)
    with pytest.raises(WorkspaceError, match="earlier work is safe"):
        seeded.apply(ImportDocument(other))
    assert (_state(seeded), seeded.documents()) == before


@pytest.mark.parametrize(
    "make",
    [
        lambda ids: SetStance((ids[0],), Stance.SUPPORT),
        lambda ids: SetStance(tuple(ids[:5]), Stance.OPPOSE),
        lambda ids: SetField(ids[1], Field.NOTE, "Capital prefers neutral wording"),
        lambda ids: SetField(ids[2], Field.AMENDMENT, "States should consider partners."),
        lambda ids: Batch(
            (SetStance((ids[3],), Stance.AMEND), SetField(ids[3], Field.NOTE, "why"))
        ),
    ],
)
def test_apply_revert_apply(seeded, make):
    ids = [i.id for i in seeded.items()]
    original = _state(seeded)
    change = seeded.apply(make(ids))
    applied = _state(seeded)
    assert applied != original
    assert change.item_ids
    seeded.revert(change)
    assert _state(seeded) == original
    seeded.reapply(change)
    assert _state(seeded) == applied


def test_import_revert_and_reapply_keep_ids(workspace, seed_path):
    change = workspace.apply(ImportDocument(read_document(seed_path)))
    ids = [i.id for i in workspace.items()]
    workspace.revert(change)
    assert workspace.documents() == [] and workspace.items() == []
    workspace.reapply(change)
    assert [i.id for i in workspace.items()] == ids
    assert len(workspace.participants(workspace.documents()[0].id)) == 20


def test_stance_history_records_every_decision_and_marks_undone_ones(seeded):
    item = seeded.items()[0].id
    seeded.apply(SetStance((item,), Stance.OPPOSE))
    change = seeded.apply(SetStance((item,), Stance.AMEND))
    seeded.apply(SetField(item, Field.NOTE, "notes do not enter the stance history"))
    seeded.revert(change)
    history = seeded.history(item)
    # Undo is not a decision: the undone one stays, marked, and nothing new is recorded.
    assert [(h.old, h.new, h.undone) for h in history] == [
        (None, Stance.OPPOSE, False),
        (Stance.OPPOSE, Stance.AMEND, True),
    ]
    assert seeded.item(item).stance is Stance.OPPOSE
    times = [h.changed_at for h in history]
    assert times == sorted(times) and len(set(times)) == 2
    assert history[1].undone_at > history[1].changed_at
    seeded.reapply(change)  # redo: the decision stands again, still one record
    assert [(h.new, h.undone) for h in seeded.history(item)] == [
        (Stance.OPPOSE, False),
        (Stance.AMEND, False),
    ]
    assert seeded.item(item).stance is Stance.AMEND


def test_unknown_item_is_refused_and_nothing_written(seeded):
    before = _state(seeded)
    ids = [i.id for i in seeded.items()]
    with pytest.raises(NotFound, match="99999"):
        seeded.apply(SetStance((ids[0], 99999), Stance.SUPPORT))
    with pytest.raises(NotFound):
        seeded.apply(
            Batch((SetStance((ids[0],), Stance.SUPPORT), SetField(424242, Field.NOTE, "x")))
        )
    assert _state(seeded) == before


def test_resolve_item_references(seeded):
    doc = seeded.documents()[0].id
    fifteen = seeded.resolve_item(f"{doc}:15")
    assert seeded.item(fifteen).label == "(15)"
    assert seeded.resolve_item(f"{doc}:(15)") == fifteen
    assert seeded.resolve_item(str(fifteen)) == fifteen
    for bad in ("abc", f"{doc}:400", "77:1", "x:1", "99999"):
        with pytest.raises(NotFound):
            seeded.resolve_item(bad)


@pytest.mark.parametrize(
    "query",
    ['"budapest', "AND OR (", "Secretary-General", "o'neil", "*", "NEAR(", "", '""', "—", "ᏣᎳᎩ"],
)
def test_search_is_safe_for_any_input(seeded, query):
    result = seeded.search(query)
    assert result is None or isinstance(result, list)


def test_search_finds_words_and_prefixes(seeded):
    found = {seeded.item(i).number for i in seeded.search("Budapest") or []}
    assert found == {"2"}
    assert {seeded.item(i).number for i in seeded.search("budap") or []} == {"2"}
    assert {seeded.item(i).number for i in seeded.search('"Budapest Convention"') or []} == {"2"}
    assert set(seeded.search("INTERPOL") or []) == {
        i.id for i in seeded.items() if "INTERPOL" in i.text
    }


def test_progress_counts(seeded):
    doc = seeded.documents()[0].id
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance(tuple(ids[:3]), Stance.SUPPORT))
    seeded.apply(SetStance((ids[3],), Stance.AMEND))
    progress = seeded.progress(doc)
    assert (progress.total, progress.decided, progress.support, progress.amend) == (39, 4, 3, 1)


def test_changes_survive_reopening(tmp_path, seed_path):
    path = tmp_path / "w.cybertrack"
    with Workspace.open(path) as ws:
        ws.apply(ImportDocument(read_document(seed_path)))
        item = ws.items()[4].id
        ws.apply(
            Batch((SetStance((item,), Stance.AMEND), SetField(item, Field.AMENDMENT, "new words")))
        )
    with Workspace.open(path) as ws:
        row = ws.item(item)
        assert (row.stance, row.amendment) == (Stance.AMEND, "new words")


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.cybertrack"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="newer CyberTrack"):
        Workspace.open(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_workspace_is_refused(tmp_path):
    path = tmp_path / "notes.cybertrack"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(WorkspaceError, match="not a CyberTrack workspace"):
        Workspace.open(path)
    assert path.read_bytes() == b"this is not sqlite" * 100
