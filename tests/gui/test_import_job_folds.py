"""The import's writer folds the precedent index's older runs once the import is sent back."""

import sqlite3
from dataclasses import replace

from cybertrack.gui.import_flow import ImportResult, ImportWriteJob
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, Workspace
from cybertrack.storage.precedents import RECENT_RUNS
from tests.conftest import SEED


def test_the_import_job_folds_older_runs_after_sending_its_result(qtbot, tmp_path):
    path = tmp_path / "w.cybertrack"
    document = read_document(SEED)
    with Workspace.open(path) as ws:
        for number in range(RECENT_RUNS + 2):
            ws.apply(ImportDocument(replace(document, content_hash=f"copy-{number}")))
        job = ImportWriteJob(ws, ImportDocument(replace(document, content_hash="last")))
        runs_when_sent: list[int] = []

        def sent(result: ImportResult) -> None:
            conn = sqlite3.connect(path)
            runs_when_sent.append(conn.execute("SELECT count(*) FROM precedent_runs").fetchone()[0])
            conn.close()

        job.signals.done.connect(sent)
        job.run()  # on this thread: the signal is delivered at once
        # The result went out before any folding; the runs beyond the newest were folded next.
        assert runs_when_sent == [RECENT_RUNS + 3]
        conn: sqlite3.Connection = ws._store.database.conn
        assert conn.execute("SELECT count(*) FROM precedent_runs").fetchone()[0] == RECENT_RUNS
        assert ws.precedents(document.items[0].text, 1)[0].paragraph.text == document.items[0].text


def test_a_job_told_to_stop_folds_nothing_more_and_says_it_has_finished(qtbot, tmp_path):
    path = tmp_path / "w.cybertrack"
    document = read_document(SEED)
    with Workspace.open(path) as ws:
        for number in range(RECENT_RUNS + 2):
            ws.apply(ImportDocument(replace(document, content_hash=f"copy-{number}")))
        job = ImportWriteJob(ws, ImportDocument(replace(document, content_hash="last")))
        job.stop.set()  # the window closed while the import was being written
        job.run()
        assert job.finished.is_set()
        conn: sqlite3.Connection = ws._store.database.conn
        assert conn.execute("SELECT count(*) FROM precedent_runs").fetchone()[0] == RECENT_RUNS + 3
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
