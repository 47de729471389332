"""Every control a screen reader meets has a name."""

from tests.gui.accessibility import unnamed_controls


def test_main_window_has_no_unnamed_control(window):
    assert unnamed_controls(window) == []


def test_the_walk_catches_a_control_without_a_name(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(QPushButton("Named"))
    silent = QPushButton()
    silent.setObjectName("silent")
    layout.addWidget(silent)
    layout.addWidget(QLineEdit())
    widget.show()
    problems = unnamed_controls(widget)
    assert len(problems) == 2
    assert any("silent" in p for p in problems)
