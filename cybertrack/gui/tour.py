"""Render the main views to PNG from a scripted session: `python -m cybertrack.gui.tour OUT_DIR`.

It works on a fresh temporary workspace holding the seed meeting, so it never touches the
user's own workspace or settings. Runs headless (QT_QPA_PLATFORM=offscreen is set if unset).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cybertrack.domain.positions import Field, Stance
from cybertrack.gui.tour_negotiation import negotiation_day

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d30"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#26282b"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#34363a"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#34363a"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Mid, "#6a6a6a"),
        (roles.Light, "#4a4c50"),
        (roles.Dark, "#141517"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


# The main window in other UN languages: French, right-to-left Arabic, and Chinese.
LANGUAGE_SHOTS = ("fr", "ar", "zh_CN")
# Where messages from below the GUI (an import's result, an error) are shown translated too.
MESSAGE_SHOTS = ("fr", "ar")

# A short decision to import in the tour (its result message is what is pictured).
DECISION = """Draft decision
1. Decides to convene a second session of the Expert Group in Vienna.
2. Requests the Secretariat to prepare a compilation of the proposals received.
3. Invites Member States to submit their comments before the session.
"""


def run(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    app.setStyle("Fusion")
    try:
        return _session(app, out_dir)
    finally:  # leave the application as it was (the tour also runs inside the tests)
        app.setPalette(palette)
        app.setStyle(style)


def _session(app: QApplication, out_dir: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from cybertrack.gui import tour_scenes as scenes
    from cybertrack.gui.help import TIPS_KEY
    from cybertrack.gui.language_switch import switch_language
    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.settings import DeskSettings
    from cybertrack.services import SetField, SetStance, Workspace
    from cybertrack.services.samples import import_samples

    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        store = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        store.setValue(TIPS_KEY, True)  # the first-run tips would hide part of every picture
        workspace = Workspace.open(Path(scratch) / "tour.cybertrack")
        import_samples(workspace)
        window = MainWindow(workspace, DeskSettings(store))
        window.resize(1440, 860)
        window.show()

        def shot(name: str, widget: QWidget | None = None) -> None:
            for _ in range(3):
                app.processEvents()
            path = out_dir / f"{name}.png"
            (widget or window).grab().save(str(path))
            shots.append(path)

        ids = [row.id for row in workspace.items()]
        plan = {0: Stance.SUPPORT, 1: Stance.AMEND, 2: Stance.SUPPORT, 3: Stance.OPPOSE}
        plan |= {4: Stance.SUPPORT, 6: Stance.AMEND, 8: Stance.OPPOSE, 9: Stance.SUPPORT}
        for position, stance in plan.items():
            window.commands.execute(SetStance((ids[position],), stance))
        window.commands.execute(
            SetField(ids[1], Field.NOTE, "Capital: do not name the Budapest Convention.")
        )
        window.commands.execute(
            SetField(
                ids[1],
                Field.AMENDMENT,
                "With regard to international cooperation mechanisms, States are encouraged to "
                "join and use existing multilateral and bilateral treaties that provide a legal "
                "basis for mutual legal assistance.",
            )
        )
        window.commands.execute(SetStance((ids[1],), Stance.OPPOSE))
        window.commands.execute(SetStance((ids[1],), Stance.AMEND))
        window.go_to_item(ids[0])
        shot("main-window")

        window.filter_bar.search.setText("Budapest")
        window.items.apply_filters()
        window.go_to_item(ids[1])
        shot("filtered")
        window.filter_bar.clear()

        window.go_to_item(ids[1])
        window.focus_amendment()
        shot("amendment-redline", window.detail)
        bar = window.detail.body.verticalScrollBar()
        bar.setValue(bar.maximum())  # down to the history list
        shot("item-history", window.detail)
        bar.setValue(0)
        negotiation_day(window, shot)

        scenes.carry_scene(window, Path(scratch), shot)
        undecided = next(row.id for row in window.item_model.rows() if row.stance is None)
        scenes.amend_scene(window, undecided, shot)
        scenes.small_screen_scene(window, shot)
        _precedents(app, window, ids[6], shot)

        app.setPalette(_dark_palette())  # type: ignore[arg-type]
        window.go_to_item(ids[1])
        shot("dark")
        app.setPalette(app.style().standardPalette())
        for language in LANGUAGE_SHOTS:
            # Switched in place, as Edit > Preferences does: no restart.
            window = switch_language(window, language)
            window.go_to_item(ids[1])
            shot(f"main-window-{language}", window)
            if language in MESSAGE_SHOTS:
                _messages(window, Path(scratch), language, shot)
                text = DECISION.replace("second", f"third ({language})")
                scenes.warning_scene(window, Path(scratch), language, text, shot)
        window = switch_language(window, "en")
        window.close()
        workspace.close()
    return shots


# A wording for seed item (7) that takes most of its words from A/RES/74/247, para. 2 (in the
# first library among the seeds): the precedent list and the agreed-language marks.
PRECEDENT_DRAFT = (
    "States should contribute to the work of the open-ended ad hoc intergovernmental committee "
    "of experts, representative of all regions, to elaborate a comprehensive international "
    "convention on countering the use of information and communications technologies for "
    "criminal purposes, with innovative protocols for cooperation."
)


def _precedents(app: QApplication, window: Any, item_id: int, shot: Callable[..., None]) -> None:
    """The wording typed, its precedent found (on the worker thread), then cited."""
    import time

    window.go_to_item(item_id)
    window.focus_amendment()
    window.detail.amendment.setPlainText(PRECEDENT_DRAFT)
    panel = window.precedents
    deadline = time.monotonic() + 20
    while panel.searched != PRECEDENT_DRAFT and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.window_actions["precedent.cite"].trigger()
    window.detail.body.ensureWidgetVisible(panel)
    shot("precedent-list", window.detail)
    shot("precedent-window")


def _messages(window: Any, scratch: Path, language: str, shot: Callable[..., None]) -> None:
    """An import's result in the status bar, and a refused file's error, in `language`."""
    from PySide6.QtWidgets import QMessageBox

    from cybertrack.domain.errors import CyberTrackError
    from cybertrack.gui.messages import error_text, message_text
    from cybertrack.importers import read_document
    from cybertrack.services import ImportDocument

    decision = scratch / f"decision-{language}.txt"
    decision.write_text(DECISION.replace("second", f"second ({language})"), encoding="utf-8")
    change = window.commands.execute(ImportDocument(read_document(decision)))
    window.statusBar().showMessage(message_text(change.message))
    shot(f"import-result-{language}", window)
    window.undo_stack.undo()
    empty = scratch / "empty.docx"
    empty.write_bytes(b"")
    try:
        read_document(empty)
    except CyberTrackError as exc:
        box = QMessageBox(QMessageBox.Icon.Warning, "CyberTrack", error_text(exc), parent=window)
        box.show()
        shot(f"import-error-{language}", box)
        box.close()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m cybertrack.gui.tour OUT_DIR", file=sys.stderr)
        return 2
    for path in run(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
