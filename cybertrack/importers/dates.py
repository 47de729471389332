"""Dates as UN documents print them, in the six languages: "27 July 2020", "27–29 July 2020",
"30 March–1 April 2022", "29 juillet-9 août 2024", "29 de julio a 9 de agosto de 2024",
"29 июля - 9 августа 2024 года", "27-29 تموز/يوليه 2020", "2024年7月29日至8月9日"."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "janvier", "enero", "января", "январь", "يناير", "كانون الثاني"),
            ("february", "février", "fevrier", "febrero", "февраля", "февраль", "فبراير", "شباط"),
            ("march", "mars", "marzo", "марта", "март", "مارس", "آذار"),
            ("april", "avril", "abril", "апреля", "апрель", "أبريل", "نيسان"),
            ("may", "mai", "mayo", "мая", "май", "مايو", "أيار"),
            ("june", "juin", "junio", "июня", "июнь", "يونيه", "يونيو", "حزيران"),
            ("july", "juillet", "julio", "июля", "июль", "يوليه", "يوليو", "تموز"),
            ("august", "août", "aout", "agosto", "августа", "август", "أغسطس", "آب"),
            (
                "september",
                "septembre",
                "septiembre",
                "setiembre",
                "сентября",
                "сентябрь",
                "سبتمبر",
                "أيلول",
            ),
            ("october", "octobre", "octubre", "октября", "октябрь", "أكتوبر", "تشرين الأول"),
            ("november", "novembre", "noviembre", "ноября", "ноябрь", "نوفمبر", "تشرين الثاني"),
            (
                "december",
                "décembre",
                "decembre",
                "diciembre",
                "декабря",
                "декабрь",
                "ديسمبر",
                "كانون الأول",
            ),
        ],
        start=1,
    )
    for name in names
}
# A month's name; the UN's Arabic names both forms of it ("تموز/يوليه"), of one word or two.
_MONTH = r"(?P<{0}>[^\W\d_]+(?:\s[^\W\d_]+)?/[^\W\d_]+|[^\W\d_]+)"
# What stands between the first and last day of a range.
_TO = r"(?:\s*[–—-]\s*|\s+(?:to|au|a|al|по|إلى|до)\s+)"
_DAY = r"(?P<{0}>\d{{1,2}})(?:er|ᵉʳ)?"
SINGLE_DATE = re.compile(
    _DAY.format("day") + r"\s+(?:de\s+)?" + _MONTH.format("month") + r"\s+(?:de\s+)?(?P<year>\d{4})"
)
DATE_RANGE = re.compile(
    _DAY.format("d1")
    + r"(?:\s+(?:de\s+)?"
    + _MONTH.format("m1")
    + r")?(?:\s+(?:de\s+)?(?P<y1>\d{4}))?"
    + _TO
    + _DAY.format("d2")
    + r"\s+(?:de\s+)?"
    + _MONTH.format("m2")
    + r"\s+(?:de\s+)?(?P<y2>\d{4})"
)
# Chinese: "2024年8月6日", "2024年7月29日至8月9日", "2020年7月27日至29日".
_CHINESE = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"(?:\s*(?:至|到|-|–|—)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日)?"
)


def _month(name: str | None) -> int | None:
    if not name:
        return None
    name = name.lower()
    return MONTHS.get(name) or (MONTHS.get(name.rsplit("/", 1)[-1]) if "/" in name else None)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """The first single date in `text`, or None."""
    for match in SINGLE_DATE.finditer(text):
        month = _month(match["month"])
        if month is not None:
            return _day(int(match["year"]), month, int(match["day"]))
    if (chinese := _CHINESE.search(text)) is not None:
        return _day(int(chinese["y"]), int(chinese["m1"]), int(chinese["d1"]))
    return None


def parse_date_range(text: str) -> tuple[date, date] | None:
    """A meeting's dates: a range such as "27–29 July 2020", or a single day as a range."""
    for match in DATE_RANGE.finditer(text):
        m2 = _month(match["m2"])
        m1 = _month(match["m1"]) if match["m1"] else m2
        if m1 is None or m2 is None:
            continue
        y2 = int(match["y2"])
        y1 = int(match["y1"]) if match["y1"] else y2
        first, last = _day(y1, m1, int(match["d1"])), _day(y2, m2, int(match["d2"]))
        return (first, last) if first and last else None
    if (chinese := _CHINESE.search(text)) is not None and chinese["d2"]:
        year, m1 = int(chinese["y"]), int(chinese["m1"])
        first = _day(year, m1, int(chinese["d1"]))
        last = _day(year, int(chinese["m2"] or m1), int(chinese["d2"]))
        return (first, last) if first and last else None
    single = parse_date(text)
    return (single, single) if single else None
