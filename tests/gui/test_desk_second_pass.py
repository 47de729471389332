"""The desk's second pass: versions told apart, nothing frozen, room for content, find in the
delegate's own texts, empty states, the selection shown, one redline palette."""

from __future__ import annotations

import threading
from dataclasses import replace

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.positions import Field, Stance
from cybertrack.domain.search import SearchScope
from cybertrack.gui.dialog_size import fit_dialog
from cybertrack.gui.diff_html import diff_html
from cybertrack.gui.documents import document_labels
from cybertrack.gui.views.markup import DELETE_COLOUR, INSERT_COLOUR, redline_html
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetField, SetStance
from tests.conftest import DATA

# -- 1. versions named --------------------------------------------------------------------------


def test_a_second_document_of_the_same_name_is_asked_a_label_and_shown_with_it(window, qtbot):
    flow = window.import_flow
    # A report with the seed's title (in several scripts): the preview asks what tells it apart.
    flow.preview(DATA / "multiscript-report.txt", read_document(DATA / "multiscript-report.txt"))
    dialog = flow.dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    assert dialog.version_edit.isVisibleTo(dialog)
    assert "Already in the workspace" in dialog.version_note.text()
    assert dialog.version_edit.text() == "Rev.1"  # a suggestion, to be corrected
    dialog.version_edit.setText("Rev.2 (3 March)")
    with qtbot.waitSignal(flow.shown, timeout=30000):
        dialog.save()
    new = window.workspace.documents()[-1]
    assert new.version_label == "Rev.2 (3 March)"
    label = window.navigator_model.label(new.id)
    assert label.endswith("· Rev.2 (3 March)")
    assert label != window.navigator_model.label(1)
    assert "Rev.2 (3 March)" in window.statusBar().currentMessage()


def test_a_new_title_asks_no_label(qtbot, window):
    flow = window.import_flow
    flow.preview(DATA / "A_80_590.docx", read_document(DATA / "A_80_590.docx"))
    dialog = flow.dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    assert not dialog.version_edit.isVisibleTo(dialog) and dialog.version() is None
    dialog.reject()


def test_labels_tell_apart_same_names_by_date_then_by_order(seeded):
    (first,) = seeded.documents()
    same_day = replace(first, id=2)
    later = replace(first, id=3, doc_date="2020-08-03")
    labels = document_labels([first, same_day, later])
    assert labels[3].endswith("3 Aug 2020")
    assert labels[1] != labels[2] and labels[1].endswith("(version 1)")
    assert labels[2].endswith("(version 2)")
    assert document_labels([first]) == {first.id: first.title}  # alone: just its name


# -- 2. never frozen ----------------------------------------------------------------------------


def test_the_import_is_written_off_the_gui_thread(window, qtbot, monkeypatch):
    from cybertrack.services import Workspace

    writers: list[threading.Thread] = []
    real = Workspace.apply

    def apply(self, command):
        if isinstance(command, ImportDocument):
            writers.append(threading.current_thread())
        return real(self, command)

    monkeypatch.setattr(Workspace, "apply", apply)
    flow = window.import_flow
    flow.preview(DATA / "A_80_590.docx", read_document(DATA / "A_80_590.docx"))
    qtbot.waitUntil(flow.dialog.import_button.isEnabled, timeout=30000)
    with qtbot.waitSignal(flow.shown, timeout=30000):
        flow.dialog.save()
    assert writers and writers[0] is not threading.main_thread()
    assert window.undo_stack.count() == 1  # still one undo step
    window.undo_stack.undo()  # a whole document: undone off the GUI thread too
    qtbot.waitUntil(lambda: len(window.workspace.documents()) == 1)


def test_version_detection_runs_in_a_worker_process(window, qtbot, monkeypatch):
    import cybertrack.services.version_detection as versions

    def not_here(*_args, **_kwargs):
        raise AssertionError("version detection ran in the window's process")

    monkeypatch.setattr(versions, "version_match", not_here)  # this process only
    window.commands.execute(SetStance((window.workspace.resolve_item("1:4"),), Stance.OPPOSE))
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    qtbot.waitUntil(window.carry_prompt.isVisible, timeout=60000)


# -- 4. room for content ------------------------------------------------------------------------


def test_empty_fields_take_one_line_and_grow_with_their_text(window, qtbot):
    detail = window.detail
    line = detail.note.fontMetrics().lineSpacing()
    assert detail.note.height() < 2 * line + 16  # empty: one line
    assert detail.redline.isHidden()  # no amendment, no changes box
    detail.note.setPlainText("\n".join(f"line {n}" for n in range(6)))
    qtbot.waitUntil(lambda: detail.note.height() >= 6 * line)
    window.focus_amendment(from_original=False)
    qtbot.keyClicks(detail.amendment, "A shorter text.")
    assert detail.redline.isVisible()


def test_dialogs_fit_the_screen_and_remember_their_size(qtbot, window):
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    fit_dialog(dialog, "test", QSize(5000, 4000))
    room = window.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    dialog.resize(420, 300)
    dialog.done(0)
    again = QDialog(window)
    qtbot.addWidget(again)
    fit_dialog(again, "test", QSize(900, 700))
    assert again.size() == QSize(420, 300)
    assert QSettings().value("dialogs/test") == QSize(420, 300)


# -- 5. find everything ------------------------------------------------------------------------


def test_find_covers_the_delegates_own_texts_with_a_scope(window, qtbot):
    ws = window.workspace
    four, nine = ws.resolve_item("1:4"), ws.resolve_item("1:9")
    window.commands.execute(SetField(four, Field.NOTE, "Capital wants a rapporteur"))
    window.commands.execute(SetField(nine, Field.AMENDMENT, "Delete the rapporteur mandate"))
    bar = window.filter_bar
    bar.search.setText("rapporteur")
    window.items.apply_filters()
    shown = {window.proxy.row_at(r).id for r in range(window.proxy.rowCount())}
    assert shown == {four, nine}  # in no item's own text
    window.table.setFocus()
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert bar.scope() is SearchScope.TEXT and bar.search.hasFocus()
    assert window.proxy.rowCount() == 0
    bar.next_scope()
    assert bar.scope() is SearchScope.OWN and window.proxy.rowCount() == 2
    window.go_to_item(four)

    def marked() -> list[str]:
        return [m.cursor.selectedText() for m in window.detail.note.extraSelections()]

    qtbot.waitUntil(lambda: marked() == ["rapporteur"])  # once the table is painted


def test_a_quoted_phrase_is_found_and_marked_as_a_phrase(window, qtbot):
    window.filter_bar.search.setText('"Budapest Convention"')
    window.items.apply_filters()
    assert window.proxy.rowCount() >= 1
    qtbot.waitUntil(
        lambda: ">Budapest Convention</span>" in window.detail.text.toHtml().replace("\n", " ")
    )


# -- 7. undo that explains itself ---------------------------------------------------------------


def test_an_undone_decision_is_struck_through_in_the_history(window):
    item = window.detail.item.id
    window.commands.execute(SetStance((item,), Stance.OPPOSE))
    assert window.undo_action.text() == "&Undo: Set (1) to oppose"
    window.undo_stack.undo()
    assert window.redo_action.text() == "&Redo: Set (1) to oppose"
    entry = window.detail.history.item(0)
    assert entry.font().strikeOut() and "(undone" in entry.text()
    assert window.workspace.history(item)[0].undone
    window.undo_stack.redo()
    assert not window.detail.history.item(0).font().strikeOut()


# -- 9. empty states, the selection, one palette -------------------------------------------------


def test_a_selection_of_several_items_is_shown_and_counted(window, qtbot):
    window.table.go_to_row(2)
    for _ in range(2):
        qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.items.selected_label.text().startswith("3 selected")
    note = window.detail.selection_note
    assert note.isVisibleTo(window) and "(3), (4), (5)" in note.text()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert not note.isVisibleTo(window) and window.items.selected_label.text() == ""


def test_the_navigator_says_what_to_do_when_the_workspace_is_empty(window, tmp_path):
    assert window.files.open_path(tmp_path / "empty.cybertrack", new=True)
    assert window.navigator._empty and "Import one with Ctrl+I" in window.navigator.empty_text()


def test_delegations_start_with_a_hint_and_say_when_there_are_no_participants(
    window, qtbot, monkeypatch
):
    from cybertrack.gui.views.delegations_view import DelegationsDialog

    window.commands.execute(ImportDocument(read_document(DATA / "multiscript-report.txt")))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    dialog = DelegationsDialog(window.commands, 2, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_hint.isVisible() and "Ctrl+P" in dialog.empty_hint.text()
    dialog.add_participants()  # this report lists no participants
    assert told and "lists no participants" in told[0]
    seed = DelegationsDialog(window.commands, 1, parent=window)
    qtbot.addWidget(seed)
    seed.show()
    seed.add_participants()
    assert not seed.empty_hint.isVisible()
    assert "delegations added from the participants" in seed.status.text()


def test_one_redline_palette_in_every_view():
    assert f"color:{DELETE_COLOUR}" in diff_html("a b", "a c")
    assert f"color:{INSERT_COLOUR}" in diff_html("a b", "a c")
    assert f"color:{INSERT_COLOUR}" in redline_html("a b", "a c")


def test_enter_in_the_export_dialog_exports(qtbot, seeded, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from cybertrack.gui.dialogs.export_dialog import ExportDialog

    chooser: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (chooser.append("x"), ("", ""))[1]
    )
    started: list[bool] = []
    monkeypatch.setattr(ExportDialog, "start_export", lambda self: started.append(True))
    dialog = ExportDialog(seeded)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    assert started and not chooser


def test_import_warnings_are_shown_in_the_preview_and_the_status_line(window, qtbot):
    warning = Message(Code.IMPORT_NUMBERING_GAP, first=2, next=4)
    document = replace(read_document(DATA / "A_80_590.docx"), warnings=(warning,))
    flow = window.import_flow
    flow.preview(DATA / "A_80_590.docx", document)
    dialog = flow.dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    assert "jumps from 2 to 4" in dialog.warnings.text() and dialog.warnings.isVisibleTo(dialog)
    with qtbot.waitSignal(flow.shown, timeout=30000):
        dialog.save()
    assert "jumps from 2 to 4" in window.statusBar().currentMessage()


def test_the_detail_marks_a_search_after_the_table_has_answered_it(window, qtbot):
    """A keystroke's answer is the filtered table: the current item's text is marked again
    in the pass after the table's paint, not in the keystroke's own."""
    window.filter_bar.search.setText("Budapest")
    window.items.apply_filters()
    assert window.proxy.rowCount() >= 1
    assert ">Budapest</span>" not in window.detail.text.toHtml()
    qtbot.waitUntil(lambda: ">Budapest</span>" in window.detail.text.toHtml())


def test_a_navigator_change_after_the_workspace_closed_reads_nothing(window, qtbot):
    """A change the window handles late (an undo's reload reaching the navigator as the
    workspace closes) shows nothing rather than reading a closed file."""
    window.commands.execute(ImportDocument(read_document(DATA / "seed-revised.txt")))
    qtbot.waitUntil(lambda: len(window.workspace.documents()) == 2)
    shown = window._document_id
    others = [d.id for d in window.workspace.documents() if d.id != shown]
    assert others
    index = window.navigator_model.document_index(others[0])
    window.workspace.close()
    window.navigator.setCurrentIndex(index)  # raised "Cannot operate on a closed database"
    assert window._document_id == shown


def test_the_navigator_shows_a_chapter_over_its_sections(window, qtbot):
    # A/80/600: chapter I holds no paragraph of its own, sections A-F under it do. Choosing
    # the chapter shows every item; a section shows its own.
    flow = window.import_flow
    flow.preview(DATA / "A_80_600.docx", read_document(DATA / "A_80_600.docx"))
    qtbot.waitUntil(flow.dialog.import_button.isEnabled, timeout=30000)
    with qtbot.waitSignal(flow.shown, timeout=30000):
        flow.dialog.save()
    new = window.workspace.documents()[-1]
    model = window.navigator_model
    qtbot.waitUntil(lambda: bool(model.division_indexes(new.id)), timeout=10000)
    chapter = model.division_indexes(new.id)[0]
    assert chapter.data().startswith("I. Mandate, results achieved and planned")
    sections = [model.index(row, 0, chapter).data() for row in range(model.rowCount(chapter))]
    assert sections[:2] == ["A. Mandate", "B. Budget implementation for 2024/25"]
    qtbot.waitUntil(lambda: window.navigator.isExpanded(chapter), timeout=10000)
    window.navigator.setCurrentIndex(model.index(0, 0, chapter))
    assert window.filter_bar.section_filter() == "A. Mandate"
    window.navigator.setCurrentIndex(chapter)
    assert window.filter_bar.section_filter() is None
    window.items.load_rest()
    assert window.items.proxy.rowCount() == len(window.workspace.items(new.id))
