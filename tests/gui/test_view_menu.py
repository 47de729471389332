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
    assert found["Delegations…"].shortcut().toString() == "Ctrl+Shift+D"
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    found["Compare documents…"].trigger()
    assert told and "second version" in told[0]


def test_view_menu_opens_each_screen_on_the_current_pair(window, monkeypatch, qtbot):
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    opened = []

    def fake_exec(dialog):
        opened.append(type(dialog).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    for count, name in enumerate(
        (
            "Compare documents…",
            "Links between versions…",
            "Carry positions to the new version…",
            "Delegations…",
        ),
        start=1,
    ):
        actions(window)[name].trigger()
        # The carry-over review opens once the versions are linked, off the GUI thread.
        qtbot.waitUntil(lambda count=count: len(opened) == count, timeout=30000)
    assert opened == ["ComparisonDialog", "LinkDialog", "CarryOverDialog", "DelegationsDialog"]
    # Opening the carry-over found the candidate links (one undo step).
    assert window.workspace.comparison.links_between(1, 2)


def test_a_new_version_of_an_undecided_text_offers_nothing(window, qtbot):
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    assert window.version_watch.busy()  # looking, in a worker process
    qtbot.waitUntil(lambda: not window.version_watch.busy(), timeout=60000)
    assert window.carry_prompt.isHidden()


def test_the_offer_names_the_earlier_version(window, qtbot):
    from cybertrack.domain.positions import Stance
    from cybertrack.services import SetStance

    window.commands.execute(SetStance((window.workspace.resolve_item("1:4"),), Stance.OPPOSE))
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    qtbot.waitUntil(window.carry_prompt.isVisible, timeout=60000)
    said = window.carry_prompt.text.text()
    assert "new version of Draft report" in said and "1 of your positions" in said


def test_the_status_bar_says_what_we_said_last_time(window, qtbot):
    from cybertrack.domain.positions import Stance
    from cybertrack.services import LinkDocuments, SetStance

    ws = window.workspace
    window.commands.execute(SetStance((ws.resolve_item("1:4"),), Stance.OPPOSE))
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    window.commands.execute(LinkDocuments(1, 2))
    window.navigator.setCurrentIndex(window.navigator_model.document_index(2))  # the revision
    window.move_by(3)  # its item (4)
    assert window.detail.item.number == "4"
    message = window.statusBar().currentMessage()
    assert "Last time, in Draft report, addendum: International cooperation (4): Oppose" in message
    assert "text changed since" in message
