"""The middle of the window: the find bar over the item table, or an empty state that says
what to do. It owns the item model, its filter proxy and the search index of the document shown
(domain/search_index.py: a keystroke costs the same whatever the size of the workspace). The
index is built a few hundred items per turn of the event loop once the rows are on screen, so
showing a document never waits for it; a search asked for sooner finishes it first."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from cybertrack.domain.model import ItemRow
from cybertrack.domain.search_index import SearchIndex
from cybertrack.gui.models.item_filter_proxy import ItemFilter, ItemFilterProxy
from cybertrack.gui.models.item_table_model import ItemTableModel
from cybertrack.gui.models.negotiation_columns import RoomOverlay, room_filter_ids
from cybertrack.gui.numbers import number
from cybertrack.gui.views.filter_bar import FilterBar
from cybertrack.gui.views.item_table import ItemTableView
from cybertrack.gui.views.room_bar import RoomBar

# How long one turn of reading or indexing may hold the window's thread.
TURN_SECONDS = 0.008
# A long document is shown from its first rows; the rest is read this many at a time.
FIRST_ROWS = 80
PAGE = 100
# Rows re-read after a large change, per step: each changed one is filtered and re-indexed.
REFRESH_PAGE = 60
# How long a new document's first rows stay alone on screen before the rest is read.
REST_DELAY_MS = 50
# Reads up to `limit` rows of the document from position `start` on.
MoreRows = Callable[[int, int], list[ItemRow]]
# Reads the rows of these item ids (fresh versions after a change).
RowsByIds = Callable[[list[int]], list[ItemRow]]


class ItemsPane(QWidget):
    filtered = Signal(str)  # the search text now applied
    selection_changed = Signal(int)  # how many items are selected
    rows_replaced = Signal()  # another document's rows: the room as of a moment is recomputed

    loaded = Signal()  # every row of the document is in the table
    refreshed = Signal()  # a large change's rows are all fresh again (refresh_later)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The ids of the shown items where the team disagrees (the window supplies it).
        self.disagreements: Callable[[], set[int]] = set
        self.item_model = ItemTableModel()
        self.index = SearchIndex()
        self._retired: SearchIndex | None = None  # the last document's, freed a turn later
        self._more: MoreRows | None = None  # the rest of the document, still to read
        # Rows read in the background but not yet in the table: they go in together when the
        # document is read, so the table is not laid out and repainted once per page.
        self._held: list[ItemRow] = []
        self._unindexed = 0  # rows of the model from here on are not in the index yet
        self._stale: list[int] = []  # ids of rows a large change made stale, still to re-read
        self._read_ids: RowsByIds | None = None
        self._work_timer = QTimer(self)
        self._work_timer.setSingleShot(True)
        self._work_timer.timeout.connect(self._work)
        self.proxy = ItemFilterProxy(self.item_model, self)
        self.proxy.before_sort = self.load_rest  # an order needs every row
        self.table = ItemTableView(self.proxy)
        self.table.before_select_all = self.load_rest
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.apply_filters)
        self.room_bar = RoomBar()
        self.room_bar.changed.connect(self.apply_filters)
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
        layout.addWidget(self.room_bar)
        layout.addWidget(self.stack, 1)

    def set_rows(
        self, rows: Iterable[ItemRow], more: MoreRows | None = None, *, choose_current: bool = True
    ) -> None:
        """Show these rows; `more` reads the rest of the document, a page per turn of the
        event loop once these are on screen (every row at once if a filter or an order needs
        them). Without `choose_current` no row is made current: the caller does it later."""
        rows = list(rows)
        # The old document's index is let go in the next turn: freeing thousands of rows'
        # entries took 18 ms of this one.
        self._retired = self.index
        self.index = SearchIndex()
        self._unindexed = 0
        self._stale, self._read_ids = [], None
        self._more = more
        self._held = []
        self.item_model.set_rows(rows)
        self.rows_replaced.emit()
        if more is None:
            self.loaded.emit()
        elif self._filtering() or self.item_model.sorted():
            self.load_rest()  # emits loaded
        self._sections_from_rows()
        self.apply_filters(choose_current=choose_current)
        # The rest once these rows and the first item (its history comes a moment later) are
        # painted: started at once, it shared a pass of the event loop with both.
        self._work_timer.start(REST_DELAY_MS)

    def stop(self) -> None:
        """No more background reading or indexing (the window is closing)."""
        self._work_timer.stop()
        self._more = None
        self._held = []
        self._stale, self._read_ids = [], None

    def complete(self) -> bool:
        """Whether every row of the document is in the table."""
        return self._more is None

    def _read_page(self, show: bool = True) -> None:
        """Read the next page of the document; into the table now if `show`, else held until
        the last page is read."""
        assert self._more is not None
        rows = self._held or self.item_model.row_list()
        page = self._more(rows[-1].position + 1 if rows else 0, PAGE)
        self._held += page
        if len(page) < PAGE:
            self._more = None
        if show or self._more is None:
            held, self._held = self._held, []
            self.item_model.append_rows(held)
        if self._more is None:
            self._sections_from_rows()
            self.loaded.emit()

    def drop_held(self) -> None:
        """Forget the rows read but not yet in the table (a change came: they are read again)."""
        self._held = []

    def load_rest(self) -> None:
        """Read the rest of the document now (a search, a filter or an order needs it)."""
        while self._more is not None:
            self._read_page()

    def load_until(self, item_id: int) -> None:
        """Read the document until the item is in the table (or the document ends)."""
        while self._more is not None and self.item_model.row_of(item_id) is None:
            self._read_page()

    def _sections_from_rows(self) -> None:
        rows = self.item_model.row_list()
        self.filter_bar.set_sections(list(dict.fromkeys(r.section for r in rows if r.section)))

    def _filtering(self) -> bool:
        bar = self.filter_bar
        return bool(
            bar.query().strip()
            or bar.stance_filter() is not None
            or bar.section_filter() is not None
            or bar.has_amendment.isChecked()
            or bar.has_note.isChecked()
            or bar.recheck.isChecked()
            or bar.team.isChecked()
            or self.room_bar.active()
        )

    def refresh(self, rows: Iterable[ItemRow]) -> None:
        """Fresh versions of rows shown (an edit, an undo): the table and the index follow."""
        fresh = {row.id: row for row in rows}
        for old in self.item_model.refresh(fresh.values()):
            row = fresh[old.id]
            if row.id in self.index and _texts(row) != _texts(old):
                self.index.add(row.id, _texts(row))

    def refresh_later(self, ids: Iterable[int], read: RowsByIds) -> None:
        """Rows a large change made stale (thousands: linking two versions, a stance on a whole
        document), re-read a page per turn of the event loop; `refreshed` says when all are."""
        self._stale = sorted({*self._stale, *ids})
        self._read_ids = read
        self._work_timer.start(0)

    def _refresh_page(self) -> None:
        assert self._read_ids is not None
        page, self._stale = self._stale[:REFRESH_PAGE], self._stale[REFRESH_PAGE:]
        self.refresh(self._read_ids(page))
        if not self._stale:
            self._read_ids = None
            self.refreshed.emit()

    def _refresh_rest(self) -> None:
        while self._stale:
            self._refresh_page()

    def _work(self) -> None:
        """Read the rest of the document, then index it for search, a few milliseconds at a
        time: the window stays free to paint and take keys."""
        started = time.perf_counter()
        self._retired = None
        while self._stale:
            self._refresh_page()
            if time.perf_counter() - started > TURN_SECONDS:
                self._work_timer.start(0)
                return
        while self._more is not None:
            self._read_page(show=False)
            if time.perf_counter() - started > TURN_SECONDS:
                self._work_timer.start(0)
                return
        rows = self.item_model.row_list()
        while self._unindexed < len(rows):
            row = rows[self._unindexed]
            self.index.add(row.id, _texts(row))
            self._unindexed += 1
            if self._unindexed % 10 == 0 and time.perf_counter() - started > TURN_SECONDS:
                self._work_timer.start(0)
                return

    def indexed(self) -> SearchIndex:
        """The index of every row of the document (finished now if it was still being built)."""
        self._work_timer.stop()
        self._refresh_rest()
        self.load_rest()
        for row in self.item_model.row_list()[self._unindexed :]:
            self.index.add(row.id, _texts(row))
        self._unindexed = len(self.item_model.row_list())
        return self.index

    def apply_filters(self, choose_current: bool = True) -> None:
        """Combine the find bar's wishes into one filter and keep a current row."""
        query = self.filter_bar.query()
        if self._filtering():
            self.load_rest()  # filters look at every row
        hits = self.indexed().find(query, self.filter_bar.scope()) if query.strip() else None
        self.proxy.set_filter(
            ItemFilter(
                search_ids=frozenset(hits) if hits is not None else None,
                stance=self.filter_bar.stance_filter(),
                section=self.filter_bar.section_filter(),
                has_amendment=self.filter_bar.has_amendment.isChecked(),
                has_note=self.filter_bar.has_note.isChecked(),
                recheck=self.filter_bar.recheck.isChecked(),
                only_ids=room_filter_ids(
                    self.item_model.rows(),
                    self.item_model.room_as_of,
                    self.room_bar.room_filter(),
                    self.room_bar.deviations_only(),
                ),
                disagreements=(
                    frozenset(self.disagreements()) if self.filter_bar.team.isChecked() else None
                ),
            )
        )
        if choose_current:
            self.keep_current()
        else:
            self._update_empty_state()
        self.filtered.emit(query)

    def show_room_as_of(self, overlay: RoomOverlay | None, when: str = "") -> None:
        """The room column as of an earlier moment (None: now), and the room filter with it
        (an id set, recomputed here: the proxy cannot know the room's answer has changed)."""
        self.item_model.set_room_as_of(overlay, when, self.table.shown_source_rows())
        if self.room_bar.active():
            self.apply_filters()

    def clear_filters(self) -> None:
        """Every filter off (the find bar's and the room's) in one step."""
        self.room_bar.clear()
        self.filter_bar.clear()  # its `changed` applies the filters once

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
