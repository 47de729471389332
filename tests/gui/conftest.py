import pytest

from cybertrack.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, seeded):
    win = MainWindow(seeded)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
