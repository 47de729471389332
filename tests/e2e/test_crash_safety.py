"""SIGKILL a child in the middle of edits, again and again: nothing reported done is ever lost."""

import sqlite3

from bench.crash import Result, check_after_kill, fingerprint, run, state_of
from cybertrack.services import Workspace


def test_thirty_kills_lose_nothing_and_never_corrupt(tmp_path):
    result = run(kills=30, workdir=tmp_path, seed=2026, max_delay=0.25)
    assert result.problems == []
    assert result.kills == 30
    assert (result.losses, result.integrity_failures, result.open_failures) == (0, 0, 0)
    # The children really worked: edits were reported done and checked across the kills.
    assert result.edits_checked >= 30
    assert {"stance", "note", "import", "undo"} <= set(result.kinds)


def test_the_checker_notices_a_lost_edit(tmp_path):
    """A harness that cannot fail proves nothing: drop a committed note and it must complain."""
    result = run(kills=1, workdir=tmp_path, seed=5, min_delay=1.0, max_delay=1.0)
    assert result.losses == 0 and result.edits_checked > 0
    db = tmp_path / "crash.cybertrack"
    with Workspace.open(db) as ws:
        before = fingerprint(state_of(ws))
        item = ws.items()[0]
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO positions (item_id, note, updated_at) VALUES (?, 'x', 'now') "
        "ON CONFLICT(item_id) DO UPDATE SET note = note || ' lost'",
        [item.id],
    )
    conn.commit()
    conn.close()
    log = tmp_path / "fake.log"
    log.write_text(f"begin 1 note {before}\ndone 1\n")
    verdict = Result()
    check_after_kill(db, log, before, verdict, label="tampered")
    assert verdict.losses == 1
    assert "tampered" in verdict.problems[0]
