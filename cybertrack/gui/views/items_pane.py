"""The middle of the window: the find bar over the item table, or an empty state that says
what to do. It owns the item model and its filter proxy; the search itself is a function the
window supplies (the workspace's FTS5 search, scoped to the shown document)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from cybertrack.domain.model import ItemRow
from cybertrack.domain.search import SearchScope
from cybertrack.gui.models.item_filter_proxy import ItemFilter, ItemFilterProxy
from cybertrack.gui.models.item_table_model import ItemTableModel
from cybertrack.gui.models.negotiation_columns import RoomOverlay, room_filter_ids
from cybertrack.gui.numbers import number
from cybertrack.gui.views.filter_bar import FilterBar
from cybertrack.gui.views.item_table import ItemTableView
from cybertrack.gui.views.room_bar import RoomBar

Search = Callable[[str, SearchScope], list[int] | None]


class ItemsPane(QWidget):
    filtered = Signal(str)  # the search text now applied
    selection_changed = Signal(int)  # how many items are selected
    rows_replaced = Signal()  # another document's rows: the room as of a moment is recomputed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search: Search = lambda _text, _scope: None
        # The ids of the shown items where the team disagrees (the window supplies it).
        self.disagreements: Callable[[], set[int]] = set
        self.item_model = ItemTableModel()
        self.proxy = ItemFilterProxy(self.item_model, self)
        self.table = ItemTableView(self.proxy)
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

    def set_rows(self, rows: Iterable[ItemRow]) -> None:
        rows = list(rows)
        self.item_model.set_rows(rows)
        self.rows_replaced.emit()
        self.filter_bar.set_sections(list(dict.fromkeys(r.section for r in rows if r.section)))
        self.apply_filters()

    def apply_filters(self) -> None:
        """Combine the find bar's wishes into one filter and keep a current row."""
        query = self.filter_bar.query()
        hits = self.search(query, self.filter_bar.scope())
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
        self.keep_current()
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
