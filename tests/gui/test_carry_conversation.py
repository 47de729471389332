"""Carry-over as a conversation: the offer after an import, the review, what was done, the
"recheck" marks and the history that says where a position came from."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cybertrack.domain.positions import Stance
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetStance
from tests.conftest import DATA


def test_import_offer_review_carry_recheck_and_undo(window, qtbot, monkeypatch):
    ws = window.workspace
    window.commands.execute(SetStance((ws.resolve_item("1:4"),), Stance.OPPOSE))
    window.commands.execute(SetStance((ws.resolve_item("1:10"),), Stance.SUPPORT))
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    # The version is found off the GUI thread; the offer waits in a bar above the desk.
    qtbot.waitUntil(window.carry_prompt.isVisible, timeout=30000)
    prompt = window.carry_prompt
    assert "2 of your positions" in prompt.text.text()
    # (4) was reworded in the revision; (10) is unchanged there, renumbered (11).
    assert "1 of them onto a text that has changed" in prompt.text.text()
    assert "Review carrying 2 positions" in prompt.action_button.text()

    def carry_all(dialog):  # the review, answered: carry what is ticked
        dialog.carry()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", carry_all)
    qtbot.mouseClick(prompt.action_button, Qt.MouseButton.LeftButton)
    # The versions are linked off the GUI thread first; the review opens when they are.
    assert window.background.busy()
    assert "Linking the two versions" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "Carried 2 positions to" in prompt.text.text(), timeout=30000)

    # It says what it did, and everything shows it at once.
    assert "Carried 2 positions to" in prompt.text.text()
    assert "1 marked to recheck" in prompt.text.text()
    assert "carried 2 positions" in window.statusBar().currentMessage()
    assert window.current_document_id() == 2
    node = window.navigator_model.document_index(2)
    assert node.data().endswith("(2/37)")
    four = ws.resolve_item("2:4")
    assert ws.item(four).stance is Stance.OPPOSE and ws.item(four).recheck
    eleven = ws.resolve_item("2:11")
    assert ws.item(eleven).stance is Stance.SUPPORT and not ws.item(eleven).recheck
    (entry,) = ws.history(four)
    assert entry.carried_from is not None and entry.carried_from.item_label == "(4)"
    window.go_to_item(four)
    assert window.detail.recheck_note.isVisible()
    assert "Carried from Draft report" in window.detail.recheck_note.text()
    assert "carried from" in window.detail.history.item(0).text()

    # "Show the 1 to recheck", then Ctrl+K: looked at again.
    assert "Show the 1 to recheck" in prompt.action_button.text()
    qtbot.mouseClick(prompt.action_button, Qt.MouseButton.LeftButton)
    assert window.filter_bar.recheck.isChecked() and window.proxy.rowCount() == 1
    window.table.selectAll()
    qtbot.keyClick(window.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not ws.item(four).recheck
    assert window.proxy.rowCount() == 0  # nothing left to recheck
    assert ws.item(four).stance is Stance.OPPOSE  # checking changes no decision

    # Undo twice: the carry goes, its history entries stay, marked undone.
    window.undo_stack.undo()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.background.busy())
    assert ws.item(four).stance is None
    (entry,) = ws.history(four)
    assert entry.undone
    assert window.navigator_model.document_index(2).data().endswith("(0/37)")


def test_setting_a_stance_clears_the_recheck_mark(window, qtbot):
    from cybertrack.services import CarryPositions

    ws = window.workspace
    window.commands.execute(SetStance((ws.resolve_item("1:4"),), Stance.OPPOSE))
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    four = ws.resolve_item("2:4")
    window.commands.execute(CarryPositions(((ws.resolve_item("1:4"), four),)))
    assert ws.item(four).recheck
    window.go_to_item(four)
    assert "↻" in window.item_model.data(window.item_model.index(window.item_model.row_of(four), 3))
    qtbot.keyClick(window.table, Qt.Key.Key_3)
    assert ws.item(four).stance is Stance.AMEND and not ws.item(four).recheck
    assert window.detail.checked_button.isHidden()
