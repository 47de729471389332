"""Precedent beside the amendment: searched off the GUI thread as the delegate types, agreed
language marked, a precedent inserted or cited with one key, undoable."""

import os

import pytest
from PySide6.QtCore import Qt

from cybertrack.domain.library import cite
from cybertrack.domain.precedent import word_count
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument
from tests.conftest import DATA

# Seed item (2) quotes A/RES/74/247, para. 2; the draft takes 18 of its 22 words from it
# verbatim ("open-ended ad hoc ... convention").
DRAFT = (
    "States should support the open-ended ad hoc intergovernmental committee of experts, "
    "representative of all regions, to elaborate a comprehensive international convention"
)


@pytest.fixture
def desk(qtbot, seeded, private_settings):
    from cybertrack.gui.main_window import MainWindow

    seeded.apply(
        ImportDocument(
            read_document(DATA / "a-res-74-247-establishing-ahc-cybercrime.txt"), library=True
        )
    )
    window = MainWindow(seeded, private_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seed = next(d for d in seeded.documents() if not d.library)
    window.go_to_item(next(i.id for i in seeded.items(seed.id) if i.number == "2"))
    yield window
    window.precedents.shutdown()


def _results(qtbot, panel):
    qtbot.waitUntil(lambda: panel.searched is not None and bool(panel.precedents))
    return panel.precedents


def _type_draft(qtbot, desk, text=DRAFT):
    desk.focus_amendment()
    desk.detail.amendment.selectAll()
    qtbot.keyClicks(desk.detail.amendment, text)
    panel = desk.precedents
    qtbot.waitUntil(lambda: panel.searched == desk.detail.amendment.toPlainText(), timeout=10_000)
    return panel


def test_with_no_wording_yet_the_paragraph_s_own_precedent_is_listed(qtbot, desk):
    found = _results(qtbot, desk.precedents)
    assert cite(found[0].paragraph) == "A/RES/74/247, para. 2"
    assert desk.detail.item.id not in [p.paragraph.item_id for p in found]
    assert desk.detail.amendment.extraSelections() == []  # nothing typed: nothing marked


def test_typing_lists_precedent_and_marks_the_agreed_words(qtbot, desk):
    panel = _type_draft(qtbot, desk)
    assert cite(panel.precedents[0].paragraph) == "A/RES/74/247, para. 2"
    (span,) = panel.agreed_spans
    marked = DRAFT[span.start : span.end]
    assert marked.startswith("open-ended ad hoc intergovernmental committee of experts")
    assert marked.endswith("a comprehensive international convention")
    (selection,) = desk.detail.amendment.extraSelections()
    assert selection.cursor.selectedText() == marked
    assert "18 of 22 words" in panel.status.text()


def test_the_search_runs_in_a_worker_process(qtbot, desk, monkeypatch):
    """Off the window's thread and out of its interpreter: a search held the interpreter the
    window needs at every call into Python."""
    from cybertrack.gui.process_jobs import PRECEDENTS
    from cybertrack.services.precedents import search_in_worker

    submitted = []
    real_submit = PRECEDENTS.submit
    monkeypatch.setattr(
        PRECEDENTS,
        "submit",
        lambda function, *args: submitted.append(function) or real_submit(function, *args),
    )
    _type_draft(qtbot, desk, DRAFT + " on cybercrime")
    assert search_in_worker in submitted
    assert PRECEDENTS.submit(os.getpid).result(timeout=60) != os.getpid()


def test_a_stale_answer_is_dropped(qtbot, desk):
    panel = desk.precedents
    _results(qtbot, panel)
    shown = panel.precedents
    stale = panel.searcher.serial
    panel.searcher.cancel()  # a newer request is pending
    panel._show_results(stale, [])
    assert panel.precedents == shown


def test_words_from_texts_under_negotiation_are_not_agreed_language(qtbot, desk, seeded):
    # Seed item (3) is a text under negotiation: sharing its words is no agreed language.
    seed = next(d for d in seeded.documents() if not d.library)
    other = next(i for i in seeded.items(seed.id) if i.number == "3")
    draft = " ".join(other.text.split()[:14])
    panel = _type_draft(qtbot, desk, draft)
    assert other.id in [p.paragraph.item_id for p in panel.precedents]
    assert panel.agreed_spans == []
    assert desk.detail.amendment.extraSelections() == []
    assert f"0 of {word_count(draft)} words" in panel.status.text()


def test_one_key_cites_the_precedent_and_undo_takes_the_citation_back(qtbot, desk, seeded):
    panel = _type_draft(qtbot, desk)
    item_id = desk.detail.item.id
    desk.window_actions["precedent.cite"].trigger()
    (cited,) = seeded.citations([item_id])[item_id]
    assert cite(cited) == "A/RES/74/247, para. 2"
    assert "A/RES/74/247, para. 2" in panel.cited.text()
    desk.undo_stack.undo()
    assert seeded.citations([item_id]) == {}
    assert "none" in panel.cited.text()
    desk.undo_stack.redo()
    desk.window_actions["precedent.cite"].trigger()  # cited already: the key takes it back
    assert seeded.citations([item_id]) == {}


def test_one_key_inserts_the_precedent_s_wording_at_the_cursor(qtbot, desk, seeded):
    panel = _type_draft(qtbot, desk)
    chosen = panel.precedents[0].paragraph.text
    desk.detail.amendment.moveCursor(desk.detail.amendment.textCursor().MoveOperation.End)
    desk.window_actions["precedent.insert"].trigger()
    text = desk.detail.amendment.toPlainText()
    assert text == DRAFT + " " + chosen
    desk.detail.flush()
    assert seeded.item(desk.detail.item.id).amendment == text
    desk.undo_stack.undo()
    assert chosen not in seeded.item(desk.detail.item.id).amendment


def test_the_list_is_reached_by_keyboard_and_another_precedent_chosen(qtbot, desk):
    panel = desk.precedents
    _results(qtbot, panel)
    desk.window_actions["precedent.focus"].trigger()
    assert panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert panel.chosen() == panel.precedents[1]
    assert panel.preview.toPlainText().startswith(panel.reference(panel.precedents[1].paragraph))


def test_moving_through_items_searches_only_where_the_delegate_stops(qtbot, desk):
    panel = desk.precedents
    _results(qtbot, panel)
    asked: list[str] = []
    real_request = panel.searcher.request
    panel.searcher.request = lambda path, text, exclude=(): (  # type: ignore[method-assign]
        asked.append(text) or real_request(path, text, exclude)
    )
    for _ in range(5):  # the arrow key held down
        desk.move_by(1)
    assert asked == []  # nothing searched for the items passed over
    qtbot.waitUntil(lambda: panel.searched is not None)
    assert asked == [desk.detail.item.text]
