"""The link dialog: go through candidate links by keyboard and confirm, reject or re-point them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.comparison import Link, LinkState
from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.model import ChangeSet, ItemRow
from cybertrack.domain.worddiff import changed
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.dialog_size import fit_dialog
from cybertrack.gui.diff_html import diff_html
from cybertrack.gui.documents import document_labels
from cybertrack.gui.messages import error_text
from cybertrack.gui.numbers import number
from cybertrack.gui.undo import UndoAdapter
from cybertrack.gui.views.empty_hint import EmptyHint
from cybertrack.services import ConfirmLink, LinkDocuments, RejectLink, RepointLink

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 5
_STATE_COLOURS = {LinkState.CONFIRMED: QColor("#2e7d32"), LinkState.REJECTED: QColor("#c62828")}


class LinkTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[Link] = []
        self.items: dict[int, ItemRow] = {}

    def set_links(self, links: list[Link], items: dict[int, ItemRow]) -> None:
        self.beginResetModel()
        self.links, self.items = links, items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.links)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Was"),
            self.tr("Now"),
            self.tr("Score"),
            self.tr("Link"),
            self.tr("Text"),
        )[section]

    def state_name(self, state: LinkState) -> str:
        return {
            LinkState.CANDIDATE: self.tr("to check"),
            LinkState.CONFIRMED: self.tr("confirmed"),
            LinkState.REJECTED: self.tr("rejected"),
        }[state]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.links):
            return None
        link = self.links[index.row()]
        old, new = self.items[link.from_item_id], self.items[link.to_item_id]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return old.label
            if column == 1:
                return new.label
            if column == 2:
                return number(round(link.score))
            if column == 3:
                return self.state_name(link.state)
            return self.tr("changed") if changed(old.text, new.text) else self.tr("same")
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return _STATE_COLOURS.get(link.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LinkDialog(QDialog):
    def __init__(
        self,
        commands: UndoAdapter,
        old_document_id: int,
        new_document_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.commands = commands
        self.workspace = commands.workspace
        self.old_id, self.new_id = old_document_id, new_document_id
        labels = document_labels(self.workspace.documents())
        self.setWindowTitle(
            self.tr("Links from %1 to %2")
            .replace("%1", labels.get(old_document_id, ""))
            .replace("%2", labels.get(new_document_id, ""))
        )
        fit_dialog(self, "links", QSize(1000, 680))

        self.model = LinkTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Candidate links"))
        self.empty_hint = EmptyHint(
            self.table,
            self.tr("No links between these versions yet. Press F to find candidate links."),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff = QTextBrowser()
        self.diff.setAccessibleName(self.tr("The two texts, differences marked"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.diff)
        splitter.setSizes([400, 220])

        hint = QLabel(
            self.tr(
                "C confirm · R reject · P re-point to another item · "
                "F find candidate links · J/K next/previous"
            )
        )
        hint.setStyleSheet("color: #555")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        for name, slot in (
            ("links.confirm", self.confirm),
            ("links.reject", self.reject_link),
            ("links.repoint", self.repoint),
            ("links.find", self.find_links),
            ("links.next", lambda: self.move_by(1)),
            ("links.previous", lambda: self.move_by(-1)),
        ):
            add_scoped_action(self, name, slot)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        commands.events.changed.connect(self._on_change)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        row = max(self.table.currentIndex().row(), 0)
        items = {
            i.id: i
            for i in (*self.workspace.items(self.old_id), *self.workspace.items(self.new_id))
        }
        links = self.workspace.comparison.links_between(self.old_id, self.new_id)
        links.sort(key=lambda lk: (items[lk.to_item_id].position, items[lk.from_item_id].position))
        self.model.set_links(links, items)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def current_link(self) -> Link | None:
        index = self.table.currentIndex()
        return self.model.links[index.row()] if index.isValid() else None

    def move_by(self, step: int) -> None:
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        link = self.current_link()
        if link is None:
            self.diff.clear()
            return
        old, new = self.model.items[link.from_item_id], self.model.items[link.to_item_id]
        self.diff.setHtml(
            f"<p><b>{old.label} → {new.label}</b></p><p>{diff_html(old.text, new.text)}</p>"
        )

    def _run(self, command: object) -> None:
        try:
            self.commands.execute(command)  # type: ignore[arg-type]
        except CyberTrackError as exc:
            QMessageBox.warning(self, self.tr("Links"), error_text(exc))

    def confirm(self) -> None:
        link = self.current_link()
        if link is not None:
            self._run(ConfirmLink(link.from_item_id, link.to_item_id))
            self.move_by(1)

    def reject_link(self) -> None:
        link = self.current_link()
        if link is not None:
            self._run(RejectLink(link.from_item_id, link.to_item_id))
            self.move_by(1)

    def repoint(self) -> None:
        link = self.current_link()
        if link is None:
            return
        targets = self.workspace.items(self.new_id)
        labels = [f"{i.label} {i.text[:90]}" for i in targets]
        current = next((n for n, i in enumerate(targets) if i.id == link.to_item_id), 0)
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Re-point link"),
            self.tr("The old item is the same as:"),
            labels,
            current,
            False,
        )
        if ok and label in labels:
            target = targets[labels.index(label)]
            if target.id != link.to_item_id:
                self._run(RepointLink(link.from_item_id, link.to_item_id, target.id))

    def find_links(self) -> None:
        self._run(LinkDocuments(self.old_id, self.new_id))

    def _on_change(self, change: ChangeSet) -> None:
        if change.item_ids or change.documents_changed:
            self.reload()
