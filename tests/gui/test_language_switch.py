"""One language throughout: the switch without a restart, messages, dates and digits, exports."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from cybertrack.domain.positions import Stance
from cybertrack.gui.i18n import install_language
from cybertrack.gui.language_switch import switch_language
from cybertrack.services import SetStance


@pytest.fixture
def english_after(qapp):
    yield
    install_language(QApplication.instance(), "en")


@pytest.fixture
def window(qapp, seeded, private_settings):
    """A window the switch replaces (and deletes): not handed to qtbot, which would close it
    again at the end; the windows that replace it are."""
    from cybertrack.gui.main_window import MainWindow

    first = MainWindow(seeded, private_settings)
    first.show()
    return first


def test_switching_language_keeps_the_workspace_the_undo_steps_and_the_place(
    window, qtbot, english_after
):
    workspace, stack = window.workspace, window.undo_stack
    window.commands.execute(SetStance((window.workspace.resolve_item("1:5"),), Stance.OPPOSE))
    window.go_to_item(window.workspace.resolve_item("1:7"))
    window.filter_bar.search.setText("States")
    replaced = []
    window.replaced.connect(replaced.append)

    french = switch_language(window, "fr")
    qtbot.addWidget(french)
    assert replaced == [french]
    assert french.workspace is workspace and french.undo_stack is stack
    assert french.menuBar().actions()[0].text() == "&Fichier"
    assert french.detail.item.number == "7"
    assert french.filter_bar.query() == "States"
    # The undo step is named in French, and still undoes.
    assert french.undo_action.text().startswith("&Annuler") and "(5)" in french.undo_action.text()
    assert stack.undoText() != "Set (5) to oppose"
    header = french.item_model.headerData(1, Qt.Orientation.Horizontal)
    assert header and header != "Stance"  # the models' headers too
    french.undo_stack.undo()
    assert workspace.item(workspace.resolve_item("1:5")).stance is None

    english = switch_language(french, "en")
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.undo_stack is stack and stack.redoText() == "Set (5) to oppose"


def test_preferences_switch_the_language_at_once(window, qtbot, monkeypatch, english_after):
    from cybertrack.gui.dialogs.preferences_dialog import PreferencesDialog
    from cybertrack.gui.language_switch import preferences

    def choose_spanish(dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_spanish)
    replaced = []
    window.replaced.connect(replaced.append)
    preferences(window)
    qtbot.waitUntil(lambda: bool(replaced))
    qtbot.addWidget(replaced[0])
    assert replaced[0].menuBar().actions()[0].text() == "&Archivo"


def test_arabic_dates_and_counts_use_arabic_digits_throughout(window, qtbot, english_after):
    arabic = switch_language(window, "ar")
    qtbot.addWidget(arabic)
    meeting = arabic.navigator_model.index(0, 0).data()
    document = arabic.navigator_model.document_index(1).data()
    assert "٢٧–٢٩" in meeting and not re.search(r"[0-9]", meeting)
    assert not re.search(r"[0-9]", document.split("(")[-1])  # "(٠/٣٩)"
    assert not re.search(r"[0-9]", arabic.progress_label.text())
    assert arabic.isRightToLeft()


def test_exports_default_to_the_interface_language(window, qtbot, english_after):
    from cybertrack.gui.dialogs.export_dialog import ExportDialog

    french = switch_language(window, "fr")
    qtbot.addWidget(french)
    dialog = ExportDialog(french.workspace, parent=french)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "fr"
    chinese = switch_language(french, "zh_CN")
    qtbot.addWidget(chinese)
    other = ExportDialog(chinese.workspace, parent=chinese)
    qtbot.addWidget(other)
    assert other.language.currentData() == "zh"  # papers are written in all six languages


def test_a_result_from_below_the_gui_is_shown_in_the_interface_language(
    window, qtbot, english_after
):
    from cybertrack.importers import read_document
    from tests.conftest import DATA

    french = switch_language(window, "fr")
    qtbot.addWidget(french)
    flow = french.import_flow
    flow.preview(DATA / "A_80_590.docx", read_document(DATA / "A_80_590.docx"))
    qtbot.waitUntil(flow.dialog.import_button.isEnabled, timeout=30000)
    with qtbot.waitSignal(flow.shown, timeout=30000):
        flow.dialog.save()
    said = french.statusBar().currentMessage()
    assert "A/80/590" in said and "imported" not in said  # the code's French text
