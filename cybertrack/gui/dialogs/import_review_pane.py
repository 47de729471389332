"""The preview's review of what an import found, and the delegate's fixes to it.

Items and the passages the import left out stand in source order (dialogs/import_rows.py); the
completeness findings are listed below them, each leading to its place; the delegate may split,
merge, make an item of left-out text or renumber, and tick what to import. The rows are plain
data (services/import_review.py); this pane only shows them and applies the delegate's choices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ParsedDocument
from cybertrack.gui.actions import Slot, add_scoped_action
from cybertrack.gui.dialogs.import_rows import RowList, SplitDialog
from cybertrack.gui.messages import message_text
from cybertrack.gui.numbers import number
from cybertrack.services import import_review as review

FILL_CHUNK = 200
# What the completeness check finds: listed apart, each leading to its place in the list.
FINDINGS = {
    Code.GAP,
    Code.GAP_AT_START,
    Code.DUPLICATE,
    Code.OUT_OF_ORDER,
    Code.LEFT_OUT,
    Code.LEFT_OUT_SHARE,
}


def findings_of(document: ParsedDocument) -> list[Message]:
    return [w for w in document.warnings if w.code in FINDINGS]


class ReviewPane(QWidget):
    """Rows to tick, findings, fixes and the count of what will be imported."""

    counted = Signal(int)  # how many items are ticked

    def __init__(self, keys_scope: QWidget, parent: QWidget | None = None) -> None:
        """`keys_scope`: the widget whose focus makes the fixes' keys active (the dialog)."""
        super().__init__(parent)
        self._keys_scope = keys_scope
        self._findings: list[Message] = []
        self._ready = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.items_label = QLabel(
            self.tr("&Items found (untick those that are not items; amber rows were left out):")
        )
        self.items = RowList()
        self.items.setAccessibleName(self.tr("Items found"))
        self.items.itemChanged.connect(self._update_count)
        self.items.currentRowChanged.connect(lambda _row: self.update_actions())
        self.items_label.setBuddy(self.items)
        self.findings_label = QLabel(self.tr("&Findings:"))
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Findings of the import"))
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(self._go_to_finding)
        self.findings_label.setBuddy(self.findings)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top, bottom = QWidget(), QWidget()
        top_layout, bottom_layout = QVBoxLayout(top), QVBoxLayout(bottom)
        for box in (top_layout, bottom_layout):
            box.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.items_label)
        top_layout.addWidget(self.items, 1)
        bottom_layout.addWidget(self.findings_label)
        bottom_layout.addWidget(self.findings, 1)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([460, 140])
        self.findings_box = bottom
        layout.addWidget(splitter, 1)
        self._build_fixes(layout)
        self._build_ticks(layout)

    def _button(self, text: str, name: str, action: str, slot: Slot) -> QPushButton:
        """A button for a fix, and the catalogue's key for it (active in the dialog)."""
        button = QPushButton(text)
        button.setAccessibleName(name)
        keys = add_scoped_action(self._keys_scope, action, slot).shortcut()
        native = keys.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{name} ({native})")
        button.clicked.connect(slot)
        return button

    def _build_fixes(self, layout: QVBoxLayout) -> None:
        fixes = QHBoxLayout()
        self.split_button = self._button(
            self.tr("S&plit…"), self.tr("Split the item"), "preview.split", self._split
        )
        self.merge_button = self._button(
            self.tr("&Merge into item above"),
            self.tr("Merge into the item above"),
            "preview.merge",
            self._merge,
        )
        self.add_button = self._button(
            self.tr("Make it an it&em…"),
            self.tr("Make the left-out text an item"),
            "preview.make_item",
            self._make_item,
        )
        self.relabel_button = self._button(
            self.tr("&Renumber…"), self.tr("Renumber the item"), "preview.renumber", self._relabel
        )
        self.next_button = self._button(
            self.tr("Ne&xt left-out text"),
            self.tr("Go to the next left-out text"),
            "preview.next_left_out",
            self._next,
        )
        for button in (
            self.split_button,
            self.merge_button,
            self.add_button,
            self.relabel_button,
            self.next_button,
        ):
            fixes.addWidget(button)
        fixes.addStretch(1)
        layout.addLayout(fixes)

    def _build_ticks(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.all_button.setAccessibleName(self.tr("Tick all items"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("Untick all (&N)"))
        self.none_button.setAccessibleName(self.tr("Untick all items"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Items to import"))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout.addLayout(row)

    # -- showing a document -------------------------------------------------------------------
    def begin(self, document: ParsedDocument) -> None:
        """Start showing `document`: its findings now, its rows by `fill`."""
        self._ready = False
        self._findings = findings_of(document)
        self.findings.clear()
        for finding in self._findings:
            self.findings.addItem(message_text(finding))
        self.findings_box.setVisible(bool(self._findings))
        self.items.begin(review.rows_of(document))

    def fill(self, start: int) -> bool:
        """Show a few hundred rows from `start`; True while there is more to do (a long
        document never holds the window for more than a moment: the count of ticked rows,
        which reads every row, is a step of its own)."""
        if start < len(self.items.rows):
            self.items.add_entries(start, start + FILL_CHUNK)
            return True
        self._ready = True
        self._update_count()
        self.items.setCurrentRow(0)
        return False

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.items, self.findings, self.all_button, self.none_button):
            widget.setEnabled(enabled)
        self.update_actions()

    def edited_rows(self) -> list[review.Row]:
        """The rows with the delegate's fixes and ticks."""
        unticked = set(self._rows_in(Qt.CheckState.Unchecked))  # few: most imports tick all
        return [
            r
            if r.checked == (i not in unticked)
            else review.Row(r.item, r.passage, i not in unticked)
            for i, r in enumerate(self.items.rows)
        ]

    # -- fixes --------------------------------------------------------------------------------
    def _current(self) -> int:
        row = self.items.currentRow()
        return row if 0 <= row < len(self.items.rows) else -1

    def update_actions(self) -> None:
        index = self._current()
        ready = self._ready and self.items.isEnabled()
        row = self.items.rows[index] if ready and index >= 0 else None
        self.split_button.setEnabled(row is not None and row.is_item)
        self.relabel_button.setEnabled(row is not None and row.is_item)
        self.add_button.setEnabled(row is not None and row.passage is not None)
        self.merge_button.setEnabled(row is not None and index > 0)
        self.next_button.setEnabled(ready and any(r.passage for r in self.items.rows))

    def _apply(self, rows: list[review.Row], current: int) -> None:
        checked = self.items.checked_states()
        keep = {id(r.item): c for r, c in zip(self.items.rows, checked, strict=True) if r.item}
        rows = [
            review.Row(r.item, r.passage, keep.get(id(r.item), True)) if r.item else r for r in rows
        ]
        self.items.show_rows(rows, current)
        self._update_count()
        self.items.setFocus()

    def _split(self) -> None:
        index = self._current()
        if index < 0 or not self.split_button.isEnabled():
            return
        item = self.items.rows[index].item
        assert item is not None
        dialog = SplitDialog(item.text, f"{item.number} bis", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            rows = review.split(self.items.rows, index, dialog.position(), dialog.number.text())
            self._apply(rows, index + 1)

    def _merge(self) -> None:
        index = self._current()
        if index > 0 and self.merge_button.isEnabled():
            self._apply(review.merge_into_previous(self.items.rows, index), index - 1)

    def _ask_number(self, title: str, number: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("&Number:"), text=number)
        return text.strip() if ok and text.strip() else None

    def _make_item(self) -> None:
        index = self._current()
        if index < 0 or not self.add_button.isEnabled():
            return
        suggested = review.suggested_number(self.items.rows, index)
        number = self._ask_number(self.tr("Make the left-out text an item"), suggested)
        if number is not None:
            self._apply(review.make_item(self.items.rows, index, number), index)

    def _relabel(self) -> None:
        index = self._current()
        if index < 0 or not self.relabel_button.isEnabled():
            return
        item = self.items.rows[index].item
        assert item is not None
        number = self._ask_number(self.tr("Renumber the item"), item.number)
        if number is not None:
            self._apply(review.relabel(self.items.rows, index, number), index)

    def _next(self) -> None:
        rows = self.items.rows
        start = self._current()
        order = list(range(start + 1, len(rows))) + list(range(0, start + 1))
        found = next((i for i in order if rows[i].passage is not None), None)
        if found is not None:
            self.items.setCurrentRow(found)
            self.items.setFocus()

    def _go_to_finding(self) -> None:
        """A finding about left-out text leads to that text in the list."""
        chosen = self._findings[self.findings.currentRow()]
        left_out = [w for w in self._findings if w.code is Code.LEFT_OUT]
        if chosen in left_out:
            wanted = left_out.index(chosen)
            passages = [i for i, r in enumerate(self.items.rows) if r.passage is not None]
            if wanted < len(passages):
                self.items.setCurrentRow(passages[wanted])
                self.items.setFocus()

    # -- ticks --------------------------------------------------------------------------------
    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.items.blockSignals(True)  # one count at the end, not one per item
        for row in range(self.items.count()):
            if self.items.rows[row].is_item:
                self.items.item(row).setCheckState(state)
        self.items.blockSignals(False)
        self.items.viewport().update()
        self._update_count()

    def checked_rows(self) -> list[int]:
        return self._rows_in(Qt.CheckState.Checked)

    def _rows_in(self, state: Qt.CheckState) -> list[int]:
        """The rows whose tick is in `state` (passages have none)."""
        model = self.items.model()
        if not model.rowCount():
            return []
        hits = model.match(  # in C++: a Python loop over 5,000 items took a quarter second
            model.index(0, 0),
            Qt.ItemDataRole.CheckStateRole,
            state.value,
            -1,
            Qt.MatchFlag.MatchExactly,
        )
        return sorted(index.row() for index in hits)

    def _update_count(self) -> None:
        total = sum(1 for r in self.items.rows[: self.items.count()] if r.is_item)
        chosen = len(self.checked_rows())
        self.count_label.setText(
            self.tr("%1 of %2 items will be imported")
            .replace("%1", number(chosen))
            .replace("%2", number(total))
        )
        self.update_actions()
        self.counted.emit(chosen)
