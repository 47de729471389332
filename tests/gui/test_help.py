"""Help: the cheat sheet is generated from the real actions; guide and tips work."""

from PySide6.QtCore import QSettings

from cybertrack.gui.help import GuideDialog, ShortcutsDialog, TipsBanner, shortcut_rows


def test_cheat_sheet_lists_the_window_actions_with_their_keys(window):
    dialog = ShortcutsDialog(window)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Support"] == "1"
    assert rows["Clear stance"] == "0"
    assert rows["Undo"] == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in rows["Redo"]
    assert rows["Keyboard shortcuts"] == "Ctrl+/"
    assert len(rows) == len(shortcut_rows())  # every catalogue entry, each name once


def test_every_menu_action_has_a_shortcut(window):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu():
                continue
            assert not action.shortcut().isEmpty(), action.text()


def test_user_guide_opens_with_its_text(qtbot, window):
    dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Decide a stance on each item" in text
    assert "internal note" in text and "public reason" in text


def test_tips_are_dismissed_for_good(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    banner = TipsBanner(settings)
    qtbot.addWidget(banner)
    assert not banner.isHidden()
    banner.dismiss()
    assert banner.isHidden()
    again = TipsBanner(settings)
    qtbot.addWidget(again)
    assert again.isHidden()


def test_every_picture_the_guide_shows_is_shipped():
    import re
    from importlib.resources import files

    guide = files("cybertrack.resources").joinpath("guide")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.joinpath("user-guide.md").read_text())
    assert pictures
    for name in pictures:
        assert guide.joinpath(name).is_file(), name


def test_no_two_entries_of_a_menu_share_an_alt_letter(window):
    import re

    menus = [a.menu() for a in window.menuBar().actions()]
    menus.append(window.menuBar())
    for menu in menus:
        letters = []
        for action in menu.actions():
            match = re.search(r"&(\w)", action.text())
            if match and action.isVisible():
                letters.append(match.group(1).lower())
        assert len(letters) == len(set(letters)), (menu.title(), letters)
