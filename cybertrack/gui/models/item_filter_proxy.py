"""Which items the table shows: search hits, stance, section, has amendment, has note, to
recheck; in the item model's order (the model sorts itself).

Filters combine (all must hold). The search result is a set of ids (the document's search
index, see views/items_pane.py); the light filters read the ItemRow of each row.

Not a QSortFilterProxyModel: that one asks a Python `filterAcceptsRow` once per row, 20-50 ms
for a 5,000-item document on every keystroke. Here a filter change is one list comprehension
and one layout change (as QSortFilterProxyModel's own invalidate() does); a row that starts or
stops matching after an edit comes or goes with rowsInserted/rowsRemoved, so the selection
moves on as usual.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from cybertrack.domain.model import ItemRow
from cybertrack.domain.positions import Stance
from cybertrack.gui.models.item_table_model import ItemTableModel

UNDECIDED = "undecided"
Index = QModelIndex | QPersistentModelIndex
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True)
class ItemFilter:
    """What the user asked to see. `stance` is a Stance, UNDECIDED or None (any)."""

    search_ids: frozenset[int] | None = None
    stance: Stance | str | None = None
    section: str | None = None
    has_amendment: bool = False
    has_note: bool = False
    recheck: bool = False  # carried onto a changed text, not looked at again yet
    only_ids: frozenset[int] | None = None  # the room filter's choice (negotiation_columns.py)
    # The "Team" filter: only these ids (the items where the team disagrees); None: off.
    disagreements: frozenset[int] | None = None

    @property
    def active(self) -> bool:
        return self != _NO_FILTER

    def accepts(self, row: ItemRow) -> bool:
        if self.search_ids is not None and row.id not in self.search_ids:
            return False
        if self.only_ids is not None and row.id not in self.only_ids:
            return False
        if self.stance == UNDECIDED and row.stance is not None:
            return False
        if isinstance(self.stance, Stance) and row.stance is not self.stance:
            return False
        if self.section is not None and row.section != self.section:
            return False
        if self.has_amendment and not row.amendment.strip():
            return False
        if self.recheck and not row.recheck:
            return False
        if self.disagreements is not None and row.id not in self.disagreements:
            return False
        return not (self.has_note and not row.note.strip())


_NO_FILTER = ItemFilter()


class ItemFilterProxy(QAbstractProxyModel):
    def __init__(self, source: ItemTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = ItemFilter()
        self._shown: list[int] = []  # proxy row -> source row
        self._proxy_row: dict[int, int] = {}  # source row -> proxy row
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._on_reset)
        source.layoutAboutToBeChanged.connect(self._about_to_change_layout)
        source.layoutChanged.connect(self._on_layout_changed)
        source.dataChanged.connect(self._on_data_changed)
        source.rowsInserted.connect(self._on_rows_inserted)
        source.headerDataChanged.connect(self.headerDataChanged)
        self._held: list[tuple[QPersistentModelIndex, int, int]] = []
        self.before_sort: Callable[[], None] = lambda: None  # e.g. read every row first
        self._rebuild()

    # -- what is shown ------------------------------------------------------------------------
    @property
    def item_filter(self) -> ItemFilter:
        return self._filter

    def set_filter(self, item_filter: ItemFilter) -> None:
        if item_filter == self._filter:
            return
        self._about_to_change_layout()
        self._filter = item_filter
        self._on_layout_changed()

    def update_filter(self, **changes: object) -> None:
        self.set_filter(replace(self._filter, **changes))  # type: ignore[arg-type]

    def _matching(self, rows: list[ItemRow], start: int = 0) -> list[int]:
        wanted = self._filter
        if not wanted.active:
            return list(range(start, start + len(rows)))
        ids = wanted.search_ids
        if ids is not None and replace(wanted, search_ids=None) == _NO_FILTER:
            # The search alone (typing): one set lookup a row.
            return [start + i for i, row in enumerate(rows) if row.id in ids]
        accepts = wanted.accepts
        return [start + i for i, row in enumerate(rows) if accepts(row)]

    def _rebuild(self) -> None:
        self._shown = self._matching(self._source.row_list())
        self._proxy_row = {source: proxy for proxy, source in enumerate(self._shown)}

    def _on_reset(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _about_to_change_layout(self) -> None:
        """Remember where every persistent index points (selection, current row) by source row."""
        self.layoutAboutToBeChanged.emit()
        self._held = [
            (QPersistentModelIndex(index), self._shown[index.row()], index.column())
            for index in self.persistentIndexList()
            if index.isValid() and index.row() < len(self._shown)
        ]

    def _on_layout_changed(self) -> None:
        self._rebuild()
        before = [held[0] for held in self._held]
        after = [
            self.createIndex(self._proxy_row[source], column)
            if source in self._proxy_row
            else QModelIndex()
            for _index, source, column in self._source_rows_after(self._held)
        ]
        self.changePersistentIndexList(before, after)  # type: ignore[arg-type]
        self._held = []
        self.layoutChanged.emit()

    def _source_rows_after(
        self, held: list[tuple[QPersistentModelIndex, int, int]]
    ) -> list[tuple[QPersistentModelIndex, int, int]]:
        """The source rows the held indexes point to now (the source may have moved its rows:
        a sort keeps track of items by id)."""
        moved = self._source.moved_rows()
        if moved is None:
            return held
        return [(index, moved.get(source, -1), column) for index, source, column in held]

    def _on_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any
    ) -> None:
        """Changed rows: repaint those shown (one signal for the span); a row that now matches
        or no longer does comes or goes as rows do (the view keeps its place and moves the
        selection on)."""
        rows = self._source.row_list()
        accepts = self._filter.accepts if self._filter.active else None
        repaint: list[int] = []  # source rows
        for source in range(top_left.row(), bottom_right.row() + 1):
            proxy = self._proxy_row.get(source)
            wanted = accepts is None or accepts(rows[source])
            if proxy is not None and wanted:
                repaint.append(source)
            elif proxy is not None:
                self.beginRemoveRows(QModelIndex(), proxy, proxy)
                del self._shown[proxy]
                self._proxy_row = {s: p for p, s in enumerate(self._shown)}
                self.endRemoveRows()
            elif wanted:
                proxy = _insertion_point(self._shown, source)
                self.beginInsertRows(QModelIndex(), proxy, proxy)
                self._shown.insert(proxy, source)
                self._proxy_row = {s: p for p, s in enumerate(self._shown)}
                self.endInsertRows()
        if repaint:  # source rows shown, in order: so are their proxy rows
            self.dataChanged.emit(
                self.index(self._proxy_row[repaint[0]], top_left.column()),
                self.index(self._proxy_row[repaint[-1]], bottom_right.column()),
                roles,
            )

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Rows appended to the source (a document read in parts): those that match follow."""
        rows = self._source.row_list()
        added = self._matching(rows[first : last + 1], first)
        if not added:
            return
        start = len(self._shown)
        self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
        self._shown.extend(added)
        self._proxy_row.update({s: start + k for k, s in enumerate(added)})
        self.endInsertRows()

    # -- the model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._source.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if (
            parent.isValid()
            or not (0 <= row < len(self._shown))
            or not (0 <= column < self._source.columnCount())
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._shown)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._shown):
            return QModelIndex()
        return self._source.index(self._shown[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        proxy = self._proxy_row.get(source_index.row())
        return QModelIndex() if proxy is None else self.createIndex(proxy, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        return self._source.cell(self._shown[index.row()], index.column(), role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a cell is painted with, in one call: the table's delegates ask for seven
        roles per cell, and each call from Qt into Python waits its turn for the interpreter
        while a worker thread runs Python (a repaint of the table made 530 such calls)."""
        asked = _role_data(roleDataSpan)
        if not index.isValid() or index.row() >= len(self._shown):
            for role_data in asked:
                role_data.clearData()
            return
        cell, position, column = self._source.cell, self._shown[index.row()], index.column()
        for role_data in asked:
            value = cell(position, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source sorts itself (fast, in Python); the rows shown follow its order."""
        self.before_sort()
        self._source.sort(column, order)

    def row_at(self, proxy_row: int) -> ItemRow:
        return self._source.item_at(self._shown[proxy_row])


def _role_data(asked: QModelRoleDataSpan | QModelRoleData) -> Iterable[QModelRoleData]:
    """The roles of a multiData call (a span iterates at run time; its stubs do not say so)."""
    if isinstance(asked, QModelRoleData):
        return (asked,)
    return cast(Iterable[QModelRoleData], asked)


def _insertion_point(shown: list[int], source: int) -> int:
    """Where source row `source` goes among the shown rows (kept in source order)."""
    return bisect_left(shown, source)
