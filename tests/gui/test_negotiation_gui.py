"""The negotiation day in the desk: the room column and its chip, the filter, the room as of an
earlier time, capital's instruction and deviations, proposals, and the day's two products."""

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cybertrack.domain.positions import Instruction, RoomStatus, Stance
from cybertrack.gui.models.item_table_model import COL_CAPITAL, COL_ROOM, ItemTableModel
from cybertrack.gui.models.negotiation_columns import ChipRole, RoomChoice
from cybertrack.gui.room import room_name
from cybertrack.services import (
    AddDelegations,
    MakeProposal,
    SetInstruction,
    SetRoomStatus,
    SetStance,
)

ALT = Qt.KeyboardModifier.AltModifier
GENEVA = timezone(timedelta(hours=1))


def at(hour, minute=0):
    """A moment of 27 November 2026 (the seeded workspace's clock reads the 28th)."""
    return datetime(2026, 11, 27, hour, minute, tzinfo=GENEVA)


def ids(ws):
    return [i.id for i in ws.items()]


@pytest.fixture
def day(seeded):
    """(1) pending at 9, agreed at 16; (2) informals at 10; (4) bracketed at 11; capital
    instructs support on (4), where we oppose; India proposes on (4), Brazil supports."""
    n = ids(seeded)
    seeded.apply(SetRoomStatus((n[0],), RoomStatus.PENDING, at(9)))
    seeded.apply(SetRoomStatus((n[0],), RoomStatus.AGREED, at(16), "Chair's text"))
    seeded.apply(SetRoomStatus((n[1],), RoomStatus.INFORMALS, at(10)))
    seeded.apply(SetRoomStatus((n[3],), RoomStatus.BRACKETED, at(11)))
    seeded.apply(SetInstruction((n[3],), Instruction.SUPPORT))
    seeded.apply(SetStance((n[3],), Stance.OPPOSE))
    seeded.apply(AddDelegations((("India", False), ("Brazil", False))))
    india, brazil = (seeded.negotiation.delegation_id(x) for x in ("India", "Brazil"))
    text = seeded.item(n[3]).text
    seeded.apply(
        MakeProposal(n[3], india, text.replace("respected", "honoured"), (brazil,), (), at(15))
    )
    return seeded


def _room_cell(window, number):
    model = window.item_model
    row = model.row_of(window.workspace.resolve_item(f"1:{number}"))
    return model.index(row, COL_ROOM)


def test_the_room_column_shows_a_chip_with_the_word_and_its_time(day, window, qtmodeltester):
    cell = _room_cell(window, "1")
    assert cell.data() == room_name(RoomStatus.AGREED) == "Agreed"
    word, colour = cell.data(ChipRole)
    assert word == "Agreed" and colour.isValid()
    assert "Agreed as of 27 Nov 2026" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert _room_cell(window, "3").data() == "" and _room_cell(window, "3").data(ChipRole) is None
    capital = window.item_model.index(3, COL_CAPITAL)
    assert capital.data() == "≠ Support"  # a deviation, flagged in the list
    assert "Deviation" in capital.data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(window.item_model)


def test_the_room_as_of_the_morning_and_back_to_now(day, window):
    window.items.room_bar.show_as_of(at(12))
    assert _room_cell(window, "1").data() == "Pending"  # agreed only at 16:00
    assert _room_cell(window, "2").data() == "Informals"
    header = window.item_model.headerData(COL_ROOM, Qt.Orientation.Horizontal)
    assert header == "Room (as of)"
    window.items.room_bar.show_as_of(at(9, 30))
    assert _room_cell(window, "4").data() == ""  # not yet bracketed at 9:30
    window.items.room_bar.now_button.click()
    assert _room_cell(window, "1").data() == "Agreed"
    assert window.item_model.headerData(COL_ROOM, Qt.Orientation.Horizontal) == "Room"


def test_the_room_filter_follows_the_time_shown(day, window):
    bar = window.items.room_bar
    bar.room.setCurrentIndex(bar.room.findData(RoomChoice.OPEN.value))
    assert {window.proxy.row_at(r).number for r in range(window.proxy.rowCount())} == {"2", "4"}
    bar.show_as_of(at(12))  # (1) was still pending then
    assert {window.proxy.row_at(r).number for r in range(window.proxy.rowCount())} == {
        "1",
        "2",
        "4",
    }
    bar.room.setCurrentIndex(bar.room.findData(RoomStatus.BRACKETED.value))
    assert [window.proxy.row_at(r).number for r in range(window.proxy.rowCount())] == ["4"]
    window.window_actions["edit.clear_filters"].trigger()
    assert window.proxy.rowCount() == 39


def test_only_deviations_by_keyboard(day, window, qtbot):
    window.window_actions["view.deviations"].trigger()
    assert [window.proxy.row_at(r).number for r in range(window.proxy.rowCount())] == ["4"]
    window.go_to_item(window.workspace.resolve_item("1:4"))
    window.window_actions["stance.support"].trigger()  # back in line with capital
    assert window.proxy.rowCount() == 0


def test_room_keys_set_the_status_of_the_selection_as_one_undo_step(day, window, qtbot):
    window.table.setFocus()
    window.table.selectAll()
    qtbot.keyClick(window.table, Qt.Key.Key_5, ALT)
    assert {i.room_status for i in window.workspace.items()} == {RoomStatus.BRACKETED}
    assert _room_cell(window, "7").data() == "Bracketed"
    window.undo_stack.undo()
    assert window.workspace.item(ids(window.workspace)[0]).room_status is RoomStatus.AGREED
    assert window.workspace.item(ids(window.workspace)[6]).room_status is None


def test_the_panel_shows_room_capital_proposals_and_history(day, window):
    four = window.workspace.resolve_item("1:4")
    window.go_to_item(four)
    panel = window.negotiation.panel
    assert "Bracketed" in panel.room_status.text()
    assert panel.instruction.currentText() == "Support"
    assert panel.deviation.text() == "Deviation: capital instructs Support; our stance is Oppose."
    assert panel.proposals.count() == 1
    assert "India" in panel.proposals.item(0).text()
    assert "Supported by Brazil" in panel.proposals.item(0).text()
    html = panel.redline.toHtml()
    assert "respected" in html and "honoured" in html
    history = [panel.history.item(r).text() for r in range(panel.history.count())]
    assert any("Proposal by India recorded" in line for line in history)
    assert any("Room: Not yet discussed → Bracketed" in line for line in history)


def test_instruction_and_fallback_edits_are_commands_with_undo(day, window):
    five = window.workspace.resolve_item("1:5")
    window.go_to_item(five)
    panel = window.negotiation.panel
    panel.instruction.setCurrentIndex(panel.instruction.findData(Instruction.OPPOSE.value))
    panel.instruction.activated.emit(panel.instruction.currentIndex())
    assert window.workspace.item(five).instruction is Instruction.OPPOSE
    panel.fallback.setPlainText("Delete the paragraph.")
    window.go_to_item(window.workspace.resolve_item("1:6"))  # leaving sends the typing
    assert window.workspace.item(five).fallback == "Delete the paragraph."
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.workspace.item(five).instruction is None


def test_a_proposal_is_withdrawn_and_reinstated_from_its_list(day, window, qtbot):
    four = window.workspace.resolve_item("1:4")
    window.go_to_item(four)
    panel = window.negotiation.panel
    panel.proposals.setFocus()
    panel.proposals.setCurrentRow(0)
    qtbot.keyClick(panel.proposals, Qt.Key.Key_Delete)
    (proposal,) = window.workspace.negotiation.proposals([four])
    assert proposal.withdrawn
    assert panel.proposals.item(0).font().strikeOut()
    assert panel.withdraw_button.text() == "Reinstate"
    panel.withdraw_button.click()
    assert not window.workspace.negotiation.proposals([four])[0].withdrawn


def test_no_proposal_without_known_delegations(seeded, window, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window.window_actions["room.propose"].trigger()
    assert told and "No delegation is known yet" in told[0]


def test_the_dialogs_return_what_was_chosen(day, qapp):
    from cybertrack.gui.dialogs.proposal_dialog import ProposalDialog
    from cybertrack.gui.dialogs.room_status_dialog import RoomStatusDialog

    dialog = RoomStatusDialog(["(1)", "(2)"], RoomStatus.PENDING, at(17, 5))
    dialog.status.setCurrentIndex(dialog.status.findData(RoomStatus.AD_REF.value))
    dialog.note.setText("subject to capital")
    status, when, note = dialog.chosen()
    assert (status, note) == (RoomStatus.AD_REF, "subject to capital")
    assert when == at(17, 5)  # the same moment, whatever the time zone
    item = day.item(day.resolve_item("1:6"))
    delegations = day.comparison.delegations()
    editor = ProposalDialog(item, delegations, when=at(14))
    editor.new_paragraph.setChecked(True)
    assert editor.text.toPlainText() == ""  # a new paragraph starts empty
    editor.text.setPlainText("A new paragraph.")
    editor.supporters.item(1).setCheckState(Qt.CheckState.Checked)
    by, text, supporters, opponents, made, new = editor.chosen()
    assert (text, supporters, opponents, new) == (
        "A new paragraph.",
        (delegations[1].id,),
        (),
        True,
    )
    assert by == delegations[0].id and made == at(14)


def test_the_day_report_dialog_writes_both_products(day, window, tmp_path, qtbot):
    from cybertrack.gui.dialogs.day_report_dialog import DayReportDialog
    from cybertrack.services.day_exports import CAPITAL_REPORT, STATUS_TABLE

    dialog = DayReportDialog(window.workspace, STATUS_TABLE, 1, at(18))
    assert not dialog.day.isVisible() or not dialog.isVisible()
    dialog.output.setText(str(tmp_path / "status.docx"))
    dialog.start()
    qtbot.waitUntil(lambda: (tmp_path / "status.docx").exists() and dialog.buttons.isEnabled())
    assert "Written" in dialog.status.text()
    dialog.product.setCurrentIndex(dialog.product.findData(CAPITAL_REPORT))
    dialog.output.setText(str(tmp_path / "report.pdf"))
    dialog.start()
    assert "name it .docx" in dialog.status.text()  # refused before anything is written


def test_the_model_without_a_window_has_six_columns(qtmodeltester, seeded):
    model = ItemTableModel()
    model.set_rows(seeded.items())
    model.set_room_as_of({}, "27 Nov 2026 12:00")
    assert model.columnCount() == 6
    qtmodeltester.check(model)
    QApplication.processEvents()


def test_a_changed_column_repaints_only_its_visible_strip(day, window, qapp):
    """The as-of view's speed rests on this: a whole column changed repaints that column's
    visible cells, not the whole table (Qt's default for a range)."""
    window.resize(1000, 640)  # (39) is then below the fold
    window.table.scrollToTop()
    qapp.processEvents()
    proxy = window.proxy
    region = window.table._visible_region(proxy.index(0, COL_ROOM), proxy.index(38, COL_ROOM))
    box = region.boundingRect()
    assert box.x() == window.table.columnViewportPosition(COL_ROOM)
    assert box.width() == window.table.columnWidth(COL_ROOM)
    assert box.height() <= window.table.viewport().height() + window.table.rowHeight(0)
    assert window.table.rowViewportPosition(38) > window.table.viewport().height()
    hidden = window.table._visible_region(proxy.index(37, COL_ROOM), proxy.index(38, COL_ROOM))
    assert hidden.isEmpty()  # nothing to repaint for rows out of sight


def test_sorted_by_the_room_the_order_follows_the_time_shown(day, window):
    window.table.sortByColumn(COL_ROOM, Qt.SortOrder.AscendingOrder)
    first = window.proxy.row_at(0)
    assert first.number == "1"  # agreed sorts first (settled before open)
    window.items.room_bar.show_as_of(at(12))  # (1) was pending then, (2) in informals
    numbers = [window.proxy.row_at(r).number for r in range(3)]
    assert numbers == ["1", "2", "4"]  # pending, informals, bracketed: the order of the statuses
    window.items.room_bar.show_as_of(at(9, 30))
    assert window.proxy.row_at(0).number == "1"  # only (1) was discussed by 9:30
    assert [window.proxy.row_at(r).number for r in range(1, 3)] == ["2", "3"]
