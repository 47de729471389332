"""The agenda item a first page names, as the six languages print it.

"Agenda item 68 (b)", "Agenda items 20 and 21", "Point 107 de l'ordre du jour", "Point 68 b) de
l'ordre du jour provisoire", "Tema 107 del programa", "Пункт 107 повестки дня", "议程项目107",
"البند 107 من جدول الأعمال", each perhaps followed by the item's title on the same line and by
"(continued)" in a meeting record.
"""

from __future__ import annotations

import re

# "68", "68a", "68 (b)", "68 b)", "68(b)", "68 (ب)": a sub-item's letter is lower case, so
# "Agenda item 107 Crime prevention" keeps its title's capital.
_NUMBER = r"\d+(?:[a-z](?![^\W\d_]))?(?:\s?\(?[a-z\u0621-\u064a]\))?"
_NUMBERS = rf"{_NUMBER}(?:\s*(?:,|and|et|y|и|和|、|و)\s*{_NUMBER})*"
_CONTINUED = r"(?:\s*\((?:continued|suite|continuación|продолжение|تابع|续)\))?"
# The forms without their number's place, to find a line's start inside run-together text.
_FORMS = (
    (r"(?i:(?:provisional\s+)?agenda\s+items?)\s+", ""),
    (r"(?i:points?)\s+", r"\s+de\s+l['’]ordre\s+du\s+jour(?:\s+provisoire)?"),
    (r"(?i:temas?)\s+", r"\s+del\s+programa(?:\s+provisional)?"),
    (r"(?i:пункты?)\s+", r"\s+(?:предварительной\s+)?повестки\s+дня"),
    (r"(?:临时)?议程项目\s*", ""),
    (r"البنو?د\s+", r"\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?"),
)
_LINES = tuple(
    re.compile(rf"^{before}(?P<number>{_NUMBERS}){after}{_CONTINUED}") for before, after in _FORMS
)
# Where an agenda item's line starts in text that runs the first page's lines together.
STARTS = "|".join(rf"{before}{_NUMBERS}{after}(?![^\W\d_])" for before, after in _FORMS)


def agenda_line(line: str) -> tuple[str, str] | None:
    """The agenda item's number(s) and what follows them on the line ("" when the title is
    on the next line), if the line names one."""
    for pattern in _LINES:
        match = pattern.match(line)
        if match is not None:
            rest = line[match.end() :]
            if rest[:1].isascii() and rest[:1].isalpha():  # "item 4th": a word runs on
                return None
            return " ".join(match["number"].split()), rest.strip().lstrip(":：–—-").strip()
    return None
