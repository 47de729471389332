"""The team from the command line: settings --author, pack export/import (with --dry-run,
sealing, every change and disagreement printed), items --json team, one-line errors."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import DATA, SEED
from tests.e2e.test_cli import run

TXT_604 = DATA / "a-80-604-add3-acabq-minurso.txt"
TXT_16 = DATA / "a-81-6-sect16-unodc-programme-plan.txt"


@pytest.fixture
def two(tmp_path):
    anna, ben = tmp_path / "anna.db", tmp_path / "ben.db"
    run(anna, "import", str(SEED), str(TXT_604))
    run(ben, "import", str(DATA / "A_80_604_Add.3.docx"), str(SEED))
    run(anna, "settings", "--author", "Anna", "--initials", "AN")
    run(ben, "settings", "--author", "Ben")
    return anna, ben


def test_settings_show_the_author(two):
    anna, _ben = two
    out = run(anna, "settings").stdout
    assert "author: Anna" in out and "author_initials: AN" in out


def test_packs_both_ways_from_the_command_line(two, tmp_path):
    anna, ben = two
    run(anna, "stance", "2:19", "oppose", "--note", "Too many posts")
    run(ben, "stance", "1:19", "support")
    pack = tmp_path / "anna.ctpack"
    out = run(anna, "pack", "export", str(pack)).stdout
    assert out.startswith(f"wrote {pack} (1 rows,")

    dry = run(ben, "pack", "import", str(pack), "--dry-run").stdout
    assert (
        "Anna on A/80/604/Add.3 19 [1:19]: stance: - -> 'oppose'; note: '' -> 'Too many posts'"
        in dry
    )
    assert "disagreement on 1:19: you support, Anna oppose" in dry
    assert dry.rstrip().endswith("nothing was changed (dry run)")
    assert json.loads(run(ben, "items", "--json", "--document", "1").stdout)[18]["team"] == [
        {
            "author": "Ben",
            "stance": "support",
            "note": "",
            "amendment": "",
            "at": _at(ben, 19),
            "instruction": None,
            "room_status": None,
            "room_as_of": None,
            "proposals": [],
        }
    ]

    out = run(ben, "pack", "import", str(pack)).stdout
    assert "merged the pack from Anna: 1 change merged, 1 disagreement, 0 unresolved" in out
    nineteen = json.loads(run(ben, "items", "--json", "--document", "1").stdout)[18]
    assert nineteen["number"] == "19" and nineteen["disagreement"] is True
    assert [(t["author"], t["stance"], t["note"]) for t in nineteen["team"]] == [
        ("Ben", "support", ""),
        ("Anna", "oppose", "Too many posts"),
    ]
    again = run(ben, "pack", "import", str(pack)).stdout
    assert again.rstrip().endswith("nothing was changed")

    team = tmp_path / "team.ctpack"
    run(ben, "pack", "export", str(team), "--all")
    back = run(anna, "pack", "import", str(team)).stdout
    # Anna's copy came as text; its first-page header gives the same symbol as Ben's Word file.
    assert "Ben on A/80/604/Add.3 19 [2:19]: stance: - -> 'support'" in back
    assert not [line for line in back.splitlines() if line.startswith("Anna")]  # hers: no change


def _at(db, number):
    items = json.loads(run(db, "items", "--json", "--document", "1").stdout)
    return items[number - 1]["team"][0]["at"] if items[number - 1]["team"] else None


def test_a_sealed_pack_and_its_errors(two, tmp_path):
    anna, ben = two
    run(anna, "stance", "1:3", "support")
    secret = tmp_path / "secret.txt"
    secret.write_text("open sesame\n")
    pack = tmp_path / "sealed.ctpack"
    assert (
        "sealed" in run(anna, "pack", "export", str(pack), "--passphrase-file", str(secret)).stdout
    )
    before = run(ben, "items", "--json").stdout

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("open sesame!")
    for args in (
        [],
        ["--passphrase-file", str(wrong)],
        ["--passphrase-file", str(tmp_path / "missing.txt")],
    ):
        result = run(ben, "pack", "import", str(pack), *args, check=False)
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    truncated = tmp_path / "truncated.ctpack"
    truncated.write_bytes(pack.read_bytes()[:-20])
    result = run(
        ben, "pack", "import", str(truncated), "--passphrase-file", str(secret), check=False
    )
    assert result.returncode == 1 and "wrong passphrase, or the pack is damaged" in result.stderr
    assert run(ben, "items", "--json").stdout == before

    out = run(ben, "pack", "import", str(pack), "--passphrase-file", str(secret)).stdout
    assert "Anna on Draft report, addendum: International cooperation 3" in out


def test_export_without_an_author_is_one_error_line(tmp_path):
    db = tmp_path / "x.db"
    run(db, "import", str(SEED))
    result = run(db, "pack", "export", str(tmp_path / "x.ctpack"), check=False)
    assert result.returncode == 1
    assert result.stderr == (
        "error: your author name is not set; set it first (settings --author NAME)\n"
    )


def test_hub_push_and_pull_from_the_command_line(two):
    from tests.pg_cluster import cluster

    anna, ben = two
    run(anna, "stance", "2:19", "oppose", "--note", "Too many posts")
    run(ben, "stance", "1:19", "support")
    with cluster() as url:
        assert run(anna, "hub", "push", "--url", url).stdout == "pushed 1 rows\n"
        # Nothing written since: the next push sends nothing; a new stance goes alone.
        assert run(anna, "hub", "push", "--url", url).stdout == "pushed 0 rows\n"
        run(anna, "stance", "2:20", "amend")
        assert run(anna, "hub", "push", "--url", url).stdout == "pushed 1 rows\n"
        run(anna, "stance", "2:20", "none")
        assert run(anna, "hub", "push", "--url", url).stdout == "pushed 1 rows\n"
        run(ben, "hub", "push", "--url", url)
        out = run(ben, "hub", "pull", "--url", url).stdout
        assert "Anna on A/80/604/Add.3 19 [1:19]: stance: - -> 'oppose'" in out
        assert "disagreement on 1:19: you support, Anna oppose" in out
        # Anna's 19, her emptied 20 (a row Ben did not have) and Ben's own 19 (no change).
        assert out.rstrip().endswith(
            "pulled 3 rows: 2 changes merged, 1 disagreement, 0 unresolved"
        )
        again = run(ben, "hub", "pull", "--url", url).stdout
        assert again == "pulled 0 rows: nothing new on the hub\n"
        port = url.rsplit(":", 1)[1].split("/")[0]
    gone = run(ben, "hub", "pull", "--url", url, check=False)
    assert gone.returncode == 1 and gone.stderr.startswith("error: cannot reach the hub ")
    assert gone.stderr.count("\n") == 1 and port in gone.stderr


def test_rows_found_nowhere_are_listed_and_linked_from_the_command_line(tmp_path):
    """Anna's text form of A/81/6 (Sect. 16) has the heading "Lessons learned and planned
    change" typed on to paragraph 16.53's line (as a careless copy has it); Ben's .docx does
    not, so her row matches nothing of his."""
    anna, ben = tmp_path / "anna.db", tmp_path / "ben.db"
    text = re.sub(
        r"(emerging from the work of UNODC\.)\s*\n\s*(Lessons learned)",
        r"\1 \2",
        TXT_16.read_text(encoding="utf-8"),
        count=1,
    )
    assert "UNODC. Lessons learned and planned change" in text
    copy = tmp_path / "a-81-6-sect16.txt"
    copy.write_text(text, encoding="utf-8")
    run(anna, "import", str(copy))
    run(ben, "import", str(DATA / "A_81_6_Sect.16.docx"))
    run(anna, "settings", "--author", "Anna")
    run(ben, "settings", "--author", "Ben")
    run(anna, "stance", "1:16.53", "amend", "--note", "Heading read into it")
    pack = tmp_path / "anna.ctpack"
    run(anna, "pack", "export", str(pack))
    run(ben, "pack", "import", str(pack))

    (entry,) = json.loads(run(ben, "pack", "unresolved", "--json").stdout)
    assert entry["number"] == "16.53"
    assert entry["text"].endswith(
        "emerging from the work of UNODC. Lessons learned and planned change"
    )
    ((author, stance, note),) = [(r["author"], r["stance"], r["note"]) for r in entry["rows"]]
    assert (author, stance, note) == ("Anna", "amend", "Heading read into it")
    assert entry["candidates"][0]["item"] == "1:16.53"
    listed = run(ben, "pack", "unresolved").stdout.splitlines()
    assert listed[0].startswith(f"{entry['row']}  ") and listed[0].endswith(" 16.53  (Anna)")
    assert listed[1].startswith("    candidates: 1:16.53 (")
    assert listed[-1] == "1 paragraph found nowhere here"

    refused = run(ben, "pack", "link", entry["row"], "1:16.53", "--reject").stdout
    assert refused.startswith("item 1:16.53 is no longer offered for ")
    (again,) = json.loads(run(ben, "pack", "unresolved", "--json").stdout)
    assert "1:16.53" not in [c["item"] for c in again["candidates"]]

    linked = run(ben, "pack", "link", entry["row"], "1:16.53").stdout
    assert linked.startswith("the colleagues' rows on ") and linked.endswith(
        " 16.53 now show on item 1:16.53\n"
    )
    assert run(ben, "pack", "unresolved").stdout == "0 paragraphs found nowhere here\n"
    items = json.loads(run(ben, "items", "--json").stdout)
    (item,) = [i for i in items if i["number"] == "16.53"]
    assert [(t["author"], t["stance"]) for t in item["team"]] == [("Anna", "amend")]

    wrong = run(ben, "pack", "link", "0123456789", "1:16.53", check=False)
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1
    assert wrong.stderr.startswith("error: ") and "0123456789" in wrong.stderr
