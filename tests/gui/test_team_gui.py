"""The team in the window: a pack's preview, the merge as one undo step, colleagues beside our
position, the Team filter, linking a paragraph found nowhere, and a pack dropped on the window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage

from cybertrack.domain.positions import Stance
from cybertrack.gui.action_catalogue import BY_NAME
from cybertrack.gui.dialogs.pack_dialogs import PackPreviewDialog
from cybertrack.gui.main_window import MainWindow
from cybertrack.gui.models.item_table_model import COL_MARKS
from cybertrack.gui.team_actions import import_pack
from cybertrack.gui.views.team_view import TeamDialog
from tests.gui.team_scene import make_scene, render


def _window(qtbot, ben, settings):
    window = MainWindow(ben, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_preview_shows_everything_and_the_merge_is_one_undo_step(
    qtbot, tmp_path, private_settings
):
    ben, pack = make_scene(tmp_path)
    window = _window(qtbot, ben, private_settings)
    dialog = import_pack(window, pack)
    assert isinstance(dialog, PackPreviewDialog)
    assert ben._store.team.rows() == []  # nothing merged before Merge
    plan = dialog.plan
    # Five positions (19's with capital's instruction), Anna's room status and proposal on 19.
    assert (len(plan.changes), len(plan.disagreements), len(plan.unresolved)) == (7, 2, 1)
    assert dialog.changes.rowCount() == 12  # each changed field of each row
    said = {dialog.changes.item(r, 2).text(): dialog.changes.item(r, 4).text() for r in range(12)}
    assert said["Capital's instruction"] == "Oppose"
    assert said["Room"].startswith("Bracketed (") and said["Proposals"] == (
        "India: Abolish 20 posts, not 23."
    )
    items = {dialog.disagreements.item(r, 0).text() for r in range(2)}
    assert items == {"2:19", "3:3"}
    assert "you: Support" in dialog.disagreements.item(0, 1).text()
    assert dialog.unresolved.item(0, 2).text().startswith("1:40 (")
    dialog.accept()
    assert len(ben._store.team.rows()) == 7
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert ben._store.team.rows() == []
    window.undo_stack.redo()
    assert len(ben._store.team.rows()) == 7


def test_colleagues_beside_our_position_and_the_team_filter(qtbot, tmp_path, private_settings):
    ben, pack = make_scene(tmp_path)
    window = _window(qtbot, ben, private_settings)
    import_pack(window, pack).accept()
    nineteen = ben.resolve_item("2:19")
    window.go_to_item(nineteen)
    text = window.detail.team.text()
    assert "The team disagrees" in text and "Anna" in text and "Oppose" in text
    assert "23 posts abolished" in text
    # What Anna recorded of the negotiation day, beside her position.
    assert "capital: Oppose · room: Bracketed · proposals by India" in text
    row = window.item_model.row_of(nineteen)
    assert "≠" in window.item_model.index(row, COL_MARKS).data()
    twenty = window.item_model.row_of(ben.resolve_item("2:20"))
    assert "≠" not in (window.item_model.index(twenty, COL_MARKS).data() or "")

    window.window_actions["view.disagreements"].trigger()
    assert window.filter_bar.team.isChecked()
    assert [window.proxy.row_at(r).id for r in range(window.proxy.rowCount())] == [nineteen]
    # Agreeing removes the disagreement, and the filter follows.
    window.set_stance(Stance.OPPOSE)
    assert window.item_model.disagreements() == set()
    window.filter_bar.clear()
    assert window.proxy.rowCount() == 37


def test_a_row_found_nowhere_is_linked_with_c(qtbot, tmp_path, private_settings):
    ben, pack = make_scene(tmp_path)
    window = _window(qtbot, ben, private_settings)
    import_pack(window, pack).accept()
    dialog = TeamDialog(ben, window.execute, window)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    assert dialog.tabs.count() == 3 and dialog.unresolved.rowCount() == 1
    assert dialog.changes.rowCount() == 12  # who changed what in the last merge
    assert dialog.disagreements.rowCount() == 2
    dialog.tabs.setCurrentWidget(dialog.unresolved)
    dialog.unresolved.selectRow(0)
    dialog.unresolved.setFocus()
    qtbot.keyClick(dialog.unresolved, Qt.Key.Key_C)
    assert dialog.unresolved.rowCount() == 0
    forty = ben.item(ben.resolve_item("1:40"))
    (anna,) = ben.team.entries([forty])[forty.id]
    assert (anna.author, anna.stance, anna.note) == ("Anna", Stance.AMEND, "Keep it short.")
    window.undo_stack.undo()  # the link is its own undo step
    assert ben.team.entries([forty]) == {}
    assert BY_NAME["team.link"].keys == ("C",)


def test_a_pack_dropped_on_the_window_is_previewed(qtbot, tmp_path, private_settings):
    ben, pack = make_scene(tmp_path)
    window = _window(qtbot, ben, private_settings)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pack))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    dialogs = [w for w in window.findChildren(PackPreviewDialog) if w.isVisible()]
    assert len(dialogs) == 1 and len(dialogs[0].plan.changes) == 7
    assert len(ben.documents()) == 3  # not taken for a document to import


def test_the_team_pictures_render(qapp, tmp_path):
    names = {p.stem for p in render(tmp_path)}
    assert names == {
        "pack-preview",
        "pack-preview-disagreements",
        "team-desk",
        "team-view",
        "team-view-not-found",
    }
    for name in names:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert image.width() >= 800 and image.height() >= 400
