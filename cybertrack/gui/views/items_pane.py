"""The middle of the window: the find bar over the item table, or an empty state that says
what to do. It owns the item model, its filter proxy and the search index of the document shown
(domain/search_index.py: a keystroke costs the same whatever the size of the workspace). The
index is built a few hundred items per turn of the event loop once the rows are on screen, so
showing a document never waits for it; a search asked for sooner finishes it first."""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from cybertrack.domain.model import ItemRow
from cybertrack.domain.search_index import SearchIndex
from cybertrack.gui.models.item_filter_proxy import ItemFilter, ItemFilterProxy
from cybertrack.gui.models.item_table_model import ItemTableModel
from cybertrack.gui.numbers import number
from cybertrack.gui.views.filter_bar import FilterBar
from cybertrack.gui.views.item_table import ItemTableView

# How long one turn of indexing may hold the window's thread.
INDEX_TURN_SECONDS = 0.008


class ItemsPane(QWidget):
    filtered = Signal(str)  # the search text now applied
    selection_changed = Signal(int)  # how many items are selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_model = ItemTableModel()
        self.index = SearchIndex()
        self._unindexed = 0  # rows of the model from here on are not in the index yet
        self._index_timer = QTimer(self)
        self._index_timer.setSingleShot(True)
        self._index_timer.timeout.connect(self._index_some)
        self.proxy = ItemFilterProxy(self.item_model, self)
        self.table = ItemTableView(self.proxy)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.apply_filters)
        self.empty_state = QLabel()
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setMargin(24)
        self.empty_state.setAccessibleName(self.tr("Nothing to show"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        self.shown_label = QLabel()
        self.selected_label = QLabel()
        self.table.selectionModel().selectionChanged.connect(self._count_selection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

    def set_rows(self, rows: Iterable[ItemRow]) -> None:
        rows = list(rows)
        self.index = SearchIndex()
        self._unindexed = 0
        self.item_model.set_rows(rows)
        self.filter_bar.set_sections(list(dict.fromkeys(r.section for r in rows if r.section)))
        self.apply_filters()
        self._index_timer.start(0)

    def refresh(self, rows: Iterable[ItemRow]) -> None:
        """Fresh versions of rows shown (an edit, an undo): the table and the index follow."""
        rows = list(rows)
        self.item_model.refresh(rows)
        for row in rows:
            if row.id in self.index:
                self.index.add(row.id, _texts(row))

    def _index_some(self) -> None:
        """Index rows for a few milliseconds, then let the window breathe."""
        started = time.perf_counter()
        rows = self.item_model.row_list()
        while self._unindexed < len(rows):
            row = rows[self._unindexed]
            self.index.add(row.id, _texts(row))
            self._unindexed += 1
            if time.perf_counter() - started > INDEX_TURN_SECONDS:
                self._index_timer.start(0)
                return

    def indexed(self) -> SearchIndex:
        """The index of every row shown (finished now if it was still being built)."""
        self._index_timer.stop()
        for row in self.item_model.row_list()[self._unindexed :]:
            self.index.add(row.id, _texts(row))
        self._unindexed = len(self.item_model.row_list())
        return self.index

    def apply_filters(self) -> None:
        """Combine the find bar's wishes into one filter and keep a current row."""
        query = self.filter_bar.query()
        hits = self.indexed().find(query, self.filter_bar.scope()) if query.strip() else None
        self.proxy.set_filter(
            ItemFilter(
                search_ids=frozenset(hits) if hits is not None else None,
                stance=self.filter_bar.stance_filter(),
                section=self.filter_bar.section_filter(),
                has_amendment=self.filter_bar.has_amendment.isChecked(),
                has_note=self.filter_bar.has_note.isChecked(),
                recheck=self.filter_bar.recheck.isChecked(),
            )
        )
        self.keep_current()
        self.filtered.emit(query)

    def keep_current(self) -> None:
        """After rows come or go, make sure one is current (the detail panel follows it)."""
        if not self.table.currentIndex().isValid():
            self.table.go_to_row(0)
        self._update_empty_state()

    def _count_selection(self) -> None:
        """The number of selected items in the status bar (a stance key sets them all)."""
        count = len(self.table.selectionModel().selectedRows())
        self.selected_label.setText(
            self.tr("%1 selected ·").replace("%1", number(count)) if count > 1 else ""
        )
        self.selection_changed.emit(count)

    def _update_empty_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.item_model.rowCount()
        if total == 0:
            self.empty_state.setText(
                self.tr("Import a document or drop it here (Ctrl+I) to start deciding.")
            )
        else:
            self.empty_state.setText(
                self.tr("No item matches these filters.\nClear them with Ctrl+Shift+L.")
            )
        self.stack.setCurrentWidget(self.table if shown else self.empty_state)
        filtered = self.proxy.item_filter.active and total > 0
        self.shown_label.setText(
            self.tr("Showing %1 of %2 ·").replace("%1", number(shown)).replace("%2", number(total))
            if filtered
            else ""
        )


def _texts(row: ItemRow) -> tuple[str, str, str, str]:
    """An item's texts in the index's column order (domain/search_index.py, COLUMNS)."""
    return (row.text, row.note, row.amendment, row.rationale)
