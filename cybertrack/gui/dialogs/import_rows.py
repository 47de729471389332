"""The preview's list: items to tick, and the passages the import left out, highlighted.

A left-out passage stands where it stands in the source, on an amber background, with its page
(PDF) or the heading above it. An item touched by tracked changes says how (changed, proposed
for insertion or deletion) and shows its other version on hover.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.units import Revision
from cybertrack.gui.views.text_direction import TextDirectionDelegate
from cybertrack.services.import_review import Row

PREVIEW_CHARS = 160
LEFT_OUT_BACKGROUND = QColor("#fff3cd")  # amber: stands out, text stays readable
LEFT_OUT_TEXT = QColor("#5c4400")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


class RowList(QListWidget):
    """Rows of the preview; `rows` is the data, the widget only shows it.

    One line per row (the whole text is its tooltip): a wrapped list of 5,000 items took the
    window two seconds to lay out; a long list is filled a few hundred rows at a time.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        # An Arabic row reads right to left in the English window, an English one the other
        # way in the Arabic window, as in the item table.
        self.setItemDelegate(TextDirectionDelegate(self))

    def begin(self, rows: list[Row]) -> None:
        """Start showing `rows` (filled by `add_entries`)."""
        self.rows = rows
        self.clear()

    def add_entries(self, start: int, end: int) -> None:
        self.blockSignals(True)
        for row in self.rows[start:end]:
            self.addItem(self._entry(row))
        self.blockSignals(False)

    def show_rows(self, rows: list[Row], current: int = 0) -> None:
        self.begin(rows)
        self.add_entries(0, len(rows))
        if rows:
            self.setCurrentRow(max(0, min(current, len(rows) - 1)))

    def _entry(self, row: Row) -> QListWidgetItem:
        if row.item is not None:
            item = row.item
            mark = self._revision_word(item.revision)
            entry = QListWidgetItem(f"{item.label}  {mark}{_short(item.text)}")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked)
            tip = item.text
            if item.other_text is not None:
                tip += "\n\n" + self.tr("Other version: %1").replace("%1", item.other_text)
            entry.setToolTip(tip)
            return entry
        passage = row.passage
        assert passage is not None
        if passage.page is not None:
            where = self.tr("page %1").replace("%1", str(passage.page))
        elif passage.heading:
            where = self.tr("under “%1”").replace("%1", passage.heading)
        else:
            where = self.tr("before the first heading")
        text = self.tr("Left out (%1): %2").replace("%1", where).replace("%2", _short(passage.text))
        entry = QListWidgetItem("⚠ " + text)
        entry.setBackground(QBrush(LEFT_OUT_BACKGROUND))
        entry.setForeground(QBrush(LEFT_OUT_TEXT))
        font = QFont(entry.font())
        font.setBold(True)  # not italics: many fonts have no italic Arabic or Chinese
        entry.setFont(font)
        entry.setToolTip(passage.text)
        entry.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return entry

    def _revision_word(self, revision: Revision | None) -> str:
        if revision is Revision.CHANGED:
            return self.tr("[changed] ")
        if revision is Revision.INSERTED:
            return self.tr("[proposed insertion] ")
        if revision is Revision.DELETED:
            return self.tr("[proposed deletion] ")
        return ""

    def checked_states(self) -> list[bool]:
        return [
            self.item(i).checkState() == Qt.CheckState.Checked if self.rows[i].is_item else False
            for i in range(self.count())
        ]


class SplitDialog(QDialog):
    """Where to cut an item (the cursor) and the number of its second part."""

    def __init__(self, text: str, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split item"))
        self.setAccessibleName(self.tr("Split item"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Put the cursor where the second item begins."))
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("Item text"))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        number_label = QLabel(self.tr("&Number of the second item:"))
        self.number = QLineEdit(number)
        self.number.setAccessibleName(self.tr("Number of the second item"))
        number_label.setBuddy(self.number)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Split"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel the split")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (hint, self.text, number_label, self.number, buttons):
            layout.addWidget(widget)
        self.resize(560, 320)

    def position(self) -> int:
        return self.text.textCursor().position()
