"""`cybertrack import`: findings as warnings after the import line, --strict, --revisions."""

import json
import re

from tests.conftest import DATA
from tests.e2e.test_cli import run


def _damaged(tmp_path):
    text = (DATA / "a-80-604-add3-acabq-minurso.txt").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^25\.\t", "", text, count=1)  # a paragraph number deleted
    path = tmp_path / "damaged.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_finding_is_a_warning_line_after_the_import_line(tmp_path) -> None:
    result = run(tmp_path / "w.db", "import", str(_damaged(tmp_path)))
    assert result.stdout.splitlines()[0].endswith(": 36 items")
    assert "of the body text in items or headings" in result.stdout.splitlines()[1]
    warnings = result.stderr.splitlines()
    assert warnings[0] == (
        "warning: 25 missing between 24 and 26 (under 'Facilities and infrastructure')"
    )
    assert all(line.startswith("warning: ") for line in warnings)
    assert any("A provision of $545,900" in line for line in warnings)


def test_strict_refuses_a_damaged_file_and_stores_nothing(tmp_path) -> None:
    db = tmp_path / "s.db"
    result = run(db, "import", "--strict", str(_damaged(tmp_path)), check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [
        "error: damaged.txt is refused (--strict): its numbering has 1 gap; nothing was imported",
        "error: damaged.txt is refused (--strict): 2.5% of its body text is in no item or heading "
        "(the limit is 2%); nothing was imported",
    ]
    assert json.loads(run(db, "documents", "--json").stdout) == []


def test_strict_imports_a_complete_file(tmp_path) -> None:
    db = tmp_path / "ok.db"
    result = run(db, "import", "--strict", str(DATA / "A_80_604_Add.3.docx"))
    assert "37 items" in result.stdout and result.stderr == ""


def test_revisions_choose_the_version_of_tracked_changes(tmp_path) -> None:
    db = tmp_path / "r.db"
    path = DATA / "synthetic-tracked-changes.docx"
    proposed = run(db, "import", str(path))
    assert "warning: 3 items carry tracked changes; imported as proposed" in proposed.stderr
    items = json.loads(run(db, "items", "--json").stdout)
    assert items[0]["text"] == "States shall cooperate to the widest extent possible."
    other = tmp_path / "o.db"
    run(other, "import", "--revisions", "original", str(path))
    items = json.loads(run(other, "items", "--json").stdout)
    assert items[0]["text"] == "States may cooperate to the widest extent possible."
