"""The selected item's negotiation: where the room stands, capital's instruction (with its
fallback wording and note, and our deviation from it), the other delegations' proposals with a
redline against the paragraph, and the item's whole history.

Like the detail panel it never writes: it emits what the user asked for, and the negotiation
desk turns that into commands. Texts are sent after a pause in typing and when focus leaves.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.model import ItemRow
from cybertrack.domain.negotiation import ItemEvent, Proposal
from cybertrack.domain.positions import Field, Instruction
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.dates import local_stamp
from cybertrack.gui.room import DEVIATION_COLOUR, ROOM_COLOURS, instruction_name, room_name
from cybertrack.gui.stances import stance_name
from cybertrack.gui.views.history_events import event_text
from cybertrack.gui.views.markup import redline_html

TYPING_PAUSE_MS = 400
ProposalRole = Qt.ItemDataRole.UserRole + 1


class CommitOnLeave(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.left.emit()
        super().focusOutEvent(event)


class NegotiationPanel(QWidget):
    instruction_changed = Signal(int, object)  # item id, Instruction | None
    text_edited = Signal(int, object, str)  # item id, Field, text
    record_room = Signal()
    new_proposal = Signal()
    edit_proposal = Signal(object)  # Proposal
    withdraw_proposal = Signal(object)  # Proposal: withdraw it, or reinstate a withdrawn one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Room, capital and proposals"))
        self._item: ItemRow | None = None
        self._proposals: list[Proposal] = []

        # -- the room and capital ------------------------------------------------------------
        self.room_status = QLabel()
        self.room_status.setAccessibleName(self.tr("Room status"))
        self.room_status.setTextFormat(Qt.TextFormat.RichText)
        self.room_status.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record…"))
        self.record_button.setToolTip(self.tr("Record the room's status at a time (Ctrl+R)"))
        self.record_button.setAccessibleName(self.tr("Record the room's status"))
        self.record_button.clicked.connect(self.record_room)
        self.instruction = QComboBox()
        self.instruction.setAccessibleName(self.tr("Capital's instruction"))
        self.instruction.setAccessibleDescription(
            self.tr("Support, oppose, amend or flexible; internal, never in a shareable paper")
        )
        for choice in (None, *Instruction):
            self.instruction.addItem(instruction_name(choice), choice.value if choice else "")
        self.instruction.activated.connect(self._send_instruction)
        self.deviation = QLabel()
        self.deviation.setAccessibleName(self.tr("Deviation"))
        self.deviation.setWordWrap(True)
        palette = self.deviation.palette()
        palette.setColor(QPalette.ColorRole.WindowText, DEVIATION_COLOUR)
        self.deviation.setPalette(palette)
        self.fallback = CommitOnLeave()
        self.fallback.setPlaceholderText(self.tr("Capital's fallback wording (internal)"))
        self.fallback.setAccessibleName(self.tr("Fallback wording"))
        self.fallback.setAccessibleDescription(
            self.tr("The wording capital accepts if our line does not carry; internal")
        )
        self.instruction_note = CommitOnLeave()
        self.instruction_note.setPlaceholderText(self.tr("Capital's note (internal)"))
        self.instruction_note.setAccessibleName(self.tr("Capital's note"))
        self.instruction_note.setAccessibleDescription(
            self.tr("What capital said with its instruction; internal")
        )
        self.editors = {
            Field.FALLBACK: self.fallback,
            Field.INSTRUCTION_NOTE: self.instruction_note,
        }
        self._timers: dict[Field, QTimer] = {}
        for field, editor in self.editors.items():
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(40)
            editor.setMaximumHeight(72)
            timer = self._timers[field] = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(TYPING_PAUSE_MS)
            timer.timeout.connect(partial(self._send, field))
            editor.textChanged.connect(timer.start)
            editor.left.connect(partial(self._send, field))

        room_row = QHBoxLayout()
        room_row.addWidget(self.room_status, 1)
        room_row.addWidget(self.record_button)
        capital = QFormLayout()
        capital.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Instruction"), self.instruction),
            (self.tr("&Fallback"), self.fallback),
            (self.tr("Capital's &note"), self.instruction_note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            capital.addRow(label, widget)
        capital.addRow(self.deviation)
        room_box = QGroupBox(self.tr("Room and capital"))
        room_layout = QVBoxLayout(room_box)
        room_layout.addLayout(room_row)
        room_layout.addLayout(capital)

        # -- proposals -----------------------------------------------------------------------
        self.proposals = QListWidget()
        self.proposals.setAccessibleName(self.tr("Proposals"))
        self.proposals.setAccessibleDescription(
            self.tr("Other delegations' proposals on this paragraph; F2 edits, Delete withdraws")
        )
        self.proposals.setWordWrap(True)
        self.proposals.currentRowChanged.connect(self._show_redline)
        self.proposals.itemActivated.connect(lambda _item: self._edit_current())
        add_scoped_action(self.proposals, "proposals.edit", self._edit_current)
        add_scoped_action(self.proposals, "proposals.withdraw", self._withdraw_current)
        self.redline = QTextBrowser()
        self.redline.setAccessibleName(self.tr("Proposal redline"))
        self.redline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Record another delegation's proposal (Ctrl+Shift+P)"))
        self.new_button.setAccessibleName(self.tr("Record a proposal"))
        self.new_button.clicked.connect(self.new_proposal)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the proposal (F2)"))
        self.edit_button.setAccessibleName(self.tr("Edit the proposal"))
        self.edit_button.clicked.connect(self._edit_current)
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.setToolTip(self.tr("Withdraw the proposal, or reinstate it (Delete)"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw or reinstate the proposal"))
        self.withdraw_button.clicked.connect(self._withdraw_current)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.withdraw_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        proposals_box = QGroupBox(self.tr("Proposals"))
        # The list and the redline side by side: the dock is wide and low.
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.proposals, 1)
        side_by_side.addWidget(self.redline, 1)
        proposals_layout = QVBoxLayout(proposals_box)
        proposals_layout.addLayout(side_by_side, 1)
        proposals_layout.addLayout(buttons)

        # -- history -------------------------------------------------------------------------
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History of the paragraph"))
        self.history.setAccessibleDescription(
            self.tr("Our stance, the room, capital's instruction and the proposals, newest first")
        )
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(room_box, 3)
        layout.addWidget(proposals_box, 5)
        layout.addWidget(history_box, 3)
        self.show_item(None, [], [])

    @property
    def item(self) -> ItemRow | None:
        return self._item

    def current_proposal(self) -> Proposal | None:
        row = self.proposals.currentRow()
        return self._proposals[row] if 0 <= row < len(self._proposals) else None

    # -- showing ------------------------------------------------------------------------------
    def show_item(
        self, item: ItemRow | None, proposals: list[Proposal], history: list[ItemEvent]
    ) -> None:
        same = item is not None and self._item is not None and item.id == self._item.id
        kept = self.proposals.currentRow() if same else 0
        self._item = item
        for widget in (self.instruction, self.fallback, self.instruction_note, self.record_button):
            widget.setEnabled(item is not None)
        self.new_button.setEnabled(item is not None)
        self._show_room(item)
        self._show_capital(item, same)
        self._show_proposals(item, proposals, kept)
        self.history.clear()
        for event in reversed(history):
            text = f"{local_stamp(event.at)}   {event_text(event)}"
            if event.undone_at:  # undone: still in the history, struck through and marked
                text += "   " + self.tr("(undone %1)").replace("%1", local_stamp(event.undone_at))
            entry = QListWidgetItem(text)
            if event.detail:
                entry.setToolTip(event.detail)
            if event.undone_at:
                font = QFont(entry.font())
                font.setStrikeOut(True)
                entry.setFont(font)
            self.history.addItem(entry)

    def _show_room(self, item: ItemRow | None) -> None:
        if item is None or item.room_as_of is None:
            self.room_status.setText(self.tr("Room: not yet discussed"))
            return
        status = item.room_status
        colour = ROOM_COLOURS[status].name() if status else "palette(mid)"
        chip = (
            f'<span style="background:{colour};color:white;font-weight:bold">'
            f"&nbsp;{html.escape(room_name(status))}&nbsp;</span>"
        )
        when = html.escape(self.tr("as of %1").replace("%1", local_stamp(item.room_as_of)))
        room = html.escape(self.tr("Room:"))
        self.room_status.setText(f"{room} {chip} {when}")

    def _show_capital(self, item: ItemRow | None, same: bool) -> None:
        choice = item.instruction.value if item and item.instruction else ""
        self.instruction.setCurrentIndex(max(self.instruction.findData(choice), 0))
        for field, editor in self.editors.items():
            text = getattr(item, field.value) if item else ""
            typing = same and self._timers[field].isActive()
            if not typing and editor.toPlainText() != text:
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)
        if item is not None and item.deviation:
            self.deviation.setText(
                self.tr("Deviation: capital instructs %1; our stance is %2.")
                .replace("%1", instruction_name(item.instruction))
                .replace("%2", stance_name(item.stance))
            )
        else:
            self.deviation.clear()

    def _show_proposals(self, item: ItemRow | None, proposals: list[Proposal], kept: int) -> None:
        self._proposals = list(proposals)
        self.proposals.blockSignals(True)
        self.proposals.clear()
        for proposal in self._proposals:
            entry = QListWidgetItem(self._proposal_text(item, proposal))
            if proposal.withdrawn:
                font = QFont(entry.font())
                font.setStrikeOut(True)
                entry.setFont(font)
                entry.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            self.proposals.addItem(entry)
        self.proposals.blockSignals(False)
        if self._proposals:
            self.proposals.setCurrentRow(min(max(kept, 0), len(self._proposals) - 1))
        else:
            self.proposals.addItem(QListWidgetItem(self.tr("No proposal recorded.")))
            self.proposals.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._show_redline()

    def _proposal_text(self, item: ItemRow | None, proposal: Proposal) -> str:
        label = proposal.label(item.label, item.number) if item else ""
        lines = [f"{label}  {proposal.by} · {local_stamp(proposal.made_at)}"]
        if proposal.supported_by:
            lines.append(self.tr("Supported by %1").replace("%1", ", ".join(proposal.supported_by)))
        if proposal.opposed_by:
            lines.append(self.tr("Opposed by %1").replace("%1", ", ".join(proposal.opposed_by)))
        if proposal.withdrawn_at:
            lines.append(self.tr("Withdrawn %1").replace("%1", local_stamp(proposal.withdrawn_at)))
        return "\n".join(lines)

    def _show_redline(self, _row: int = -1) -> None:
        proposal = self.current_proposal()
        for button in (self.edit_button, self.withdraw_button):
            button.setEnabled(proposal is not None)
        self.withdraw_button.setText(
            self.tr("Reinstate") if proposal and proposal.withdrawn else self.tr("Withdraw")
        )
        if proposal is None or self._item is None:
            hint = html.escape(self.tr("Choose a proposal to see its changes."))
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            self.redline.setHtml(f'<span style="color:{colour}">{hint}</span>')  # it wraps
            return
        original = "" if proposal.new_paragraph else self._item.text
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.redline.setHtml(redline_html(original, proposal.text, dark=dark))

    # -- sending ------------------------------------------------------------------------------
    def flush(self) -> None:
        for field in self.editors:
            self._send(field)

    def _send(self, field: Field) -> None:
        self._timers[field].stop()
        text = self.editors[field].toPlainText()
        if self._item is not None and text != getattr(self._item, field.value):
            self.text_edited.emit(self._item.id, field, text)

    def _send_instruction(self, index: int) -> None:
        value = self.instruction.itemData(index)
        choice = Instruction(value) if value else None
        if self._item is not None and choice != self._item.instruction:
            self.instruction_changed.emit(self._item.id, choice)

    def _edit_current(self) -> None:
        if (proposal := self.current_proposal()) is not None:
            self.edit_proposal.emit(proposal)

    def _withdraw_current(self) -> None:
        if (proposal := self.current_proposal()) is not None:
            self.withdraw_proposal.emit(proposal)
