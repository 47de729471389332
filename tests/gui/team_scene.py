"""A delegation of two: Anna (text forms) sends Ben (Word and PDF forms) a position pack.

Used by the team GUI tests, and to render the README's pictures:

    QT_QPA_PLATFORM=offscreen python -m tests.gui.team_scene docs/
"""

from __future__ import annotations

import sys
from pathlib import Path

from cybertrack.domain.positions import Field, Instruction, RoomStatus, Stance
from cybertrack.importers import read_document
from cybertrack.services import (
    AddDelegations,
    Batch,
    ImportDocument,
    MakeProposal,
    SetField,
    SetInstruction,
    SetRoomStatus,
    SetSetting,
    SetStance,
    Workspace,
)
from tests.conftest import DATA, SEED, TickingClock, early_copy_of_590


def _workspace(path: Path, author: str, files: list[Path]) -> Workspace:
    ws = Workspace.open(path, clock=TickingClock())
    for file in files:
        ws.apply(ImportDocument(read_document(file)))
    ws.apply(SetSetting("author", author))
    return ws


def _say(ws: Workspace, ref: str, stance: Stance, note: str = "", amendment: str = "") -> None:
    item = ws.resolve_item(ref)
    commands = [SetStance((item,), stance)]
    if note:
        commands.append(SetField(item, Field.NOTE, note))
    if amendment:
        commands.append(SetField(item, Field.AMENDMENT, amendment))
    ws.apply(Batch(tuple(commands)))


def make_scene(folder: Path) -> tuple[Workspace, Path]:
    """Ben's workspace (open; the caller closes it) and Anna's pack for it."""
    anna_files = [SEED, DATA / "a-80-604-add3-acabq-minurso.txt"]
    anna_files.append(early_copy_of_590(folder))
    with _workspace(folder / "anna.cybertrack", "Anna", anna_files) as anna:
        _say(anna, "2:19", Stance.OPPOSE, note="Capital: 23 posts abolished is too many.")
        # The negotiation day as Anna recorded it: capital's line, the room, India's text.
        nineteen = anna.resolve_item("2:19")
        anna.apply(SetInstruction((nineteen,), Instruction.OPPOSE))
        anna.apply(SetRoomStatus((nineteen,), RoomStatus.BRACKETED))
        anna.apply(AddDelegations((("India", False),)))
        india = anna._store.delegations.all()[0].id
        anna.apply(MakeProposal(nineteen, india, "Abolish 20 posts, not 23."))
        _say(anna, "2:21", Stance.SUPPORT)
        _say(anna, "1:3", Stance.AMEND, amendment="States should ratify existing treaties.")
        _say(anna, "1:5", Stance.SUPPORT, note="Agreed with the EU coordinator.")
        _say(anna, "3:40", Stance.AMEND, note="Keep it short.")
        pack = folder / "anna.ctpack"
        anna.team.export_pack(pack)
    ben_files = [DATA / "A_80_590.docx", DATA / "A_80_604_Add.3.pdf", SEED]
    ben = _workspace(folder / "ben.cybertrack", "Ben", ben_files)
    _say(ben, "2:19", Stance.SUPPORT, note="Mission: the reduction is manageable.")
    _say(ben, "3:3", Stance.SUPPORT)
    _say(ben, "3:5", Stance.SUPPORT)
    return ben, pack


def render(out_dir: Path) -> list[Path]:
    """The pack preview, the desk after the merge, and the team view, as PNG files."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cybertrack.gui.help import TIPS_KEY
    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.settings import DeskSettings
    from cybertrack.gui.team_actions import import_pack
    from cybertrack.gui.views.team_view import TeamDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as scratch:
        ben, pack = make_scene(Path(scratch))
        store = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        store.setValue(TIPS_KEY, True)
        window = MainWindow(ben, DeskSettings(store))
        window.resize(1440, 860)
        window.show()

        def shot(name: str, widget: object) -> None:
            for _ in range(3):
                app.processEvents()
            path = out_dir / f"{name}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            shots.append(path)

        dialog = import_pack(window, pack)
        assert dialog is not None
        dialog.tabs.setCurrentIndex(0)
        shot("pack-preview", dialog)
        dialog.tabs.setCurrentIndex(1)
        shot("pack-preview-disagreements", dialog)
        dialog.accept()
        window.go_to_item(ben.resolve_item("2:19"))
        window.negotiation.dock.hide()  # the picture is of the team: the detail panel whole
        shot("team-desk", window)
        team = TeamDialog(ben, window.execute, window)
        team.show()
        shot("team-view", team)
        team.tabs.setCurrentIndex(2)
        shot("team-view-not-found", team)
        team.close()
        window.close()
        ben.close()
    return shots


if __name__ == "__main__":
    for picture in render(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(picture)
