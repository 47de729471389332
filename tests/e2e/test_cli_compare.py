"""`cybertrack compare` and `cybertrack link` in a real subprocess."""

import json

import pytest

from tests.conftest import DATA, SEED
from tests.e2e.test_cli import run


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    run(path, "import", str(SEED), str(DATA / "seed-revised.txt"))
    run(path, "stance", "1:4", "oppose", "--note", "Sovereignty first")
    run(path, "stance", "1:10", "support")
    return path


def test_compare_lists_links_drops_and_additions(db):
    out = json.loads(run(db, "compare", "1", "2", "--json").stdout)
    rows = {(r["old"], r["new"]): r for r in out["links"]}
    assert rows[("10", "11")]["status"] == "same"
    assert rows[("11", "10")]["status"] == "same"
    assert rows[("4", "4")]["status"] == "changed"
    assert rows[("8", None)]["status"] == "dropped"
    assert rows[(None, "37")]["status"] == "new"
    assert {r["state"] for r in out["links"] if r["state"]} == {"candidate"}
    text = run(db, "compare", "1", "2").stdout.splitlines()
    assert "    25 -> 24      74.7  changed  candidate" in text


def test_carry_goes_over_confirmed_links_only(db):
    out = run(db, "compare", "1", "2", "--carry").stdout
    assert "carried 0 positions over confirmed links; 2 more to review in the app" in out
    run(db, "link", "1:4", "2:4", "confirm")
    out = run(db, "compare", "1", "2", "--carry").stdout
    assert "carried 1 positions" in out
    decided = json.loads(run(db, "items", "--document", "2", "--json").stdout)
    assert [(i["number"], i["stance"], i["note"]) for i in decided if i["stance"]] == [
        ("4", "oppose", "Sovereignty first")
    ]


def test_confirm_same_then_carry(db):
    out = json.loads(run(db, "compare", "1", "2", "--confirm-same", "--carry", "--json").stdout)
    assert out["carried"] == 1  # (10) -> (11): unchanged text; (4) was reworded
    states = {(r["old"], r["new"]): r["state"] for r in out["links"]}
    assert states[("10", "11")] == "confirmed"
    assert states[("4", "4")] == "candidate"


@pytest.mark.parametrize(
    "args, message",
    [
        (["compare", "1", "7"], "error: no document with id 7"),
        (["compare", "1", "1"], "error: choose two different documents to compare"),
        (["link", "1:4", "1:5", "reject"], "error: a link joins items of two different documents"),
        (["link", "1:4", "2:99", "confirm"], "error: document 2 has no item numbered 99"),
    ],
)
def test_errors_are_one_line(db, args, message):
    result = run(db, *args, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == message


def test_export_word_and_excel(db, tmp_path):
    out = run(db, "compare", "1", "2", "--export", str(tmp_path / "c.xlsx")).stdout
    assert f"wrote {tmp_path / 'c.xlsx'} (40 rows)" in out
    assert (tmp_path / "c.xlsx").stat().st_size > 0
    run(db, "compare", "1", "2", "--json", "--export", str(tmp_path / "c.docx"))
    assert (tmp_path / "c.docx").stat().st_size > 0
    bad = run(db, "compare", "1", "2", "--export", str(tmp_path / "c.odt"), check=False)
    assert bad.returncode == 1 and "name the comparison .docx (Word) or .xlsx" in bad.stderr


def test_delegations_from_participants_and_who_is_with_us(db):
    run(db, "delegations", "--from-document", "1")
    names = [d["name"] for d in json.loads(run(db, "delegations", "--json").stdout)]
    assert len(names) == 20 and names[0] == "Group of 77 and China"
    out = run(db, "said", "group of 77 and china", "oppose", "1:4", "--source", "informals")
    assert out.stdout.strip() == "Group of 77 and China: oppose on 1 items"
    run(db, "said", "Brazil", "amend", "1:4")
    run(db, "said", "United States of America", "support", "1:4")
    who = json.loads(run(db, "delegations", "--item", "1:4", "--json").stdout)
    assert who == {
        "item": "1:4",
        "our_stance": "oppose",
        "with_us": ["Group of 77 and China"],
        "partly": ["Brazil"],
        "against": ["United States of America"],
    }
    bad = run(db, "said", "Narnia", "support", "1:4", check=False)
    assert bad.returncode == 1
    assert bad.stderr.strip() == "error: no delegation named 'Narnia' (see: cybertrack delegations)"
