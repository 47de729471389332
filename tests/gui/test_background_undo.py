"""Undoing and redoing a large import happens off the window's thread; small edits in place."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cybertrack.domain.model import Meeting, ParsedDocument, ParsedItem
from cybertrack.domain.positions import Stance
from cybertrack.gui.background_writes import LARGE_CHANGE
from cybertrack.services import ImportDocument, SetStance


def _large_document() -> ParsedDocument:
    return ParsedDocument(
        title="A long compilation",
        content_hash="long-compilation",
        source_name="long.txt",
        symbol="A/LONG/1",
        meeting=Meeting(body="Expert Group", venue="Vienna"),
        items=tuple(
            ParsedItem(str(n), f"{n}.", f"Paragraph {n} of the long compilation.")
            for n in range(1, LARGE_CHANGE * 3)
        ),
    )


def _settle(window) -> None:
    window.background.wait()
    QApplication.processEvents()


def test_a_large_import_is_undone_and_redone_in_the_background(window, qtbot):
    before = {d.id for d in window.workspace.documents()}
    change = window.execute(ImportDocument(_large_document()))
    (new_id,) = change.document_ids
    busy = []
    window.background.busy_changed.connect(busy.append)

    window.undo_stack.undo()
    # Handed over: the window's thread came back before the document was deleted.
    assert window.background.busy()
    assert new_id in {d.id for d in window.workspace.documents()}
    qtbot.waitUntil(lambda: not window.background.busy())
    assert {d.id for d in window.workspace.documents()} == before
    assert window.navigator_model.document_index(new_id).isValid() is False  # the window heard

    window.undo_stack.redo()
    assert window.background.busy()
    qtbot.waitUntil(lambda: not window.background.busy())
    assert new_id in {d.id for d in window.workspace.documents()}
    assert len(window.workspace.items(new_id)) == LARGE_CHANGE * 3 - 1
    assert busy == [True, False, True, False]


def test_a_stance_is_undone_in_place(window):
    item = window.workspace.items()[0]
    window.execute(SetStance((item.id,), Stance.SUPPORT))
    window.undo_stack.undo()
    assert not window.background.busy()
    assert window.workspace.item(item.id).stance is None


def test_an_undo_and_its_redo_run_in_the_order_asked(window, qtbot):
    change = window.execute(ImportDocument(_large_document()))
    (new_id,) = change.document_ids
    window.undo_stack.undo()
    window.undo_stack.redo()
    window.undo_stack.undo()
    _settle(window)
    qtbot.waitUntil(lambda: not window.background.busy())
    assert new_id not in {d.id for d in window.workspace.documents()}
    assert window.undo_stack.canRedo() and not window.undo_stack.canUndo()
