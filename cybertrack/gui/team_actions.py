"""File > Export/Import position pack, View > Team and the Team filter: the slots of their
actions, and what the window shows of colleagues (kept out of main_window.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from cybertrack.domain.errors import CyberTrackError
from cybertrack.gui.messages import error_text
from cybertrack.services import SetSetting

if TYPE_CHECKING:
    from cybertrack.gui.dialogs.pack_dialogs import PackPreviewDialog
    from cybertrack.gui.main_window import MainWindow

SUFFIX = ".ctpack"


def team_slots(window: MainWindow) -> dict[str, Callable[[], object]]:
    return {
        "file.export_pack": lambda: export_pack(window),
        "file.import_pack": lambda: choose_pack(window),
        "view.team": lambda: show_team(window),
        "view.disagreements": window.filter_bar.team.toggle,
    }


def _warn(window: MainWindow, exc: CyberTrackError) -> None:
    QMessageBox.warning(window, QCoreApplication.translate("Team", "CyberTrack"), error_text(exc))


def ensure_author(window: MainWindow) -> str | None:
    """The local author's name; asked for (once) if it is not set yet."""
    author = window.workspace.team.author
    if author:
        return author
    name, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("Team", "Your name in the team"),
        QCoreApplication.translate(
            "Team", "Packs and the hub say whose positions they carry. Your name:"
        ),
    )
    if not ok or not name.strip():
        return None
    if window.execute(SetSetting("author", name.strip())) is None:
        return None
    return name.strip()


def export_pack(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.pack_dialogs import ExportPackDialog

    window.detail.flush()
    author = ensure_author(window)
    if author is None:
        return
    options = ExportPackDialog(author, window)
    if options.exec() != ExportPackDialog.DialogCode.Accepted:
        return
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Team", "Export position pack"),
        f"{author}{SUFFIX}",
        QCoreApplication.translate("Team", "Position packs (*.ctpack)"),
    )
    if not name:
        return
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(SUFFIX)
    try:
        rows, size = window.workspace.team.export_pack(
            path,
            everyone=options.everyone.isChecked(),
            since=options.since_text(),
            passphrase=options.passphrase.text() or None,
        )
    except CyberTrackError as exc:
        _warn(window, exc)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("Team", "Wrote %1: %2 rows, %3 KB.")
        .replace("%1", str(path))
        .replace("%2", str(rows))
        .replace("%3", str(max(1, size // 1024))),
        10000,
    )


def choose_pack(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Team", "Import position pack"),
        "",
        QCoreApplication.translate("Team", "Position packs (*.ctpack);;All files (*)"),
    )
    if name:
        import_pack(window, Path(name))


def import_pack(window: MainWindow, path: Path) -> PackPreviewDialog | None:
    """Preview `path` (asking for its passphrase if sealed); Merge applies it as one step."""
    from cybertrack.gui.dialogs.pack_dialogs import PackPreviewDialog
    from cybertrack.services.team.pack_file import is_sealed

    window.detail.flush()
    passphrase = None
    if is_sealed(path):
        passphrase, ok = QInputDialog.getText(
            window,
            QCoreApplication.translate("Team", "Sealed pack"),
            QCoreApplication.translate("Team", "%1 is sealed. Its passphrase:").replace(
                "%1", path.name
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
    try:
        preview = window.workspace.team.preview_pack(path, passphrase)
    except CyberTrackError as exc:
        _warn(window, exc)
        return None
    ids = {i for c in preview.plan.changes for i in c.item_ids}
    ids |= {d.item_id for d in preview.plan.disagreements}
    ids |= {c.item_id for u in preview.plan.unresolved for c in u.candidates}
    labels = {
        i.id: f"{i.document_id}:{i.number}" for i in window.workspace.items_by_ids(sorted(ids))
    }
    dialog = PackPreviewDialog(preview.plan, path.name, labels, window)
    dialog.accepted.connect(lambda: window.execute(preview.command))
    dialog.open()
    return dialog


def show_team(window: MainWindow) -> None:
    from cybertrack.gui.views.team_view import TeamDialog

    window.detail.flush()
    dialog = TeamDialog(window.workspace, window.execute, window)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def is_pack(path: Path) -> bool:
    """A dropped file that is a position pack (by name, or by its first bytes)."""
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(6) == b"CTPACK"
    except OSError:
        return False
