"""The stance spreadsheet round trip: export, edit in 'Excel', preview, apply, undo."""

import zipfile
from datetime import date

import openpyxl
import pytest

from cybertrack.domain.errors import CyberTrackError, ImportFailed
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.exporters.stance_sheet import COLUMNS
from cybertrack.services import SetField, SetSetting, SetStance
from cybertrack.services.sheets import export_stance_sheet, plan_sheet_import

ENGLISH_HEADINGS = (
    "Item ID",
    "Document",
    "No.",
    "Text",
    "Stance",
    "Priority",
    "Public reason",
    "Internal note",
    "Proposed wording",
    "Capital's instruction",
)


def _state(ws):
    return [(i.id, i.stance, i.note, i.rationale, i.priority, i.amendment) for i in ws.items()]


def _header_row(sheet):
    return next(r for r in range(1, 20) if sheet.cell(r, 1).value in ("Item ID", "Identifiant"))


def test_export_has_the_title_block_then_one_row_per_item(seeded, tmp_path):
    seeded.apply(SetSetting("delegation", "Delegation of Chile"))
    item = seeded.items()[2]
    seeded.apply(SetStance((item.id,), Stance.OPPOSE))
    seeded.apply(SetField(item.id, Field.NOTE, "no: capital"))
    out = tmp_path / "stances.xlsx"
    assert export_stance_sheet(seeded, out, issued=date(2026, 2, 3)) == 39
    book = openpyxl.load_workbook(out)
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    assert [r[0] for r in rows[:6]] == [
        "Delegation of Chile",
        "Stance table",
        "Expert Group to Conduct a Comprehensive Study on Cybercrime",
        "Vienna, 27–29 July 2020",
        "Issued 3 February 2026",
        "Internal – not for distribution",
    ]
    header = _header_row(sheet)
    assert rows[header - 1] == ENGLISH_HEADINGS
    assert len(rows) == header + 39
    third = rows[header + 2]
    assert third[:3] == (item.id, "Draft report, addendum: International cooperation", "(3)")
    assert (third[4], third[5], third[7]) == ("oppose", "normal", "no: capital")
    last = header + 39
    ranges = {str(v.sqref) for v in sheet.data_validations.dataValidation}
    # Drop-down lists: stance, priority and capital's instruction.
    assert ranges == {f"{c}{header + 1}:{c}{last}" for c in "EFJ"}
    assert sheet.freeze_panes == f"E{header + 1}"
    assert sheet.oddHeader.center.text == "Internal – not for distribution"
    assert sheet.oddFooter.center.text == "Page &P of &N"
    assert sheet.print_title_rows == f"${header}:${header}"  # on every printed page
    # Rows tall enough for their wrapped text (neither Excel nor LibreOffice grows them).
    long_row, short_row = sheet.row_dimensions[header + 2], sheet.row_dimensions[header + 3]
    assert long_row.height >= 15 * 15 and short_row.height < long_row.height
    props = book.properties
    assert (props.creator, props.lastModifiedBy) == ("Delegation of Chile",) * 2
    assert props.created.date() == props.modified.date() == date(2026, 2, 3)


def test_a_french_sheet_comes_back_in_french(seeded, tmp_path):
    out = tmp_path / "positions.xlsx"
    export_stance_sheet(seeded, out, language="fr")
    book = openpyxl.load_workbook(out)
    sheet = book.active
    header = _header_row(sheet)
    assert [c.value for c in sheet[header]][:5] == [
        "Identifiant",
        "Document",
        "N°",
        "Texte",
        "Position",
    ]
    sheet.cell(header + 1, 5).value = "appui"
    sheet.cell(header + 2, 6).value = "ligne rouge"
    book.save(out)
    plan = plan_sheet_import(seeded, out)
    assert [(c.label, str(c.field), c.new) for c in plan.changes] == [
        ("(1)", "stance", "support"),
        ("(2)", "priority", "red-line"),
    ]


def test_edited_sheet_previews_then_applies_as_one_undo_step(seeded, tmp_path):
    out = tmp_path / "stances.xlsx"
    export_stance_sheet(seeded, out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    h = _header_row(sheet)
    sheet[f"E{h + 1}"] = "Support"  # (1): case does not matter
    sheet[f"H{h + 1}"] = "capital agrees"
    sheet[f"F{h + 2}"] = "red line"  # (2)
    sheet[f"G{h + 2}"] = "Outside the mandate."
    sheet[f"E{h + 3}"] = "maybe"  # (3): not a stance
    sheet[f"A{h + 4}"] = 99999  # (4): no such item
    sheet[f"C{h + 5}"] = "(17)"  # (5): label does not match its id
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
    assert reasons[0].startswith(f"row {h + 3}: unknown stance 'maybe'")
    assert reasons[1] == f"row {h + 4}: no item with id 99999 in this workspace"
    assert reasons[2] == f"row {h + 5}: item {seeded.items()[4].id} is (5) here, not (17)"

    change = seeded.apply(plan.command)
    first, second = seeded.items()[:2]
    assert (first.stance, first.note) == (Stance.SUPPORT, "capital agrees")
    assert (second.priority, second.rationale) == (Priority.RED_LINE, "Outside the mandate.")
    seeded.revert(change)
    assert _state(seeded) == before
    assert plan_sheet_import(seeded, out).changes == plan.changes


def test_a_sheet_of_an_earlier_version_still_imports(seeded, tmp_path):
    """Header in row 1, English headings as version 0.x wrote them."""
    old = tmp_path / "old.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Item ID", "Document", "Item", "Text", "Stance", "Internal note"])
    first = seeded.items()[0]
    book.active.append([first.id, "x", "(1)", first.text, "oppose", "from the old sheet"])
    book.save(old)
    plan = plan_sheet_import(seeded, old)
    assert [(str(c.field), c.new) for c in plan.changes] == [
        ("stance", "oppose"),
        ("internal note", "from the old sheet"),
    ]


FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "+33 1 40 00 00 00",
    "-- delete the second sentence",
    "@SUM(A1:A2)",
    "=1+1",
]


def test_formula_like_values_are_written_as_text_and_come_back_exactly(seeded, tmp_path):
    items = seeded.items()
    for item, value in zip(items, FORMULAS, strict=False):
        seeded.apply(SetField(item.id, Field.NOTE, value))
        seeded.apply(SetField(item.id, Field.AMENDMENT, value))
    out = tmp_path / "stances.xlsx"
    export_stance_sheet(seeded, out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    h = _header_row(sheet)
    for offset, value in enumerate(FORMULAS, start=1):
        cell = sheet.cell(h + offset, 8)
        assert (cell.value, cell.data_type) == (value, "s")  # text, never a live formula
        assert cell.quotePrefix  # and Excel keeps it text when the cell is edited
    # Re-importing the untouched sheet changes nothing (it used to clear these fields).
    plan = plan_sheet_import(seeded, out)
    assert plan.empty and not plan.unmatched
    assert [i.note for i in seeded.items()[: len(FORMULAS)]] == FORMULAS


def test_soft_line_breaks_and_control_characters_never_break_the_sheet(seeded, tmp_path):
    item = seeded.items()[0]
    seeded.apply(SetField(item.id, Field.NOTE, "first line\x0bsecond line\x07"))
    assert seeded.item(item.id).note == "first line\nsecond line"  # cleaned where it entered
    out = tmp_path / "stances.xlsx"
    export_stance_sheet(seeded, out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    h = _header_row(sheet)
    sheet.cell(h + 2, 8).value = "typed MARK in Excel"
    book.save(out)
    # Excel stores a pasted soft line break as the escape _x000B_ (XML cannot hold U+000B).
    _replace_in_file(out, b"MARK", b"_x000B_")
    plan = plan_sheet_import(seeded, out)
    assert [(c.label, c.new) for c in plan.changes] == [("(2)", "typed \n in Excel")]


def _replace_in_file(path, old, new):
    with zipfile.ZipFile(path) as archive:
        entries = [(e, archive.read(e)) for e in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for entry, data in entries:
            archive.writestr(entry, data.replace(old, new))


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


def test_a_note_longer_than_a_cell_survives_a_round_trip(seeded, tmp_path):
    # Excel holds 32,767 characters a cell: the sheet comes back with a 60,000-character note
    # cut there, and importing it unedited stored the cut copy without a word.
    item = seeded.items()[0]
    note = "Capital's full brief. " * 2800
    assert len(note) > 60_000
    seeded.apply(SetField(item.id, Field.NOTE, note))
    out = tmp_path / "stances.xlsx"
    export_stance_sheet(seeded, out)
    plan = plan_sheet_import(seeded, out)
    assert not [c for c in plan.changes if c.item_id == item.id]
    # An edit that makes a long note short is still an edit.
    book = openpyxl.load_workbook(out)
    sheet = book.active
    h = _header_row(sheet)
    sheet[f"H{h + 1}"] = "Short now."
    book.save(out)
    (change,) = [c for c in plan_sheet_import(seeded, out).changes if c.item_id == item.id]
    assert change.new == "Short now."
