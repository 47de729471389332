"""The export dialog and the public/internal fields of the detail panel, driven by qtbot."""

import docx
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.gui.dialogs.export_dialog import ExportDialog
from cybertrack.services import SetField, SetStance


def _dialog(qtbot, workspace, tmp_path, name="paper.docx"):
    dialog = ExportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.output.setText(str(tmp_path / name))
    return dialog


def test_exports_a_shareable_paper_without_the_internal_note(qtbot, seeded, tmp_path):
    item = seeded.items()[3]
    seeded.apply(SetStance((item.id,), Stance.OPPOSE))
    seeded.apply(SetField(item.id, Field.NOTE, "the minister dislikes this"))
    dialog = _dialog(qtbot, seeded, tmp_path)
    dialog.delegation.setText("Delegation of Peru")
    assert "Left out: internal notes" in dialog.included.text()
    assert dialog.progress.isHidden()
    assert "Left out: internal notes, priorities, author initials, undecided paragraphs" in (
        dialog.included.text()
    )
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].items == 1  # the one decided paragraph; undecided ones stay home
    assert not dialog.progress.isHidden()
    assert "Wrote" in dialog.status.text()
    document = docx.Document(str(tmp_path / "paper.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "the minister dislikes this" not in text
    assert document.core_properties.author == "Delegation of Peru"
    assert seeded.setting("delegation") == "Delegation of Peru"


def test_briefing_defaults_to_internal_and_says_so(qtbot, seeded, tmp_path):
    dialog = _dialog(qtbot, seeded, tmp_path, "position-paper.docx")
    dialog.kind.setCurrentIndex(dialog.kind.findData("briefing"))
    assert dialog.profile.currentData() == "internal"
    assert dialog.output.text().endswith("briefing.docx")
    assert "internal notes" in dialog.included.text().split("Left out")[0]
    dialog.tracked.setChecked(False)
    assert "clean text" in dialog.included.text()
    assert not dialog.order.isEnabled()


def test_undecided_paragraphs_can_be_listed_in_a_shareable_paper(qtbot, seeded, tmp_path):
    dialog = _dialog(qtbot, seeded, tmp_path)
    assert dialog.include_undecided.isEnabled()
    dialog.include_undecided.setChecked(True)
    assert dialog.options().include_undecided
    assert "undecided paragraphs, as under consideration" in dialog.included.text()
    dialog.profile.setCurrentIndex(dialog.profile.findData("internal"))
    assert not dialog.include_undecided.isEnabled()  # internal papers list them anyway


def test_a_dossier_cannot_be_made_shareable(qtbot, seeded, tmp_path):
    dialog = _dialog(qtbot, seeded, tmp_path)
    dialog.kind.setCurrentIndex(dialog.kind.findData("dossier"))
    assert dialog.profile.currentData() == "internal"
    model = dialog.profile.model()
    assert not model.item(dialog.profile.findData("shareable")).isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("position-paper"))
    assert model.item(dialog.profile.findData("shareable")).isEnabled()


def test_six_languages_starting_with_the_interfaces(qtbot, seeded, tmp_path):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("ru"))
    try:
        dialog = _dialog(qtbot, seeded, tmp_path)
        assert dialog.language.currentData() == "ru"
        codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
        assert codes == ["en", "fr", "es", "ar", "ru", "zh"]
    finally:
        QLocale.setDefault(QLocale("en"))


def test_the_document_list_says_which_version_each_document_is(qtbot, seeded, tmp_path):
    from cybertrack.importers import read_document
    from cybertrack.services import ImportDocument, LinkDocuments
    from tests.conftest import DATA

    seeded.apply(ImportDocument(read_document(DATA / "seed-revised.txt")))
    seeded.apply(LinkDocuments(1, 2))
    dialog = _dialog(qtbot, seeded, tmp_path)
    texts = [dialog.documents.item(i).text() for i in range(dialog.documents.count())]
    assert texts[0].startswith("[1] Draft report") and texts[0].endswith(
        "\nearlier version (the latest is [2] Report, addendum: International cooperation)"
    )
    assert texts[1].startswith("[2] Report") and texts[1].endswith("\nlatest of 2 versions")
    assert dialog.document_ids() == [2]  # the latest version, never both merged


def test_bad_output_name_is_one_sentence_and_writes_nothing(qtbot, seeded, tmp_path):
    dialog = _dialog(qtbot, seeded, tmp_path, "paper.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Not exported: paper.pdf")
    assert not list(tmp_path.glob("paper*"))
    assert dialog.export_button.isEnabled()


def test_no_document_chosen_exports_nothing(qtbot, seeded, tmp_path):
    dialog = _dialog(qtbot, seeded, tmp_path)
    dialog.documents.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Not exported: choose at least one document"
    assert not list(tmp_path.glob("paper*"))


def test_every_control_has_an_accessible_name(qtbot, seeded, tmp_path):
    dialog = _dialog(qtbot, seeded, tmp_path)
    controls = [
        dialog.kind,
        dialog.profile,
        dialog.language,
        dialog.order,
        dialog.tracked,
        dialog.include_undecided,
        dialog.delegation,
        dialog.documents,
        dialog.template,
        dialog.output,
        dialog.open_when_done,
        dialog.included,
        dialog.progress,
    ]
    assert all(c.accessibleName() for c in controls)


def test_export_action_and_public_fields_in_the_window(window, qtbot):
    action = next(a for a in window.actions() if a.objectName() == "action:file.export")
    assert action.shortcut() == QKeySequence("Ctrl+E")
    detail = window.detail
    item_id = detail.item.id
    detail.rationale.setPlainText("Consistent with the mandate.")
    detail.flush()
    assert window.workspace.item(item_id).rationale == "Consistent with the mandate."
    detail.priority.setCurrentIndex(2)
    detail.priority.activated.emit(2)
    assert window.workspace.item(item_id).priority == Priority.RED_LINE
    window.undo_stack.undo()
    assert window.workspace.item(item_id).priority == Priority.NORMAL
    window.undo_stack.undo()
    assert window.workspace.item(item_id).rationale == ""
    assert detail.note.accessibleName() == "Internal note"
    assert detail.rationale.accessibleName() == "Public reason"


def test_stance_sheet_preview_then_apply_is_one_undo_step(window, qtbot, tmp_path):
    import openpyxl

    from cybertrack.gui.dialogs.sheet_import_dialog import import_sheet
    from cybertrack.services.sheets import export_stance_sheet

    out = tmp_path / "stances.xlsx"
    export_stance_sheet(window.workspace, out)
    book = openpyxl.load_workbook(out)
    header = next(r for r in range(1, 20) if book.active.cell(r, 1).value == "Item ID")
    book.active.cell(header + 1, 5).value = "oppose"
    book.active.cell(header + 2, 5).value = "perhaps"
    book.save(out)
    dialog = import_sheet(window, window.workspace, window.execute, out)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.changes.rowCount() == 1
    assert dialog.changes.item(0, 3).text() == "oppose"
    assert dialog.unmatched.count() == 1
    assert window.workspace.items()[0].stance is None  # preview only
    dialog.apply_button.click()
    assert window.workspace.items()[0].stance == Stance.OPPOSE
    assert window.item_model.data(window.item_model.index(0, 1)) == "Oppose"
    window.undo_stack.undo()
    assert window.workspace.items()[0].stance is None
    names = {a.objectName() for a in window.actions()}
    assert {"action:file.export_sheet", "action:file.import_sheet"} <= names


def test_a_setting_change_is_an_undo_step(window):
    from cybertrack.services import SetSetting

    window.execute(SetSetting("delegation", "Delegation of Chile"))
    assert window.workspace.setting("delegation") == "Delegation of Chile"
    assert window.undo_stack.undoText() == "Set delegation"
    window.undo_stack.undo()
    assert window.workspace.setting("delegation") == ""
