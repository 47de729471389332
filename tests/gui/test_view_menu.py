"""The View menu opens the comparison screens with their shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from cybertrack.importers import read_document
from cybertrack.services import ImportDocument
from tests.conftest import DATA


def actions(window):
    return {a.text().replace("&", ""): a for a in window.findChildren(QAction)}


def test_view_menu_has_shortcuts_and_needs_two_versions(window, monkeypatch):
    found = actions(window)
    assert found["Compare documents…"].shortcut().toString() == "Ctrl+Shift+C"
    assert found["Links between versions…"].shortcut().toString() == "Ctrl+L"
    assert found["Carry positions to the new version…"].shortcut().toString() == "Ctrl+Shift+V"
    assert found["Delegations…"].shortcut().toString() == "Ctrl+D"
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    found["Compare documents…"].trigger()
    assert told and "second version" in told[0]


def test_view_menu_opens_each_screen_on_the_current_pair(window, monkeypatch):
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    opened = []

    def fake_exec(dialog):
        opened.append(type(dialog).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    for name in (
        "Compare documents…",
        "Links between versions…",
        "Carry positions to the new version…",
        "Delegations…",
    ):
        actions(window)[name].trigger()
    assert opened == ["ComparisonDialog", "LinkDialog", "CarryOverDialog", "DelegationsDialog"]
    # Opening the carry-over found the candidate links (one undo step).
    assert window.workspace.comparison.links_between(1, 2)
