"""The selected item in full: text, section, stance buttons, priority, note, reason, amendment.

The note is internal (never in a shareable paper); the reason is public. Labels say so.

The panel never writes: it emits what the user asked for, and the window turns that into a
command. Note and amendment edits are sent after a short pause in typing and when focus leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.model import ItemRow, Stance
from cybertrack.gui.stances import KEYS, stance_name

TYPING_PAUSE_MS = 400


class _CommitOnLeave(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: object) -> None:
        self.left.emit()
        super().focusOutEvent(event)  # type: ignore[arg-type]


class DetailPanel(QWidget):
    stance_requested = Signal(object)  # Stance | None
    note_edited = Signal(int, str)
    amendment_edited = Signal(int, str)
    rationale_edited = Signal(int, str)
    priority_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Item details"))
        self._item: ItemRow | None = None

        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.text.setAccessibleName(self.tr("Item text"))

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)
        row = QHBoxLayout()
        self.stance_buttons: dict[Stance | None, QPushButton] = {}
        for stance in (Stance.SUPPORT, Stance.OPPOSE, Stance.AMEND, None):
            button = QPushButton(f"{stance_name(stance)}  ({KEYS[stance]})")
            button.setCheckable(stance is not None)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(stance_name(stance) if stance else self.tr("Clear stance"))
            if stance is None:
                button.setText(self.tr("Clear  (0)"))
            button.clicked.connect(lambda _=False, s=stance: self.stance_requested.emit(s))
            self.stance_buttons[stance] = button
            row.addWidget(button)
        row.addStretch(1)

        self.note = _CommitOnLeave()
        self.note.setPlaceholderText(self.tr("Internal: never in a shareable paper"))
        self.note.setAccessibleName(self.tr("Internal note"))
        self.note.setTabChangesFocus(True)
        self.amendment = _CommitOnLeave()
        self.amendment.setPlaceholderText(self.tr("Proposed wording for this item"))
        self.amendment.setAccessibleName(self.tr("Proposed amendment"))
        self.amendment.setTabChangesFocus(True)
        self.rationale = _CommitOnLeave()
        self.rationale.setPlaceholderText(self.tr("Public: printed in position papers"))
        self.rationale.setAccessibleName(self.tr("Public reason"))
        self.rationale.setTabChangesFocus(True)
        for editor in (self.note, self.amendment, self.rationale):
            editor.setMinimumHeight(70)
        self.priority = QComboBox()
        self.priority.addItems([self.tr("Normal"), self.tr("Priority"), self.tr("Red line")])
        self.priority.setAccessibleName(self.tr("Priority"))
        self.priority.activated.connect(self._send_priority)
        self._rationale_timer = self._debounce(self._send_rationale)
        self.rationale.textChanged.connect(self._rationale_timer.start)
        self.rationale.left.connect(self._send_rationale)

        self._note_timer = self._debounce(self._send_note)
        self._amendment_timer = self._debounce(self._send_amendment)
        self.note.textChanged.connect(self._note_timer.start)
        self.amendment.textChanged.connect(self._amendment_timer.start)
        self.note.left.connect(self._send_note)
        self.amendment.left.connect(self._send_amendment)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        priority_label = QLabel(self.tr("&Priority"))
        priority_label.setBuddy(self.priority)
        form.addRow(priority_label, self.priority)
        note_label = QLabel(self.tr("Internal &note"))
        note_label.setBuddy(self.note)
        amendment_label = QLabel(self.tr("&Amendment"))
        amendment_label.setBuddy(self.amendment)
        rationale_label = QLabel(self.tr("Public &reason"))
        rationale_label.setBuddy(self.rationale)
        form.addRow(note_label, self.note)
        form.addRow(rationale_label, self.rationale)
        form.addRow(amendment_label, self.amendment)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        self.show_item(None)

    def _debounce(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_PAUSE_MS)
        timer.timeout.connect(slot)
        return timer

    @property
    def item(self) -> ItemRow | None:
        return self._item

    def flush(self) -> None:
        """Send any typing not yet committed (before switching items or closing)."""
        self._send_note()
        self._send_amendment()
        self._send_rationale()

    def _send_note(self) -> None:
        self._note_timer.stop()
        if self._item is not None and self.note.toPlainText() != self._item.note:
            self.note_edited.emit(self._item.id, self.note.toPlainText())

    def _send_amendment(self) -> None:
        self._amendment_timer.stop()
        if self._item is not None and self.amendment.toPlainText() != self._item.amendment:
            self.amendment_edited.emit(self._item.id, self.amendment.toPlainText())

    def _send_rationale(self) -> None:
        self._rationale_timer.stop()
        if self._item is not None and self.rationale.toPlainText() != self._item.rationale:
            self.rationale_edited.emit(self._item.id, self.rationale.toPlainText())

    def _send_priority(self, index: int) -> None:
        if self._item is not None and index != self._item.priority:
            self.priority_changed.emit(self._item.id, index)

    def show_item(self, item: ItemRow | None) -> None:
        """Show `item` (or the empty state); keeps the cursor if the same item is refreshed."""
        same = item is not None and self._item is not None and item.id == self._item.id
        self._item = item
        enabled = item is not None
        for widget in (
            self.note,
            self.amendment,
            self.rationale,
            self.priority,
            *self.stance_buttons.values(),
        ):
            widget.setEnabled(enabled)
        if item is None:
            self.heading.setText(self.tr("No item selected"))
            self.text.setText(self.tr("Choose an item in the list to read it and set a stance."))
            self._set_editor(self.note, "", typing=False)
            self._set_editor(self.amendment, "", typing=False)
            self._set_editor(self.rationale, "", typing=False)
            self.priority.setCurrentIndex(0)
            self._check(None)
            return
        section = f" · {item.section}" if item.section else ""
        self.heading.setText(f"<b>{item.label}</b>{section}")
        self.text.setText(item.text)
        self._set_editor(self.note, item.note, typing=same and self._note_timer.isActive())
        self._set_editor(
            self.amendment, item.amendment, typing=same and self._amendment_timer.isActive()
        )
        self._set_editor(
            self.rationale, item.rationale, typing=same and self._rationale_timer.isActive()
        )
        self.priority.setCurrentIndex(item.priority)
        self._check(item.stance)

    def _set_editor(self, editor: QPlainTextEdit, text: str, *, typing: bool) -> None:
        if typing or editor.toPlainText() == text:
            return  # unsent typing is newer than the row; it is sent when the pause ends
        editor.blockSignals(True)
        editor.setPlainText(text)
        editor.blockSignals(False)

    def _check(self, stance: Stance | None) -> None:
        for key, button in self.stance_buttons.items():
            if key is not None:
                button.setChecked(key == stance)
