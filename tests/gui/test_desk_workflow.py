"""A delegate's evening, by keyboard only: tag, find, filter, bulk-tag, undo, restart."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cybertrack.domain.positions import Stance
from cybertrack.gui.main_window import MainWindow
from cybertrack.services import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYS = {"1": Qt.Key.Key_1, "2": Qt.Key.Key_2, "3": Qt.Key.Key_3, "0": Qt.Key.Key_0}


def stances(workspace):
    return {i.number: i.stance for i in workspace.items()}


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    """Send a key to whatever has the keyboard focus, as a real keyboard would."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def test_the_whole_seed_is_tagged_without_the_mouse(window, qtbot):
    window.table.setFocus()
    cycle = "123"
    for turn in range(39):
        press(qtbot, KEYS[cycle[turn % 3]])
        press(qtbot, Qt.Key.Key_N)  # next undecided
    found = stances(window.workspace)
    assert all(found[str(n)] is not None for n in range(1, 40))
    assert found["1"] is Stance.SUPPORT and found["2"] is Stance.OPPOSE
    assert found["39"] is Stance.AMEND
    assert "39 of 39 decided · 13 support · 13 oppose · 13 amend" in window.progress_label.text()
    assert window.statusBar().currentMessage() == "Every item shown has a stance."


def test_next_undecided_skips_decided_items_and_wraps(window, qtbot):
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_J)
    press(qtbot, Qt.Key.Key_1)  # (2) support
    press(qtbot, Qt.Key.Key_K)  # back to (1)
    press(qtbot, Qt.Key.Key_N)
    assert window.detail.item.number == "3"
    for _ in range(36):
        press(qtbot, Qt.Key.Key_Down)
    assert window.detail.item.number == "39"
    press(qtbot, Qt.Key.Key_N)
    assert window.detail.item.number == "1"


def test_escape_from_the_find_box_returns_to_the_list(window, qtbot):
    press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.filter_bar.search, "states")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.table.hasFocus()
    assert window.filter_bar.query() == "states"


def test_note_by_enter_then_escape_back_to_the_list(window, qtbot):
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.detail.note.hasFocus()
    qtbot.keyClicks(window.detail.note, "Ask capital 2")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.table.hasFocus()
    assert window.workspace.items()[0].note == "Ask capital 2"
    assert window.workspace.items()[0].stance is None  # the digit was text, not a stance
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert window.detail.amendment.hasFocus()


def test_find_budapest_filter_bulk_tag_undo_redo_and_restart(
    window, qtbot, private_settings, seeded
):
    document_id = seeded.documents()[0].id
    budapest = set(seeded.search("Budapest", document_id) or [])
    assert budapest

    window.table.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert window.filter_bar.search.hasFocus()
    qtbot.keyClicks(window.filter_bar.search, "Budapest")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == len(budapest))
    shown = {window.proxy.row_at(r).id for r in range(window.proxy.rowCount())}
    assert shown == budapest
    # The match is highlighted in the detail once the table is painted.
    qtbot.waitUntil(lambda: ">Budapest</span>" in window.detail.text.toHtml())
    press(qtbot, Qt.Key.Key_Return)  # Enter in the find box goes on to the results
    assert window.table.hasFocus()
    press(qtbot, Qt.Key.Key_3)
    assert all(seeded.item(i).stance is Stance.AMEND for i in budapest)

    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)  # clear every filter in one go
    assert window.proxy.rowCount() == 39 and window.filter_bar.query() == ""

    press(qtbot, Qt.Key.Key_U, CTRL | SHIFT)  # only undecided items
    undecided = 39 - len(budapest)
    assert window.proxy.rowCount() == undecided
    window.table.go_to_row(0)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down, SHIFT)
    press(qtbot, Qt.Key.Key_2)  # four items, one command
    assert window.proxy.rowCount() == undecided - 4
    assert window.table.currentIndex().isValid()  # the cursor stays in the list
    assert window.undo_stack.count() == 2
    opposed = {n for n, s in stances(seeded).items() if s is Stance.OPPOSE}
    assert len(opposed) == 4

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert not any(s is Stance.OPPOSE for s in stances(seeded).values())
    assert window.proxy.rowCount() == undecided
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert {n for n, s in stances(seeded).items() if s is Stance.OPPOSE} == opposed

    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    window.go_to_item(max(budapest))
    assert window.detail.history.count() == 1
    assert window.detail.history.item(0).text().endswith("Undecided → Amend")
    before = stances(seeded)
    path = seeded.path
    window.close()

    with Workspace.open(path) as reopened:
        again = MainWindow(reopened, private_settings)
        qtbot.addWidget(again)
        again.show()
        assert stances(reopened) == before
        assert again.detail.item.id == max(budapest)  # back where the delegate left off
        assert again.windowTitle().endswith(str(path))
        assert str(path.resolve()) == str(private_settings.last_workspace())
        again.close()
