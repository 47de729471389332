"""Record the room's status on the selected paragraphs as of a time, with a note (what the
Secretariat's table or the Chair said)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.positions import RoomStatus
from cybertrack.gui.room import room_name


def to_qt(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qt(shown: QDateTime) -> datetime:
    """A date-time edit's value (local time) as an aware moment."""
    day, time = shown.date(), shown.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute()).astimezone()


class RoomStatusDialog(QDialog):
    def __init__(
        self,
        labels: list[str],
        current: RoomStatus | None,
        when: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Room status"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Room status"))
        for status in RoomStatus:
            self.status.addItem(room_name(status), status.value)
        self.status.addItem(self.tr("No status (clear it)"), "")
        self.status.setCurrentIndex(max(self.status.findData(current.value if current else ""), 0))
        self.as_of = QDateTimeEdit(to_qt(when))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("d MMM yyyy HH:mm")
        self.as_of.setMaximumDateTime(QDateTime.currentDateTime())
        self.as_of.setAccessibleName(self.tr("As of"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. Chair's text, EU reserves (internal)"))
        self.note.setAccessibleName(self.tr("Room note"))
        shown = ", ".join(labels[:12]) + (" …" if len(labels) > 12 else "")
        form = QFormLayout()
        form.addRow(self.tr("Paragraphs:"), QLabel(shown))
        for text, widget in (
            (self.tr("&Status:"), self.status),
            (self.tr("&As of:"), self.as_of),
            (self.tr("&Note:"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[RoomStatus | None, datetime, str]:
        value = self.status.currentData()
        status = RoomStatus(value) if value else None
        return status, from_qt(self.as_of.dateTime()), self.note.text()
