"""The comparison view and the carry-over review, driven as a delegate would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from cybertrack.domain.positions import Field, Stance
from cybertrack.gui.dialogs.carry_dialog import COL_CARRY, CarryOverDialog
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.undo import UndoAdapter
from cybertrack.gui.views.comparison_view import ComparisonDialog
from cybertrack.importers import read_document
from cybertrack.services import Batch, ImportDocument, LinkDocuments, SetField, SetStance, Workspace
from cybertrack.services.comparison import RowFlag
from tests.conftest import DATA


@pytest.fixture
def revised(seeded: Workspace) -> Workspace:
    seeded.apply(ImportDocument(read_document(DATA / "seed-revised.txt")))
    seeded.apply(LinkDocuments(1, 2))
    r = seeded.resolve_item
    seeded.apply(
        Batch(
            (
                SetStance((r("1:4"),), Stance.OPPOSE),
                SetField(r("1:4"), Field.NOTE, "Sovereignty first"),
                SetStance((r("1:10"), r("1:1")), Stance.SUPPORT),
                SetStance((r("1:20"), r("1:21")), Stance.AMEND),
            )
        )
    )
    return seeded


@pytest.fixture
def adapter(revised: Workspace, qtbot) -> UndoAdapter:
    return UndoAdapter(revised, WorkspaceEvents(), QUndoStack())


def test_carry_dialog_carries_only_the_ticked_rows_as_one_undo_step(adapter, qtbot, qtmodeltester):
    ws = adapter.workspace
    dialog = CarryOverDialog(adapter, 1, 2)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    qtmodeltester.check(dialog.model)
    rows = {(p.source.number, p.target.number): i for i, p in enumerate(dialog.model.proposals)}
    assert set(rows) == {("1", "1"), ("4", "4"), ("10", "11"), ("20", "20"), ("21", "20")}
    ticked = {k for k, i in rows.items() if i in dialog.model.accepted}
    assert ticked == {("1", "1"), ("4", "4"), ("10", "11")}  # merged conflict left to the user
    assert "text changed since you decided" in dialog.model.index(rows[("4", "4")], 4).data()
    assert dialog.dropped.count() == 3 and dialog.new_items.count() == 2

    # Untick (1) by keyboard (Space), select (4) and see its word diff.
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(rows[("1", "1")], COL_CARRY))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert rows[("1", "1")] not in dialog.model.accepted
    dialog.table.selectRow(rows[("4", "4")])
    assert "competent authorities" in dialog.diff.toPlainText()

    undo_steps = adapter.stack.count()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    decided = {i.number: i.stance for i in ws.items(2) if i.stance}
    assert decided == {"4": Stance.OPPOSE, "11": Stance.SUPPORT}
    assert ws.item(ws.resolve_item("2:4")).note == "Sovereignty first"
    assert adapter.stack.count() == undo_steps + 1
    adapter.stack.undo()
    assert not any(i.stance for i in ws.items(2))


def test_comparison_view_filters_and_shows_texts_side_by_side(adapter, qtbot, qtmodeltester):
    dialog = ComparisonDialog(adapter.workspace, adapter.events, [1, 2])
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    assert dialog.model.columnCount() == 2
    assert dialog.proxy.rowCount() == 40

    dialog.filter_boxes[RowFlag.DROPPED].setChecked(True)
    dropped = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert [text.split()[0] for text in dropped] == ["(8)", "(37)", "(39)"]
    assert dialog.proxy.index(0, 1).data() == "— dropped"
    dialog.filter_boxes[RowFlag.NEW].setChecked(True)
    assert dialog.proxy.rowCount() == 5
    assert "5 of 40 rows" in dialog.count_label.text()
    dialog.filter_boxes[RowFlag.DROPPED].setChecked(False)
    dialog.filter_boxes[RowFlag.NEW].setChecked(False)
    dialog.filter_boxes[RowFlag.TEXT_CHANGED].setChecked(True)
    changed = [dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())]
    assert [c.split()[0] for c in changed] == ["(4)", "(13)", "(20)", "(24)", "(32)"]
    assert all("text changed" in c for c in changed)

    dialog.table.selectRow(0)  # (4)
    old_text, new_text = (b.toPlainText() for b in dialog.browsers)
    assert "without prior consent of that country" in old_text
    assert "the competent authorities of" in new_text
    assert '<span style="color:#1b5e20' in dialog.browsers[1].toHtml().replace("'", '"') or (
        "text-decoration" in dialog.browsers[1].toHtml()
    )


def test_comparison_view_follows_undoable_changes(adapter, qtbot):
    dialog = ComparisonDialog(adapter.workspace, adapter.events, [1, 2])
    qtbot.addWidget(dialog)
    dialog.filter_boxes[RowFlag.STANCE_CHANGED].setChecked(True)
    assert dialog.proxy.rowCount() == 0
    adapter.execute(SetStance((adapter.workspace.resolve_item("2:11"),), Stance.OPPOSE))
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 1).data() == "(11)  Oppose  · stance changed"
    adapter.stack.undo()
    assert dialog.proxy.rowCount() == 0
