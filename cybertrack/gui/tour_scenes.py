"""The tour's scenes of the desk's second pass: a new version and the carry-over offer, an
amendment started from the original, the window at 1280 x 720, and an import warning in French.

Each scene drives the real window as a delegate would (the import goes through the preview and
its worker thread; the version is found by the worker process) and hands pictures to `shot`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.positions import Stance

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cybertrack.gui.main_window import MainWindow

Shot = Callable[..., None]

# How the sample's revision differs from it (a reworded paragraph, a later date).
REVISION = (
    ("27 July 2020", "28 July 2020"),
    (
        "States are encouraged to join and, or use, in the absence of a bilateral MLAT,",
        "States are encouraged to join and use, in the absence of a bilateral treaty,",
    ),
    ("should be respected", "must be respected"),
)


def spin(until: Callable[[], bool], timeout: float = 120) -> bool:
    """Run the event loop until `until()` (False on timeout)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    started = time.monotonic()
    while not until():
        if time.monotonic() - started > timeout:
            return False
        assert app is not None
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    return True


def import_through_preview(
    window: MainWindow,
    path: Path,
    *,
    version: str | None = None,
    warnings: tuple[Message, ...] = (),
) -> QWidget:
    """File > Import…, the preview read, a version label given, Import pressed; the preview
    (still open while the worker writes) is returned for a picture."""
    from cybertrack.importers import read_document

    flow = window.import_flow
    assert flow is not None
    document = read_document(path)
    flow.preview(path, replace(document, warnings=warnings) if warnings else document)
    dialog = flow.dialog
    assert dialog is not None
    spin(dialog.import_button.isEnabled)
    if version is not None:
        dialog.version_edit.setText(version)
    return dialog


def press_import(window: MainWindow, dialog: QWidget) -> None:
    assert window.import_flow is not None
    done: list[object] = []
    window.import_flow.shown.connect(done.append)
    dialog.save()  # type: ignore[attr-defined]
    spin(lambda: bool(done))
    window.import_flow.shown.disconnect(done.append)


def sample_text() -> str:
    """The sample meeting's report, as shipped (seeds/)."""
    from importlib.resources import files

    from cybertrack.services.samples import LIBRARY_PREFIX

    seeds = files("cybertrack.seeds")
    entry = next(
        e
        for e in sorted(seeds.iterdir(), key=lambda e: e.name)
        if e.name.endswith(".txt") and not e.name.startswith(LIBRARY_PREFIX)
    )
    return entry.read_text(encoding="utf-8")


def carry_scene(window: MainWindow, scratch: Path, shot: Shot) -> None:
    """A revision of the sample arrives: the preview asks for a version label, the window
    offers the carry-over, the review, and what the carry did."""
    from cybertrack.gui.comparison_menu import show_carried
    from cybertrack.gui.dialogs.carry_dialog import CarryOverDialog

    text = sample_text()
    for old, new in REVISION:
        text = text.replace(old, new)
    revised = scratch / "draft-report-revised.txt"
    revised.write_text(text, encoding="utf-8")
    dialog = import_through_preview(window, revised, version="Rev.1")
    shot("import-preview-version", dialog)
    press_import(window, dialog)
    spin(window.carry_prompt.isVisible)
    shot("carry-prompt")
    match = window.carry_prompt.match
    assert match is not None
    review = CarryOverDialog(window.commands, match.old.id, match.new.id, parent=window)
    review.show()
    shot("carry-over", review)
    review.carry()
    if review.carried is not None:
        show_carried(window, review.carried, match.new.id)
    review.deleteLater()
    shot("carry-done")


def amend_scene(window: MainWindow, item_id: int, shot: Shot) -> None:
    """Ctrl+M on an undecided item: the box starts from the original; two words change."""
    from PySide6.QtGui import QTextCursor

    window.go_to_item(item_id)
    window.set_stance(Stance.AMEND)
    window.focus_amendment(from_original=True)
    editor = window.detail.amendment
    document = editor.document()
    for old, new in (("should", "shall"), ("possibilities", "limits")):
        found = document.find(old)
        if not found.isNull():
            found.insertText(new)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    window.detail.flush()
    shot("amend-from-original", window.detail)


def small_screen_scene(window: MainWindow, shot: Shot) -> None:
    """The whole window at 1280 x 720, an amended item in the detail panel."""
    size = window.size()
    window.resize(1280, 720)
    shot("detail-1280x720")
    window.resize(size)


def warning_scene(window: MainWindow, scratch: Path, language: str, text: str, shot: Shot) -> None:
    """An import with a warning from the importer, in the interface language: in the preview,
    then in the status line after Import."""
    path = scratch / f"decision-warning-{language}.txt"
    path.write_text(text, encoding="utf-8")
    gap = (Message(Code.IMPORT_NUMBERING_GAP, first=2, next=4),)
    dialog = import_through_preview(window, path, warnings=gap)
    shot(f"import-warning-{language}", dialog)
    press_import(window, dialog)
    shot(f"import-warning-status-{language}")
    window.undo_stack.undo()
