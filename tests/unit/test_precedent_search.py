"""Precedent search over real documents: the library, ranking, citations, undo, the index."""

import sqlite3
from dataclasses import replace

import pytest

from cybertrack.domain.errors import BadValue, CyberTrackError
from cybertrack.domain.library import agreed_language, cite
from cybertrack.domain.messages import Code
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetCitations, Workspace
from cybertrack.services.precedents import PrecedentReader
from cybertrack.storage.precedents import RECENT_RUNS
from tests.unit.comparison_fixtures import DATA

LIBRARY = ("a-res-74-247-establishing-ahc-cybercrime.txt", "A_C.3_80_L.3.pdf", "A_RES_80_229.pdf")


@pytest.fixture(scope="module")
def parsed():
    """The documents read once for the module (reading the PDFs is the slow part)."""
    return {name: read_document(DATA / name) for name in (*LIBRARY, "seed-revised.txt")}


@pytest.fixture
def library(tmp_path, parsed):
    """74/247 and the crime prevention resolution with its draft, in the library; the seed
    meeting (a text under negotiation) beside them."""
    ws = Workspace.open(tmp_path / "ws.cybertrack")
    for name in LIBRARY:
        ws.apply(ImportDocument(parsed[name], library=True))
    ws.apply(ImportDocument(parsed["seed-revised.txt"]))
    ws.update_precedent_index()  # as the desk's writer and the CLI do after an import
    yield ws
    ws.close()


def _document(ws, symbol):
    return next(d for d in ws.documents() if d.symbol == symbol)


def test_library_documents_are_kept_apart_and_marked_adopted_or_draft(library):
    res = _document(library, "A/RES/74/247")
    draft = _document(library, "A/C.3/80/L.3")
    seed = next(d for d in library.documents() if not d.library)
    assert res.library and res.adopted
    assert draft.library and not draft.adopted  # Distr.: Limited, an L. symbol
    assert not seed.library


def test_a_paraphrase_finds_its_paragraph_with_the_shared_phrases(library):
    # A/RES/74/247, operative paragraph 2, reworded: words dropped, inflected, inserted.
    draft = (
        "Decides to establish an open-ended ad hoc intergovernmental committee of expert, "
        "representative of all region, to elaborate a comprehensive convention on countering "
        "the use of information and communications technologies for criminal purpose"
    )
    first = library.precedents(draft, 3)[0]
    assert cite(first.paragraph) == "A/RES/74/247, para. 2"
    assert first.agreed
    assert "Decides to establish an open-ended ad hoc intergovernmental committee of" in [
        p.text for p in first.shared
    ]
    assert all(len(p.text.split()) >= 4 for p in first.shared)
    assert 0 < first.score <= 1


def test_the_same_text_in_a_draft_and_its_resolution_offers_the_adopted_latest_first(library):
    # Operative paragraph 4 is word for word the same in A/C.3/80/L.3 (14 October 2025) and
    # A/RES/80/229 (22 December 2025); the draft was imported first.
    draft = (
        "Encourages Member States to promote integrity, accountability, honesty and "
        "responsibility of criminal justice practitioners and institutions through specialized "
        "training"
    )
    first, second = library.precedents(draft, 2)
    assert (first.paragraph.symbol, first.paragraph.number) == ("A/RES/80/229", "4")
    assert (second.paragraph.symbol, second.paragraph.number) == ("A/C.3/80/L.3", "4")
    assert first.score == second.score
    assert first.agreed and not second.agreed


def test_french_and_spanish_drafts_find_the_declaration(tmp_path):
    from bench._precedent_corpus import read_udhr

    with Workspace.open(tmp_path / "ws.cybertrack") as ws:
        for name in ("udhr-fr.txt", "udhr-es.txt", "udhr-en.txt"):
            ws.apply(ImportDocument(read_udhr(DATA / name), library=True))
        ws.update_precedent_index()
        (fr,) = ws.precedents(
            "Tous les êtres humains naissent libre et égal en dignité et en droit", 1
        )
        assert (fr.paragraph.source, fr.paragraph.label) == ("A/RES/217(III) A", "Article 1")
        assert fr.paragraph.text.startswith("Tous les êtres humains naissent libres")
        (es,) = ws.precedents(
            "Toda persona tiene derecho a la educación, y la educación debe ser gratuita", 1
        )
        assert es.paragraph.label == "Article 26(1)"
        assert es.paragraph.text.startswith("Toda persona tiene derecho a la educación")


def test_the_paragraph_being_amended_is_left_out(library):
    seed = next(d for d in library.documents() if not d.library)
    item = library.items(seed.id)[3]
    found = library.precedents(item.text, 5)
    assert found[0].paragraph.item_id == item.id
    assert item.id not in [
        p.paragraph.item_id for p in library.precedents(item.text, 5, exclude=[item.id])
    ]


@pytest.mark.parametrize("text", ["", "   ", "convention", "«cybercrime»", "74/"])
def test_empty_and_one_word_drafts_are_refused_with_a_message(library, text):
    with pytest.raises(BadValue) as error:
        library.precedents(text)
    assert error.value.message.code is Code.PRECEDENT_TOO_SHORT


def test_two_words_find_the_paragraphs_holding_that_phrase(library):
    found = library.precedents("criminal purposes", 5)
    assert found and all("criminal purposes" in p.paragraph.text.lower() for p in found)


def test_nothing_in_common_finds_nothing(library):
    assert library.precedents("Blue whales sing in the southern ocean at dawn") == []


def test_agreed_marks_skip_drafts_and_texts_under_negotiation(library):
    draft = (
        "Encourages Member States to promote the integrity, accountability, honesty and "
        "responsibility of criminal justice practitioners"
    )
    spans = agreed_language(library.precedents(draft, 10))
    assert spans and {s.source.symbol for s in spans} == {"A/RES/80/229"}
    assert draft[spans[0].start : spans[0].end].startswith("Encourages Member States to promote")


def test_citations_undo_redo_and_survive_the_cited_document_going_and_coming_back(library):
    seed = next(d for d in library.documents() if not d.library)
    item = library.items(seed.id)[0]
    res = _document(library, "A/RES/74/247")
    cited = [i.id for i in library.items(res.id) if i.number in ("2", "PP1")]
    change = library.apply(SetCitations(item.id, tuple(cited)))
    assert [cite(c) for c in library.citations([item.id])[item.id]] == [
        "A/RES/74/247, preambular para. 1",
        "A/RES/74/247, para. 2",
    ]
    library.revert(change)
    assert library.citations([item.id]) == {}
    library.reapply(change)
    assert len(library.citations([item.id])[item.id]) == 2
    with pytest.raises(CyberTrackError):
        library.apply(SetCitations(item.id, (item.id,)))
    with pytest.raises(CyberTrackError):
        library.apply(SetCitations(item.id, (999_999,)))


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _index_tables(conn: sqlite3.Connection) -> dict[str, int]:
    names = ("postings", "counts", "added", "added_counts", "recent", "recent_counts", "runs")
    return {name: _count(conn, f"precedent_{name}") for name in names}


def test_undoing_a_library_import_takes_its_paragraphs_out_of_the_index(tmp_path):
    with Workspace.open(tmp_path / "ws.cybertrack") as ws:
        conn: sqlite3.Connection = ws._store.database.conn
        empty = _index_tables(conn)
        change = ws.apply(
            ImportDocument(read_document(DATA / "a-res-75-282-ahc-modalities.txt"), library=True)
        )
        assert change.message.code is Code.IMPORTED_LIBRARY
        ws.update_precedent_index()
        # The import wrote a run of its own and nothing into the shared segments.
        indexed = _index_tables(conn)
        assert indexed["recent"] > 0 and indexed["recent_counts"] > 0 and indexed["runs"] == 1
        assert {k: indexed[k] for k in ("postings", "counts", "added", "added_counts")} == {
            k: empty[k] for k in ("postings", "counts", "added", "added_counts")
        }
        draft = "the Ad Hoc Committee shall convene at least six sessions"
        assert ws.precedents(draft)
        ws.revert(change)
        assert _index_tables(conn) == empty
        assert ws.precedents(draft) == []
        ws.reapply(change)
        ws.update_precedent_index()  # a redo queues the document again, as its import did
        assert _index_tables(conn) == indexed
        assert ws.precedents(draft)


def test_an_import_is_queued_for_the_index_and_indexed_just_after(tmp_path):
    """The import's transaction stores the document and queues it; its precedent postings are
    written by a transaction of their own after it. Undone while still queued, it leaves
    nothing; a queue left over (an interrupted import) is indexed by the next update."""
    draft = "the Ad Hoc Committee shall convene at least six sessions"
    parsed = read_document(DATA / "a-res-75-282-ahc-modalities.txt")
    with Workspace.open(tmp_path / "ws.cybertrack") as ws:
        conn: sqlite3.Connection = ws._store.database.conn
        empty = _index_tables(conn)
        change = ws.apply(ImportDocument(parsed, library=True))
        assert ws.precedent_index_pending() and _index_tables(conn) == empty
        assert ws.precedents(draft) == []  # not searchable until indexed
        ws.revert(change)
        assert not ws.precedent_index_pending() and _index_tables(conn) == empty
        ws.reapply(change)  # a redo puts the document back as its import left it: queued
        assert ws.precedent_index_pending() and _index_tables(conn) == empty
        assert ws.update_precedent_index() is False
        assert not ws.precedent_index_pending() and ws.precedents(draft)
        ws.revert(change)
        ws.apply(ImportDocument(parsed, library=True))
    with Workspace.open(tmp_path / "ws.cybertrack") as ws:  # as after a crash
        assert ws.precedent_index_pending()
        assert ws.update_precedent_index() is False
        assert not ws.precedent_index_pending() and ws.precedents(draft)


def test_a_document_of_the_bulk_segment_comes_out_and_back_too(tmp_path):
    with Workspace.open(tmp_path / "ws.cybertrack") as ws:
        store = ws._store
        conn: sqlite3.Connection = store.database.conn
        change = ws.apply(
            ImportDocument(read_document(DATA / "a-res-75-282-ahc-modalities.txt"), library=True)
        )
        with store.transaction():
            store.precedents.rebuild()  # now in the bulk segment, the others empty
        assert not ws.precedent_index_pending()  # the rebuild indexed the queued document
        assert _count(conn, "precedent_recent") == _count(conn, "precedent_added") == 0
        bulk = _count(conn, "precedent_postings")
        draft = "the Ad Hoc Committee shall convene at least six sessions"
        assert ws.precedents(draft)
        ws.revert(change)
        assert _count(conn, "precedent_postings") == 0
        # The bulk counts stay; the added segment holds their negatives: they add up to none.
        assert (
            store.precedents.counts(
                [s for (s,) in conn.execute("SELECT shingle FROM precedent_counts")]
            )
            == {}
        )
        assert ws.precedents(draft) == []
        ws.reapply(change)
        ws.update_precedent_index()
        assert _count(conn, "precedent_recent") == bulk  # back as a run of its own
        assert ws.precedents(draft)


FOLD_DRAFTS = (
    "the Ad Hoc Committee shall convene at least six sessions",
    "Decides that the Ad Hoc Committee shall take into full consideration existing instruments",
    "Encourages Member States to promote the prevention of crime",
)


def _answers(ws: Workspace) -> list[list[tuple[int, float]]]:
    return [[(p.paragraph.item_id, p.score) for p in ws.precedents(d, 5)] for d in FOLD_DRAFTS]


def test_older_runs_fold_into_the_added_segment_and_searches_find_the_same(library):
    """The library fixture's four imports are four runs; folding all of them (keeping none)
    a few postings at a time moves every posting and count, and every search answers the
    same before, in the middle of, and after the fold."""
    conn: sqlite3.Connection = library._store.database.conn
    precedents = library._store.precedents
    before, counted = _answers(library), _index_tables(conn)
    assert counted["runs"] == 4 and counted["added"] == 0
    with library._store.transaction():
        assert precedents.fold_step(keep=0, postings=50)  # a slice: the run is part folded
    (folded_to,) = conn.execute("SELECT folded_to FROM precedent_runs LIMIT 1").fetchone()
    assert folded_to is not None and _count(conn, "precedent_added") == 50
    assert _answers(library) == before
    steps = 1
    while True:
        with library._store.transaction():
            more = precedents.fold_step(keep=0, postings=5_000)
        steps += 1
        if not more:
            break
    after = _index_tables(conn)
    assert after["runs"] == after["recent"] == after["recent_counts"] == 0
    assert after["added"] == counted["recent"]
    assert steps > 4  # several slices, not one transaction
    assert _answers(library) == before


def test_a_document_undone_after_part_of_its_run_was_folded_leaves_nothing(tmp_path):
    with Workspace.open(tmp_path / "ws.cybertrack") as ws:
        conn: sqlite3.Connection = ws._store.database.conn
        empty = _index_tables(conn)
        change = ws.apply(
            ImportDocument(read_document(DATA / "a-res-75-282-ahc-modalities.txt"), library=True)
        )
        ws.update_precedent_index(slices=1)  # the document indexed, as a run
        with ws._store.transaction():
            assert ws._store.precedents.fold_step(keep=0, postings=100)
        assert _count(conn, "precedent_added") > 0 and _count(conn, "precedent_recent") > 0
        ws.revert(change)
        assert _index_tables(conn) == empty
        assert ws.precedents("the Ad Hoc Committee shall convene at least six sessions") == []


def test_the_workspace_folds_all_but_the_newest_runs(library):
    conn: sqlite3.Connection = library._store.database.conn
    for number in range(7):  # versions of the seed: 11 runs in all
        document = read_document(DATA / "seed-revised.txt")
        library.apply(ImportDocument(replace(document, content_hash=f"copy-{number}")))
    assert _count(conn, "precedent_runs") == 4 and _count(conn, "precedent_pending") == 7
    for _ in range(7):  # a transaction per document queued
        assert library.update_precedent_index(slices=1) is True
    assert _count(conn, "precedent_runs") == 11 and not library.precedent_index_pending()
    before = _answers(library)
    assert library.update_precedent_index(slices=1) is True  # one slice, more to come
    assert library.update_precedent_index() is False
    runs = [r for (r,) in conn.execute("SELECT document_id FROM precedent_runs")]
    newest = sorted(d.id for d in library.documents())[-RECENT_RUNS:]
    assert sorted(runs) == newest  # the oldest three folded
    assert _answers(library) == before


def test_a_reader_on_its_own_connection_sees_what_the_writer_committed(library, tmp_path):
    reader = PrecedentReader(library.path)
    try:
        draft = "the Ad Hoc Committee shall convene at least six sessions"
        assert "six sessions" not in reader.search(draft)[0].paragraph.text
        library.apply(
            ImportDocument(read_document(DATA / "a-res-75-282-ahc-modalities.txt"), library=True)
        )
        library.update_precedent_index()
        assert "six sessions" in reader.search(draft)[0].paragraph.text
    finally:
        reader.close()


def test_a_workspace_from_before_the_library_is_indexed_when_it_is_upgraded(tmp_path):
    import shutil

    path = tmp_path / "old.cybertrack"
    shutil.copy(DATA / "workspace-v3.cybertrack", path)
    with Workspace.open(path) as ws:
        (document,) = ws.documents()
        assert not document.library and not document.adopted  # a draft report
        item = ws.items()[14]
        (found,) = ws.precedents(" ".join(item.text.split()[:30]), 1)
        assert found.paragraph.item_id == item.id
        assert not found.agreed


def test_a_precedent_index_of_schema_8_is_sized_again_when_it_is_upgraded(tmp_path):
    """Schemas 8-9 sized postings by their indexed count; 10 by the count times the indexed share
    (domain/precedent.py's `index_entry`): the upgrade indexes every paragraph again."""
    import shutil

    from cybertrack.domain.precedent import index_entry

    path = tmp_path / "v8.cybertrack"
    shutil.copy(DATA / "workspace-v8.cybertrack", path)
    with sqlite3.connect(path) as old:
        before = old.execute("SELECT count(*) FROM precedent_added").fetchone()[0]
    assert before
    with Workspace.open(path) as ws:
        conn: sqlite3.Connection = ws._store.database.conn
        texts = {item.id: item.text for item in ws.items()}
        sizes = dict(conn.execute("SELECT item_id, max(size) FROM precedent_postings GROUP BY 1"))
        assert conn.execute("SELECT count(*) FROM precedent_added").fetchone()[0] == 0
        assert sizes == {i: index_entry(t)[1] for i, t in texts.items() if index_entry(t)[0]}
        winnowed = [i for i, t in texts.items() if len(index_entry(t)[0]) > 24]
        assert winnowed and all(sizes[i] < 16 * len(index_entry(texts[i])[0]) for i in winnowed)
        item = ws.items()[14]
        (found,) = ws.precedents(" ".join(item.text.split()[:30]), 1)
        assert found.paragraph.item_id == item.id


def test_the_worker_process_search_answers_or_says_why_not(library, tmp_path):
    from cybertrack.domain.messages import Message
    from cybertrack.services.precedents import search_in_worker

    draft = "Decides to establish an open-ended ad hoc intergovernmental committee of experts"
    found = search_in_worker(str(library.path), draft, 3, ())
    assert isinstance(found, list) and cite(found[0].paragraph) == "A/RES/74/247, para. 2"
    again = search_in_worker(str(library.path), draft, 3, (found[0].paragraph.item_id,))
    assert isinstance(again, list) and found[0].paragraph not in [p.paragraph for p in again]
    one_word = search_in_worker(str(library.path), "Decides", 3, ())
    assert isinstance(one_word, Message)
    missing = search_in_worker(str(tmp_path / "gone.cybertrack"), draft, 3, ())
    assert isinstance(missing, Message) and missing.code is Code.WORKSPACE_NOT_THERE


def test_searches_seek_each_run_by_its_key_and_never_scan_one(library):
    """With runs in the index, each query shingle is looked up in each run by (document,
    shingle); a plan that scans a run's postings once per shingle made a search of a small
    library ten times slower."""
    from cybertrack.storage import precedents as index

    db = library._store.database
    shingles = [1, 2, 3]
    statements = [
        (index._CANDIDATES.format(values="(?, ?),(?, ?),(?, ?)"), [1, 1.0, 2, 1.0, 3, 1.0, 10]),
        (index._COUNTS.format(marks="?,?,?"), shingles * 3),
        (index._LATEST_POSTINGS, [1, 5]),
    ]
    for sql, parameters in statements:
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, parameters)]
        assert "SCAN c" not in plan, plan
        assert any(step.startswith("SEARCH c USING PRIMARY KEY (document_id=?") for step in plan)


def test_a_large_librarys_rebuild_by_worker_processes_writes_the_same_index(tmp_path, monkeypatch):
    """A library past `_PARALLEL_FROM` paragraphs has its postings computed by worker
    processes, a few batches at a time: the index must be the one computed here, row for row."""
    import cybertrack.storage.precedents as precedents

    tables = ("precedent_postings", "precedent_counts")
    with Workspace.open(tmp_path / "ws.cybertrack") as ws:
        store = ws._store
        conn: sqlite3.Connection = store.database.conn
        for name in LIBRARY:
            ws.apply(ImportDocument(read_document(DATA / name), library=True))
        with store.transaction():
            store.precedents.rebuild(batch=40)
        here = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
        monkeypatch.setattr(precedents, "_PARALLEL_FROM", 0)
        monkeypatch.setattr(precedents.os, "cpu_count", lambda: 2)
        with store.transaction():
            store.precedents.rebuild(batch=40)  # some 20 batches, four at a time in flight
        workers = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    assert len(here["precedent_postings"]) > 1_000
    assert workers == here
