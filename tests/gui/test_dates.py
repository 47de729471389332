from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale

from cybertrack.gui.dates import local_date_time, local_stamp, short_date
from cybertrack.gui.models.navigator_model import _date_range


def test_dates_follow_the_interface_language():
    QLocale.setDefault(QLocale("fr"))
    try:
        assert short_date(date(2020, 7, 27)).startswith("27 juil")
    finally:
        QLocale.setDefault(QLocale("en"))
    assert short_date(date(2020, 7, 27)) == "27 Jul 2020"
    assert short_date(date(2020, 7, 7), with_year=False) == "7 Jul"


def test_meeting_dates_and_history_times():
    assert _date_range("2020-07-27", "2020-07-29") == "27–29 Jul 2020"
    assert _date_range("2022-03-30", "2022-04-01") == "30 Mar – 1 Apr 2022"
    stamp = local_date_time(datetime(2026, 11, 28, 9, 5, tzinfo=UTC))
    assert stamp.endswith(":05") and "2026" in stamp


def test_a_stamp_kept_for_speed_is_written_again_in_a_new_language():
    stamp = datetime(2020, 7, 27, 9, 5, tzinfo=UTC).isoformat()
    english = local_stamp(stamp)
    QLocale.setDefault(QLocale("fr"))
    try:
        assert local_stamp(stamp) != english
        assert "juil" in local_stamp(stamp)
    finally:
        QLocale.setDefault(QLocale("en"))
    assert local_stamp(stamp) == english
