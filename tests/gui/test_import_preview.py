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
    assert dialog.title_edit.cursorPosition() == 0  # a long title shows its start
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
    qtbot.mouseClick(dialog.review_pane.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.review_pane.all_button, Qt.MouseButton.LeftButton)
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

    def recording(path, **options):
        seen.append(threading.current_thread())
        return real(path, **options)

    monkeypatch.setattr(importers, "read_document", recording)
    dialog = _open(qtbot, adapter, DATA / "a-res-74-247-establishing-ahc-cybercrime.txt")
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    assert seen and seen[0] is not threading.main_thread()


def test_reading_starts_once_the_preview_is_painted(qtbot, adapter, monkeypatch) -> None:
    """A worker running Python makes each call into Python of the window's paint wait its
    turn: the file is read once the preview is on screen."""
    from PySide6.QtCore import QEvent, QObject

    import cybertrack.importers as importers

    order: list[str] = []
    real = importers.read_document

    def recording(path, **options):
        order.append("read")
        return real(path, **options)

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    monkeypatch.setattr(importers, "read_document", recording)
    dialog = ImportPreviewDialog(adapter, DATA / "a-res-74-247-establishing-ahc-cybercrime.txt")
    qtbot.addWidget(dialog)
    paints = Paints()
    dialog.installEventFilter(paints)
    dialog.show()
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    assert order == ["paint", "read"]


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


REPORT = (
    "I. Budget\n\n"
    "1. The Committee notes the proposal. The Committee also notes the revised estimates.\n\n"
    "2. The Committee recommends approval.\n\n"
    "The Committee was informed that three posts are vacant.\n\n"
    "4. The Committee trusts the mission will report.\n"
)


def _report(qtbot, adapter, tmp_path) -> ImportPreviewDialog:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    dialog = _open(qtbot, adapter, path)
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_left_out_text_is_highlighted_where_it_stands_with_the_findings(
    qtbot, adapter, tmp_path
) -> None:
    from tests.gui.accessibility import unnamed_controls

    dialog = _report(qtbot, adapter, tmp_path)
    rows = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert rows[2].startswith("⚠ Left out (under “I. Budget”): The Committee was informed")
    assert dialog.items.item(2).background().color().name() == "#fff3cd"
    findings = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert findings[0].startswith("3 missing between 2 and 4 (under ")
    assert any(f.startswith("text in no item or heading (under ") for f in findings)
    assert "in items or headings" in dialog.details.text()
    assert dialog.count_label.text() == "3 of 3 items will be imported"
    assert unnamed_controls(dialog) == []


def test_the_delegate_makes_the_left_out_text_item_3_by_keyboard(
    qtbot, adapter, tmp_path, monkeypatch
) -> None:
    dialog = _report(qtbot, adapter, tmp_path)
    monkeypatch.setattr(dialog.review_pane, "_ask_number", lambda title, number: number)
    dialog.items.setFocus()
    dialog.items.setCurrentRow(0)
    qtbot.keyClick(dialog.items, Qt.Key.Key_F8)  # next left-out text
    assert dialog.items.currentRow() == 2
    qtbot.keyClick(
        dialog.items,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.items.item(2).text().startswith("3.  The Committee was informed")
    assert dialog.count_label.text() == "4 of 4 items will be imported"
    with qtbot.waitSignal(dialog.imported):
        qtbot.keyClick(dialog.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (row,) = adapter.workspace.documents()
    numbers = [i.number for i in adapter.workspace.items(row.id)]
    assert numbers == ["1", "2", "3", "4"]


def test_merge_split_and_renumber_by_keyboard(qtbot, adapter, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from cybertrack.gui.dialogs import import_rows

    dialog = _report(qtbot, adapter, tmp_path)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    dialog.items.setFocus()
    dialog.items.setCurrentRow(2)
    qtbot.keyClick(dialog.items, Qt.Key.Key_M, control_shift)  # into "2."
    assert dialog.items.count() == 3
    assert dialog.items.item(1).toolTip().endswith("three posts are vacant.")

    def split_at_second_sentence(self) -> QDialog.DialogCode:
        cursor = self.text.textCursor()
        cursor.setPosition(self.text.toPlainText().index("The Committee also"))
        self.text.setTextCursor(cursor)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_rows.SplitDialog, "exec", split_at_second_sentence)
    dialog.items.setCurrentRow(0)
    qtbot.keyClick(dialog.items, Qt.Key.Key_T, control_shift)
    assert dialog.items.item(0).text() == "1.  The Committee notes the proposal."
    assert dialog.items.item(1).text().startswith("1 bis.  The Committee also notes")
    monkeypatch.setattr(dialog.review_pane, "_ask_number", lambda title, number: "3")
    qtbot.keyClick(dialog.items, Qt.Key.Key_F2)
    assert dialog.items.item(1).text().startswith("3.  The Committee also notes")


def test_tracked_changes_choose_the_version_to_import(qtbot, adapter) -> None:
    dialog = _open(qtbot, adapter, DATA / "synthetic-tracked-changes.docx")
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    assert not dialog.revisions_box.isHidden()
    assert dialog.revisions_box.currentData() == "proposed"
    first = dialog.items.item(0)
    assert first.text() == "1.  [changed] States shall cooperate to the widest extent possible."
    assert "Other version: States may cooperate" in first.toolTip()
    assert dialog.items.item(1).text().startswith("2.  [proposed deletion] States should exchange")
    dialog.revisions_box.setCurrentIndex(dialog.revisions_box.findData("original"))
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        dialog.revisions_box.activated.emit(dialog.revisions_box.currentIndex())
    assert (
        dialog.items.item(0).text()
        == "1.  [changed] States may cooperate to the widest extent possible."
    )
    with qtbot.waitSignal(dialog.imported):
        dialog.save()
    (row,) = adapter.workspace.documents()
    stored = adapter.workspace.items(row.id)
    assert stored[0].text == "States may cooperate to the widest extent possible."
    assert stored[0].revision is not None and stored[0].revision.value == "changed"


def test_preview_of_a_meeting_record_names_who_spoke(qtbot, adapter) -> None:
    dialog = _open(qtbot, adapter, DATA / "synthetic-verbatim-record.pdf")
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    assert dialog.items.count() == 9
    assert (
        "Statements by: Russian Federation, Brazil, Haiti, United Kingdom, United States of America"
        in dialog.details.text()
    )
    assert "read as a meeting record: 9 statements by 6 speakers" in dialog.warnings.text()


def test_preview_of_a_committee_draft_names_its_kind_and_sponsors(qtbot, adapter) -> None:
    dialog = _open(qtbot, adapter, DATA / "synthetic-draft-resolution.pdf")
    with qtbot.waitSignal(dialog.parsed, timeout=30000):
        pass
    details = dialog.details.text()
    assert "Kind: Draft resolution" in details
    assert "Sponsors: Algeria, Belarus, Burkina Faso" in details
    assert "Statements by" not in details
