"""The room's row under the find bar: filter by the room's status (or "still open"), only our
deviations from capital's instructions, and the room "as of" an earlier moment.

The bar only says what the user wants (`changed`, `as_of_changed`); the window's negotiation
desk reads the room's timeline and the items pane filters.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from cybertrack.domain.positions import RoomStatus
from cybertrack.gui.models.negotiation_columns import RoomChoice, RoomFilter
from cybertrack.gui.room import room_name

# The as-of time is applied once the keys already queued are handled (an arrow key held down
# on the hour moves the room hour by hour without queueing a redraw per step).
AS_OF_PAUSE_MS = 0


class RoomBar(QWidget):
    changed = Signal()  # the room filter or the deviations switch
    as_of_changed = Signal(object)  # an aware datetime, or None for "now"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = QComboBox()
        self.room.setAccessibleName(self.tr("Filter by room status"))
        self.room.setAccessibleDescription(
            self.tr("Show only the paragraphs where the room stands so, or still open")
        )
        self.room.addItem(self.tr("Any room status"), RoomChoice.ANY.value)
        self.room.addItem(self.tr("Still open in the room"), RoomChoice.OPEN.value)
        self.room.addItem(room_name(None), RoomChoice.UNDISCUSSED.value)
        for status in RoomStatus:
            self.room.addItem(room_name(status), status.value)
        self.deviations = QCheckBox(self.tr("Deviations"))
        self.deviations.setAccessibleName(self.tr("Only deviations from capital's instructions"))
        self.deviations.setToolTip(
            self.tr("Only paragraphs where our stance departs from capital's instruction")
        )
        self.as_of_switch = QCheckBox(self.tr("Room as of"))
        self.as_of_switch.setAccessibleName(self.tr("Show the room as of an earlier time"))
        self.as_of_switch.setToolTip(
            self.tr("The room's status as it stood at that time (Ctrl+Shift+A)")
        )
        self.as_of = QDateTimeEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("d MMM yyyy HH:mm")
        # A right-to-left window would turn the field's sections about: 09:28 read ٢٨:٠٩.
        self.as_of.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.as_of.setAccessibleName(self.tr("Room as of"))
        self.as_of.setAccessibleDescription(
            self.tr("The time to show the room at; arrow keys move the hour or the day")
        )
        self.as_of.setDateTime(QDateTime.currentDateTime())
        self.as_of.setEnabled(False)
        self.now_button = QToolButton()
        self.now_button.setText(self.tr("Now"))
        self.now_button.setAccessibleName(self.tr("Show the room as it is now"))
        self.now_button.setToolTip(self.tr("Back to the room as it is now"))
        self.now_button.clicked.connect(lambda: self.as_of_switch.setChecked(False))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AS_OF_PAUSE_MS)
        self._timer.timeout.connect(self._emit_as_of)

        self.room.currentIndexChanged.connect(self.changed)
        self.deviations.toggled.connect(self.changed)
        self.as_of_switch.toggled.connect(self._switched)
        self.as_of.dateTimeChanged.connect(self._timer.start)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.room)
        layout.addWidget(self.deviations)
        layout.addStretch(1)
        layout.addWidget(self.as_of_switch)
        layout.addWidget(self.as_of)
        layout.addWidget(self.now_button)

    # -- what the user asked for --------------------------------------------------------------
    def room_filter(self) -> RoomFilter:
        value = self.room.currentData()
        if not isinstance(value, str):
            return RoomChoice.ANY
        return RoomStatus(value) if value in set(RoomStatus) else RoomChoice(value)

    def deviations_only(self) -> bool:
        return self.deviations.isChecked()

    def active(self) -> bool:
        return self.room_filter() is not RoomChoice.ANY or self.deviations_only()

    def as_of_time(self) -> datetime | None:
        """The moment shown (aware, local), or None when the room is shown as it is now."""
        if not self.as_of_switch.isChecked():
            return None
        shown = self.as_of.dateTime()
        day, time = shown.date(), shown.time()
        moment = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return moment.astimezone()  # a naive moment is read as local time

    # -- setting it ---------------------------------------------------------------------------
    def show_as_of(self, moment: datetime | None) -> None:
        """Switch the as-of view on at `moment` (local time), or off with None."""
        if moment is None:
            self.as_of_switch.setChecked(False)
            return
        local = moment.astimezone()
        self.as_of.blockSignals(True)
        self.as_of.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.as_of.blockSignals(False)
        if self.as_of_switch.isChecked():
            self._emit_as_of()
        else:
            self.as_of_switch.setChecked(True)

    def toggle_deviations(self) -> None:
        self.deviations.toggle()

    def clear(self) -> None:
        """The room filter and the deviations switch off (the as-of view stays as it is)."""
        for widget in (self.room, self.deviations):
            widget.blockSignals(True)
        self.room.setCurrentIndex(0)
        self.deviations.setChecked(False)
        for widget in (self.room, self.deviations):
            widget.blockSignals(False)

    def focus_as_of(self) -> None:
        if not self.as_of_switch.isChecked():
            self.as_of_switch.setChecked(True)
        self.as_of.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _switched(self, on: bool) -> None:
        self.as_of.setEnabled(on)  # a later time than now simply shows the room as it is
        self._emit_as_of()

    def _emit_as_of(self) -> None:
        self._timer.stop()
        self.as_of_changed.emit(self.as_of_time())
