"""Two programs on one workspace (two windows, or the CLI beside the app): never corrupt."""

import subprocess
import sys
import textwrap

from cybertrack.domain.positions import Stance
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, Workspace
from tests.conftest import ROOT, SEED

WRITER = textwrap.dedent(
    """
    import sys
    from cybertrack.domain.positions import Field, Stance
    from cybertrack.services import SetField, SetStance, Workspace
    path, first, last, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    with Workspace.open(path) as ws:
        ids = [i.id for i in ws.items()][first:last]
        for round in range(15):
            for item_id in ids:
                ws.apply(SetField(item_id, Field.NOTE, f"{tag} {round}"))
            ws.apply(SetStance(tuple(ids), [Stance.SUPPORT, Stance.OPPOSE][round % 2]))
    print("done")
    """
)

HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE positions SET note = 'held' WHERE 0")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
    """
)


def make(path):
    with Workspace.open(path) as ws:
        ws.apply(ImportDocument(read_document(SEED)))


def test_two_writers_at_once_both_land_and_the_file_stays_sound(tmp_path):
    path = tmp_path / "shared.cybertrack"
    make(path)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), first, last, tag],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for first, last, tag in (("0", "15", "window"), ("15", "30", "cli"))
    ]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
        assert out.decode().strip() == "done"
    with Workspace.open(path) as ws:
        assert ws.integrity_problems() == []
        items = ws.items()
        assert {i.note for i in items[:15]} == {"window 14"}
        assert {i.note for i in items[15:30]} == {"cli 14"}
        assert {i.stance for i in items[:30]} == {Stance.SUPPORT}
        assert all(i.note == "" for i in items[30:])


def test_a_busy_workspace_gives_one_clear_line_and_changes_nothing(tmp_path):
    path = tmp_path / "busy.cybertrack"
    make(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), "12"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        cli = subprocess.run(
            [sys.executable, "-m", "cybertrack", "--db", str(path), "stance", "1:1", "oppose"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        holder.kill()
        holder.wait()
    assert cli.returncode == 1
    assert cli.stderr.strip() == (
        "error: the workspace is busy in another CyberTrack window or command; try again"
    )
    with Workspace.open(path) as ws:
        assert ws.items()[0].stance is None
        assert ws.integrity_problems() == []
