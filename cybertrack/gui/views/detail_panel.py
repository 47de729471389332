"""The selected item in full: text, section, stance buttons, priority, internal note, public
reason, amendment with live redline, and the item's stance history. The note is internal (never
in a shareable paper); the reason is public; the labels say so.

Laid out by what it holds: the text shows all of itself, empty fields take one line, the
amendment and its redline grow with their wording, and the panel scrolls as one when that is
more than the screen has. A carried position whose text changed says so at the top, and so does
a selection of several items (what a stance key will set).

The panel never writes: it emits what the user asked for, and the window turns that into a
command. Note and amendment edits are sent after a short pause in typing and when focus leaves.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.model import HistoryRow, ItemRow
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.domain.subdivisions import laid_out
from cybertrack.domain.team import TeamEntry, disagree
from cybertrack.domain.text import is_right_to_left, same_words
from cybertrack.gui.icons import icon
from cybertrack.gui.numbers import number
from cybertrack.gui.room import instruction_name, room_name
from cybertrack.gui.stances import COLOURS, ICON_NAMES, KEYS, stance_name
from cybertrack.gui.views.fitted_text import FittedBrowser, GrowingEdit
from cybertrack.gui.views.history_list import HistoryList, source_text
from cybertrack.gui.views.markup import (
    HIGHLIGHT_BACKGROUND,
    HIGHLIGHT_TEXT,
    highlight_html,
    match_spans,
    redline_html,
)

TYPING_PAUSE_MS = 400
_BANNER = "QLabel {{ background: {0}; color: #222; border: 1px solid {1}; padding: 4px 8px; }}"


class DetailPanel(QWidget):
    stance_requested = Signal(object)  # Stance | None
    text_edited = Signal(int, object, str)  # item id, Field, text
    priority_changed = Signal(int, object)  # item id, Priority
    item_shown = Signal(object)  # the ItemRow now shown (or None), for panels plugged in
    checked_requested = Signal()  # "mark as checked" from the recheck banner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Item details"))
        self._item: ItemRow | None = None
        self._query = ""
        self._marks: dict[tuple[int, str], list[QTextEdit.ExtraSelection]] = {}

        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.selection_note = self._banner("#e8f0fe", "#9bb8e8", self.tr("Selected items"))
        self.recheck_note = self._banner("#fff4ce", "#e0c36a", self.tr("Carried position"))
        self.checked_button = QPushButton(self.tr("Mark as &checked"))
        self.checked_button.setAccessibleName(self.tr("Mark as checked"))
        self.checked_button.setToolTip(self.tr("The changed text has been looked at (Ctrl+K)"))
        self.checked_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checked_button.clicked.connect(self.checked_requested)

        # The paragraph itself: selectable and copyable by keyboard (Ctrl+T, Shift+arrows, Ctrl+C).
        self.text = FittedBrowser(min_lines=2)
        self.text.setAccessibleName(self.tr("Item text"))
        self.text.setAccessibleDescription(
            self.tr("Read-only; select with Shift and the arrow keys, copy with Ctrl+C")
        )
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setFrameShape(QFrame.Shape.NoFrame)

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

        self.note = GrowingEdit()
        self.note.setPlaceholderText(self.tr("Internal: never in a shareable paper"))
        self.note.setAccessibleName(self.tr("Internal note"))
        self.note.setAccessibleDescription(
            self.tr("Your delegation's rationale; never in a shareable paper")
        )
        self.rationale = GrowingEdit()
        self.rationale.setPlaceholderText(self.tr("Public: printed in position papers"))
        self.rationale.setAccessibleName(self.tr("Public reason"))
        self.rationale.setAccessibleDescription(
            self.tr("The reason a shareable position paper gives")
        )
        self.amendment = GrowingEdit(max_lines=18)
        self.amendment.setPlaceholderText(self.tr("Ctrl+M amends from the original wording"))
        self.amendment.setAccessibleName(self.tr("Proposed amendment"))
        self.amendment.setAccessibleDescription(
            self.tr("The wording you propose; the changes are shown below")
        )
        for editor in (self.note, self.rationale, self.amendment):
            editor.setTabChangesFocus(True)
        self.redline = FittedBrowser(min_lines=1)
        self.redline.setAccessibleName(self.tr("Amendment redline"))
        self.redline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.team = QLabel()
        self.team.setWordWrap(True)
        self.team.setTextFormat(Qt.TextFormat.RichText)
        self.team.setAccessibleName(self.tr("Colleagues' positions"))
        self.team.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = HistoryList()
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)

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
            editor.textChanged.connect(partial(self._mark_query, editor))
            editor.left.connect(partial(self._send, field))
        self.amendment.textChanged.connect(self._update_redline)  # live, not debounced

        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        self.changes_label = QLabel(self.tr("Changes"))
        for text, widget in (
            (self.tr("&Priority"), self.priority),
            (self.tr("Internal &note"), self.note),
            (self.tr("Public &reason"), self.rationale),
            (self.tr("&Amendment"), self.amendment),
            (None, self.redline),
            (self.tr("Team"), self.team),
            (self.tr("History"), self.history),
        ):
            label = self.changes_label if text is None else QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(self.text)
        column.addLayout(row)
        column.addLayout(form)
        column.addStretch(1)
        self.body = QScrollArea()
        self.body.setWidget(content)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for editor in self.editors.values():
            editor.cursorPositionChanged.connect(partial(self._keep_visible, editor))

        recheck_row = QHBoxLayout()
        recheck_row.addWidget(self.recheck_note, 1)
        recheck_row.addWidget(self.checked_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.selection_note)
        layout.addLayout(recheck_row)
        layout.addWidget(self.body, 1)
        self.show_selection([])
        self.show_item(None)

    def _banner(self, background: str, border: str, name: str) -> QLabel:
        banner = QLabel()
        banner.setWordWrap(True)
        banner.setAccessibleName(name)
        banner.setStyleSheet(_BANNER.format(background, border))
        banner.hide()
        return banner

    def _debounce(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_PAUSE_MS)
        timer.timeout.connect(slot)
        return timer

    @property
    def item(self) -> ItemRow | None:
        return self._item

    # -- what the delegate asks ---------------------------------------------------------------
    def focus_text(self) -> None:
        """Into the item text, to select and copy by keyboard."""
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.body.ensureWidgetVisible(self.text)

    def start_amendment(self, *, from_original: bool) -> None:
        """Into the amendment: from the original wording (as in Word's review), or empty. A
        wording already written is kept as it is by Ctrl+M; Ctrl+Shift+M clears it."""
        if self._item is None:
            return
        if from_original and not self.amendment.toPlainText().strip():
            self.amendment.setPlainText(self._item.text)
            self.amendment.moveCursor(QTextCursor.MoveOperation.Start)
        elif not from_original:
            self.amendment.clear()
        self.amendment.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.body.ensureWidgetVisible(self.amendment)

    def flush(self) -> None:
        """Send any typing not yet committed (before switching items or closing)."""
        for field in self.editors:
            self._send(field)

    def _send(self, field: Field) -> None:
        self._timers[field].stop()
        text = self.editors[field].toPlainText()
        if self._item is None:
            return
        if field is Field.AMENDMENT and same_words(text, self._item.text):
            text = ""  # the original left as it was proposes nothing (not stored)
        if text != getattr(self._item, field.value):
            self.text_edited.emit(self._item.id, field, text)

    def _send_priority(self, index: int) -> None:
        priority = self.priority.itemData(index)
        if self._item is not None and priority != self._item.priority:
            self.priority_changed.emit(self._item.id, priority)

    # -- what is shown ------------------------------------------------------------------------
    def set_query(self, query: str) -> None:
        """Mark what the current search finds, in the item text and in the delegate's own."""
        if query != self._query:
            self._query = query
            self._show_text()
            for editor in self.editors.values():
                self._mark_query(editor)

    def show_history(self, rows: list[HistoryRow]) -> None:
        self.history.show_rows(rows)
        self._show_recheck(rows)

    def show_selection(self, rows: list[ItemRow]) -> None:
        """Several items selected: say which, since a stance key sets all of them."""
        self.selection_note.setVisible(len(rows) > 1)
        if len(rows) > 1:
            labels = ", ".join(row.label for row in rows[:12]) + (" …" if len(rows) > 12 else "")
            self.selection_note.setText(
                self.tr("%1 items selected: %2. A stance key sets all of them.")
                .replace("%1", number(len(rows)))
                .replace("%2", html.escape(labels))
            )

    def show_team(self, entries: list[TeamEntry]) -> None:
        """Colleagues' positions beside ours; a disagreement is said in words, not only colour."""
        others = [e for e in entries if not e.mine]
        if not others:
            empty = self.tr("No colleague has a position here.")
            self.team.setText(f"<i>{html.escape(empty)}</i>")
            return
        lines = []
        if disagree(entries):
            warning = html.escape(self.tr("The team disagrees on this item."))
            lines.append(f"<b style='color:{COLOURS[Stance.OPPOSE].name()}'>≠ {warning}</b>")
        for entry in others:
            colour = COLOURS[entry.stance].name() if entry.stance else "gray"
            parts = [f"<b>{html.escape(entry.author)}</b>:"]
            parts.append(
                f"<span style='color:{colour}'>{html.escape(stance_name(entry.stance))}</span>"
            )
            for text in (entry.note, entry.amendment):
                if text.strip():
                    parts.append("— " + html.escape(text if len(text) < 160 else text[:159] + "…"))
            lines.append(" ".join(parts))
            day = self._negotiation_day(entry)
            if day:
                lines.append("&nbsp;&nbsp;&nbsp;" + " · ".join(html.escape(d) for d in day))
        self.team.setText("<br>".join(lines))

    def _negotiation_day(self, entry: TeamEntry) -> list[str]:
        """What a colleague recorded of the negotiation day here, in words."""
        said = []
        if entry.instruction is not None:
            said.append(self.tr("capital: %1").replace("%1", instruction_name(entry.instruction)))
        if entry.room_status is not None:
            said.append(self.tr("room: %1").replace("%1", room_name(entry.room_status)))
        if entry.proposals:
            names = ", ".join(sorted({p["by"] for p in entry.proposals}))
            said.append(self.tr("proposals by %1").replace("%1", names))
        return said

    def show_item(self, item: ItemRow | None) -> None:
        """Show `item` (or the empty state); keeps the cursor if the same item is refreshed."""
        same = item is not None and self._item is not None and item.id == self._item.id
        self._item = item
        enabled = item is not None
        widgets = (self.note, self.amendment, self.rationale, self.priority, self.text)
        for widget in (*widgets, *self.stance_buttons.values()):
            widget.setEnabled(enabled)
        if item is None:
            self.heading.setText(self.tr("No item selected"))
            for editor in self.editors.values():
                self._set_editor(editor, "", typing=False)
            self.priority.setCurrentIndex(0)
            self.history.show_rows([])
            self._show_recheck([])
            self.team.clear()
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
        if not same:
            self._to_top()
        self.item_shown.emit(item)

    def _to_top(self) -> None:
        """Another item opens at its heading and text, not where the last one was scrolled
        to (its stance buttons out of sight), unless the focus is in the panel."""
        self.body.verticalScrollBar().setValue(0)
        focused = QApplication.focusWidget()
        if focused is not None and self.body.isAncestorOf(focused):
            self.body.ensureWidgetVisible(focused)

    def add_beside_amendment(self, label: str, widget: QWidget) -> None:
        """Plug a panel in right after the amendment and its redline (the precedent list)."""
        position: tuple[int, object] = self.form.getWidgetPosition(self.redline)  # type: ignore[assignment]
        self.form.insertRow(position[0] + 1, label, widget)

    def _show_recheck(self, rows: list[HistoryRow]) -> None:
        carried = next(
            (r for r in reversed(rows) if r.carried_from is not None and not r.undone), None
        )
        recheck = self._item is not None and self._item.recheck
        source = carried.carried_from if carried else None
        if source is None and not recheck:
            self.recheck_note.hide()
            self.checked_button.hide()
            return
        where = source_text(source) if source else ""
        if recheck:
            text = self.tr("Carried from %1; the text has changed since: recheck it.")
            if not where:
                text = self.tr("Carried from an earlier version; the text has changed: recheck it.")
        else:
            text = self.tr("Carried from %1.")
        self.recheck_note.setText(html.escape(text.replace("%1", where)))
        self.recheck_note.show()
        self.checked_button.setVisible(recheck)

    def _show_text(self) -> None:
        if self._item is None:
            self.text.setHtml(
                html.escape(self.tr("Choose an item in the list to read it and set a stance."))
            )
            return
        option = self.text.document().defaultTextOption()
        rtl = is_right_to_left(self._item.text)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.text.document().setDefaultTextOption(option)
        # An article's paragraphs and a paragraph's sub-paragraphs each on a line, as printed.
        shown = laid_out(self._item.text)
        self.text.setHtml(highlight_html(shown, self._query).replace("\n", "<br>"))

    def _mark_query(self, editor: GrowingEdit) -> None:
        """The search's hits in the delegate's own texts, marked as in the item text."""
        marks = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIGHLIGHT_BACKGROUND))
        fmt.setForeground(QColor(HIGHLIGHT_TEXT))
        for start, end in match_spans(editor.toPlainText(), self._query):
            mark = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor  # type: ignore[attr-defined]
            mark.format = fmt  # type: ignore[attr-defined]
            marks.append(mark)
        self.set_marks(editor, "query", marks)

    def set_marks(
        self, editor: QPlainTextEdit, source: str, marks: list[QTextEdit.ExtraSelection]
    ) -> None:
        """Mark spans of an editor's text for one `source` (the search's hits, agreed language
        from the precedent panel); every source's marks are shown together."""
        self._marks[(id(editor), source)] = marks
        editor.setExtraSelections(
            [m for (owner, _), kept in self._marks.items() if owner == id(editor) for m in kept]
        )

    def _update_redline(self) -> None:
        proposed = self.amendment.toPlainText()
        has_wording = self._item is not None and bool(proposed.strip())
        self.redline.setVisible(has_wording)
        self.changes_label.setVisible(has_wording)
        if not has_wording or self._item is None:
            self.redline.clear()
            return
        if same_words(proposed, self._item.text):
            self.redline.setHtml(
                "<i>" + html.escape(self.tr("No change from the original yet.")) + "</i>"
            )
            return
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.redline.setHtml(redline_html(self._item.text, proposed, dark=dark))

    def _keep_visible(self, editor: GrowingEdit) -> None:
        if editor.hasFocus():
            rect = editor.cursorRect()
            content = self.body.widget()
            if content is None:
                return
            corner = editor.viewport().mapTo(content, rect.center())
            self.body.ensureVisible(corner.x(), corner.y(), 10, rect.height() + 10)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_redline()  # its colours follow the palette

    def _set_editor(self, editor: GrowingEdit, text: str, *, typing: bool) -> None:
        if typing or editor.toPlainText() == text:
            return  # unsent typing is newer than the row; it is sent when the pause ends
        editor.blockSignals(True)
        editor.setPlainText(text)
        editor.blockSignals(False)
        self._mark_query(editor)

    def _check(self, stance: Stance | None) -> None:
        for key, button in self.stance_buttons.items():
            if key is not None:
                button.setChecked(key == stance)
