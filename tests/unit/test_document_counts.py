"""A document's item and decided counts are kept on write (schema v10), never recounted when
documents are listed: whatever a command, an undo or a redo does, they equal a fresh count."""

import random
import shutil
import sqlite3

from cybertrack.domain.model import ParsedDocument, ParsedItem
from cybertrack.domain.positions import Field, Stance
from cybertrack.importers import read_document
from cybertrack.services import (
    Batch,
    CarryPositions,
    ImportDocument,
    LinkDocuments,
    SetField,
    SetStance,
    Workspace,
)
from tests.conftest import DATA, SEED

RECOUNT = """
    SELECT d.id,
        (SELECT count(*) FROM items i WHERE i.document_id = d.id),
        (SELECT count(*) FROM items i JOIN positions p ON p.item_id = i.id
          WHERE i.document_id = d.id AND p.stance IS NOT NULL)
    FROM documents d ORDER BY d.id
"""


def recounted(ws):
    rows = ws._store.database.execute(RECOUNT).fetchall()
    return {doc_id: (items, decided) for doc_id, items, decided in rows}


def stored(ws):
    return {d.id: (d.item_count, d.decided_count) for d in ws.documents()}


def small_document(tag, n):
    numbers = range(1, n + 1)
    items = tuple(ParsedItem(str(k), f"({k})", f"{tag} paragraph {k} text") for k in numbers)
    return ParsedDocument(f"Doc {tag}", f"hash-{tag}", f"{tag}.txt", items=items)


def test_counts_follow_stances_cleared_and_set_again(seeded):
    (doc,) = seeded.documents()
    assert (doc.item_count, doc.decided_count) == (39, 0)
    ids = [i.id for i in seeded.items(doc.id)]
    seeded.apply(SetStance(tuple(ids[:5]), Stance.SUPPORT))
    seeded.apply(SetStance(tuple(ids[3:8]), Stance.OPPOSE))  # two already decided
    assert seeded.document(doc.id).decided_count == 8
    seeded.apply(SetStance((ids[0], ids[20]), None))  # one decided, one never was
    assert seeded.document(doc.id).decided_count == 7
    # A note alone decides nothing.
    seeded.apply(SetField(ids[30], Field.NOTE, "read again"))
    assert seeded.document(doc.id).decided_count == 7
    assert stored(seeded) == recounted(seeded)


def test_counts_survive_undo_and_redo_of_an_import_with_positions(seeded):
    change = seeded.apply(ImportDocument(small_document("b", 12)))
    (new_id,) = change.document_ids
    assert seeded.document(new_id).item_count == 12
    decided = seeded.apply(SetStance(tuple(i.id for i in seeded.items(new_id))[:4], Stance.AMEND))
    seeded.revert(decided)
    seeded.revert(change)
    assert new_id not in stored(seeded)
    seeded.reapply(change)
    seeded.reapply(decided)
    assert seeded.document(new_id).item_count == 12
    assert seeded.document(new_id).decided_count == 4
    assert stored(seeded) == recounted(seeded)


def test_a_random_session_keeps_every_count_right(seeded):
    rng = random.Random(16)
    seeded.apply(ImportDocument(read_document(DATA / "seed-revised.txt")))
    changes = []
    for step in range(120):
        documents = seeded.documents()
        roll = rng.random()
        if roll < 0.1:
            document = small_document(f"r{step}", rng.randint(1, 9))
            changes.append(seeded.apply(ImportDocument(document)))
        elif roll < 0.25 and changes:
            seeded.revert(changes.pop())
        elif roll < 0.3 and len(documents) >= 2:
            old, new = documents[0].id, documents[1].id
            seeded.apply(LinkDocuments(old, new))
            plan = seeded.comparison.carry_plan(old, new)
            pairs = tuple((p.source.id, p.target.id) for p in plan if p.suggested)
            if pairs:
                changes.append(seeded.apply(CarryPositions(pairs)))
        else:
            doc = rng.choice(documents)
            ids = [i.id for i in seeded.items(doc.id)]
            chosen = tuple(rng.sample(ids, k=min(len(ids), rng.randint(1, 4))))
            stance = rng.choice([Stance.SUPPORT, Stance.OPPOSE, Stance.AMEND, None])
            edit = Batch((SetStance(chosen, stance), SetField(chosen[0], Field.NOTE, "n")))
            changes.append(seeded.apply(edit))
        assert stored(seeded) == recounted(seeded), step
    # The search index still matches the texts (a stance alone no longer re-indexes an item).
    check = "INSERT INTO item_search(item_search) VALUES ('integrity-check')"
    seeded._store.database.execute(check)


def test_the_upgrade_counts_what_an_older_workspace_holds(tmp_path):
    path = tmp_path / "v9.cybertrack"
    shutil.copy(DATA / "workspace-v9.cybertrack", path)
    with Workspace.open(path) as ws:
        (doc,) = ws.documents()
        # The fixture's first five items carry stances (tests/make_workspace_fixture.py).
        assert (doc.item_count, doc.decided_count) == (39, 5)
        assert stored(ws) == recounted(ws)


def test_listing_documents_reads_the_stored_counts(seeded):
    (doc,) = seeded.documents()
    conn = sqlite3.connect(seeded.path)
    with conn:  # a count the triggers did not make: the listing shows it as stored
        conn.execute("UPDATE documents SET item_count = 1000 WHERE id = ?", [doc.id])
    conn.close()
    assert seeded.document(doc.id).item_count == 1000
    assert seeded.is_empty() is False


def test_an_empty_workspace_is_empty(workspace):
    assert workspace.is_empty()
    workspace.apply(ImportDocument(read_document(SEED)))
    assert not workspace.is_empty()
