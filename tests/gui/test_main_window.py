"""The main window driven by keyboard, as a delegate works."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cybertrack.domain.positions import Stance
from cybertrack.gui.models.item_table_model import COL_STANCE, ItemTableModel


def stances(window):
    return {i.number: i.stance for i in window.workspace.items()}


def test_opens_on_the_first_item_of_the_seed(window):
    assert window.item_model.rowCount() == 39
    assert window.detail.item.number == "1"
    assert "0 of 39 decided" in window.progress_label.text()


def test_tag_three_by_keyboard_undo_one(window, qtbot):
    table = window.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_1)  # (1) support
    qtbot.keyClick(table, Qt.Key.Key_J)
    qtbot.keyClick(table, Qt.Key.Key_2)  # (2) oppose
    qtbot.keyClick(table, Qt.Key.Key_J)
    qtbot.keyClick(table, Qt.Key.Key_3)  # (3) amend
    found = stances(window)
    assert (found["1"], found["2"], found["3"]) == (Stance.SUPPORT, Stance.OPPOSE, Stance.AMEND)
    assert "3 of 39 decided · 1 support · 1 oppose · 1 amend" in window.progress_label.text()

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stances(window)["3"] is None
    assert window.item_model.data(window.item_model.index(2, COL_STANCE)) == "Undecided"

    qtbot.keyClick(
        table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stances(window)["3"] == Stance.AMEND
    qtbot.keyClick(table, Qt.Key.Key_0)
    assert stances(window)["3"] is None


def test_note_is_saved_and_consecutive_edits_are_one_undo_step(window, qtbot):
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.detail.note.hasFocus()
    qtbot.keyClicks(window.detail.note, "Capital")
    qtbot.wait(600)
    qtbot.keyClicks(window.detail.note, " agrees")
    window.detail.flush()
    item = window.workspace.items()[0]
    assert item.note == "Capital agrees"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.workspace.items()[0].note == ""
    assert window.detail.note.toPlainText() == ""


def test_typing_digits_in_the_note_does_not_change_the_stance(window, qtbot):
    window.focus_note()
    qtbot.keyClicks(window.detail.note, "12 items")
    window.detail.flush()
    assert window.workspace.items()[0].stance is None
    assert window.workspace.items()[0].note == "12 items"


def test_bulk_stance_on_a_selection_is_one_undo_step(window, qtbot):
    window.table.selectRow(0)
    for _ in range(4):
        qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_1)
    found = stances(window)
    assert [found[str(n)] for n in range(1, 6)] == [Stance.SUPPORT] * 5
    window.undo_stack.undo()
    assert all(v is None for v in stances(window).values())


def test_item_model_passes_qtmodeltester(qtmodeltester, seeded):
    model = ItemTableModel()
    model.set_rows(seeded.items())
    qtmodeltester.check(model)


def test_screenshot_renders(window, tmp_path):
    path = tmp_path / "main.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
    QApplication.processEvents()


def test_another_item_opens_at_the_top_of_the_detail_panel(window, qtbot):
    # The panel kept its scroll position: the next item's heading showed, its text and stance
    # buttons were scrolled out of sight.
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    bar = window.detail.body.verticalScrollBar()
    window.table.setFocus()
    bar.setValue(bar.maximum())
    assert bar.maximum() > 0 and bar.value() > 0
    qtbot.keyClick(window.table, Qt.Key.Key_J)  # the next item
    assert window.detail.item.number == "2"
    assert bar.value() == 0
