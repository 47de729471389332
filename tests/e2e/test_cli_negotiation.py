"""A negotiation day scripted through the command line, as a delegate's scripts would run it:
statuses changing across the day, a deviation, two proposals with supporters; then the evening
report and the status table, rendered through LibreOffice."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SEED
from tests.e2e.libreoffice import convert_to_pdf, pdf_text

# The meeting's time zone for these runs: TIME is read in it and printed back with its offset.
ZONE = {"TZ": "Europe/Vienna"}
DAY = "2025-11-27"


def run(db, *args, check=True):
    env = {**os.environ, "CYBERTRACK_DB": "", **ZONE}
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


def items(db, *args):
    return {i["number"]: i for i in json.loads(run(db, "items", "--json", *args).stdout)}


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    db = tmp_path_factory.mktemp("day") / "x.db"
    run(db, "import", str(SEED))
    for name in ("India", "Brazil", "Norway", "Chile"):
        run(db, "delegations", "--add", name)
    script = [
        ("room", "1:5", "pending", "--as-of", f"{DAY} 09:30"),
        ("room", "1:6", "informals", "--as-of", f"{DAY}T10:00"),
        ("room", "1:5", "agreed ad ref", "--as-of", f"{DAY} 17:30", "--note", "subject to capital"),
        ("room", "1:6", "bracketed", "--as-of", f"{DAY} 15:00", "--note", "EU reserves"),
        ("room", "1:9", "agreed", "--as-of", f"{DAY} 12:00"),
        ("instruct", "1:7", "support", "--fallback", "States may consider", "--note", "keen"),
        ("stance", "1:7", "oppose"),
        ("instruct", "1:9", "flexible"),
        ("stance", "1:9", "oppose"),
        (
            "propose",
            "1:6",
            "--by",
            "India",
            "--text",
            "States should restrict access.",
            "--supported-by",
            "Brazil",
            "--supported-by",
            "chile",
            "--opposed-by",
            "Norway",
            "--as-of",
            f"{DAY} 14:40",
        ),
        (
            "propose",
            "1:6 bis",
            "--by",
            "Brazil",
            "--text",
            "A new paragraph on capacity.",
            "--supported-by",
            "India",
            "--as-of",
            f"{DAY} 16:10",
        ),
    ]
    for command in script:
        run(db, *command)
    return db


def test_the_room_as_of_any_hour_of_the_day(day):
    morning = items(day, "--as-of", f"{DAY} 11:00")
    assert (morning["5"]["room_status"], morning["5"]["room_as_of"]) == (
        "pending",
        f"{DAY}T09:30:00+01:00",  # local time, with its offset
    )
    assert morning["6"]["room_status"] == "informals"
    assert morning["6"]["proposals"] == []  # India spoke at 14:40
    evening = items(day, "--as-of", f"{DAY} 18:00")
    assert evening["5"]["room_status"] == "ad-ref"
    assert evening["6"]["room_status"] == "bracketed"
    now = items(day)
    assert now["5"]["room_status"] == "ad-ref" and now["8"]["room_status"] is None


def test_instructions_and_deviations(day):
    now = items(day)
    assert (now["7"]["instruction"], now["7"]["fallback"], now["7"]["deviation"]) == (
        "support",
        "States may consider",
        True,
    )
    assert now["9"]["deviation"] is False  # flexible: never a deviation
    assert now["5"]["instruction"] is None and now["5"]["deviation"] is False


def test_proposals_with_supporters_and_opponents(day):
    (india, brazil) = items(day)["6"]["proposals"]
    assert india == {
        "by": "India",
        "text": "States should restrict access.",
        "supported_by": ["Brazil", "Chile"],
        "opposed_by": ["Norway"],
    }
    assert brazil["by"] == "Brazil" and brazil["supported_by"] == ["India"]
    listed = run(day, "proposal", "2").stdout
    assert listed.startswith("[2] Brazil on (6 bis)")


def test_a_withdrawn_proposal_leaves_the_list_and_comes_back(tmp_path, day):
    db = tmp_path / "copy.db"
    db.write_bytes(day.read_bytes())
    run(db, "proposal", "1", "--withdraw")
    assert [p["by"] for p in items(db)["6"]["proposals"]] == ["Brazil"]
    assert [p["by"] for p in items(db, "--as-of", f"{DAY} 18:00")["6"]["proposals"]] == [
        "India",
        "Brazil",
    ]  # it still stood that evening
    run(db, "proposal", "1", "--reinstate", "--text", "States should limit access.")
    (first, _) = items(db)["6"]["proposals"]
    assert first["text"] == "States should limit access."


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("room", "1:5", "agreed", "--as-of", "2999-01-01T10:00"), "is in the future"),
        (("room", "1:5", "agreed", "--as-of", "tomorrow"), "is not a time"),
        (("room", "1:5", "maybe"), "unknown room status 'maybe'"),
        (("items", "--as-of", "2999-01-01 10:00"), "is in the future"),
        (("items", "--as-of", "27/11/2025"), "is not a time"),
        (("instruct", "1:5", "abstain"), "unknown instruction 'abstain'"),
        (("propose", "1:5", "--by", "Atlantis", "--text", "x"), "no delegation named 'Atlantis'"),
        (
            ("propose", "1:5", "--by", "India", "--text", "x", "--supported-by", "Narnia"),
            "no delegation named 'Narnia'",
        ),
        (
            ("propose", "1:5", "--by", "India", "--text", "x", "--as-of", "2999-01-01T09:00"),
            "future",
        ),
        (("proposal", "99", "--withdraw"), "no proposal with id 99"),
        (("export", "r.docx", "--kind", "capital-report"), "needs --date"),
        (("export", "r.docx", "--kind", "capital-report", "--date", "27 Nov"), "is not a date"),
        (
            (
                "export",
                "r.docx",
                "--kind",
                "capital-report",
                "--date",
                DAY,
                "--profile",
                "shareable",
            ),
            "internal only",
        ),
        (("export", "s.docx", "--kind", "status-table", "--as-of", "2999-01-01 10:00"), "future"),
    ],
)
def test_errors_are_one_line_and_change_nothing(day, tmp_path, args, says):
    before = run(day, "items", "--json").stdout
    args = tuple(str(tmp_path / a) if a.endswith(".docx") else a for a in args)
    result = run(day, *args, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert run(day, "items", "--json").stdout == before
    assert not list(tmp_path.glob("*.docx"))


def test_the_evening_report_and_the_status_table_render_in_libreoffice(day, tmp_path):
    report, table = tmp_path / "report.docx", tmp_path / "status.docx"
    run(day, "export", str(report), "--kind", "capital-report", "--date", DAY, "--document", "1")
    run(day, "export", str(table), "--kind", "status-table", "--as-of", f"{DAY} 18:00")
    convert_to_pdf([report, table], tmp_path, tmp_path / "lo-profile")
    text = " ".join(pdf_text(tmp_path / "report.pdf").split())
    for expected in (
        "Report to capital",
        "Negotiations of 27 November 2025",
        "Deviations from instructions",
        "Instruction: Support · Our stance: Oppose",
        "(5) Not yet discussed → Pending →",  # the table cell wraps here
        "Not yet discussed → In informals →",
        "subject to capital",  # the room note: the report is internal
        "India, 14:40",
        "Supported by: Brazil, Chile",
        "Opposed by: Norway",
        "(6 bis) Brazil, 16:10 (new paragraph)",
        "Still open",
    ):
        assert expected in text, expected
    # Deviations come first, then the room, then the proposals, then what is open.
    order = [text.index(h) for h in ("Deviations from", "Movement in the room", "Proposals made")]
    assert order == sorted(order) and order[-1] < text.index("Still open")
    status = " ".join(pdf_text(tmp_path / "status.pdf").split())
    assert "Status of negotiations" in status and "As of 27 November 2025, 18:00" in status
    assert "Agreed ad ref. 27 November 2025, 17:30" in status
    for secret in ("subject to capital", "EU reserves", "States may consider", "India"):
        assert secret not in status
