"""The stance spreadsheet round trip: export the table, preview an edited sheet, apply it.

Rows are matched by item id and checked against the item's label. The preview lists every field
that would change and every row that does not match, with its reason; applying it is one
command (one transaction, one undo step).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cybertrack.domain.errors import BadValue, CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ItemRow
from cybertrack.domain.positions import Field, Instruction, Priority, Stance
from cybertrack.exporters.stance_sheet import (
    COLUMNS,
    REQUIRED,
    instruction_value,
    priority_value,
    stance_value,
    write_stance_sheet,
)
from cybertrack.exporters.vocabulary import LANGUAGES, Vocabulary
from cybertrack.importers.stance_sheet import SheetRow, heading_key, read_stance_sheet
from cybertrack.services.commands import (
    Batch,
    Command,
    SetField,
    SetInstruction,
    SetPriority,
    SetStance,
)
from cybertrack.services.exports import chosen_documents
from cybertrack.services.settings import DEFAULT_DELEGATION, DELEGATION
from cybertrack.services.workspace import Workspace

# The headings earlier versions wrote (English only), still read.
_EARLIER_HEADINGS = {
    "Item ID": "id",
    "Item": "number",
    "Stance": "stance",
    "Priority": "priority",
    "Public reason": "rationale",
    "Internal note": "note",
    "Proposed wording": "amendment",
    "Instruction": "instruction",
}

# The sheet's free-text columns, as the preview names them.
_FIELD_COLUMNS = (
    (Field.RATIONALE, Code.WORD_PUBLIC_REASON),
    (Field.NOTE, Code.WORD_INTERNAL_NOTE),
    (Field.AMENDMENT, Code.WORD_PROPOSED_WORDING),
)


@dataclass(frozen=True)
class FieldChange:
    item_id: int
    label: str
    field: Message  # the column's name, as a word
    old: str
    new: str


@dataclass(frozen=True)
class Unmatched:
    row: int
    reason: Message


@dataclass(frozen=True)
class SheetPlan:
    changes: tuple[FieldChange, ...]
    unmatched: tuple[Unmatched, ...]
    command: Batch

    @property
    def empty(self) -> bool:
        return not self.changes


def export_stance_sheet(
    workspace: Workspace,
    out: Path,
    document_ids: Sequence[int] | None = None,
    *,
    language: str = "en",
    issued: date | None = None,
) -> int:
    """Write the stance table of `document_ids` (default: the latest version of each text) in
    `language`; returns the row count."""
    if out.suffix.lower() != ".xlsx":
        raise CyberTrackError(Code.SHEET_NAME_XLSX, name=out.name)
    Vocabulary(language)  # one clear error for a language we do not write
    rows = chosen_documents(workspace, document_ids)
    try:
        return write_stance_sheet(
            [(row, workspace.items(row.id)) for row in rows],
            out,
            language=language,
            delegation=workspace.setting(DELEGATION, DEFAULT_DELEGATION),
            issued=issued,
        )
    except OSError as exc:
        raise CyberTrackError(
            Code.CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)
        ) from None


def plan_sheet_import(workspace: Workspace, path: Path) -> SheetPlan:
    """What importing `path` would change, and which rows do not match (nothing written)."""
    rows = read_stance_sheet(path, _HEADINGS, _REQUIRED)
    items = {item.id: item for item in workspace.items_by_ids(_ids(rows))}
    changes: list[FieldChange] = []
    unmatched: list[Unmatched] = []
    commands: list[Command] = []
    seen: set[int] = set()
    for row in rows:
        problem, item = _match(row, items, seen)
        if problem:
            unmatched.append(Unmatched(row.row, problem))
            continue
        assert item is not None
        seen.add(item.id)
        try:
            found = _row_changes(row, item)
        except BadValue as exc:
            unmatched.append(
                Unmatched(
                    row.row, Message(Code.SHEET_ROW_PROBLEM, row=row.row, problem=exc.message)
                )
            )
            continue
        for change, command in found:
            changes.append(change)
            commands.append(command)
    description = Message(Code.DID_IMPORT_SHEET, name=path.name)
    return SheetPlan(tuple(changes), tuple(unmatched), Batch(tuple(commands), description))


def _ids(rows: Sequence[SheetRow]) -> list[int]:
    return [i for i in (_as_id(r.item_id) for r in rows) if i is not None]


def _as_id(text: str) -> int | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def _match(
    row: SheetRow, items: dict[int, ItemRow], seen: set[int]
) -> tuple[Message | None, ItemRow | None]:
    item_id = _as_id(row.item_id)
    if item_id is None:
        return Message(Code.SHEET_ROW_NO_ID, row=row.row), None
    item = items.get(item_id)
    if item is None:
        return Message(Code.SHEET_ROW_UNKNOWN_ITEM, row=row.row, item_id=item_id), None
    if row.label and row.label != item.label:
        problem = Message(
            Code.SHEET_ROW_OTHER_LABEL,
            row=row.row,
            item_id=item_id,
            label=item.label,
            sheet_label=row.label,
        )
        return problem, None
    if item_id in seen:
        return Message(Code.SHEET_ROW_TWICE, row=row.row, item_id=item_id), None
    return None, item


def _row_changes(row: SheetRow, item: ItemRow) -> list[tuple[FieldChange, Command]]:
    """The fields `row` changes on `item`; BadValue for a value that is not a choice."""
    found: list[tuple[FieldChange, Command]] = []

    def change(field: Code, old: str, new: str, command: Command) -> None:
        found.append((FieldChange(item.id, item.label, Message(field), old, new), command))

    stance = _STANCES.get(row.stance.casefold()) or Stance.parse(row.stance)
    if stance != item.stance:
        old = item.stance.value if item.stance else ""
        new = stance.value if stance else ""
        change(Code.WORD_STANCE, old, new, SetStance((item.id,), stance))
    priority = row.get("priority")
    if priority is not None:
        wanted = _PRIORITIES.get(priority.casefold()) or Priority.parse(priority) or Priority.NORMAL
        if wanted != item.priority:
            command = SetPriority((item.id,), wanted)
            change(Code.WORD_PRIORITY, item.priority.value, wanted.value, command)
    instruction = row.get("instruction")  # the sheet's own column for capital's instruction
    if instruction is not None:
        given = _INSTRUCTIONS.get(instruction.casefold()) or Instruction.parse(instruction)
        if given != item.instruction:
            old = item.instruction.value if item.instruction else ""
            new = given.value if given else ""
            change(Code.WORD_INSTRUCTION, old, new, SetInstruction((item.id,), given))
    for field, word in _FIELD_COLUMNS:
        value = row.get(field.value)
        current = getattr(item, field.value)
        if value is not None and value != current.strip() and not _cut_copy(value, current):
            change(word, current, value, SetField(item.id, field, value))
    return found


# The most characters an Excel cell holds: openpyxl cuts a longer text there as it writes.
EXCEL_CELL = 32_767


def _cut_copy(value: str, current: str) -> bool:
    """A note longer than a cell comes back cut at the cell's limit: no edit to apply (it
    would store the cut copy: a 60,000-character note lost its end on a round trip)."""
    return len(value) == EXCEL_CELL and current.startswith(value)


def _headings() -> dict[str, str]:
    """Every heading a sheet may carry, in any of the six languages, -> its column key."""
    found = {heading_key(name): key for name, key in _EARLIER_HEADINGS.items()}
    for language in LANGUAGES:
        vocab = Vocabulary(language)
        for column in COLUMNS:
            found[heading_key(vocab[column.heading])] = column.key
    return found


def _words() -> tuple[dict[str, Stance], dict[str, Priority], dict[str, Instruction]]:
    """Stance, priority and instruction words in the six languages, as the sheet writes them."""
    stances: dict[str, Stance] = {}
    priorities: dict[str, Priority] = {}
    instructions: dict[str, Instruction] = {}
    for language in LANGUAGES:
        vocab = Vocabulary(language)
        stances.update({stance_value(s, vocab).casefold(): s for s in Stance})
        priorities.update({priority_value(p, vocab).casefold(): p for p in Priority})
        instructions.update({instruction_value(i, vocab).casefold(): i for i in Instruction})
    return stances, priorities, instructions


_HEADINGS = _headings()
_ENGLISH = Vocabulary("en")
_REQUIRED = {key: _ENGLISH[next(c.heading for c in COLUMNS if c.key == key)] for key in REQUIRED}
_STANCES, _PRIORITIES, _INSTRUCTIONS = _words()
