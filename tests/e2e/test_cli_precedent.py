"""`cybertrack import --library`, `precedent` and `stance --cite`, as scripts use them."""

import json

import pytest

from tests.conftest import DATA, SEED
from tests.e2e.test_cli import run

RESOLUTION = DATA / "a-res-74-247-establishing-ahc-cybercrime.txt"
# A/RES/74/247, operative paragraph 2, reworded.
DRAFT = (
    "Decides to establish an open-ended ad hoc intergovernmental committee of experts, "
    "representative of all regions, to elaborate a comprehensive convention on countering the "
    "use of ICTs for criminal purposes"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("precedent") / "x.db"
    out = run(path, "import", "--library", str(RESOLUTION)).stdout
    assert out.startswith("[1] A/RES/74/247") and "(library of precedent)" in out
    assert "39 items" in run(path, "import", str(SEED)).stdout
    return path


def test_documents_mark_the_library(db):
    rows = {d["id"]: d for d in json.loads(run(db, "documents", "--json").stdout)}
    assert rows[1]["library"] and rows[1]["adopted"]
    assert not rows[2]["library"]
    assert "[library]" in run(db, "documents").stdout


def test_precedent_json_has_the_documented_keys_and_ranks_the_source_first(db):
    found = json.loads(run(db, "precedent", DRAFT, "--limit", "3", "--json").stdout)
    assert 1 <= len(found) <= 3
    assert all(
        set(f) == {"document_id", "symbol", "number", "text", "score", "shared"} for f in found
    )
    first = found[0]
    assert (first["document_id"], first["symbol"], first["number"]) == (1, "A/RES/74/247", "2")
    assert "committee of experts, representative of all regions" in " ".join(first["shared"])
    assert all(len(phrase.split()) >= 4 for phrase in first["shared"])
    assert [f["score"] for f in found] == sorted((f["score"] for f in found), reverse=True)


def test_precedent_text_names_the_citation_and_the_shared_phrases(db):
    out = run(db, "precedent", *DRAFT.split(), "--limit", "1").stdout
    assert out.startswith("1. A/RES/74/247, para. 2  score ")
    assert "(agreed language; library)" in out
    assert 'shared: "Decides to establish an open-ended ad hoc intergovernmental committee' in out


@pytest.mark.parametrize("text", ["", "convention"])
def test_empty_and_one_word_queries_get_one_error_line(db, text):
    result = run(db, "precedent", text, check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "error: a precedent search needs a wording of at least two words"
    ]


def test_a_bad_limit_is_refused(db):
    result = run(db, "precedent", DRAFT, "--limit", "0", check=False)
    assert result.returncode == 2 and "must be 1 or more" in result.stderr


def test_stance_cites_agreed_language_and_none_clears_it(db):
    out = run(
        db, "stance", "2:2", "amend", "--amendment", DRAFT, "--cite", "1:2", "--cite", "1:PP1"
    ).stdout
    assert "agreed language: A/RES/74/247, para. 2; A/RES/74/247, preambular para. 1" in out
    items = json.loads(run(db, "items", "--document", "2", "--json").stdout)
    assert items[1]["citations"] == ["A/RES/74/247, para. 2", "A/RES/74/247, preambular para. 1"]
    run(db, "stance", "2:2", "amend", "--cite", "none")
    items = json.loads(run(db, "items", "--document", "2", "--json").stdout)
    assert items[1]["citations"] == [] and items[1]["amendment"] == DRAFT


def test_citing_something_that_is_not_there_changes_nothing(db):
    result = run(db, "stance", "2:3", "amend", "--note", "n", "--cite", "1:99", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: document 1 has no item numbered 99"
    items = json.loads(run(db, "items", "--document", "2", "--json").stdout)
    assert items[2]["stance"] is None and items[2]["note"] == ""


def test_import_folds_the_index_runs_beyond_the_newest(tmp_path):
    """Each import writes its postings as a run of its own; `import` folds all but the newest
    RECENT_RUNS into the shared segment before it exits, and the search still finds them."""
    import sqlite3

    from cybertrack.storage.precedents import RECENT_RUNS

    path = tmp_path / "w.cybertrack"
    files = [*sorted(DATA.glob("a-res-*.txt")), RESOLUTION.with_name("seed-revised.txt")]
    files += sorted(DATA.glob("budapest-*.txt")) + sorted(DATA.glob("udhr-*.txt"))
    assert len(set(files)) > RECENT_RUNS
    assert run(path, "import", "--library", *map(str, dict.fromkeys(files))).returncode == 0
    conn = sqlite3.connect(path)
    try:
        runs = conn.execute("SELECT count(*) FROM precedent_runs").fetchone()[0]
        folded = conn.execute("SELECT count(*) FROM precedent_added").fetchone()[0]
    finally:
        conn.close()
    assert runs == RECENT_RUNS and folded > 0
    found = json.loads(run(path, "precedent", DRAFT, "--limit", "1", "--json").stdout)
    assert found[0]["symbol"] == "A/RES/74/247" and found[0]["number"] == "2"


def test_precedent_indexes_what_an_interrupted_import_left_first(tmp_path):
    from cybertrack.importers import read_document
    from cybertrack.services import ImportDocument, Workspace

    path = tmp_path / "w.db"
    with Workspace.open(path) as ws:  # stored, its indexing never run (the CLI was killed)
        ws.apply(ImportDocument(read_document(RESOLUTION), library=True))
        assert ws.precedent_index_pending()
    found = json.loads(run(path, "precedent", DRAFT, "--limit", "1", "--json").stdout)
    assert (found[0]["symbol"], found[0]["number"]) == ("A/RES/74/247", "2")
    with Workspace.open(path) as ws:
        assert not ws.precedent_index_pending()
