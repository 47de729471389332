"""Undoing and redoing a large import happens off the window's thread; small edits in place;
a change to thousands of rows is shown a page per turn of the event loop."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from cybertrack.domain.model import Meeting, ParsedDocument, ParsedItem
from cybertrack.domain.positions import Field, Stance
from cybertrack.gui.background_writes import LARGE_CHANGE
from cybertrack.gui.views.items_pane import PAGE
from cybertrack.services import Batch, ImportDocument, SetField, SetStance


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
    qtbot.waitUntil(lambda: not window.background.busy())  # its precedent postings written
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


def _stances_shown(window) -> list[object]:
    return [row.stance for row in window.item_model.row_list()]


def test_a_change_to_thousands_of_rows_is_shown_a_page_per_turn(window, qtbot):
    """A stance on every row of a long document: the window takes it back at once and re-reads
    the rows a page per turn of the event loop, then says the document is decided."""
    change = window.execute(ImportDocument(_large_document()))
    (new_id,) = change.document_ids
    window.go_to_document(new_id)
    window.items.load_rest()
    ids = [row.id for row in window.item_model.row_list()]
    assert len(ids) > PAGE

    window.execute(SetStance(tuple(ids), Stance.SUPPORT))
    shown = _stances_shown(window)
    assert Stance.SUPPORT not in shown[-PAGE:]  # not all re-read on the spot
    assert window.workspace.item(ids[-1]).stance is Stance.SUPPORT  # yet written
    qtbot.waitUntil(lambda: set(_stances_shown(window)) == {Stance.SUPPORT})
    assert window.navigator_model.data(window.navigator_model.document_index(new_id)).endswith(
        f"({len(ids)}/{len(ids)})"
    )


def test_a_search_right_after_a_large_change_sees_it(window):
    change = window.execute(ImportDocument(_large_document()))
    (new_id,) = change.document_ids
    window.go_to_document(new_id)
    window.items.load_rest()
    rows = window.item_model.row_list()
    notes = tuple(SetField(row.id, Field.NOTE, f"checkpoint {row.number}") for row in rows)
    window.execute(Batch(notes))
    hits = window.items.indexed().find("checkpoint", window.filter_bar.scope())
    assert len(hits) == len(rows)


def test_the_window_tunes_the_interpreter_for_its_worker_threads(window):
    """Worker threads hand the interpreter over within a millisecond, and what the window was
    built from is left out of the collector's full passes (which held it for up to 240 ms)."""
    import gc
    import sys

    from cybertrack.gui.interpreter import FULL_AFTER, SWITCH_SECONDS

    assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS)
    assert gc.get_threshold()[2] == FULL_AFTER
    assert gc.get_freeze_count() > 0


def test_a_document_shown_again_fills_its_first_item_s_history_a_turn_later(window, qtbot):
    """Showing another document puts its rows on screen at once, its first item once they
    are painted, and that item's history once the item is (the three together were one long
    pass of the event loop)."""
    first = window.item_model.item_at(0)
    window.execute(SetStance((first.id,), Stance.SUPPORT))
    (other,) = window.execute(ImportDocument(_large_document())).document_ids
    window.go_to_document(other)
    window.go_to_document(first.document_id)
    assert window.item_model.item_at(0).id == first.id  # the rows now
    assert window.detail.item is None  # the item not yet
    qtbot.waitUntil(lambda: window.detail.item is not None)
    assert window.detail.item.id == first.id
    assert window.table.currentIndex().row() == 0
    assert window.detail.history.count() == 0  # its history not yet
    qtbot.waitUntil(lambda: window.detail.history.count() == 1)
    assert window.detail.history.item(0).text() != window.detail.history.tr(
        "No stance set yet: press 1, 2 or 3 to decide."
    )
