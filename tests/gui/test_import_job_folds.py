"""The import's writer indexes the new document for precedent search and folds the index's
older runs once the import is sent back; a window opened on an interrupted import's workspace
indexes what it left."""

import sqlite3
from dataclasses import replace

from cybertrack.gui.import_flow import ImportResult, ImportWriteJob
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, Workspace
from cybertrack.storage.precedents import RECENT_RUNS
from tests.conftest import SEED


def _runs(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM precedent_runs").fetchone()[0])


def _pending(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM precedent_pending").fetchone()[0])


def _job_after_runs(ws: Workspace) -> ImportWriteJob:
    """`ws` holds two runs more than are kept; the job imports one more copy of the seed."""
    document = read_document(SEED)
    for number in range(RECENT_RUNS + 2):
        ws.apply(ImportDocument(replace(document, content_hash=f"copy-{number}")))
        ws.update_precedent_index(slices=1)  # indexed: a run of its own
    return ImportWriteJob(ws, ImportDocument(replace(document, content_hash="last")))


def test_the_import_job_folds_older_runs_after_sending_its_result(qtbot, tmp_path):
    path = tmp_path / "w.cybertrack"
    document = read_document(SEED)
    with Workspace.open(path) as ws:
        job = _job_after_runs(ws)
        runs_when_sent: list[int] = []

        def sent(result: ImportResult) -> None:
            conn = sqlite3.connect(path)
            runs_when_sent.append((_runs(conn), _pending(conn)))
            conn.close()

        job.signals.done.connect(sent)
        job.run()  # on this thread: the signal is delivered at once
        # The result went out before the document was indexed; then its run was written and
        # the runs beyond the newest folded.
        assert runs_when_sent == [(RECENT_RUNS + 2, 1)]
        assert _runs(ws._store.database.conn) == RECENT_RUNS
        assert _pending(ws._store.database.conn) == 0
        assert ws.precedents(document.items[0].text, 1)[0].paragraph.text == document.items[0].text


def test_a_job_told_to_stop_folds_nothing_more_and_says_it_has_finished(qtbot, tmp_path):
    with Workspace.open(tmp_path / "w.cybertrack") as ws:
        job = _job_after_runs(ws)
        job.stop.set()  # the window closed while the import was being written
        job.run()
        assert job.finished.is_set()
        assert _runs(ws._store.database.conn) == RECENT_RUNS + 2
        assert len(ws.documents()) == RECENT_RUNS + 3  # the import itself is whole
        assert ws.precedent_index_pending()  # its indexing is left for the next time


def test_closing_the_window_waits_for_the_import_jobs(window, qtbot):
    flow = window.import_flow
    flow.preview(SEED.with_name(SEED.name), read_document(SEED))
    qtbot.waitUntil(flow.dialog.import_button.isEnabled, timeout=30000)
    flow.dialog.save()
    jobs = list(flow._jobs)
    assert jobs
    window.close()
    assert all(job.finished.is_set() for job in jobs)


def test_a_window_opened_on_an_interrupted_import_indexes_what_it_left(
    qtbot, tmp_path, private_settings
):
    from cybertrack.gui.main_window import MainWindow

    path = tmp_path / "w.cybertrack"
    document = read_document(SEED)
    with Workspace.open(path) as ws:
        ws.apply(ImportDocument(document))  # stored, its indexing never run (a crash)
    window = MainWindow(Workspace.open(path), private_settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.background.busy(), timeout=10000)
    assert not window.workspace.precedent_index_pending()
    found = window.workspace.precedents(document.items[0].text, 1)
    assert found[0].paragraph.text == document.items[0].text
    window.close()


def test_an_import_applied_in_place_and_its_redo_are_indexed_off_the_window_thread(window, qtbot):
    from cybertrack.services import ImportDocument

    document = read_document(SEED.with_name("library-a-res-74-247-establishing-ahc-cybercrime.txt"))
    draft = document.items[1].text

    def settled() -> bool:
        return not window.background.busy()

    window.commands.execute(ImportDocument(document, library=True))
    qtbot.waitUntil(settled, timeout=10000)
    assert not window.workspace.precedent_index_pending()
    assert window.workspace.precedents(draft, 1)[0].paragraph.text == draft
    window.undo_stack.undo()
    qtbot.waitUntil(settled, timeout=10000)
    assert all(p.paragraph.text != draft for p in window.workspace.precedents(draft, 3))
    window.undo_stack.redo()  # the document comes back queued; the same job indexes it
    qtbot.waitUntil(settled, timeout=10000)
    assert not window.workspace.precedent_index_pending()
    assert window.workspace.precedents(draft, 1)[0].paragraph.text == draft
