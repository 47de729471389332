"""The item table: rows selected whole, stance chips, marks next to the stance, text stretched.

Column widths are fixed or interactive (never 'resize to contents', which reads every row and
would stall on a 5,000-item document); the window remembers them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QAccessible, QAccessibleTableModelChangeEvent, QFontMetrics, QRegion
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cybertrack.domain.model import ItemRow
from cybertrack.domain.positions import Instruction, RoomStatus, Stance
from cybertrack.gui.models.item_filter_proxy import ItemFilterProxy
from cybertrack.gui.models.item_table_model import (
    COL_CAPITAL,
    COL_MARKS,
    COL_NUMBER,
    COL_ROOM,
    COL_STANCE,
    COL_TEXT,
    RowRole,
)
from cybertrack.gui.room import instruction_name, room_name
from cybertrack.gui.stances import stance_name
from cybertrack.gui.views.room_chip import RoomChipDelegate
from cybertrack.gui.views.stance_chip import StanceChipDelegate
from cybertrack.gui.views.text_direction import TextDirectionDelegate

_FITTED_ROWS = 200  # a document's labels are alike: its first rows tell the width


class ItemTableView(QTableView):
    def __init__(self, proxy: ItemFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before_select_all: Callable[[], None] = lambda: None
        self.setObjectName("items")
        self.setModel(proxy)
        self.setAccessibleName(self.tr("Items"))
        self.setAccessibleDescription(
            self.tr("Numbered items with their stance; 1, 2, 3 or 0 sets it")
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.setItemDelegateForColumn(COL_STANCE, StanceChipDelegate(self))
        self.setItemDelegateForColumn(COL_ROOM, RoomChipDelegate(self))
        self.setItemDelegateForColumn(COL_TEXT, TextDirectionDelegate(self))
        self.setSortingEnabled(True)
        # Document order until the user clicks a header (the model sorts itself, see the proxy).
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.horizontalHeader()
        header.setAccessibleName(self.tr("Item columns: click to sort"))
        header.setSectionsMovable(True)
        header.moveSection(header.visualIndex(COL_MARKS), header.visualIndex(COL_TEXT))
        # The room's status and capital's instruction right after our stance.
        header.moveSection(header.visualIndex(COL_ROOM), header.visualIndex(COL_STANCE) + 1)
        header.moveSection(header.visualIndex(COL_CAPITAL), header.visualIndex(COL_ROOM) + 1)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        proxy.modelReset.connect(self._fit_numbers)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # Wide enough for the header and the longest chip in the interface's language.
        advance = self.fontMetrics().horizontalAdvance
        chips = max(advance(stance_name(s)) for s in (*Stance, None)) + 44
        rooms = max(advance(room_name(s)) for s in RoomStatus) + 44
        bold = self.font()
        bold.setBold(True)  # a deviation is written in bold
        capital = (
            max(
                QFontMetrics(bold).horizontalAdvance("≠ " + instruction_name(i))
                for i in Instruction
            )
            + 20
        )
        for column, content in (
            (COL_NUMBER, advance("(00.0)") + 24),
            (COL_STANCE, chips),
            (COL_ROOM, rooms),
            (COL_CAPITAL, capital),
        ):
            header.resizeSection(column, max(content, self._header_width(column)))
        header.resizeSection(COL_MARKS, self._header_width(COL_MARKS))

    def selectAll(self) -> None:
        """Every item of the document (a long one is read in parts: the rest first)."""
        self.before_select_all()
        super().selectAll()

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """Repaint only the visible cells of a changed range.

        Qt repaints the whole viewport for any range larger than one cell; a column redrawn
        for another hour (the room as of ...) or one refreshed row needs only its strip."""
        if top_left == bottom_right or not (top_left.isValid() and bottom_right.isValid()):
            super().dataChanged(top_left, bottom_right, list(roles))
            return
        if self.isVisible():
            strip = self._visible_region(top_left, bottom_right)
            if not strip.isEmpty():
                self.viewport().update(strip)
        if QAccessible.isActive():
            event = QAccessibleTableModelChangeEvent(
                self, QAccessibleTableModelChangeEvent.ModelChangeType.DataChanged
            )
            event.setFirstRow(top_left.row())
            event.setFirstColumn(top_left.column())
            event.setLastRow(bottom_right.row())
            event.setLastColumn(bottom_right.column())
            QAccessible.updateAccessibility(event)

    def shown_source_rows(self) -> tuple[int, int] | None:
        """The span of source rows on screen (None when none is)."""
        proxy = self.proxy()
        first = self.rowAt(0)
        if first < 0:
            return None
        last = self.rowAt(self.viewport().height() - 1)
        if last < 0:
            last = proxy.rowCount() - 1
        rows = [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(first, last + 1)]
        return (min(rows), max(rows)) if rows else None

    def _visible_region(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
    ) -> QRegion:
        height = self.viewport().height()
        first_shown, last_shown = self.rowAt(0), self.rowAt(height - 1)
        if last_shown < 0:
            last_shown = self.model().rowCount() - 1
        first = max(top_left.row(), first_shown)
        last = min(bottom_right.row(), last_shown)
        region = QRegion()
        if first_shown < 0 or first > last:
            return region
        top = self.rowViewportPosition(first)
        bottom = self.rowViewportPosition(last) + self.rowHeight(last)
        for column in range(top_left.column(), bottom_right.column() + 1):
            if not self.isColumnHidden(column):
                x = self.columnViewportPosition(column)
                region += QRect(x, top, self.columnWidth(column), bottom - top)
        return region

    def _fit_numbers(self) -> None:
        """The number column wide enough for the document's labels ("Regulation 1.1" beside
        "Rule 1.1"), read from its first rows; never narrower than the user left it."""
        model = self.model()
        advance = self.fontMetrics().horizontalAdvance
        rows = range(min(model.rowCount(), _FITTED_ROWS))
        widest = max(
            (advance(str(model.index(r, COL_NUMBER).data() or "")) for r in rows), default=0
        )
        header = self.horizontalHeader()
        if widest + 24 > header.sectionSize(COL_NUMBER):
            header.resizeSection(COL_NUMBER, widest + 24)

    def _header_width(self, column: int) -> int:
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        return self.fontMetrics().horizontalAdvance(title) + 28  # room for the sort arrow

    def restore_columns(self, state: QByteArray | None) -> None:
        """Column widths, order and sorting as the user left them."""
        header = self.horizontalHeader()
        if state is not None and header.restoreState(state):
            self.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def proxy(self) -> ItemFilterProxy:
        model = self.model()
        assert isinstance(model, ItemFilterProxy)
        return model

    def selected_rows(self) -> list[ItemRow]:
        return [index.data(RowRole) for index in self.selectionModel().selectedRows()]

    def current_row(self) -> ItemRow | None:
        index = self.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def go_to_row(self, row: int) -> None:
        """Make proxy row `row` (clamped) the current, only selected row, and show it."""
        count = self.proxy().rowCount()
        if not count:
            return
        row = max(0, min(row, count - 1))
        index = self.proxy().index(row, COL_NUMBER)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def go_to_item(self, item_id: int) -> bool:
        source = self.proxy().sourceModel()
        position = getattr(source, "row_of", lambda _i: None)(item_id)
        if position is None:
            return False
        index = self.proxy().mapFromSource(source.index(position, 0))
        if not index.isValid():
            return False
        self.go_to_row(index.row())
        return True

    def select_items(self, item_ids: tuple[int, ...]) -> None:
        """Add these items (those shown) to the selection, the current row kept."""
        source = self.proxy().sourceModel()
        for item_id in item_ids:
            position = getattr(source, "row_of", lambda _i: None)(item_id)
            if position is None:
                continue
            index = self.proxy().mapFromSource(source.index(position, 0))
            if index.isValid():
                self.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def next_undecided_row(self) -> int | None:
        """The first undecided row after the current one, wrapping round; None if all decided."""
        proxy = self.proxy()
        count = proxy.rowCount()
        start = self.currentIndex().row() if self.currentIndex().isValid() else -1
        for step in range(1, count + 1):
            row = (start + step) % count
            if proxy.row_at(row).stance is None:
                return row
        return None
