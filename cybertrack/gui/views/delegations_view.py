"""Delegations x items: each delegation's stance coloured by agreement with ours; who is where.

Keys 1/2/3/0 record support/oppose/amend/none for the selected cells, with the source note
typed above the table ("statement of 28 July, informals").
"""

from __future__ import annotations

from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.comparison import DelegationRow, DelegationStance
from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet, ItemRow
from cybertrack.domain.positions import Stance
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.dialog_size import fit_dialog
from cybertrack.gui.documents import document_labels
from cybertrack.gui.messages import error_text
from cybertrack.gui.numbers import number
from cybertrack.gui.stances import stance_name
from cybertrack.gui.undo import UndoAdapter
from cybertrack.gui.views.empty_hint import EmptyHint
from cybertrack.services import AddDelegations, Batch, SetDelegationStance
from cybertrack.services.comparison import Agreement, agreement

Index = QModelIndex | QPersistentModelIndex
_LETTERS = {Stance.SUPPORT: "S", Stance.OPPOSE: "O", Stance.AMEND: "A"}
_BACKGROUNDS = {
    Agreement.AGREE: QColor("#d8efd9"),
    Agreement.PARTIAL: QColor("#fbe7c4"),
    Agreement.DISAGREE: QColor("#f6d3d3"),
}


class DelegationMatrixModel(QAbstractTableModel):
    """Rows are delegations; column 0 sums up agreement, then one column per item."""

    def __init__(self) -> None:
        super().__init__()
        self.delegations: list[DelegationRow] = []
        self.items: list[ItemRow] = []
        self.stances: dict[tuple[int, int], DelegationStance] = {}

    def set_data(
        self,
        delegations: list[DelegationRow],
        items: list[ItemRow],
        stances: list[DelegationStance],
    ) -> None:
        self.beginResetModel()
        self.delegations, self.items = delegations, items
        self.stances = {(s.delegation_id, s.item_id): s for s in stances}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.delegations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.delegations else len(self.items) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.delegations):
                return self.delegations[section].name
            if orientation == Qt.Orientation.Horizontal:
                if section == 0:
                    return self.tr("With us / against")
                if 0 < section <= len(self.items):
                    item = self.items[section - 1]
                    return f"{item.number}\n{_LETTERS.get(item.stance, '·')}"  # type: ignore[arg-type]
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and 0 < section <= len(self.items):
            item = self.items[section - 1]
            return f"{item.label} {self.tr('our stance')}: {stance_name(item.stance)}"
        return None

    def cell(self, row: int, column: int) -> tuple[ItemRow, DelegationStance | None] | None:
        if column == 0:
            return None
        item = self.items[column - 1]
        return item, self.stances.get((self.delegations[row].id, item.id))

    def _summary(self, delegation_id: int) -> tuple[int, int, int]:
        counts = dict.fromkeys(Agreement, 0)
        for item in self.items:
            found = self.stances.get((delegation_id, item.id))
            side = agreement(item.stance, found.stance if found else None)
            if side is not None:
                counts[side] += 1
        return counts[Agreement.AGREE], counts[Agreement.PARTIAL], counts[Agreement.DISAGREE]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.delegations):
            return None
        delegation = self.delegations[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                agree, partly, against = self._summary(delegation.id)
                partial = f"  (~{number(partly)})" if partly else ""
                return f"{number(agree)} / {number(against)}{partial}"
            return None
        found = self.cell(index.row(), index.column())
        if found is None:
            return None
        item, stance = found
        if role == Qt.ItemDataRole.DisplayRole:
            return _LETTERS[stance.stance] if stance else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            what = stance_name(stance.stance) if stance else self.tr("not recorded")
            return f"{delegation.name}, {item.label}: {what}"
        if role == Qt.ItemDataRole.ToolTipRole and stance is not None:
            source = f" — {stance.source}" if stance.source else ""
            return f"{delegation.name}: {stance_name(stance.stance)}{source}"
        if role == Qt.ItemDataRole.BackgroundRole and stance is not None:
            side = agreement(item.stance, stance.stance)
            return _BACKGROUNDS.get(side) if side else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class DelegationsDialog(QDialog):
    def __init__(
        self, commands: UndoAdapter, document_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.commands = commands
        self.workspace = commands.workspace
        self.document_id = document_id
        document = self.workspace.document(document_id)
        label = document_labels(self.workspace.documents()).get(document_id, document.name)
        self.setWindowTitle(self.tr("Delegations — %1").replace("%1", label))
        fit_dialog(self, "delegations", QSize(1200, 700))

        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. statement of 28 July, informals"))
        self.source.setAccessibleName(self.tr("Source of the stances you record"))
        source_label = QLabel(self.tr("&Source:"))
        source_label.setBuddy(self.source)
        top = QHBoxLayout()
        top.addWidget(source_label)
        top.addWidget(self.source, 1)

        self.model = DelegationMatrixModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Stances of delegations on each item"))
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "No other delegation yet. Add this document's participants (Ctrl+P) or a "
                "delegation by name (Ctrl+N), then record what each said with 1, 2, 3 or 0."
            ),
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setMinimumSectionSize(30)
        self.who = QTextBrowser()
        self.who.setAccessibleName(self.tr("Who is with us and who is against on this item"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.who)
        splitter.setSizes([470, 150])

        hint = QLabel(
            self.tr(
                "1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · "
                "green: with us, red: against, amber: partly"
            )
        )
        hint.setStyleSheet("color: #555")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        participants = buttons.addButton(
            self.tr("Add the &participants"), QDialogButtonBox.ButtonRole.ActionRole
        )
        participants.setToolTip(self.tr("Add this document's participants (Ctrl+P)"))
        add = buttons.addButton(self.tr("&Add delegation…"), QDialogButtonBox.ButtonRole.ActionRole)
        add.setToolTip(self.tr("Add a delegation or group by name (Ctrl+N)"))
        participants.setAccessibleName(self.tr("Add this document's participants"))
        add.setAccessibleName(self.tr("Add a delegation"))
        participants.clicked.connect(self.add_participants)
        add.clicked.connect(self.add_delegation)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("What was done"))
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        for name, stance in (
            ("delegations.support", Stance.SUPPORT),
            ("delegations.oppose", Stance.OPPOSE),
            ("delegations.amend", Stance.AMEND),
            ("delegations.clear", None),
        ):
            # On the table only: digits typed in the source note stay text.
            add_scoped_action(self.table, name, partial(self.record, stance))
        add_scoped_action(self, "delegations.participants", self.add_participants)
        add_scoped_action(self, "delegations.add", self.add_delegation)
        self.table.selectionModel().currentChanged.connect(self._show_who)
        commands.events.changed.connect(self._on_change)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        current = self.table.currentIndex()
        items = self.workspace.items(self.document_id)
        self.model.set_data(
            self.workspace.comparison.delegations(),
            items,
            self.workspace.comparison.delegation_stances([i.id for i in items]),
        )
        self.table.resizeColumnToContents(0)
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 1))

    def _show_who(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.column() == 0:
            self.who.clear()
            return
        item = self.model.items[current.column() - 1]
        where = self.workspace.comparison.alignments(self.document_id)[item.id]

        def names(found: tuple[str, ...]) -> str:
            return escape(", ".join(found)) if found else "—"

        self.who.setHtml(
            f"<p><b>{item.label}</b> {self.tr('our stance')}: {stance_name(item.stance)}</p>"
            f"<p><span style='color:#2e7d32'><b>{self.tr('With us')}:</b></span> "
            f"{names(where.with_us)}<br>"
            f"<span style='color:#c62828'><b>{self.tr('Against')}:</b></span> "
            f"{names(where.against)}<br>"
            f"<span style='color:#b26a00'><b>{self.tr('Partly (amend)')}:</b></span> "
            f"{names(where.partly)}</p>"
            f"<p style='color:#555'>{escape(item.text)}</p>"
        )

    def record(self, stance: Stance | None) -> None:
        cells: dict[int, list[int]] = {}
        for index in self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]:
            found = self.model.cell(index.row(), index.column()) if index.isValid() else None
            if found is not None:
                delegation_id = self.model.delegations[index.row()].id
                cells.setdefault(delegation_id, []).append(found[0].id)
        commands = tuple(
            SetDelegationStance(d, tuple(ids), stance, self.source.text())
            for d, ids in cells.items()
        )
        if commands:
            self._run(Batch(commands, Message(Code.DID_DELEGATION_STANCES)))

    def add_participants(self) -> None:
        entries = self.workspace.comparison.participant_delegations(self.document_id)
        if not entries:  # say so: a button that does nothing looks broken
            QMessageBox.information(
                self,
                self.tr("Delegations"),
                self.tr(
                    "This document lists no participants. Add delegations by name with Add "
                    "delegation (Ctrl+N)."
                ),
            )
            return
        known = {d.name for d in self.workspace.comparison.delegations()}
        change = self._run(AddDelegations(tuple(entries)))
        added = len({name for name, _group in entries} - known)
        self.status.setText(
            self.tr("%1 delegations added from the participants; %2 were already listed.")
            .replace("%1", number(added))
            .replace("%2", number(len(entries) - added))
            if change is not None
            else ""
        )

    def add_delegation(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add delegation"), self.tr("Delegation or group (e.g. European Union):")
        )
        if ok and name.strip():
            is_group = "group" in name.lower() or "union" in name.lower()
            self._run(AddDelegations(((name, is_group),)))

    def _run(self, command: object) -> ChangeSet | None:
        try:
            return self.commands.execute(command)  # type: ignore[arg-type]
        except CyberTrackError as exc:
            QMessageBox.warning(self, self.tr("Delegations"), error_text(exc))
            return None

    def _on_change(self, change: ChangeSet) -> None:
        if change.item_ids or change.documents_changed:
            self.reload()
