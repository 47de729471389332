from PySide6.QtCore import QSettings

from cybertrack.gui.dialogs.preferences_dialog import PreferencesDialog, chosen_language
from tests.gui.accessibility import unnamed_controls


def test_language_choice_is_kept(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) is None
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.accept()
    assert chosen_language(settings) == "ar"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "ar"
