"""The command line as scripts use it: a real subprocess, JSON out, clear errors."""

import json
import os
import subprocess
import sys

import docx
import pytest

from tests.conftest import SEED


def run(db, *args, check=True):
    env = {**os.environ, "CYBERTRACK_DB": ""}
    result = subprocess.run(
        [sys.executable, "-m", "cybertrack", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "x.db"
    out = run(path, "import", str(SEED)).stdout
    assert "39 items" in out
    return path


def test_items_json(db):
    items = json.loads(run(db, "items", "--json").stdout)
    assert [i["number"] for i in items] == [str(n) for n in range(1, 40)]
    assert set(items[0]) == {
        "id",
        "document_id",
        "number",
        "label",
        "section",
        "text",
        "stance",
        "note",
        "amendment",
        "citations",
        "room_status",
        "room_as_of",
        "instruction",
        "fallback",
        "deviation",
        "proposals",
        "team",
        "disagreement",
    }
    assert (items[0]["team"], items[0]["disagreement"]) == ([], False)
    assert "should not go against existing ones" in items[1]["text"]
    assert "\n" not in items[1]["text"]
    assert "where they are based" in items[14]["text"]


def test_documents_json(db):
    (doc,) = json.loads(run(db, "documents", "--json").stdout)
    assert doc["body"] == "Expert Group to Conduct a Comprehensive Study on Cybercrime"
    assert (doc["venue"], doc["start_date"], doc["end_date"]) == (
        "Vienna",
        "2020-07-27",
        "2020-07-29",
    )
    assert doc["item_count"] == 39
    assert set(doc) == {
        "id",
        "symbol",
        "title",
        "body",
        "venue",
        "start_date",
        "end_date",
        "item_count",
        "library",
        "adopted",
    }
    assert not doc["library"]


def test_stance_then_items_then_export(db, tmp_path):
    run(db, "stance", "1:7", "amend", "--note", "capital: soften", "--amendment", "New text.")
    run(db, "stance", "3", "support")
    items = {i["number"]: i for i in json.loads(run(db, "items", "--json").stdout)}
    assert (items["7"]["stance"], items["7"]["note"], items["7"]["amendment"]) == (
        "amend",
        "capital: soften",
        "New text.",
    )
    assert items["3"]["stance"] == "support"
    run(db, "stance", "1:3", "none")
    items = {i["number"]: i for i in json.loads(run(db, "items", "--json").stdout)}
    assert items["3"]["stance"] is None

    out = tmp_path / "paper.docx"
    run(db, "export", str(out), "--document", "1")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert items["7"]["text"] in text  # the one item with a position
    assert items["3"]["text"] not in text  # undecided: not given to other delegations
    listed = tmp_path / "listed.docx"
    run(db, "export", str(listed), "--document", "1", "--include-undecided")
    text = "\n".join(p.text for p in docx.Document(str(listed)).paragraphs)
    for item in items.values():
        assert item["text"] in text
    assert "Position: Under consideration" in text


def test_reimport_is_a_no_op(db):
    out = run(db, "import", str(SEED)).stdout
    assert "already in the workspace" in out
    assert len(json.loads(run(db, "documents", "--json").stdout)) == 1


@pytest.mark.parametrize(
    "args",
    [
        ("import", "/no/such/file.txt"),
        ("stance", "999999", "support"),
        ("stance", "1:77", "oppose"),
        ("items", "--document", "42"),
        ("export", "paper.pdf"),
        # No id SQLite can hold: an OverflowError's traceback before.
        ("stance", "99999999999999999999", "support"),
        ("items", "--document", "99999999999999999999"),
    ],
)
def test_errors_are_one_line_and_change_nothing(db, args):
    before = run(db, "items", "--json").stdout
    result = run(db, *args, check=False)
    assert result.returncode != 0
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert run(db, "items", "--json").stdout == before


def test_bad_stance_word_is_a_usage_error(db):
    result = run(db, "stance", "1", "maybe", check=False)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr
    # The choices in plain words, not "<Stance.SUPPORT: 'support'>".
    assert "'support', 'oppose', 'amend', 'none'" in result.stderr


def test_a_bad_file_in_a_batch_imports_nothing(tmp_path):
    path = tmp_path / "batch.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(path, "import", str(SEED), str(empty), check=False)
    assert result.returncode == 1 and "empty" in result.stderr
    assert json.loads(run(path, "documents", "--json").stdout) == []


def test_db_from_environment(tmp_path):
    path = tmp_path / "env.db"
    env = {**os.environ, "CYBERTRACK_DB": str(path)}
    subprocess.run(
        [sys.executable, "-m", "cybertrack", "import", str(SEED)],
        check=True,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert path.exists()


def test_services_and_cli_load_no_qt():
    code = (
        "import sys, cybertrack.services, cybertrack.cli.main, cybertrack.importers, "
        "cybertrack.exporters.docx_writer; "
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


def test_import_word_then_pdf_of_the_same_symbol_says_new_version(tmp_path):
    from tests.conftest import DATA

    path = tmp_path / "v.db"
    first = run(path, "import", str(DATA / "A_80_604_Add.3.docx")).stdout
    assert "A/80/604/Add.3" in first and "37 items" in first and "new version" not in first
    second = run(path, "import", str(DATA / "A_80_604_Add.3.pdf")).stdout
    assert "new version of A/80/604/Add.3, earlier: 1" in second
    again = run(path, "import", str(DATA / "A_80_604_Add.3.pdf")).stdout
    assert "already in the workspace" in again


def test_import_refuses_a_fake_pdf_with_one_line(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("1. not really a pdf\n", encoding="utf-8")
    result = run(tmp_path / "f.db", "import", str(fake), check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("error: fake.pdf is not a real PDF file")
    assert "Traceback" not in result.stderr


def test_stance_with_rationale_priority_and_settings(db):
    run(
        db,
        "stance",
        "1:4",
        "oppose",
        "--rationale",
        "Outside the mandate.",
        "--priority",
        "red-line",
    )
    run(db, "settings", "--delegation", "Delegation of Chile", "--initials", "MC")
    out = run(db, "settings").stdout
    assert "delegation: Delegation of Chile" in out
    assert "author_initials: MC" in out
    result = run(db, "stance", "1:4", "oppose", "--priority", "urgent", check=False)
    assert result.returncode != 0


def test_export_kinds_profiles_languages(db, tmp_path):
    run(db, "stance", "1:6", "oppose", "--note", "internal only: capital says no")
    out = tmp_path / "note.docx"
    result = run(db, "export", str(out), "--kind", "briefing", "--language", "fr")
    assert "briefing, internal" in result.stdout
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Note d’information" in text
    assert "internal only: capital says no" in text
    paper = tmp_path / "paper.docx"
    run(db, "export", str(paper), "--kind", "position-paper", "--clean", "--order", "stance")
    text = "\n".join(p.text for p in docx.Document(str(paper)).paragraphs)
    assert "internal only" not in text
    bad = run(db, "export", str(tmp_path / "x.docx"), "--template", str(SEED), check=False)
    assert bad.returncode == 1
    assert bad.stderr.startswith("error: ")
    assert not (tmp_path / "x.docx").exists()
    shared = ("--kind", "dossier", "--profile", "shareable")
    refused = run(db, "export", str(tmp_path / "d.docx"), *shared, check=False)
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: the dossier is internal only")
    arabic = tmp_path / "ar.docx"
    run(db, "export", str(arabic), "--language", "ar", "--include-undecided")
    assert "ورقة موقف" in "\n".join(p.text for p in docx.Document(str(arabic)).paragraphs)


def test_a_soft_line_break_breaks_no_export(db, tmp_path):
    """What Shift+Enter pastes from Word (U+000B) once crashed three exports with a traceback."""
    run(db, "stance", "1:2", "amend", "--note", "one\x0btwo", "--amendment", "(a) x;\x0b(b) y.")
    items = {i["number"]: i for i in json.loads(run(db, "items", "--json").stdout)}
    assert (items["2"]["note"], items["2"]["amendment"]) == ("one\ntwo", "(a) x;\n(b) y.")
    for args in (
        ("export", str(tmp_path / "internal.docx"), "--profile", "internal"),
        ("export", str(tmp_path / "clean.docx"), "--clean", "--profile", "internal"),
        ("export", str(tmp_path / "dossier.docx"), "--kind", "dossier"),
        ("export-sheet", str(tmp_path / "sheet.xlsx")),
    ):
        result = run(db, *args)
        assert result.returncode == 0 and "Traceback" not in result.stderr, args
    amendment = next(
        p
        for p in docx.Document(str(tmp_path / "clean.docx")).paragraphs
        if p.style.name == "CT Amendment"
    )
    assert amendment.text == "Proposed wording: (a) x;\n(b) y."  # the line break kept


def test_import_names_the_symbol_once(tmp_path):
    # A budget section's title opens with its symbol ("A/81/6 (Sect. 11): Proposed ..."):
    # the import line said it twice ("A/81/6 (Sect. 11) — A/81/6 (Sect. 11): ...").
    from tests.conftest import DATA

    out = run(tmp_path / "s.db", "import", str(DATA / "A_81_6_Sect.11.docx")).stdout
    assert out.startswith("[1] A/81/6 (Sect. 11): Proposed programme budget for 2027")
    assert out.count("A/81/6 (Sect. 11)") == 1
    other = run(tmp_path / "s.db", "import", str(DATA / "A_80_604_Add.3.docx")).stdout
    assert other.startswith("[2] A/80/604/Add.3 — Addendum: Budget performance")


def test_a_read_only_command_on_a_mistyped_workspace_path_says_there_is_none(tmp_path):
    # "No documents yet" from an empty workspace made at the typo's path read as if the
    # delegate's work were gone; and nothing is made there.
    missing = tmp_path / "typo" / "work.cybertrack"
    for args in (("documents",), ("items",), ("export", str(tmp_path / "p.docx"))):
        result = run(missing, *args, check=False)
        assert result.returncode == 1
        assert result.stderr == (
            f"error: there is no workspace at {missing}: check the path (--db or "
            "$CYBERTRACK_DB); an import makes a new one\n"
        )
    assert not missing.parent.exists()
    # An import makes one there, as before.
    made = run(missing, "import", str(SEED))
    assert made.returncode == 0 and missing.exists()


def test_items_line_up_whatever_the_length_of_their_labels(tmp_path):
    source = tmp_path / "rules.txt"
    source.write_text(
        "Financial Regulations and Rules\n\n"
        "Regulation 5.1: The appropriations voted shall constitute an authorization.\n\n"
        "Rule 105.1 The Controller shall issue allotments.\n\n"
        "Regulation 5.2: Appropriations shall be available for obligation.\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.cybertrack"
    run(db, "import", str(source))
    lines = run(db, "items").stdout.splitlines()
    assert len(lines) == 3
    # The stance column starts at one place on every line.
    assert len({line.index(" -  ") for line in lines}) == 1, lines


def test_a_mistyped_workspace_path_is_refused_by_a_command_that_would_write(tmp_path):
    # "--db typo/ws.db settings --delegation Norway" made the folder and an empty workspace,
    # and reported success into it.
    typo = tmp_path / "typo" / "ws.db"
    result = run(typo, "settings", "--delegation", "Norway", check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("error: there is no workspace at")
    assert not typo.parent.exists()
    assert run(typo, "import", str(SEED)).returncode == 0  # an import makes a new one
