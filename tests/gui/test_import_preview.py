"""The import preview: parse off the GUI thread, edit, untick, save as one undo step."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QUndoStack

from cybertrack.gui.dialogs.import_preview import ImportPreviewDialog
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.undo import UndoAdapter
from tests.conftest import DATA


@pytest.fixture
def adapter(qtbot, workspace):
    events = WorkspaceEvents()
    stack = QUndoStack()
    return UndoAdapter(workspace, events, stack)


def _open(qtbot, adapter, path: Path) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(adapter, path)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_metadata_and_items_then_saves_one_undo_step(qtbot, adapter) -> None:
    dialog = _open(qtbot, adapter, DATA / "A_80_604_Add.3.docx")
    assert not dialog.import_button.isEnabled()  # nothing to import while reading
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    assert dialog.items.count() == 37
    assert dialog.symbol_edit.text() == "A/80/604/Add.3"
    assert "General Assembly" in dialog.details.text()
    assert "DOCX" in dialog.details.text()
    assert dialog.progress.isHidden()
    dialog.items.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.items.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.count_label.text() == "35 of 37 items will be imported"
    dialog.title_edit.setText("MINURSO budget: ACABQ")
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    workspace = adapter.workspace
    (row,) = workspace.documents()
    assert (row.title, row.symbol, row.item_count) == (
        "MINURSO budget: ACABQ",
        "A/80/604/Add.3",
        35,
    )
    assert [i.number for i in workspace.items(row.id)][:2] == ["3", "4"]
    assert adapter.stack.count() == 1
    adapter.stack.undo()
    assert workspace.documents() == []


def test_untick_all_disables_import(qtbot, adapter) -> None:
    dialog = _open(qtbot, adapter, DATA / "a-res-74-247-establishing-ahc-cybercrime.txt")
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert dialog.count_label.text() == "23 of 23 items will be imported"  # PP1-17, 1-6


def test_a_bad_file_says_why_and_imports_nothing(qtbot, adapter, tmp_path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("1. hello\n", encoding="utf-8")
    dialog = _open(qtbot, adapter, fake)
    with qtbot.waitSignal(dialog.failed, timeout=30000) as blocker:
        pass
    assert "not a real PDF" in blocker.args[0]
    assert "not a real PDF" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    dialog.save()
    assert adapter.workspace.documents() == []


def test_dropping_a_file_on_the_main_window_opens_the_preview(qtbot, window) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "A_80_590.docx"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    dialog = window.import_flow.dialog
    assert isinstance(dialog, ImportPreviewDialog)
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    assert dialog.items.count() == 79
    before = len(window.workspace.documents())
    with qtbot.waitSignal(window.import_flow.shown, timeout=30000):
        dialog.save()  # written on a worker thread: the window stays free meanwhile
    assert len(window.workspace.documents()) == before + 1
    assert "A/80/590" in window.statusBar().currentMessage()
    # The window shows the new document at once, its rows read by the worker.
    assert window.current_document_id() == window.workspace.documents()[-1].id
    assert window.item_model.rowCount() == 79
    assert window.undo_stack.count() == 1


def test_parsing_runs_off_the_gui_thread(qtbot, adapter, monkeypatch) -> None:
    import threading

    import cybertrack.importers as importers

    seen: list[threading.Thread] = []
    real = importers.read_document

    def recording(path):
        seen.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(importers, "read_document", recording)
    dialog = _open(qtbot, adapter, DATA / "a-res-74-247-establishing-ahc-cybercrime.txt")
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    assert seen and seen[0] is not threading.main_thread()


def test_cancelling_while_reading_leaves_the_workspace_alone(qtbot, adapter) -> None:
    from PySide6.QtCore import QThreadPool

    dialog = _open(qtbot, adapter, DATA / "A_81_6_Sect.16.pdf")
    dialog.reject()
    assert QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)  # let the late result arrive and be ignored
    assert adapter.workspace.documents() == []
    assert adapter.stack.count() == 0


def test_an_adopted_resolution_is_offered_for_the_library_a_report_is_not(qtbot, adapter) -> None:
    dialog = _open(qtbot, adapter, DATA / "a-res-74-247-establishing-ahc-cybercrime.txt")
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    assert dialog.library_box.isChecked()  # A/RES/74/247: agreed language, a reference
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (row,) = adapter.workspace.documents()
    assert row.library and row.adopted

    report = _open(qtbot, adapter, DATA / "A_80_604_Add.3.docx")
    with qtbot.waitSignal(report.parsed, timeout=30000):
        pass
    assert not report.library_box.isChecked()  # a report to take positions on
    report.library_box.setChecked(True)  # ... unless the delegate keeps it as a reference
    with qtbot.waitSignal(report.imported):
        qtbot.mouseClick(report.import_button, Qt.MouseButton.LeftButton)
    assert all(d.library for d in adapter.workspace.documents())
