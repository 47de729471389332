"""An item's decisions from the audit trail, newest first, in the user's local time.

An undone decision stays listed, struck through and marked "undone" (undo is not a decision);
a position carried from an earlier version says where it came from.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget

from cybertrack.domain.model import HistoryRow, Source
from cybertrack.gui.dates import local_stamp, short_date
from cybertrack.gui.stances import stance_name

VISIBLE_ROWS = 6  # more scroll inside the list


def source_text(source: Source) -> str:
    """'A/80/604 · Rev.1 (27 Jul 2020) (16)': where a carried position came from."""
    document = source.document
    if source.doc_date:
        try:
            document += f" ({short_date(date.fromisoformat(source.doc_date))})"
        except ValueError:
            document += f" ({source.doc_date})"
    return f"{document} {source.item_label}"


class HistoryList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Stance history"))
        self.setAccessibleDescription(self.tr("Every change of stance on this item, with its time"))
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.show_rows([])

    def describe(self, row: HistoryRow) -> str:
        text = f"{local_stamp(row.changed_at)}   {stance_name(row.old)} → {stance_name(row.new)}"
        if row.carried_from is not None:
            text += "   " + self.tr("carried from %1").replace("%1", source_text(row.carried_from))
        if row.undone:
            text += "   " + self.tr("(undone %1)").replace("%1", local_stamp(row.undone_at or ""))
        return text

    def show_rows(self, rows: list[HistoryRow]) -> None:
        self.clear()
        if not rows:
            empty = QListWidgetItem(self.tr("No stance set yet: press 1, 2 or 3 to decide."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
        for row in reversed(rows):
            entry = QListWidgetItem(self.describe(row))
            if row.undone:  # still in the audit trail, but no longer the decision
                font = entry.font()
                font.setStrikeOut(True)
                entry.setFont(font)
                entry.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                entry.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Undone: %1").replace("%1", entry.text()),
                )
            self.addItem(entry)
        self._fit()

    def _fit(self) -> None:
        """As tall as its first rows (wrapped ones included), up to VISIBLE_ROWS."""
        self.doItemsLayout()
        rows = range(min(self.count(), VISIBLE_ROWS))
        height = sum(max(self.visualItemRect(self.item(r)).height(), 1) for r in rows)
        height = height or self.fontMetrics().height() + 6
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # rows wrap again
