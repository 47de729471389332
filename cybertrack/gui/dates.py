"""Dates and times as the interface language writes them ("27 juil. 2020", "27 Jul 2020").

QLocale, not strftime: month names follow the chosen language, and strftime's "%-d" does not
exist on Windows.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def short_date(day: date, *, with_year: bool = True) -> str:
    pattern = "d MMM yyyy" if with_year else "d MMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def local_date_time(moment: datetime) -> str:
    """A moment (aware or naive UTC) in the computer's local time, e.g. '28 Nov 2026 10:04'."""
    local = moment.astimezone()
    stamp = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone.systemTimeZone(),
    )
    return QLocale().toString(stamp, "d MMM yyyy HH:mm")


def local_stamp(stamp: str) -> str:
    """An ISO stamp from the workspace (UTC) in local time, '28 Nov 2026 10:04'; a stamp that
    does not parse is shown as it is. Kept per stamp and language: an item's history formats
    the same few dozen stamps whenever it is shown (2 ms of a document switch)."""
    return _local_stamp(stamp, QLocale().name())


@lru_cache(maxsize=4096)
def _local_stamp(stamp: str, _language: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return local_date_time(moment)
