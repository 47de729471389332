"""Which items the table shows: search hits, stance, section, has amendment, has note, to
recheck; sorted.

Filters combine (all must hold). The search result is a set of ids computed by the workspace
(FTS5); the light filters read the ItemRow of each source row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from cybertrack.domain.model import ItemRow
from cybertrack.domain.positions import Stance
from cybertrack.gui.models.item_table_model import ItemTableModel, RowRole, SortRole

UNDECIDED = "undecided"


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


class ItemFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: ItemTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self._filter = ItemFilter()
        self._active = False  # kept beside the filter: asked once per row on every change

    @property
    def item_filter(self) -> ItemFilter:
        return self._filter

    def set_filter(self, item_filter: ItemFilter) -> None:
        if item_filter != self._filter:
            if hasattr(self, "beginFilterChange"):  # Qt 6.9+; the older call is deprecated there
                self.beginFilterChange()
                self._filter, self._active = item_filter, item_filter.active
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self._filter, self._active = item_filter, item_filter.active
                self.invalidateRowsFilter()

    def update_filter(self, **changes: object) -> None:
        self.set_filter(replace(self._filter, **changes))  # type: ignore[arg-type]

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._active:
            return True
        # Straight to the row object: a QModelIndex round trip per row costs 10x more.
        return self._filter.accepts(self._source.item_at(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source sorts itself (fast, in Python); the proxy keeps its order, so filtering
        never re-sorts row by row through Qt."""
        self._source.sort(column, order)

    def row_at(self, proxy_row: int) -> ItemRow:
        row: ItemRow = self.index(proxy_row, 0).data(RowRole)
        return row
