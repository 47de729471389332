"""The window's document desk: which document is shown, from the navigator to the item table
and the detail panel, and how a change in the workspace reaches all three.

A part of MainWindow (its base class), kept apart by job: the window builds the widgets, this
shows documents in them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QLabel

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.model import ChangeSet, DocumentRow, ItemRow, OutlineHeading
from cybertrack.gui.import_flow import ImportResult
from cybertrack.gui.models.item_table_model import ItemTableModel, RowRole
from cybertrack.gui.models.navigator_model import NavigatorModel, Node, NodeRole
from cybertrack.gui.passes import AfterPaint, next_pass
from cybertrack.gui.stances import progress_of, progress_text
from cybertrack.gui.views.detail_panel import DetailPanel
from cybertrack.gui.views.filter_bar import FilterBar
from cybertrack.gui.views.item_table import ItemTableView
from cybertrack.gui.views.items_pane import FIRST_ROWS, PAGE, ItemsPane
from cybertrack.gui.views.navigator_view import NavigatorView
from cybertrack.services import Workspace

# A change to more rows than this is shown a page per turn of the event loop.
LARGE_REFRESH = PAGE


class DocumentDesk:
    """Showing documents: navigator, item table, detail panel."""

    # Made by MainWindow.__init__.
    workspace: Workspace
    navigator_model: NavigatorModel
    navigator: NavigatorView
    items: ItemsPane
    item_model: ItemTableModel
    table: ItemTableView
    filter_bar: FilterBar
    detail: DetailPanel
    progress_label: QLabel
    _document_id: int | None
    _preloaded: list[ItemRow] | None
    _after_rows_painted: AfterPaint
    _after_filter_painted: AfterPaint
    _shown_import: ChangeSet | None
    _switching: bool  # another document is being shown

    def move_by(self, step: int) -> None:
        raise NotImplementedError  # MainWindow's

    def go_to_document(self, document_id: int) -> None:
        index = self.navigator_model.document_index(document_id)
        if index.isValid():
            self.navigator.setCurrentIndex(index)

    def go_to_item(self, item_id: int) -> bool:
        """Show the document holding `item_id` and select the item (False if it is gone)."""
        try:
            document_id = self.workspace.item(item_id).document_id
        except CyberTrackError:
            return False
        self.navigator.setCurrentIndex(self.navigator_model.document_index(document_id))
        self.items.load_until(item_id)
        return self.table.go_to_item(item_id)

    # -- refresh ------------------------------------------------------------------------------
    def _reload_documents(self) -> None:
        """The navigator read again, then, in the next turn of the event loop, the current
        document shown again (after an import was undone the two took 80 ms of one turn)."""
        current = self._document_id
        self._set_navigator(self.workspace.documents())  # no document chosen, until:
        self.navigator.scrollTo(self._index_or_first(current))  # rows above it measured now
        next_pass(self.navigator, lambda: self._reselect(current))

    def _reselect(self, document_id: int | None) -> None:
        if self._document_id is None:  # unless the delegate chose one meanwhile
            self._select_document(document_id)

    def _index_or_first(self, document_id: int | None) -> QModelIndex:
        """The navigator's row of `document_id`, else of the first document (invalid: none)."""
        index = self.navigator_model.document_index(document_id) if document_id else None
        if index is None or not index.isValid():
            index = self.navigator_model.first_document_index()
        return index

    def _set_navigator(
        self, documents: list[DocumentRow], known: dict[int, list[OutlineHeading]] | None = None
    ) -> None:
        """The navigator from these documents; a document's sections are read when it is
        opened (`known`: headings already read)."""
        self.navigator_model.set_documents(documents, known)
        self.navigator.expand_meetings()
        self.navigator.show_empty(not documents)
        self._document_id = None

    def _select_document(self, document_id: int | None, rows: list[ItemRow] | None = None) -> None:
        """Show `document_id` (else the first document), from `rows` if a worker read them."""
        index = self._index_or_first(document_id)
        if not index.isValid():
            self._show_document(None)
            return
        node = index.data(NodeRole)
        wanted = isinstance(node, Node) and node.document_id == document_id
        self._preloaded = rows if wanted else None
        self.navigator.setCurrentIndex(index)
        self._preloaded = None

    def show_import(self, result: ImportResult) -> Iterator[None]:
        """A worker wrote an import and read what to show: fill the window from that, go to the
        new document, and let the coming change pass (`_on_change`). In steps, each its own
        turn of the event loop (the caller resumes it), so the window never stalls."""
        snapshot = result.snapshot
        if snapshot is None:
            return
        self.detail.flush()
        self._shown_import = result.change
        self.filter_bar.clear()
        new = snapshot.document
        documents = [*self.navigator_model.documents(), new]
        documents.sort(key=lambda d: (d.doc_date or "", d.id))  # as Workspace.documents()
        self._set_navigator(
            documents, {**self.navigator_model.headings(), new.id: snapshot.headings}
        )
        yield
        # The rows above the new document measured (their heights wrap) in a turn of their own.
        self.navigator.scrollTo(self.navigator_model.document_index(new.id))
        yield
        self._select_document(new.id, snapshot.rows)
        yield  # the import recorded and its preview closed in a pass after this one's paint

    def _read_sections(self, index: QModelIndex) -> None:
        """A document opened in the navigator: its section headings (one indexed query)."""
        node = index.data(NodeRole)
        if (
            isinstance(node, Node)
            and node.kind == "document"
            and self.navigator_model.needs_sections(node.document_id)
        ):
            headings = self.workspace.section_headings_of(node.document_id)
            self.navigator_model.set_sections(node.document_id, headings)

    def current_document_id(self) -> int | None:
        return self._document_id

    def _on_navigator_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = current.data(NodeRole) if current.isValid() else None
        if not isinstance(node, Node) or self.workspace.closed:
            return  # nothing to show, or a late change after the workspace was closed
        if node.document_id != self._document_id:
            # Its sections are laid out in a later pass: the rows first.
            document_id = node.document_id
            next_pass(self.navigator, lambda: self._expand(document_id))
            self._show_document(document_id)
        if node.kind == "section" or self.filter_bar.section_filter() is not None:
            # A division (an annex over its chapters) holds no item of its own: all are shown.
            self.filter_bar.choose_section(node.section if node.kind == "section" else None)

    def _expand(self, document_id: int) -> None:
        if document_id == self._document_id and not self.workspace.closed:
            self.navigator.expand(self.navigator_model.document_index(document_id))
            for division in self.navigator_model.division_indexes(document_id):
                self.navigator.expand(division)

    def _show_document(self, document_id: int | None) -> None:
        self.detail.flush()
        self._document_id = document_id
        rows, more = self._preloaded, None
        if rows is None and document_id is not None:
            # The first screenful now; the rest a page per turn of the event loop.
            rows = self.workspace.items_page(document_id, 0, FIRST_ROWS)
            if len(rows) == FIRST_ROWS:
                more = partial(self.workspace.items_page, document_id)
        self.detail.show_item(None)
        # The rows first; once they are painted, the first item; once that is painted, its
        # history and team (in one pass, the three took 50-80 ms).
        self.items.set_rows(rows or [], more, choose_current=False)  # disagreements: when read
        self.table.setFocus()
        self._after_rows_painted.call(self._show_first_item)
        self._update_progress()

    def _show_first_item(self) -> None:
        if self.workspace.closed or self.table.currentIndex().isValid():
            return  # gone, or the delegate already chose a row
        self._switching = True  # the item's history and team wait for its paint
        try:
            self.items.keep_current()
        finally:
            self._switching = False

    def detail_query(self, query: str) -> None:
        """The search's hits marked in the detail panel once the filtered table is painted:
        a keystroke's answer is the table; marking the current item's text anew with its
        repaint took 3 ms of each keystroke's 20."""
        self._after_filter_painted.call(lambda: self.detail.set_query(query))

    def _on_item_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid():
            self.detail.flush()
        self._show_detail(current.data(RowRole) if current.isValid() else None)

    def _show_detail(self, item: ItemRow | None) -> None:
        self.detail.show_item(item)
        if self._switching and item is not None:
            # Another document was just shown: this item's text first, its history and team
            # once that is painted (together, 40-80 ms of one pass of the event loop).
            self.detail.history.clear()  # not the last item's, not "no stance yet" either
            self.detail.team.clear()
            self._after_rows_painted.call(lambda: self._show_item_past(item))
            return
        self._show_item_past(item)

    def _show_item_past(self, item: ItemRow | None) -> None:
        """The item's history and what the team holds on it, if it is still the one shown."""
        if self.workspace.closed or (item is not None and self.detail.item is not item):
            return  # the delegate has moved on, or the workspace is gone
        self.detail.show_history(self.workspace.history(item.id) if item else [])
        if item is not None:
            self.detail.show_team(self.workspace.team.entries([item]).get(item.id, []))

    def _on_loaded(self) -> None:
        """Every row of the document is in the table, or a large change's rows are all fresh
        again: what needs them all."""
        self.item_model.set_disagreements(self._disagreements(self.item_model.row_list()))
        self._update_progress()

    def _disagreements(self, rows: list[ItemRow]) -> set[int]:
        """The shown document's items where the team disagrees."""
        if self._document_id is None:
            return set()
        return self.workspace.team.disagreements(self._document_id, rows)

    def _on_change(self, change: ChangeSet) -> None:
        self.items.drop_held()  # rows read before the change, not yet shown: read them again
        if change.documents_changed:
            if change is not self._shown_import:  # an import the window already shows
                self._reload_documents()
            self._shown_import = None
            return
        ids = change.item_ids & self.item_model.ids()
        shown = self.detail.item
        if len(ids) > LARGE_REFRESH:  # re-read a page per turn: the window never stalls
            self.items.refresh_later(ids, self.workspace.items_by_ids)
            if shown is not None and shown.id in ids:
                self._show_detail(self.workspace.items_by_ids([shown.id])[0])
        elif ids:
            rows = self.workspace.items_by_ids(sorted(ids))
            self.items.refresh(rows)
            self.item_model.set_disagreements(self._disagreements(self.item_model.row_list()))
            if shown is not None and shown.id in ids:
                self._show_detail(next(r for r in rows if r.id == shown.id))
        self.items.keep_current()
        self._update_progress()
        # Items of other documents (a carry-over onto the new version): their counts too.
        for document_id in self._other_documents(change):
            row = self.workspace.document(document_id)  # counts kept on write: one row read
            self.navigator_model.update_counts(document_id, row.decided_count, row.item_count)

    def _other_documents(self, change: ChangeSet) -> set[int]:
        others = set(change.document_ids)
        if change.item_ids - self.item_model.ids():
            others |= self.workspace.document_ids_of(sorted(change.item_ids))
        others.discard(self._document_id)  # type: ignore[arg-type]
        return others

    def _update_progress(self) -> None:
        document_id = self._document_id
        if document_id is None:
            self.progress_label.setText(
                QCoreApplication.translate("MainWindow", "Import a document to begin")
            )
            return
        if not self.items.complete():
            self.progress_label.setText("")  # said when the document is read (items.loaded)
            return
        p = progress_of(self.item_model.row_list())  # the whole document, kept fresh
        self.navigator_model.update_counts(document_id, p.decided, p.total)
        self.progress_label.setText(progress_text(p))

    def _on_selection(self, count: int) -> None:
        self.detail.show_selection(self.table.selected_rows() if count > 1 else [])
