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
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].items == 39
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
    book.active["E2"] = "oppose"
    book.active["E3"] = "perhaps"
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
