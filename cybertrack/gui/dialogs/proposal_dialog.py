"""Record or edit another delegation's proposal: who made it, when, its text (with a live
redline against the paragraph, or all new for a paragraph after it), who supported, who opposed.
Delegations are the ones already known (Delegations…, Ctrl+Shift+D)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.comparison import DelegationRow
from cybertrack.domain.model import ItemRow
from cybertrack.domain.negotiation import Proposal
from cybertrack.gui.dialogs.room_status_dialog import from_qt, to_qt
from cybertrack.gui.views.markup import redline_html


class ProposalDialog(QDialog):
    def __init__(
        self,
        item: ItemRow,
        delegations: list[DelegationRow],
        proposal: Proposal | None = None,
        when: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(
            self.tr("Proposal on %1").replace("%1", item.label)
            if proposal is None
            else self.tr("Edit the proposal on %1").replace("%1", item.label)
        )
        self.resize(760, 560)
        self.sponsor = QComboBox()
        self.sponsor.setAccessibleName(self.tr("Proposed by"))
        for delegation in delegations:
            self.sponsor.addItem(delegation.name, delegation.id)
        self.made_at = QDateTimeEdit(to_qt(when or datetime.now().astimezone()))
        self.made_at.setCalendarPopup(True)
        self.made_at.setDisplayFormat("d MMM yyyy HH:mm")
        self.made_at.setMaximumDateTime(QDateTime.currentDateTime())
        self.made_at.setAccessibleName(self.tr("Made at"))
        self.new_paragraph = QCheckBox(self.tr("A new paragraph after this one (bis)"))
        self.new_paragraph.setAccessibleName(self.tr("A new paragraph after this one"))
        self.text = QPlainTextEdit(item.text if proposal is None else proposal.text)
        self.text.setAccessibleName(self.tr("Proposed text"))
        self.text.setTabChangesFocus(True)
        self.redline = QTextBrowser()
        self.redline.setAccessibleName(self.tr("Changes to the paragraph"))
        self.redline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.supporters = self._checklist(self.tr("Supported by"), delegations)
        self.opponents = self._checklist(self.tr("Opposed by"), delegations)
        if proposal is not None:
            self.sponsor.setCurrentIndex(max(self.sponsor.findData(proposal.by_id), 0))
            self.made_at.setDateTime(to_qt(datetime.fromisoformat(proposal.made_at)))
            self.new_paragraph.setChecked(proposal.new_paragraph)
            self.new_paragraph.setEnabled(False)  # a new paragraph stays one
            self._tick(self.supporters, proposal.supported_by)
            self._tick(self.opponents, proposal.opposed_by)
        self.text.textChanged.connect(self._update_redline)
        self.new_paragraph.toggled.connect(self._new_paragraph_toggled)

        form = QFormLayout()
        for label_text, widget in (
            (self.tr("&Proposed by:"), self.sponsor),
            (self.tr("&When:"), self.made_at),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.new_paragraph)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.text)
        sides = QHBoxLayout()
        for title, listing in (
            (self.tr("&Supported by:"), self.supporters),
            (self.tr("&Opposed by:"), self.opponents),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setBuddy(listing)
            column.addWidget(label)
            column.addWidget(listing)
            sides.addLayout(column)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.redline, 2)
        layout.addLayout(sides, 2)
        layout.addWidget(buttons)
        self._update_redline()

    def _checklist(self, name: str, delegations: list[DelegationRow]) -> QListWidget:
        listing = QListWidget()
        listing.setAccessibleName(name)
        for delegation in delegations:
            entry = QListWidgetItem(delegation.name)
            entry.setData(Qt.ItemDataRole.UserRole, delegation.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            listing.addItem(entry)
        return listing

    @staticmethod
    def _tick(listing: QListWidget, names: tuple[str, ...]) -> None:
        for row in range(listing.count()):
            entry = listing.item(row)
            if entry.text() in names:
                entry.setCheckState(Qt.CheckState.Checked)

    @staticmethod
    def _ticked(listing: QListWidget) -> tuple[int, ...]:
        return tuple(
            int(listing.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(listing.count())
            if listing.item(row).checkState() == Qt.CheckState.Checked
        )

    def _new_paragraph_toggled(self, on: bool) -> None:
        if on and self.text.toPlainText() == self.item.text:
            self.text.clear()  # a new paragraph starts empty, not as a copy of this one
        self._update_redline()

    def _update_redline(self) -> None:
        original = "" if self.new_paragraph.isChecked() else self.item.text
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.redline.setHtml(redline_html(original, self.text.toPlainText(), dark=dark))

    def chosen(self) -> tuple[int, str, tuple[int, ...], tuple[int, ...], datetime, bool]:
        """Sponsor id, text, supporters, opponents, when, new paragraph."""
        return (
            int(self.sponsor.currentData()),
            self.text.toPlainText(),
            self._ticked(self.supporters),
            self._ticked(self.opponents),
            from_qt(self.made_at.dateTime()),
            self.new_paragraph.isChecked(),
        )
