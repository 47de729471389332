import pytest
from PySide6.QtCore import QSettings

from cybertrack.gui.main_window import MainWindow
from cybertrack.gui.settings import DeskSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Every GUI test remembers into its own file, never the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    return DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, seeded, private_settings):
    win = MainWindow(seeded, private_settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
