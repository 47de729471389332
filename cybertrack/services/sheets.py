"""The stance spreadsheet round trip: export the table, preview an edited sheet, apply it.

Rows are matched by item id and checked against the item's label. The preview lists every field
that would change and every row that does not match, with its reason; applying it is one
command (one transaction, one undo step).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.model import ItemRow, Stance
from cybertrack.exporters.stance_sheet import PRIORITIES, write_stance_sheet
from cybertrack.importers.stance_sheet import SheetRow, read_stance_sheet
from cybertrack.services.commands import (
    Batch,
    Command,
    EditNote,
    SetAmendment,
    SetPriority,
    SetRationale,
    SetStance,
)
from cybertrack.services.workspace import Workspace


@dataclass(frozen=True)
class FieldChange:
    item_id: int
    label: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Unmatched:
    row: int
    reason: str


@dataclass(frozen=True)
class SheetPlan:
    changes: tuple[FieldChange, ...]
    unmatched: tuple[Unmatched, ...]
    command: Batch

    @property
    def empty(self) -> bool:
        return not self.changes


def export_stance_sheet(
    workspace: Workspace, out: Path, document_ids: Sequence[int] | None = None
) -> int:
    if out.suffix.lower() != ".xlsx":
        raise CyberTrackError(f"{out.name}: the stance sheet is an Excel file; name it .xlsx")
    rows = [workspace.document(i) for i in document_ids] if document_ids else workspace.documents()
    if not rows:
        raise CyberTrackError("the workspace has no documents to export")
    try:
        return write_stance_sheet([(row, workspace.items(row.id)) for row in rows], out)
    except OSError as exc:
        raise CyberTrackError(f"cannot write {out}: {exc.strerror or exc}") from None


def plan_sheet_import(workspace: Workspace, path: Path) -> SheetPlan:
    """What importing `path` would change, and which rows do not match (nothing written)."""
    rows = read_stance_sheet(path)
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
        except ValueError as exc:
            unmatched.append(Unmatched(row.row, str(exc)))
            continue
        for change, command in found:
            changes.append(change)
            commands.append(command)
    name = path.name
    return SheetPlan(tuple(changes), tuple(unmatched), Batch(tuple(commands), f"Import {name}"))


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
) -> tuple[str | None, ItemRow | None]:
    item_id = _as_id(row.item_id)
    if item_id is None:
        return f"row {row.row}: no item id (the first column must keep the exported id)", None
    item = items.get(item_id)
    if item is None:
        return f"row {row.row}: no item with id {item_id} in this workspace", None
    if row.label and row.label != item.label:
        return (
            f"row {row.row}: item {item_id} is {item.label} here, not {row.label}",
            None,
        )
    if item_id in seen:
        return f"row {row.row}: item {item_id} appears twice; only its first row is used", None
    return None, item


def _row_changes(row: SheetRow, item: ItemRow) -> list[tuple[FieldChange, Command]]:
    """The fields `row` changes on `item`; ValueError (one sentence) for a bad value."""
    found: list[tuple[FieldChange, Command]] = []

    def change(field: str, old: str, new: str, command: Command) -> None:
        found.append((FieldChange(item.id, item.label, field, old, new), command))

    try:
        stance = Stance.parse(row.stance)
    except ValueError as exc:
        raise ValueError(f"row {row.row}: {exc}") from None
    if stance != item.stance:
        old = item.stance.value if item.stance else ""
        change("stance", old, stance.value if stance else "", SetStance((item.id,), stance))
    if row.priority is not None:
        wanted = row.priority.lower() or "normal"
        if wanted not in PRIORITIES:
            raise ValueError(
                f"row {row.row}: unknown priority {row.priority!r} (choose {', '.join(PRIORITIES)})"
            )
        level = PRIORITIES.index(wanted)
        if level != item.priority:
            change("priority", PRIORITIES[item.priority], wanted, SetPriority((item.id,), level))
    for field, value, current, make in (
        ("public reason", row.rationale, item.rationale, SetRationale),
        ("internal note", row.note, item.note, EditNote),
        ("proposed wording", row.amendment, item.amendment, SetAmendment),
    ):
        if value is not None and value != current.strip():
            change(field, current, value, make(item.id, value))
    return found
