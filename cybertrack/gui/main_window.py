"""The main window: it only composes the navigator, the item table and the detail panel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.model import ChangeSet, Stance
from cybertrack.gui.actions import make_action
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.models.document_list_model import DocumentListModel
from cybertrack.gui.models.document_list_model import RowRole as DocumentRole
from cybertrack.gui.models.item_table_model import (
    COL_NUMBER,
    COL_STANCE,
    COL_TEXT,
    ItemTableModel,
    RowRole,
    SortRole,
)
from cybertrack.gui.undo import UndoAdapter
from cybertrack.gui.views.detail_panel import DetailPanel
from cybertrack.services import EditNote, ImportDocument, SetAmendment, SetStance, Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.events = WorkspaceEvents(self)
        self.undo_stack = QUndoStack(self)
        self.commands = UndoAdapter(workspace, self.events, self.undo_stack)
        self.setWindowTitle(self.tr("CyberTrack — %1").replace("%1", str(workspace.path)))
        self.resize(1280, 800)

        self.document_model = DocumentListModel()
        self.documents = QListView()
        self.documents.setModel(self.document_model)
        self.documents.setAccessibleName(self.tr("Documents"))
        self.documents.setWordWrap(True)
        self.documents.setSpacing(2)

        self.item_model = ItemTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.item_model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STANCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)

        self.detail = DetailPanel()
        self.detail.stance_requested.connect(self.set_stance)
        self.detail.note_edited.connect(lambda i, t: self._execute(EditNote(i, t)))
        self.detail.amendment_edited.connect(lambda i, t: self._execute(SetAmendment(i, t)))

        splitter = QSplitter()
        splitter.addWidget(self.documents)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([240, 620, 420])
        self.setCentralWidget(splitter)
        self.progress_label = QLabel()
        self.statusBar().addPermanentWidget(self.progress_label)

        self._build_actions()
        self.events.changed.connect(self._on_change)
        self.documents.selectionModel().currentChanged.connect(self._on_document_changed)
        self.table.selectionModel().currentChanged.connect(self._on_item_changed)
        self._reload_documents()
        if workspace.read_only:
            from cybertrack.gui.trust import install_read_only_banner

            install_read_only_banner(self)

    # -- actions ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(make_action(self, self.tr("&Import…"), "Ctrl+I", self.import_files))
        file_menu.addAction(
            make_action(
                self, self.tr("&Restore from backup…"), "Ctrl+Alt+B", self.restore_from_backup
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(make_action(self, self.tr("&Quit"), "Ctrl+Q", self.close))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = make_action(self, self.tr("&Undo"), "Ctrl+Z", self.undo_stack.undo)
        self.redo_action = make_action(
            self,
            self.tr("&Redo"),
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            self.undo_stack.redo,
        )
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        stance_menu = self.menuBar().addMenu(self.tr("&Stance"))
        for text, key, stance in (
            (self.tr("&Support"), "1", Stance.SUPPORT),
            (self.tr("&Oppose"), "2", Stance.OPPOSE),
            (self.tr("&Amend"), "3", Stance.AMEND),
            (self.tr("&Clear stance"), "0", None),
        ):
            stance_menu.addAction(make_action(self, text, key, self._stance_slot(stance)))
        stance_menu.addSeparator()
        stance_menu.addAction(
            make_action(self, self.tr("&Next item"), "J", lambda: self.move_by(1))
        )
        stance_menu.addAction(
            make_action(self, self.tr("&Previous item"), "K", lambda: self.move_by(-1))
        )
        stance_menu.addAction(make_action(self, self.tr("Edit &note"), "Return", self.focus_note))

    def _stance_slot(self, stance: Stance | None) -> Callable[[], None]:
        return lambda: self.set_stance(stance)

    # -- commands -----------------------------------------------------------------------------
    def _execute(self, command: object) -> ChangeSet | None:
        try:
            return self.commands.execute(command)  # type: ignore[arg-type]
        except CyberTrackError as exc:
            QMessageBox.warning(self, self.tr("CyberTrack"), str(exc))
            return None

    def selected_item_ids(self) -> tuple[int, ...]:
        rows = self.table.selectionModel().selectedRows()
        ids = [self.proxy.data(index, RowRole).id for index in rows]
        if not ids and self.detail.item is not None:
            ids = [self.detail.item.id]
        return tuple(ids)

    def set_stance(self, stance: Stance | None) -> None:
        ids = self.selected_item_ids()
        if ids:
            self._execute(SetStance(ids, stance))

    def move_by(self, step: int) -> None:
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        row = max(0, min(row, self.proxy.rowCount() - 1))
        if self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.setFocus()

    def focus_note(self) -> None:
        if self.detail.item is not None:
            self.detail.note.setFocus()

    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import documents"),
            str(Path.home()),
            self.tr("Documents (*.txt *.md *.docx *.pdf);;All files (*)"),
        )
        self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        from cybertrack.importers import read_document

        for path in paths:
            try:
                change = self.commands.execute(ImportDocument(read_document(path)))
            except CyberTrackError as exc:
                QMessageBox.warning(self, self.tr("Import failed"), str(exc))
                continue
            if change.message:
                self.statusBar().showMessage(change.message, 8000)

    def restore_from_backup(self) -> None:
        from cybertrack.gui.dialogs.restore_dialog import restore_from_backup

        self.detail.flush()
        message = restore_from_backup(self, self.workspace, self.undo_stack, self.events)
        if message:
            self.statusBar().showMessage(message, 15_000)

    def undo(self) -> None:
        self.undo_stack.undo()

    # -- refresh ------------------------------------------------------------------------------
    def _reload_documents(self) -> None:
        current = self.current_document_id()
        self.document_model.set_rows(self.workspace.documents())
        if self.document_model.rowCount() == 0:
            self.item_model.set_rows([])
            self.detail.show_item(None)
            self._update_progress()
            return
        row = self.document_model.row_of(current) if current is not None else None
        self.documents.setCurrentIndex(self.document_model.index(row or 0, 0))

    def current_document_id(self) -> int | None:
        index = self.documents.currentIndex()
        row = index.data(DocumentRole) if index.isValid() else None
        return row.id if row else None

    def _on_document_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.flush()
        row = current.data(DocumentRole) if current.isValid() else None
        self.item_model.set_rows(self.workspace.items(row.id) if row else [])
        self.detail.show_item(None)
        self._update_progress()
        if self.proxy.rowCount():
            self.move_by(0)

    def _on_item_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid():
            self.detail.flush()
        self.detail.show_item(current.data(RowRole) if current.isValid() else None)

    def _on_change(self, change: ChangeSet) -> None:
        if change.documents_changed:
            self._reload_documents()
            return
        ids = change.item_ids & self.item_model.ids()
        if ids:
            rows = self.workspace.items_by_ids(sorted(ids))
            self.item_model.refresh(rows)
            shown = self.detail.item
            if shown is not None and shown.id in ids:
                self.detail.show_item(next(r for r in rows if r.id == shown.id))
        self._update_progress()

    def _update_progress(self) -> None:
        document_id = self.current_document_id()
        if document_id is None:
            self.progress_label.setText(self.tr("Import a document to begin"))
            return
        p = self.workspace.progress(document_id)
        self.progress_label.setText(
            self.tr("%1 of %2 decided · %3 support · %4 oppose · %5 amend")
            .replace("%1", str(p.decided))
            .replace("%2", str(p.total))
            .replace("%3", str(p.support))
            .replace("%4", str(p.oppose))
            .replace("%5", str(p.amend))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.flush()
        super().closeEvent(event)


__all__ = ["MainWindow", "QWidget"]
