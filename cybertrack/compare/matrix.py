"""Rows of linked items across several documents: what the comparison view and exports show.

Items joined by active links (in either direction, across any number of documents) form one
group: one row. Columns are the documents in date order. Each cell holds the group's items in
that document, our stance there, and whether the text changed since the previous document.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from cybertrack.domain.comparison import Cell, ComparisonRow, Link, RowFlag
from cybertrack.domain.model import DocumentRow, ItemRow
from cybertrack.domain.worddiff import changed


def _groups(item_ids: Sequence[int], links: Sequence[Link]) -> dict[int, int]:
    """Item id -> the id of its group's root (union-find over active links)."""
    parent = {item_id: item_id for item_id in item_ids}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        if link.active and link.from_item_id in parent and link.to_item_id in parent:
            a, b = root(link.from_item_id), root(link.to_item_id)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {item_id: root(item_id) for item_id in item_ids}


def comparison_rows(
    documents: Sequence[DocumentRow],
    items: Sequence[ItemRow],
    links: Sequence[Link],
) -> list[ComparisonRow]:
    """One row per linked group, columns in date order (as `Workspace.documents` lists them)."""
    documents = sorted(documents, key=lambda d: (d.doc_date or "", d.id))
    column = {document.id: index for index, document in enumerate(documents)}
    shown = [item for item in items if item.document_id in column]
    shown.sort(key=lambda item: (column[item.document_id], item.position))
    group_of = _groups([item.id for item in shown], links)
    members: dict[int, list[list[ItemRow]]] = {}
    for item in shown:
        cells = members.setdefault(group_of[item.id], [[] for _ in documents])
        cells[column[item.document_id]].append(item)
    return [_row(members[group]) for group in sorted(members, key=_reading_order(members))]


def _reading_order(members: dict[int, list[list[ItemRow]]]) -> Callable[[int], tuple[float, ...]]:
    """Rows follow the newest text; a group missing from it (dropped) comes right after the
    group that preceded it in the latest document that has it."""
    last = len(next(iter(members.values()), [])) - 1
    newest: dict[int, float] = {
        g: float(min(i.position for i in cells[last]))
        for g, cells in members.items()
        if cells[last]
    }

    # Per column: the positions of the groups also in the newest text, with the running
    # maximum of their newest place, so a dropped group finds its anchor by bisection.
    anchors: dict[int, tuple[list[int], list[float]]] = {}
    for column in range(last):
        placed = sorted(
            (min(i.position for i in members[g][column]), place)
            for g, place in newest.items()
            if members[g][column]
        )
        running, best = [], -1.0
        for _position, place in placed:
            best = max(best, place)
            running.append(best)
        anchors[column] = ([p for p, _ in placed], running)

    def key(group: int) -> tuple[float, ...]:
        cells = members[group]
        if group in newest:
            return (newest[group], 0.0, 0.0)
        column = max(c for c, cell in enumerate(cells) if cell)
        position = min(i.position for i in cells[column])
        positions, running = anchors[column]
        before = bisect_left(positions, position)
        anchor = running[before - 1] if before else -1.0
        return (anchor + 0.5, float(last - column), float(position))

    return key


def _row(columns: list[list[ItemRow]]) -> ComparisonRow:
    cells: list[Cell | None] = []
    previous: Cell | None = None
    for cell_items in columns:
        if not cell_items:
            cells.append(None)
            continue
        cell = Cell(tuple(cell_items), False)
        if previous is not None:
            cell = Cell(cell.items, changed(previous.text, cell.text))
        cells.append(cell)
        previous = cell
    present = [i for i, cell in enumerate(cells) if cell is not None]
    flags: set[RowFlag] = set()
    if any(cell is not None and cell.text_changed for cell in cells):
        flags.add(RowFlag.TEXT_CHANGED)
    stances = [cell.stance for cell in cells if cell is not None and cell.stance is not None]
    if len(set(stances)) > 1:
        flags.add(RowFlag.STANCE_CHANGED)
    if len(cells) > 1 and present[0] > 0:
        flags.add(RowFlag.NEW)
    if len(cells) > 1 and present[-1] < len(cells) - 1:
        flags.add(RowFlag.DROPPED)
    return ComparisonRow(tuple(cells), frozenset(flags))


__all__ = ["Cell", "ComparisonRow", "RowFlag", "comparison_rows"]
