"""The link dialog and the delegations view, by keyboard, on the seed and its revision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog

from cybertrack.domain.comparison import LinkState
from cybertrack.domain.positions import Stance
from cybertrack.gui.dialogs.link_dialog import LinkDialog
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.undo import UndoAdapter
from cybertrack.gui.views.delegations_view import DelegationsDialog
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetStance, Workspace
from tests.conftest import DATA


@pytest.fixture
def adapter(seeded: Workspace) -> UndoAdapter:
    seeded.apply(ImportDocument(read_document(DATA / "seed-revised.txt")))
    return UndoAdapter(seeded, WorkspaceEvents(), QUndoStack())


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def test_link_dialog_finds_confirms_rejects_and_repoints_by_keyboard(
    adapter, qtbot, qtmodeltester, monkeypatch
):
    ws = adapter.workspace
    dialog = show(qtbot, LinkDialog(adapter, 1, 2))
    assert dialog.model.rowCount() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_F)  # find candidate links
    assert dialog.model.rowCount() == 36  # 39 old items, 3 dropped; (20) and (21) both -> (20)
    qtmodeltester.check(dialog.model)

    qtbot.keyClick(dialog.table, Qt.Key.Key_C)  # (1) -> (1) confirmed, moves on to (2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R)  # (2) -> (2) rejected
    states = {
        (ws.item(lk.from_item_id).number, ws.item(lk.to_item_id).number): lk.state
        for lk in ws.comparison.links_between(1, 2)
    }
    assert states[("1", "1")] is LinkState.CONFIRMED
    assert states[("2", "2")] is LinkState.REJECTED
    assert dialog.model.index(1, 3).data() == "rejected"

    # Re-point (3) to new (5): the chooser is answered for the test.
    dialog.table.selectRow(2)
    assert "(3) → (3)" in dialog.diff.toPlainText()
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, labels, *_a: (labels[4], True))
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    old3 = ws.resolve_item("1:3")
    got = {ws.item(lk.to_item_id).number: lk.state for lk in ws.comparison.links_of_item(old3)}
    assert got == {"3": LinkState.REJECTED, "5": LinkState.CONFIRMED}
    adapter.stack.undo()
    assert {lk.state for lk in ws.comparison.links_of_item(old3)} == {LinkState.CANDIDATE}


def test_delegations_view_from_the_seeds_participants(adapter, qtbot, qtmodeltester):
    ws = adapter.workspace
    ws.apply(SetStance((ws.resolve_item("1:4"),), Stance.OPPOSE))
    dialog = show(qtbot, DelegationsDialog(adapter, 1))
    assert dialog.model.rowCount() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    names = [d.name for d in dialog.model.delegations]
    assert len(names) == 20 and names[0] == "Group of 77 and China"
    assert dialog.model.columnCount() == 40
    qtmodeltester.check(dialog.model)

    dialog.source.setFocus()
    qtbot.keyClicks(dialog.source, "statement of 28 July, informals")  # digits stay text
    assert dialog.source.text() == "statement of 28 July, informals"
    assert ws.comparison.delegation_stances([i.id for i in ws.items(1)]) == []
    row = {name: i for i, name in enumerate(names)}
    selection = dialog.table.selectionModel()
    # G77 and Russian Federation oppose (4) with us; the United States supports it.
    for name in ("Group of 77 and China", "Russian Federation"):
        selection.select(dialog.model.index(row[name], 4), QItemSelectionModel.SelectionFlag.Select)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)
    selection.clearSelection()
    dialog.table.setCurrentIndex(dialog.model.index(row["United States of America"], 4))
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)

    assert dialog.model.index(row["Group of 77 and China"], 4).data() == "O"
    assert dialog.model.index(row["Group of 77 and China"], 0).data() == "1 / 0"
    assert dialog.model.index(row["United States of America"], 0).data() == "0 / 1"
    text = dialog.who.toPlainText()
    assert "With us: Group of 77 and China, Russian Federation" in text
    assert "Against: United States of America" in text
    four = ws.resolve_item("1:4")
    sources = {s.source for s in ws.comparison.delegation_stances([four])}
    assert sources == {"statement of 28 July, informals"}
    adapter.stack.undo()
    assert dialog.model.index(row["United States of America"], 4).data() == ""
