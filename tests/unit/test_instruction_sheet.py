"""Capital's instruction in the stance spreadsheet's own column: exported, edited, imported."""

import openpyxl

from cybertrack.domain.positions import Instruction
from cybertrack.services import SetInstruction
from cybertrack.services.sheets import export_stance_sheet, plan_sheet_import


def _column(sheet, heading):
    """(header row, column) of the heading in the table below the title block."""
    for row in sheet.iter_rows(min_row=1, max_row=20):
        for cell in row:
            if cell.value == heading:
                return cell.row, cell.column
    raise AssertionError(f"no heading {heading!r}")


def test_the_instruction_column_round_trips_as_one_undoable_step(seeded, tmp_path):
    first, second = seeded.items()[:2]
    seeded.apply(SetInstruction((first.id,), Instruction.OPPOSE))
    out = tmp_path / "stances.xlsx"
    export_stance_sheet(seeded, out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    header, column = _column(sheet, "Capital's instruction")
    assert sheet.cell(header + 1, column).value == "oppose"
    sheet.cell(header + 1, column).value = "Flexibility"  # as capital wrote it
    sheet.cell(header + 2, column).value = "support"
    sheet.cell(header + 3, column).value = "abstain"  # not an instruction
    book.save(out)

    plan = plan_sheet_import(seeded, out)
    assert [(c.label, str(c.field), c.old, c.new) for c in plan.changes] == [
        ("(1)", "instruction", "oppose", "flexible"),
        ("(2)", "instruction", "", "support"),
    ]
    assert "unknown instruction 'abstain'" in str(plan.unmatched[0].reason)
    change = seeded.apply(plan.command)
    assert [i.instruction for i in seeded.items()[:2]] == [
        Instruction.FLEXIBLE,
        Instruction.SUPPORT,
    ]
    seeded.revert(change)
    assert [i.instruction for i in seeded.items()[:2]] == [Instruction.OPPOSE, None]
    assert second.instruction is None


def test_the_instruction_column_in_french_reads_back(seeded, tmp_path):
    seeded.apply(SetInstruction((seeded.items()[0].id,), Instruction.FLEXIBLE))
    out = tmp_path / "positions.xlsx"
    export_stance_sheet(seeded, out, language="fr")
    sheet = openpyxl.load_workbook(out).active
    header, column = _column(sheet, "Instruction de la capitale")
    assert sheet.cell(header + 1, column).value == "flexibilité"
    assert plan_sheet_import(seeded, out).empty  # read back as it was written: no change
