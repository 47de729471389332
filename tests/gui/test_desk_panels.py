"""The detail panel's live redline and history, and File > New / Open / Save a copy / Recent."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cybertrack.domain.model import HistoryRow
from cybertrack.domain.positions import Stance
from cybertrack.gui.dates import local_stamp
from cybertrack.services import SetStance, Workspace


def test_redline_follows_typing_before_anything_is_saved(window, qtbot):
    window.focus_amendment(from_original=False)  # Ctrl+Shift+M: an empty box
    original = window.detail.item.text
    first_word = original.split()[0]
    qtbot.keyClicks(window.detail.amendment, f"{first_word} Nations")
    html = window.detail.redline.toHtml()
    assert "Nations" in html and "line-through" in html and "underline" in html
    assert window.workspace.items()[0].amendment == ""  # still typing: not yet committed
    window.detail.flush()
    assert window.workspace.items()[0].amendment == f"{first_word} Nations"
    window.detail.amendment.clear()
    assert window.detail.redline.toPlainText() == ""
    assert window.detail.redline.isHidden()  # no wording, no changes to show


def test_ctrl_m_amends_from_the_original_and_an_unchanged_copy_is_not_stored(window, qtbot):
    window.table.setFocus()
    original = window.detail.item.text
    qtbot.keyClick(window.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    editor = window.detail.amendment
    assert editor.hasFocus() and editor.toPlainText() == original
    assert editor.textCursor().position() == 0
    assert "No change from the original" in window.detail.redline.toPlainText()
    window.detail.flush()
    assert window.workspace.items()[0].amendment == ""  # left as it was: nothing stored
    assert window.undo_stack.count() == 0
    # Change two words of the original, as in Word's review: the rest stays.
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # the final full stop
    qtbot.keyClicks(editor, " without delay.")
    window.detail.flush()
    stored = window.workspace.items()[0].amendment
    assert stored == original[:-1] + " without delay."
    assert "without" in window.detail.redline.toPlainText()
    assert window.undo_stack.undoText() == "Edit the amendment of (1)"
    assert window.undo_action.text() == "&Undo: Edit the amendment of (1)"
    # Ctrl+M again keeps the wording written; Ctrl+Shift+M starts over from an empty box.
    window.focus_table()
    qtbot.keyClick(window.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == stored
    window.focus_amendment(from_original=False)
    assert editor.toPlainText() == ""


def test_the_item_text_is_selected_and_copied_by_keyboard(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    text = window.detail.text
    assert text.hasFocus()
    for _ in range(2):
        qtbot.keyClick(
            text,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
        )
    qtbot.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied.strip() and window.detail.item.text.startswith(copied.strip())


def test_history_lists_changes_newest_first_in_local_time(window, seeded):
    item = window.detail.item
    window.commands.execute(SetStance((item.id,), Stance.OPPOSE))
    window.commands.execute(SetStance((item.id,), Stance.AMEND))
    texts = [window.detail.history.item(i).text() for i in range(window.detail.history.count())]
    assert texts[0].endswith("Oppose → Amend") and texts[1].endswith("Undecided → Oppose")
    stamp = seeded.history(item.id)[0].changed_at
    local = datetime.fromisoformat(stamp).astimezone().strftime("%-d %b %Y %H:%M")
    assert texts[1].startswith(local)


def test_local_stamp_reads_utc_stamps_and_leaves_odd_ones():
    stamp = datetime(2026, 1, 2, 3, 4, tzinfo=UTC).isoformat()
    assert local_stamp(stamp) == datetime(2026, 1, 2, 3, 4, tzinfo=UTC).astimezone().strftime(
        "%-d %b %Y %H:%M"
    )
    assert local_stamp("yesterday") == "yesterday"
    assert HistoryRow(1, None, Stance.SUPPORT, stamp).new is Stance.SUPPORT


def test_new_open_save_copy_and_recent(window, tmp_path, monkeypatch, private_settings):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    first = window.workspace
    first_path = first.path
    first_item = first.items()[0].id
    window.commands.execute(SetStance((first_item,), Stance.SUPPORT))

    copy = tmp_path / "copy.cybertrack"
    assert window.files.save_copy_to(copy)
    assert "Saved a copy" in window.statusBar().currentMessage()

    fresh = tmp_path / "fresh.cybertrack"
    assert window.files.open_path(fresh, new=True)
    assert window.workspace.path == fresh and window.workspace is not first
    assert window.item_model.rowCount() == 0
    assert window.items.stack.currentWidget() is window.items.empty_state
    assert "Import a document" in window.items.empty_state.text()
    assert window.undo_stack.count() == 0  # the old workspace's history ended with it
    assert window.windowTitle().endswith("fresh.cybertrack")

    assert window.files.open_path(copy)
    assert window.workspace.item(first_item).stance is Stance.SUPPORT
    recent = private_settings.recent_workspaces()
    assert recent[:3] == [copy.resolve(), fresh.resolve(), first_path.resolve()]

    assert not window.files.open_path(tmp_path / "missing.cybertrack")
    assert not window.files.open_path(fresh, new=True)
    assert not window.files.save_copy_to(window.workspace.path)
    assert len(warnings) == 3 and "does not exist" in warnings[0]
    assert window.workspace.path == copy  # failures changed nothing
    window.files._fill_recent()
    names = [a.text() for a in window.files.recent_menu.actions()]
    assert names == ["&1 fresh.cybertrack", f"&2 {first_path.name}"]
    assert all(a.shortcut().toString() for a in window.files.recent_menu.actions())
    with Workspace.open(first_path) as again:
        assert again.item(first_item).stance is Stance.SUPPORT


def test_every_menu_action_has_a_shortcut(window):
    def walk(menu):
        for action in menu.actions():
            if action.menu():
                yield from walk(action.menu())
            elif not action.isSeparator() and action.text() != "No other workspace yet":
                yield action

    checked = 0
    for top in window.menuBar().actions():
        for action in walk(top.menu()):
            assert not action.shortcut().isEmpty(), action.text()
            checked += 1
    assert checked >= 20


def test_layout_is_remembered(window, qtbot, seeded, private_settings):
    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.models.item_table_model import COL_NUMBER

    window.resize(window.width(), 720)  # the offscreen screen is 800 x 800
    window.table.horizontalHeader().resizeSection(COL_NUMBER, 91)
    window.table.sortByColumn(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    splitter_state = window.splitter.saveState()
    window.close()
    assert private_settings.splitter() == splitter_state
    again = MainWindow(seeded, private_settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.height() == 720
    assert again.table.horizontalHeader().sectionSize(COL_NUMBER) == 91
    assert again.proxy.row_at(0).number == "39"  # sorted as left


def test_the_last_workspace_reopens_unless_one_is_named(tmp_path, private_settings):
    from cybertrack.gui.app import choose_workspace

    default = tmp_path / "default.cybertrack"
    assert choose_workspace(default, private_settings, explicit=False) == default
    last = tmp_path / "last.cybertrack"
    Workspace.open(last).close()
    private_settings.remember_workspace(last)
    assert choose_workspace(default, private_settings, explicit=False) == last.resolve()
    assert choose_workspace(default, private_settings, explicit=True) == default
    last.unlink()
    assert choose_workspace(default, private_settings, explicit=False) == default


def test_the_number_column_fits_labels_that_keep_their_word(qtbot, tmp_path, private_settings):
    # Regulation 1.1 and rule 1.1 are told apart by their word: the column shows both whole.
    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.models.item_table_model import COL_NUMBER
    from cybertrack.importers import parse_bytes
    from cybertrack.services import ImportDocument
    from tests.unit.test_regulations_and_roman_articles import STAFF

    workspace = Workspace.open(tmp_path / "staff.cybertrack")
    workspace.apply(ImportDocument(parse_bytes(STAFF.encode(), "staff.txt")))
    win = MainWindow(workspace, private_settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    shown = [win.proxy.index(r, COL_NUMBER).data() for r in range(2)]
    assert shown == ["Regulation 1.1", "Rule 1.1"]
    advance = win.table.fontMetrics().horizontalAdvance("Regulation 1.1")
    assert win.table.horizontalHeader().sectionSize(COL_NUMBER) >= advance + 24
