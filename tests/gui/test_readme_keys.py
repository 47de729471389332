"""The README's keyboard table cannot drift from the menus."""

from PySide6.QtGui import QKeySequence

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_every_menu_shortcut_is_in_the_readme(window):
    def walk(menu):
        for action in menu.actions():
            if action.menu():
                yield from walk(action.menu())
            elif not action.isSeparator():
                yield action

    table = README[README.index("## Keyboard") :]
    for top in window.menuBar().actions():
        for action in walk(top.menu()):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            if not key or key.startswith("Ctrl+Alt+"):  # recent workspaces: "Ctrl+Alt+1 … 8"
                continue
            readable = {"Return": "Enter", "Esc": "Escape"}.get(key, key)
            assert readable in table, f"{action.text()} ({readable}) missing from README"
