"""The selected item in full: text, section, stance buttons, priority, internal note, public
reason, amendment with live redline, and the item's stance history. The note is internal (never
in a shareable paper); the reason is public; the labels say so.

The panel never writes: it emits what the user asked for, and the window turns that into a
command. Note and amendment edits are sent after a short pause in typing and when focus leaves.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.model import HistoryRow, ItemRow
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.gui.icons import icon
from cybertrack.gui.stances import ICON_NAMES, KEYS, stance_name
from cybertrack.gui.views.history_list import HistoryList
from cybertrack.gui.views.markup import highlight_html, redline_html

TYPING_PAUSE_MS = 400


class _CommitOnLeave(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: object) -> None:
        self.left.emit()
        super().focusOutEvent(event)  # type: ignore[arg-type]


class DetailPanel(QWidget):
    stance_requested = Signal(object)  # Stance | None
    text_edited = Signal(int, object, str)  # item id, Field, text
    priority_changed = Signal(int, object)  # item id, Priority
    item_shown = Signal(object)  # the ItemRow now shown (or None), for panels plugged in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Item details"))
        self._item: ItemRow | None = None
        self._query = ""

        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(self.tr("Item text"))
        self.text.setContentsMargins(2, 2, 6, 2)
        self.text_area = QScrollArea()
        self.text_area.setWidget(self.text)
        self.text_area.setWidgetResizable(True)
        self.text_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text_area.setAccessibleName(self.tr("Item text"))

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)
        row = QHBoxLayout()
        self.stance_buttons: dict[Stance | None, QPushButton] = {}
        for stance in (Stance.SUPPORT, Stance.OPPOSE, Stance.AMEND, None):
            name = stance_name(stance) if stance else self.tr("Clear")
            button = QPushButton(icon(ICON_NAMES[stance]), name)
            button.setToolTip(f"{name} ({KEYS[stance]})")
            button.setCheckable(stance is not None)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(stance_name(stance) if stance else self.tr("Clear stance"))
            button.clicked.connect(lambda _=False, s=stance: self.stance_requested.emit(s))
            self.stance_buttons[stance] = button
            row.addWidget(button)
        row.addStretch(1)

        self.note = _CommitOnLeave()
        self.note.setPlaceholderText(self.tr("Internal: never in a shareable paper"))
        self.note.setAccessibleName(self.tr("Internal note"))
        self.note.setAccessibleDescription(
            self.tr("Your delegation's rationale; never in a shareable paper")
        )
        self.note.setTabChangesFocus(True)
        self.amendment = _CommitOnLeave()
        self.amendment.setPlaceholderText(self.tr("Proposed wording for this item"))
        self.amendment.setAccessibleName(self.tr("Proposed amendment"))
        self.amendment.setAccessibleDescription(
            self.tr("The wording you propose; the changes are shown below")
        )
        self.amendment.setTabChangesFocus(True)
        self.rationale = _CommitOnLeave()
        self.rationale.setPlaceholderText(self.tr("Public: printed in position papers"))
        self.rationale.setAccessibleName(self.tr("Public reason"))
        self.rationale.setAccessibleDescription(
            self.tr("The reason a shareable position paper gives")
        )
        self.rationale.setTabChangesFocus(True)
        for editor in (self.note, self.amendment, self.rationale):
            editor.setMinimumHeight(60)
        self.priority = QComboBox()
        for priority, name in (
            (Priority.NORMAL, self.tr("Normal")),
            (Priority.PRIORITY, self.tr("Priority")),
            (Priority.RED_LINE, self.tr("Red line")),
        ):
            self.priority.addItem(name, priority)
        self.priority.setAccessibleName(self.tr("Priority"))
        self.priority.setAccessibleDescription(self.tr("Normal, priority or red line"))
        self.priority.activated.connect(self._send_priority)
        self.redline = QTextBrowser()
        self.redline.setAccessibleName(self.tr("Amendment redline"))
        self.redline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.redline.setMinimumHeight(60)
        self.history = HistoryList()
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setMinimumHeight(56)
        self.history.setMaximumHeight(120)

        # Each text is committed when typing pauses or the editor loses focus.
        self.editors = {
            Field.NOTE: self.note,
            Field.AMENDMENT: self.amendment,
            Field.RATIONALE: self.rationale,
        }
        self._timers: dict[Field, QTimer] = {}
        for field, editor in self.editors.items():
            self._timers[field] = self._debounce(partial(self._send, field))
            editor.textChanged.connect(self._timers[field].start)
            editor.left.connect(partial(self._send, field))
        self.amendment.textChanged.connect(self._update_redline)  # live, not debounced

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&Priority"), self.priority),
            (self.tr("Internal &note"), self.note),
            (self.tr("Public &reason"), self.rationale),
            (self.tr("&Amendment"), self.amendment),
            (self.tr("Changes"), self.redline),
            (self.tr("History"), self.history),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.form = form

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.text_area, 1)
        top_layout.addLayout(row)
        bottom = QWidget()
        bottom.setLayout(form)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 400])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
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
        for field in self.editors:
            self._send(field)

    def _send(self, field: Field) -> None:
        self._timers[field].stop()
        text = self.editors[field].toPlainText()
        if self._item is not None and text != getattr(self._item, field.value):
            self.text_edited.emit(self._item.id, field, text)

    def _send_priority(self, index: int) -> None:
        priority = self.priority.itemData(index)
        if self._item is not None and priority != self._item.priority:
            self.priority_changed.emit(self._item.id, priority)

    def set_query(self, query: str) -> None:
        """Mark the words of the current search in the item text."""
        if query != self._query:
            self._query = query
            self._show_text()

    def show_history(self, rows: list[HistoryRow]) -> None:
        self.history.show_rows(rows)

    def show_item(self, item: ItemRow | None) -> None:
        """Show `item` (or the empty state); keeps the cursor if the same item is refreshed."""
        same = item is not None and self._item is not None and item.id == self._item.id
        self._item = item
        enabled = item is not None
        editors = (self.note, self.amendment, self.rationale, self.priority)
        for widget in (*editors, *self.stance_buttons.values()):
            widget.setEnabled(enabled)
        if item is None:
            self.heading.setText(self.tr("No item selected"))
            for editor in self.editors.values():
                self._set_editor(editor, "", typing=False)
            self.priority.setCurrentIndex(0)
            self.history.show_rows([])
            self._check(None)
        else:
            section = f" · {html.escape(item.section)}" if item.section else ""
            self.heading.setText(f"<b>{html.escape(item.label)}</b>{section}")
            for field, editor in self.editors.items():
                typing = same and self._timers[field].isActive()
                self._set_editor(editor, getattr(item, field.value), typing=typing)
            self.priority.setCurrentIndex(self.priority.findData(item.priority))
            self._check(item.stance)
        self._show_text()
        self._update_redline()
        self.item_shown.emit(item)

    def add_beside_amendment(self, label: str, widget: QWidget) -> None:
        """Plug a panel in right after the amendment and its redline (the precedent list)."""
        position: tuple[int, object] = self.form.getWidgetPosition(self.redline)  # type: ignore[assignment]
        self.form.insertRow(position[0] + 1, label, widget)

    def _show_text(self) -> None:
        if self._item is None:
            self.text.setText(self.tr("Choose an item in the list to read it and set a stance."))
        else:
            self.text.setText(highlight_html(self._item.text, self._query))

    def _update_redline(self) -> None:
        proposed = self.amendment.toPlainText()
        if self._item is None or not proposed.strip():
            self.redline.setPlaceholderText(self.tr("Changes appear here as you type."))
            self.redline.clear()
            return
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.redline.setHtml(redline_html(self._item.text, proposed, dark=dark))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_redline()  # its colours follow the palette

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
