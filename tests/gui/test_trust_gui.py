"""Restore from backup, the read-only banner, automatic backups and recovery, in the window."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from cybertrack.domain.errors import WorkspaceError
from cybertrack.domain.messages import Code
from cybertrack.domain.positions import Stance
from cybertrack.gui import trust
from cybertrack.gui.dialogs import restore_dialog
from cybertrack.gui.dialogs.restore_dialog import RestoreDialog
from cybertrack.gui.main_window import MainWindow
from cybertrack.gui.trust import restore_from_backup
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetStance, Workspace
from tests.conftest import SEED


def first_stance(window):
    return window.workspace.items()[0].stance


def test_restore_action_is_in_the_file_menu_with_a_shortcut(window):
    action = window.findChild(type(window.undo_action), "action:file.restore")
    assert action is not None
    assert action.shortcut() == QKeySequence("Ctrl+Alt+B")
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_the_dialog_lists_backups_newest_first(qtbot, seeded, tmp_path):
    seeded.take_backup()
    seeded.apply(SetStance((seeded.items()[0].id,), Stance.SUPPORT))
    newest = seeded.take_backup("manual")
    dialog = RestoreDialog(seeded)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "manual"
    assert dialog.table.item(0, 2).text() == "1 document, 39 items"
    assert dialog.chosen() == newest
    assert dialog.restore_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(tmp_path / "restore-dialog.png"))


def test_an_empty_dialog_cannot_restore(qtbot, seeded):
    dialog = RestoreDialog(seeded)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert not dialog.empty.isHidden()


def test_restoring_from_the_window_refreshes_and_clears_undo(window, monkeypatch):
    backup = window.workspace.take_backup()
    window.table.setFocus()
    window.set_stance(Stance.OPPOSE)
    assert first_stance(window) == Stance.OPPOSE and window.undo_stack.count() == 1

    def choose_first(dialog):
        dialog.table.selectRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose_first)
    restore_from_backup(window)
    assert first_stance(window) is None
    assert window.undo_stack.count() == 0
    assert "before-restore" in window.statusBar().currentMessage()
    assert window.item_model.rowCount() == 39
    assert backup.exists()


def test_a_failed_restore_is_one_warning_and_changes_nothing(window, monkeypatch):
    window.workspace.take_backup()
    window.set_stance(Stance.AMEND)
    warnings = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda d: QDialog.DialogCode.Accepted)

    refusal = WorkspaceError(Code.BACKUP_DAMAGED, name="backup.cybertrack", reason="bad page")

    def refuse(backup):
        raise refusal

    monkeypatch.setattr(window.workspace, "restore_backup", refuse)
    monkeypatch.setattr(restore_dialog.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    restore_from_backup(window)
    assert warnings == ["backup.cybertrack is damaged (bad page); choose another backup"]
    assert first_stance(window) == Stance.AMEND and window.undo_stack.count() == 1


def test_read_only_workspace_shows_a_banner(qtbot, tmp_path, monkeypatch):
    from cybertrack.storage import connection

    path = tmp_path / "ro.cybertrack"
    with Workspace.open(path) as ws:
        ws.apply(ImportDocument(read_document(SEED)))
    monkeypatch.setattr(connection, "is_writable", lambda p: False)
    with Workspace.open(path) as ws:
        win = MainWindow(ws)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        banner = win.findChild(QLabel, "readOnlyBanner")
        assert banner is not None and banner.isVisible()
        assert "(read-only)" in win.windowTitle()
        assert win.item_model.rowCount() == 39
        assert win.grab().save(str(tmp_path / "read-only.png"))


def test_scheduler_backs_up_off_the_gui_thread_and_reports_failure(window, qtbot, monkeypatch):
    scheduler = trust.BackupScheduler(window.workspace, window)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as done:
        scheduler.backup_now()
    assert done.args == [""] and len(window.workspace.backups()) == 1
    with qtbot.waitSignal(scheduler.finished, timeout=10_000):
        scheduler.backup_if_due()
    assert len(window.workspace.backups()) == 1  # not a day yet

    def full(*a):
        raise WorkspaceError(Code.BACKUP_FAILED, reason="No space left on device")

    monkeypatch.setattr(window.workspace, "take_backup", full)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000):
        scheduler.backup_now()
    qtbot.waitUntil(lambda: "Automatic backup failed" in window.statusBar().currentMessage())


def test_a_damaged_workspace_at_start_offers_the_backup(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "w.cybertrack"
    with Workspace.open(path) as ws:
        ws.apply(ImportDocument(read_document(SEED)))
        ws.apply(SetStance((ws.items()[0].id,), Stance.OPPOSE))
        ws.take_backup()
    path.write_bytes(b"\x00" * 50_000)
    asked, told = [], []
    monkeypatch.setattr(trust, "ask_restore", lambda problem, b: asked.append(problem) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    from cybertrack.gui.app import open_workspace

    with open_workspace(path) as ws:
        assert ws.items()[0].stance == Stance.OPPOSE
    assert "damaged" in str(asked[0])
    assert "kept as" in told[0] and list(tmp_path.glob("w.cybertrack.damaged-*"))


def test_a_large_workspace_is_checked_in_the_background(window, qtbot, monkeypatch):
    from cybertrack.services import recovery

    monkeypatch.setattr(recovery, "CHECK_AT_OPEN_BYTES", 0)  # every file counts as large
    warnings = []
    monkeypatch.setattr(trust.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    sound = trust.BackgroundCheck(window.workspace, window)
    with qtbot.waitSignal(sound.finished, timeout=10_000) as blocker:
        sound.start()
    assert blocker.args == [[]] and warnings == []

    window.workspace._store.database.execute(
        "PRAGMA wal_checkpoint(TRUNCATE)"
    )  # pages into the file
    with window.workspace.path.open("r+b") as f:  # damage appears under the running app
        f.seek(4096 * 3)
        f.write(b"\xff" * 4096 * 4)
    damaged = trust.BackgroundCheck(window.workspace, window)
    with qtbot.waitSignal(damaged.finished, timeout=10_000):
        damaged.start()
    qtbot.waitUntil(lambda: bool(warnings))
    assert "damaged" in warnings[0] and "Restore from backup" in warnings[0]


def test_ctrl_alt_b_opens_the_dialog_and_enter_restores(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    window.workspace.take_backup()
    window.set_stance(Stance.SUPPORT)
    opened = []

    def press_enter(dialog):
        opened.append(dialog)
        dialog.show()
        dialog.activateWindow()  # as exec() does: the window's own Return shortcut must not fire
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", press_enter)
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert len(opened) == 1
    assert first_stance(window) is None  # the backup, taken before the stance, is back
