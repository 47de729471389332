"""The carry-over review: one screen to decide which positions go onto the new version.

Nothing is carried silently: each proposal is a ticked or unticked row; the text changes since
the decision are shown word by word; dropped and new items are listed. "Carry" confirms the
links of the ticked rows and carries their positions, as one undo step.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.comparison import LinkState
from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.dialog_size import fit_dialog
from cybertrack.gui.diff_html import spans_html
from cybertrack.gui.documents import document_labels
from cybertrack.gui.messages import error_text
from cybertrack.gui.numbers import number
from cybertrack.gui.stances import COLOURS, stance_name
from cybertrack.gui.undo import UndoAdapter
from cybertrack.gui.views.empty_hint import EmptyHint
from cybertrack.services import Batch, CarryPositions, ConfirmLink, LinkDocuments
from cybertrack.services.comparison import CarryProposal, CarryReview

Index = QModelIndex | QPersistentModelIndex
COL_CARRY, COL_OLD, COL_NEW, COL_STANCE, COL_CHECK = range(5)
_WARNING = QColor("#b26a00")


class CarryTableModel(QAbstractTableModel):
    def __init__(self, proposals: list[CarryProposal]) -> None:
        super().__init__()
        self.proposals = proposals
        self.accepted = {i for i, p in enumerate(proposals) if p.suggested}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Carry"),
            self.tr("Was"),
            self.tr("Now"),
            self.tr("Our position"),
            self.tr("Check"),
        )[section]

    def warnings(self, p: CarryProposal) -> str:
        notes = []
        if p.text_changed:
            notes.append(self.tr("text changed since you decided"))
        if p.conflict:
            notes.append(self.tr("merged with another decided item: choose one"))
        if p.target_decided:
            notes.append(self.tr("already decided in the new version"))
        return "; ".join(notes) or self.tr("same text")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_CARRY:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.proposals):
            return None
        p, column = self.proposals[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_CARRY:
            ticked = index.row() in self.accepted
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_CARRY:
                return self.tr("yes") if index.row() in self.accepted else self.tr("no")
            if column == COL_OLD:
                return p.source.label
            if column == COL_NEW:
                return p.target.label
            if column == COL_STANCE:
                marks = ("  ✎" if p.source.note else "") + ("  ±" if p.source.amendment else "")
                return stance_name(p.source.stance) + marks
            return self.warnings(p)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STANCE and p.source.stance:
                return COLOURS[p.source.stance]
            if column == COL_CHECK and (p.text_changed or p.conflict or p.target_decided):
                return _WARNING
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_CARRY:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.accepted.add(index.row())
        else:
            self.accepted.discard(index.row())
        self.dataChanged.emit(index, index)
        return True

    def chosen(self) -> list[CarryProposal]:
        return [self.proposals[i] for i in sorted(self.accepted)]


class CarryOverDialog(QDialog):
    def __init__(
        self,
        commands: UndoAdapter,
        old_document_id: int,
        new_document_id: int,
        parent: QWidget | None = None,
        review: CarryReview | None = None,
    ) -> None:
        """`review`: the carry-over review when it was made off the window's thread (with the
        links it needs); without it the versions are linked and the review made here."""
        super().__init__(parent)
        self.commands = commands
        self.old_id, self.new_id = old_document_id, new_document_id
        self.carried: ChangeSet | None = None  # what Carry did, for the window to say
        workspace = commands.workspace
        if review is None and not workspace.comparison.links_between(
            old_document_id, new_document_id
        ):
            commands.execute(LinkDocuments(old_document_id, new_document_id))
        old, new = workspace.document(old_document_id), workspace.document(new_document_id)
        labels = document_labels(workspace.documents())  # versions told apart
        self.setWindowTitle(self.tr("Carry positions to the new version"))
        fit_dialog(self, "carry", QSize(1100, 720))

        if review is None:
            review = workspace.comparison.carry_review(old.id, new.id)
        self.model = CarryTableModel(review.plan)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Positions that can be carried"))
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "Nothing to carry: no item with a position in the earlier version is linked to "
                "this one. Check the links between the versions (Ctrl+L)."
            ),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Columns sized from the rows on screen and a few others, not from all of them: a
        # 5,000-paragraph review asked every row for its size before showing (1.8 s), and a
        # hundred rows still cost 30 ms (labels and stances are about as wide on every row).
        header.setResizeContentsPrecision(20)
        for column in (COL_CARRY, COL_OLD, COL_NEW, COL_STANCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHECK, QHeaderView.ResizeMode.Stretch)

        self.diff = QTextBrowser()
        self.diff.setAccessibleName(self.tr("What changed in the text since you decided"))

        self.dropped = QListWidget()
        self.dropped.setAccessibleName(self.tr("Dropped items"))
        self.dropped.addItems(
            [f"{i.label} {stance_name(i.stance)} — {i.text}" for i in review.dropped]
        )
        self.new_items = QListWidget()
        self.new_items.setAccessibleName(self.tr("New items"))
        self.new_items.addItems([f"{i.label} {i.text}" for i in review.added])
        self.empty_lists = (
            EmptyHint(self.dropped, self.tr("No item was dropped.")),
            EmptyHint(self.new_items, self.tr("No item is new.")),
        )
        for listing in (self.dropped, self.new_items):
            listing.setTextElideMode(Qt.TextElideMode.ElideRight)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        side = QWidget()
        grid = QGridLayout(side)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Dropped from the new version:")), 0, 0)
        grid.addWidget(self.dropped, 1, 0)
        grid.addWidget(QLabel(self.tr("New in this version (no position yet):")), 2, 0)
        grid.addWidget(self.new_items, 3, 0)

        top = QSplitter()
        top.addWidget(self.table)
        top.addWidget(side)
        top.setSizes([720, 340])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(self.diff)
        body.setSizes([470, 200])

        summary = QLabel(
            self.tr("From %1 to %2: %3 positions to review, %4 with changed text.")
            .replace("%1", labels[old.id])
            .replace("%2", labels[new.id])
            .replace("%3", number(len(self.model.proposals)))
            .replace("%4", number(sum(p.text_changed for p in self.model.proposals)))
        )
        summary.setWordWrap(True)
        hint = QLabel(self.tr("Space ticks or unticks a row · Ctrl+Enter carries the ticked rows"))
        hint.setStyleSheet("color: #555")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.carry_button = buttons.addButton(
            self.tr("&Carry ticked positions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # A window-wide shortcut: a button's own shortcut loses Ctrl+Return to the table.
        add_scoped_action(self, "carry.carry", self.carry)
        self.carry_button.setAccessibleName(self.tr("Carry the ticked positions"))
        self.carry_button.clicked.connect(self.carry)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(body, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_diff)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def _show_diff(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.diff.clear()
            return
        p = self.model.proposals[current.row()]
        extra = ""
        if p.source.note:
            extra += f"<p><b>{self.tr('Note')}:</b> {escape(p.source.note)}</p>"
        if p.source.amendment:
            extra += f"<p><b>{self.tr('Proposed wording')}:</b> {escape(p.source.amendment)}</p>"
        self.diff.setHtml(
            f"<p><b>{p.source.label} → {p.target.label}</b> — {self.model.warnings(p)}</p>"
            f"<p>{spans_html(p.diff)}</p>{extra}"
        )

    def carry(self) -> None:
        chosen = self.model.chosen()
        if not chosen:
            self.reject()
            return
        confirm = [
            ConfirmLink(p.source.id, p.target.id)
            for p in chosen
            if p.link.state is not LinkState.CONFIRMED
        ]
        pairs = tuple((p.source.id, p.target.id) for p in chosen)
        try:
            self.carried = self.commands.execute(
                Batch((*confirm, CarryPositions(pairs)), Message(Code.DID_CARRY_REVIEWED))
            )
        except CyberTrackError as exc:
            QMessageBox.warning(self, self.tr("Carry-over"), error_text(exc))
            return
        self.accept()
