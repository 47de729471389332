"""`cybertrack backups`, `backup` and `restore` from a shell, including a damaged workspace."""

import json
import subprocess
import sys

from tests.conftest import ROOT, SEED


def cli(db, *args):
    return subprocess.run(
        [sys.executable, "-m", "cybertrack", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def stance_of_first(db):
    return json.loads(cli(db, "items", "--json").stdout)[0]["stance"]


def test_backup_list_and_restore_by_number(tmp_path):
    db = tmp_path / "w.cybertrack"
    assert cli(db, "import", str(SEED)).returncode == 0
    assert "No backups yet" in cli(db, "backups").stdout
    cli(db, "stance", "1:1", "support")
    made = cli(db, "backup")
    assert made.returncode == 0 and made.stdout.startswith("wrote ")
    cli(db, "stance", "1:1", "oppose")
    listed = json.loads(cli(db, "backups", "--json").stdout)
    assert [b["reason"] for b in listed] == ["manual"]
    restored = cli(db, "restore", "1")
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    assert stance_of_first(db) == "support"
    assert "[1]" in cli(db, "backups").stdout and "before-restore" in cli(db, "backups").stdout


def test_restore_errors_are_one_line(tmp_path):
    db = tmp_path / "w.cybertrack"
    cli(db, "import", str(SEED))
    for args, expected in (
        (("restore", "7"), "error: there is no backup number 7 (see cybertrack backups)"),
        (("restore", str(tmp_path / "nope.cybertrack")), "does not exist"),
    ):
        result = cli(db, *args)
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and expected in result.stderr


def test_restore_over_a_damaged_workspace_moves_it_aside(tmp_path):
    db = tmp_path / "w.cybertrack"
    cli(db, "import", str(SEED))
    cli(db, "stance", "1:1", "amend")
    backup = cli(db, "backup").stdout.split("wrote ", 1)[1].strip()
    db.write_bytes(b"\x00garbage" * 4096)
    assert cli(db, "items").returncode == 1
    result = cli(db, "restore", backup)
    assert result.returncode == 0, result.stderr
    assert "moved to" in result.stdout
    damaged = list(tmp_path.glob("w.cybertrack.damaged-*"))
    assert len(damaged) == 1 and damaged[0].read_bytes() == b"\x00garbage" * 4096
    assert stance_of_first(db) == "amend"
