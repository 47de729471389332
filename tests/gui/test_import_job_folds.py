"""The import's writer folds the precedent index's older runs once the import is sent back."""

import sqlite3
from dataclasses import replace

from cybertrack.gui.import_flow import ImportResult, ImportWriteJob
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, Workspace
from cybertrack.storage.precedents import RECENT_RUNS
from tests.conftest import SEED


def _runs(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM precedent_runs").fetchone()[0])


def _job_after_runs(ws: Workspace) -> ImportWriteJob:
    """`ws` holds two runs more than are kept; the job imports one more copy of the seed."""
    document = read_document(SEED)
    for number in range(RECENT_RUNS + 2):
        ws.apply(ImportDocument(replace(document, content_hash=f"copy-{number}")))
    return ImportWriteJob(ws, ImportDocument(replace(document, content_hash="last")))


def test_the_import_job_folds_older_runs_after_sending_its_result(qtbot, tmp_path):
    path = tmp_path / "w.cybertrack"
    document = read_document(SEED)
    with Workspace.open(path) as ws:
        job = _job_after_runs(ws)
        runs_when_sent: list[int] = []

        def sent(result: ImportResult) -> None:
            conn = sqlite3.connect(path)
            runs_when_sent.append(_runs(conn))
            conn.close()

        job.signals.done.connect(sent)
        job.run()  # on this thread: the signal is delivered at once
        # The result went out before any folding; the runs beyond the newest were folded next.
        assert runs_when_sent == [RECENT_RUNS + 3]
        assert _runs(ws._store.database.conn) == RECENT_RUNS
        assert ws.precedents(document.items[0].text, 1)[0].paragraph.text == document.items[0].text


def test_a_job_told_to_stop_folds_nothing_more_and_says_it_has_finished(qtbot, tmp_path):
    with Workspace.open(tmp_path / "w.cybertrack") as ws:
        job = _job_after_runs(ws)
        job.stop.set()  # the window closed while the import was being written
        job.run()
        assert job.finished.is_set()
        assert _runs(ws._store.database.conn) == RECENT_RUNS + 3
        assert len(ws.documents()) == RECENT_RUNS + 3  # the import itself is whole


def test_closing_the_window_waits_for_the_import_jobs(window, qtbot):
    flow = window.import_flow
    flow.preview(SEED.with_name(SEED.name), read_document(SEED))
    qtbot.waitUntil(flow.dialog.import_button.isEnabled, timeout=30000)
    flow.dialog.save()
    jobs = list(flow._jobs)
    assert jobs
    window.close()
    assert all(job.finished.is_set() for job in jobs)
