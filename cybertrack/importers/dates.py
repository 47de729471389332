"""Dates as UN documents print them: "27 July 2020", "27–29 July 2020", "30 March–1 April 2022"."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "janvier", "enero"),
            ("february", "février", "fevrier", "febrero"),
            ("march", "mars", "marzo"),
            ("april", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("june", "juin", "junio"),
            ("july", "juillet", "julio"),
            ("august", "août", "aout", "agosto"),
            ("september", "septembre", "septiembre", "setiembre"),
            ("october", "octobre", "octubre"),
            ("november", "novembre", "noviembre"),
            ("december", "décembre", "decembre", "diciembre"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<{0}>[A-Za-zéûÉ]+)"
DASH = r"\s*[–—-]\s*"
SINGLE_DATE = re.compile(
    r"(?P<day>\d{1,2})(?:er)?\s+(?:de\s+)?"
    + _MONTH.format("month")
    + r"\s+(?:de\s+)?(?P<year>\d{4})"
)
DATE_RANGE = re.compile(
    r"(?P<d1>\d{1,2})(?:\s+"
    + _MONTH.format("m1")
    + r")?(?:\s+(?P<y1>\d{4}))?"
    + DASH
    + r"(?P<d2>\d{1,2})\s+"
    + _MONTH.format("m2")
    + r"\s+(?P<y2>\d{4})"
)


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.lower()) if name else None


def parse_date(text: str) -> date | None:
    """The first single date in `text`, or None."""
    match = SINGLE_DATE.search(text)
    if not match:
        return None
    month = _month(match["month"])
    if month is None:
        return None
    try:
        return date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None


def parse_date_range(text: str) -> tuple[date, date] | None:
    """A meeting's dates: a range such as "27–29 July 2020", or a single day as a range."""
    match = DATE_RANGE.search(text)
    if match:
        m2 = _month(match["m2"])
        m1 = _month(match["m1"]) or m2
        y2 = int(match["y2"])
        y1 = int(match["y1"]) if match["y1"] else y2
        if m1 and m2:
            try:
                return date(y1, m1, int(match["d1"])), date(y2, m2, int(match["d2"]))
            except ValueError:
                return None
    single = parse_date(text)
    return (single, single) if single else None
