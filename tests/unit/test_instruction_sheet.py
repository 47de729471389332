"""Capital's instruction in the stance spreadsheet's own column: exported, edited, imported."""

import openpyxl

from cybertrack.domain.positions import Instruction
from cybertrack.exporters.stance_sheet import COLUMNS
from cybertrack.services import SetInstruction
from cybertrack.services.sheets import export_stance_sheet, plan_sheet_import


def test_the_instruction_column_round_trips_as_one_undoable_step(seeded, tmp_path):
    first, second = seeded.items()[:2]
    seeded.apply(SetInstruction((first.id,), Instruction.OPPOSE))
    out = tmp_path / "stances.xlsx"
    export_stance_sheet(seeded, out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    column = COLUMNS.index("Instruction") + 1
    assert sheet.cell(2, column).value == "oppose"
    sheet.cell(2, column).value = "Flexibility"  # as capital wrote it
    sheet.cell(3, column).value = "support"
    sheet.cell(4, column).value = "abstain"  # not an instruction
    book.save(out)

    plan = plan_sheet_import(seeded, out)
    assert [(c.label, str(c.field), c.old, c.new) for c in plan.changes] == [
        ("(1)", "instruction", "oppose", "flexible"),
        ("(2)", "instruction", "", "support"),
    ]
    assert str(plan.unmatched[0].reason).startswith("row 4: unknown instruction 'abstain'")
    change = seeded.apply(plan.command)
    assert [i.instruction for i in seeded.items()[:2]] == [
        Instruction.FLEXIBLE,
        Instruction.SUPPORT,
    ]
    seeded.revert(change)
    assert [i.instruction for i in seeded.items()[:2]] == [Instruction.OPPOSE, None]
    assert second.instruction is None
