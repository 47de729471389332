"""Every control a screen reader meets has a name."""

from PySide6.QtGui import QAccessible

from tests.gui.accessibility import unnamed_controls


def test_main_window_has_no_unnamed_control(window):
    assert unnamed_controls(window) == []
    assert unnamed_controls(window, text=QAccessible.Text.Description) == []


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
    assert any("QPushButton ''" in p for p in problems)


def test_export_dialog_has_no_unnamed_control(window, qtbot):
    from cybertrack.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.workspace, window.execute, window, window.current_document_id())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []
    assert unnamed_controls(dialog, text=QAccessible.Text.Description) == []


def test_other_dialogs_have_no_unnamed_control(window, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from cybertrack.gui.dialogs.preferences_dialog import PreferencesDialog
    from cybertrack.gui.help import ShortcutsDialog

    settings = QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat)
    for dialog in (ShortcutsDialog(window), PreferencesDialog(settings, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_text_scales_with_the_system_font(qapp, qtbot, seeded):
    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.settings import DeskSettings

    def row_height():
        window = MainWindow(seeded, DeskSettings())
        qtbot.addWidget(window)
        return window.table.verticalHeader().defaultSectionSize()

    font = qapp.font()
    normal = row_height()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(bigger)
    try:
        assert row_height() >= normal + 6  # the rows follow the font (plus fixed padding)
    finally:
        qapp.setFont(font)


def test_every_desk_control_is_reachable_with_tab(window):
    from PySide6.QtCore import Qt

    def tab_reachable(start):
        seen, widget = [], start.nextInFocusChain()
        while widget is not start and len(seen) < 500:
            policy = widget.focusPolicy()
            if policy & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
                seen.append(widget)
            widget = widget.nextInFocusChain()
        return seen

    reachable = tab_reachable(window.table)
    bar = window.filter_bar
    detail = window.detail
    for control in (
        window.navigator,
        bar.search,
        bar.stance,
        bar.section,
        bar.has_amendment,
        bar.has_note,
        detail.priority,
        detail.note,
        detail.rationale,
        detail.amendment,
    ):
        assert control in reachable, control.accessibleName()
    # The order reads as the window does: list, then the item's fields, then around again.
    order = [reachable.index(c) for c in (detail.priority, detail.note, detail.amendment)]
    assert order == sorted(order)
