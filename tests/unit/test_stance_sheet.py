"""The stance spreadsheet round trip: export, edit in 'Excel', preview, apply, undo."""

import openpyxl
import pytest

from cybertrack.domain.errors import CyberTrackError, ImportFailed
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.exporters.stance_sheet import COLUMNS
from cybertrack.services import SetField, SetStance
from cybertrack.services.sheets import export_stance_sheet, plan_sheet_import


def _state(ws):
    return [(i.id, i.stance, i.note, i.rationale, i.priority, i.amendment) for i in ws.items()]


def test_export_has_one_row_per_item_with_its_fields(seeded, tmp_path):
    item = seeded.items()[2]
    seeded.apply(SetStance((item.id,), Stance.OPPOSE))
    seeded.apply(SetField(item.id, Field.NOTE, "no: capital"))
    out = tmp_path / "stances.xlsx"
    assert export_stance_sheet(seeded, out) == 39
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    assert len(rows) == 40
    assert rows[3][:3] == (item.id, "Draft report, addendum: International cooperation", "(3)")
    assert (rows[3][4], rows[3][5], rows[3][7]) == ("oppose", "normal", "no: capital")
    ranges = {str(v.sqref) for v in sheet.data_validations.dataValidation}
    assert ranges == {"E2:E40", "F2:F40"}  # drop-down lists of stances and priorities


def test_edited_sheet_previews_then_applies_as_one_undo_step(seeded, tmp_path):
    out = tmp_path / "stances.xlsx"
    export_stance_sheet(seeded, out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    sheet["E2"] = "Support"  # (1): case does not matter
    sheet["H2"] = "capital agrees"
    sheet["F3"] = "red line"  # (2)
    sheet["G3"] = "Outside the mandate."
    sheet["E4"] = "maybe"  # (3): not a stance
    sheet["A5"] = 99999  # (4): no such item
    sheet["C6"] = "(17)"  # (5): label does not match its id
    sheet.append([None] * len(COLUMNS))  # blank rows are ignored
    book.save(out)

    before = _state(seeded)
    plan = plan_sheet_import(seeded, out)
    assert _state(seeded) == before  # a preview writes nothing
    assert [(c.label, str(c.field), c.old, c.new) for c in plan.changes] == [
        ("(1)", "stance", "", "support"),
        ("(1)", "internal note", "", "capital agrees"),
        ("(2)", "priority", "normal", "red-line"),  # the sheet may say "red line"
        ("(2)", "public reason", "", "Outside the mandate."),
    ]
    reasons = [str(u.reason) for u in plan.unmatched]
    assert reasons[0].startswith("row 4: unknown stance 'maybe'")
    assert reasons[1] == "row 5: no item with id 99999 in this workspace"
    assert reasons[2] == f"row 6: item {seeded.items()[4].id} is (5) here, not (17)"

    change = seeded.apply(plan.command)
    first, second = seeded.items()[:2]
    assert (first.stance, first.note) == (Stance.SUPPORT, "capital agrees")
    assert (second.priority, second.rationale) == (Priority.RED_LINE, "Outside the mandate.")
    seeded.revert(change)
    assert _state(seeded) == before
    assert plan_sheet_import(seeded, out).changes == plan.changes


def test_unchanged_sheet_changes_nothing(seeded, tmp_path):
    out = tmp_path / "stances.xlsx"
    export_stance_sheet(seeded, out)
    plan = plan_sheet_import(seeded, out)
    assert plan.empty and not plan.unmatched


def test_bad_files_are_one_sentence(seeded, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    with pytest.raises(ImportFailed, match="not an Excel workbook"):
        plan_sheet_import(seeded, bad)
    other = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Value"])
    book.save(other)
    with pytest.raises(ImportFailed, match="no column 'Item ID'"):
        plan_sheet_import(seeded, other)
    with pytest.raises(CyberTrackError, match=r"name it \.xlsx"):
        export_stance_sheet(seeded, tmp_path / "x.csv")
