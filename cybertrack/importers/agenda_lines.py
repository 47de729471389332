"""The agenda item a first page names, as the six languages print it.

"Agenda item 68 (b)", "Agenda items 20 and 21", "Point 107 de l'ordre du jour", "Point 68 b) de
l'ordre du jour provisoire", "Tema 107 del programa", "Пункт 107 повестки дня", "议程项目107",
"البند 107 من جدول الأعمال", "Item 98 of the preliminary list", each perhaps followed by the
item's title on the same line and by "(continued)" in a meeting record.
"""

from __future__ import annotations

import re

# "68", "68a", "68 (b)", "68 b)", "68(b)", "68 (ب)": a sub-item's letter is lower case, so
# "Agenda item 107 Crime prevention" keeps its title's capital.
_NUMBER = r"\d+(?:[a-z](?![^\W\d_]))?(?:\s?\(?[a-z\u0621-\u064a]\))?"
_NUMBERS = rf"{_NUMBER}(?:\s*(?:,|and|et|y|и|和|、|و)\s*{_NUMBER})*"
_CONTINUED = r"(?:\s*\((?:continued|suite|continuación|продолжение|تابع|续)\))?"
# The words before and after the number.
_FORMS = (
    (r"(?:Provisional\s+)?[Aa]genda\s+items?\s+", ""),
    (r"Points?\s+", r"\s+de\s+l['’]ordre\s+du\s+jour(?:\s+provisoire)?"),
    (r"Temas?\s+", r"\s+del\s+programa(?:\s+provisional)?"),
    (r"Пункты?\s+", r"\s+(?:предварительной\s+)?повестки\s+дня"),
    (r"(?:临时)?议程项目\s*", ""),
    (r"البنو?د\s+", r"\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?"),
    # Before the session's agenda is adopted: "Item 98 of the preliminary list".
    (r"Items?\s+", r"\s+of\s+the\s+preliminary\s+list"),
    (r"Points?\s+", r"\s+de\s+la\s+liste\s+préliminaire"),
    (r"Temas?\s+", r"\s+de\s+la\s+lista\s+preliminar"),
    (r"Пункты?\s+", r"\s+предварительного\s+перечня"),
)
# A line that is one, in any case ("AGENDA ITEM 4"); a line's start inside text that runs the
# first page's lines together only with its capital ("... under item 98 of the preliminary
# list" in a letter's sentence starts no line).
_LINES = tuple(
    re.compile(rf"^(?i:{before})(?P<number>{_NUMBERS}){after}{_CONTINUED}")
    for before, after in _FORMS
)
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
            # "list*": the mark of a note naming the list's symbol, no word of the title.
            return " ".join(match["number"].split()), rest.strip().lstrip(":：–—-*†").strip()
    return None
