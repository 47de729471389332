"""The items of one document: number, stance, note/amendment marks, text, the room's status and
capital's instruction (negotiation_columns.py). Rows are ItemRow objects.

Edits never happen here: the window applies commands, and `refresh` reloads only the rows a
ChangeSet names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cybertrack.domain.model import ItemRow
from cybertrack.gui.models import negotiation_columns as negotiation
from cybertrack.gui.stances import COLOURS, stance_name

RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

COL_NUMBER, COL_STANCE, COL_TEXT, COL_MARKS, COL_ROOM, COL_CAPITAL = range(6)
NOTE_MARK, AMENDMENT_MARK, RECHECK_MARK = "✎", "±", "↻"
DISAGREEMENT_MARK = "≠"


class ItemTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ItemRow] = []
        self._index: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._moved: dict[int, int] | None = None  # during a sort: old row -> new row
        # The room as of an earlier moment (item id -> entry in force), or None: as it is now.
        self._room_as_of: negotiation.RoomOverlay | None = None
        self._room_when = ""
        self._disagreements: set[int] = set()

    def set_rows(self, rows: Iterable[ItemRow]) -> None:
        self.beginResetModel()
        self._room_as_of, self._room_when = None, ""
        self._rows = list(rows)
        if self._sort[0] >= 0:  # new rows come in the order the user chose
            self._rows.sort(key=_sort_key(self._sort[0], None), reverse=self._reverse())
        self._index = {row.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()

    def append_rows(self, rows: list[ItemRow]) -> None:
        """More rows of the document, after those held (read a part at a time)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._index.update({row.id: first + k for k, row in enumerate(rows)})
        self.endInsertRows()

    def sorted(self) -> bool:
        """Whether the rows are in an order the user chose (not the document's)."""
        return self._sort[0] >= 0

    def refresh(self, rows: Iterable[ItemRow]) -> list[ItemRow]:
        """Replace the rows we hold by their fresh versions; emit dataChanged for those that
        differ (linking two versions names thousands of rows and changes none); the rows
        replaced, each with the version it replaced."""
        replaced = []
        for row in rows:
            position = self._index.get(row.id)
            if position is None or self._rows[position] == row:
                continue
            replaced.append(self._rows[position])
            self._rows[position] = row
            self.dataChanged.emit(self.index(position, 0), self.index(position, COL_CAPITAL))
        return replaced

    @property
    def room_as_of(self) -> negotiation.RoomOverlay | None:
        return self._room_as_of

    def set_room_as_of(
        self,
        overlay: negotiation.RoomOverlay | None,
        when: str = "",
        shown: tuple[int, int] | None = None,
    ) -> None:
        """Show the room as of an earlier moment, `when` (None: now); the column's header says
        the moment.

        `shown` (first, last) limits the change signal to the rows on screen: the column is a
        way of looking at the rows, every other row is read afresh when it is drawn, and the
        room filter is an id set its caller recomputes. Signalling 5,000 rows costs the proxy
        a filter call per row, the most expensive part of moving the hour."""
        switched = (overlay is None) != (self._room_as_of is None)
        self._room_as_of = overlay
        self._room_when = when if overlay is not None else ""
        if switched:  # the header's word changes only when the view is switched on or off
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_ROOM, COL_ROOM)
        if self._sort[0] == COL_ROOM:  # the order follows the statuses shown
            self.sort(*self._sort)
        if self._rows:
            first, last = shown if shown is not None else (0, len(self._rows) - 1)
            self.dataChanged.emit(self.index(first, COL_ROOM), self.index(last, COL_ROOM))

    def set_disagreements(self, item_ids: set[int]) -> None:
        """Mark the items where the team disagrees (the marks column of changed rows redraws)."""
        changed = item_ids ^ self._disagreements
        self._disagreements = set(item_ids)
        for item_id in changed:
            position = self._index.get(item_id)
            if position is not None:
                index = self.index(position, COL_MARKS)
                self.dataChanged.emit(index, index)

    def disagreements(self) -> set[int]:
        return set(self._disagreements)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python (one key per row, not one Qt call per comparison);
        column -1 is document order. Selections and the current row follow their items."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in persistent]
        old = {row.id: position for position, row in enumerate(self._rows)}
        self._rows.sort(key=_sort_key(column, self._room_as_of), reverse=self._reverse())
        self._index = {row.id: i for i, row in enumerate(self._rows)}
        moved = [self.index(self._index[item_id], c) for item_id, c in held]
        self.changePersistentIndexList(persistent, moved)
        self._moved = {old[row.id]: position for position, row in enumerate(self._rows)}
        try:
            self.layoutChanged.emit()
        finally:
            self._moved = None

    def moved_rows(self) -> dict[int, int] | None:
        """While a sort announces itself: where each row went (old row -> new row)."""
        return self._moved

    def _reverse(self) -> bool:
        return self._sort[1] == Qt.SortOrder.DescendingOrder

    def rows(self) -> list[ItemRow]:
        return list(self._rows)

    def row_list(self) -> list[ItemRow]:
        """The rows themselves, not a copy (for the filter, which reads them all)."""
        return self._rows

    def ids(self) -> set[int]:
        return set(self._index)

    def row_of(self, item_id: int) -> int | None:
        return self._index.get(item_id)

    def item_at(self, row: int) -> ItemRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == COL_ROOM and self._room_when:  # the as-of view says so in its header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The room as of %1").replace("%1", self._room_when)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Room (as of)")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Stance"),
            self.tr("Text"),
            self.tr("Marks"),
            self.tr("Room"),
            self.tr("Capital"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, position: int, column: int, role: int) -> Any:
        """What the table shows in row `position`, `column` for `role` (data() without the
        index: the filter proxy asks straight)."""
        if not 0 <= position < len(self._rows):
            return None
        row = self._rows[position]
        if role == RowRole:
            return row
        if column == COL_ROOM:
            if role == SortRole:
                return negotiation.room_sort_key(row, self._room_as_of)
            return negotiation.room_data(row, role, self._room_as_of)
        if column == COL_CAPITAL:
            if role == SortRole:
                return negotiation.capital_sort_key(row)
            return negotiation.capital_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return row.short_label  # the whole label is the tooltip and the detail's title
            if column == COL_STANCE:
                return stance_name(row.stance)
            if column == COL_MARKS:
                return self._all_marks(row)
            first_line = row.text.split("\n", 1)[0]
            return first_line if len(first_line) < 200 else first_line[:199] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TEXT:
                return row.text
            if column == COL_NUMBER and row.short_label != row.label:
                return row.label
            if column == COL_MARKS:
                return self._marks_tip(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_MARKS:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STANCE and row.stance:
            return COLOURS[row.stance]
        if role == SortRole:
            if column == COL_NUMBER:
                return row.position
            if column == COL_STANCE:
                return row.stance.value if row.stance else ""
            if column == COL_MARKS:
                return self._all_marks(row)
            return row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            marks = self._marks_tip(row)
            return (
                f"{row.label} {stance_name(row.stance)}{', ' + marks if marks else ''}: {row.text}"
            )
        return None

    def _all_marks(self, row: ItemRow) -> str:
        marks = _marks(row)
        if row.id in self._disagreements:
            return f"{marks} {DISAGREEMENT_MARK}".strip()
        return marks

    def _marks_tip(self, row: ItemRow) -> str:
        parts = [self.tr("has a note")] if row.note.strip() else []
        if row.amendment.strip():
            parts.append(self.tr("has an amendment"))
        if row.recheck:
            parts.append(self.tr("carried onto a changed text: recheck"))
        if row.id in self._disagreements:
            parts.append(self.tr("the team disagrees"))
        return ", ".join(parts)


def _marks(row: ItemRow) -> str:
    note = NOTE_MARK if row.note.strip() else ""
    amendment = AMENDMENT_MARK if row.amendment.strip() else ""
    recheck = RECHECK_MARK if row.recheck else ""
    return " ".join(m for m in (recheck, note, amendment) if m)


def _sort_key(column: int, room_as_of: negotiation.RoomOverlay | None) -> Callable[[ItemRow], Any]:
    keys: dict[int, Callable[[ItemRow], Any]] = {
        COL_STANCE: lambda r: r.stance.value if r.stance else "",
        COL_TEXT: lambda r: r.text.casefold(),
        COL_MARKS: _marks,
        # Ties in document order, whatever order the rows were in before.
        COL_ROOM: lambda r: (negotiation.room_sort_key(r, room_as_of), r.position),
        COL_CAPITAL: negotiation.capital_sort_key,
    }
    return keys.get(column, lambda r: r.position)
