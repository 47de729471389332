"""An item's stance changes from the audit trail, newest first, in the user's local time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from cybertrack.domain.model import HistoryRow
from cybertrack.gui.dates import local_date_time
from cybertrack.gui.stances import stance_name


def local_time(stamp: str) -> str:
    """An ISO UTC stamp from the workspace -> '28 Nov 2026 10:04' in local time."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return local_date_time(moment)


class HistoryList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Stance history"))
        self.setAccessibleDescription(self.tr("Every change of stance on this item, with its time"))
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.show_rows([])

    def show_rows(self, rows: list[HistoryRow]) -> None:
        self.clear()
        if not rows:
            empty = QListWidgetItem(self.tr("No stance set yet."))
            empty.setFlags(empty.flags() & ~empty.flags())
            self.addItem(empty)
            return
        for row in reversed(rows):
            self.addItem(
                f"{local_time(row.changed_at)}   {stance_name(row.old)} → {stance_name(row.new)}"
            )
