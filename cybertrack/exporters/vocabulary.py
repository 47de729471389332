"""The fixed words of every product in the six UN languages, and how they are put together.

Item texts are never translated (they are the negotiated text as the delegation has it); only the
titles, labels, references and dates the exporters add, and the places and bodies of the title
block that the UN names in every language. The words themselves live in exporters/words/, one
module per language with exactly the same keys. French typography (a no-break space before a
colon, a narrow one before ; ? ! and inside guillemets) is applied to every fixed word and to the
delegation's own prose (reasons, notes), never to the negotiated text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from types import ModuleType
from typing import Any, cast

from cybertrack.domain.errors import BadValue
from cybertrack.domain.messages import Code, Message, plural_index
from cybertrack.domain.model import kind_and_subject
from cybertrack.domain.numbering import ROMAN, roman_value
from cybertrack.exporters.ranges import label_runs
from cybertrack.exporters.words import ar, en, es, fr, ru, zh
from cybertrack.exporters.words.names import un_name

LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
RIGHT_TO_LEFT = frozenset({"ar"})
_MODULES: dict[str, ModuleType] = {"en": en, "fr": fr, "es": es, "ar": ar, "ru": ru, "zh": zh}
# The unit that names a mix (a report's paragraphs and recommendations, a resolution's preamble
# and operative part): all of them are paragraphs. A legal text's articles, regulations and
# rules, with or without paragraphs, are its provisions (not "5 paragraphs" for 2 regulations
# and 3 rules).
GENERIC_UNIT = "paragraph"
PROVISIONS = "provision"
RULE_BY_REGULATION = "rule by regulation"  # only where a language names it apart
_LEGAL_UNITS = frozenset({"article", "regulation", "rule", "conclusion", "guideline", "principle"})
_ITEMS = re.compile(r"\{items:(\w+)\}")
_KEY = re.compile(r"[^a-z]+")  # a kind's word key: "Secretary-General's bulletin" -> secretary_...
# "Resolution 2601 (2021)", "Decision 79/512": a kind and a number, no subject.
_KIND_NUMBER = re.compile(r"(\w+)\s+(\d[\w/.-]*(?:\s+\(\d{4}\))?)")
_SEMICOLON = {"fr": " ; ", "ar": "؛ ", "zh": "；"}
# Only a space already there is made unbreakable: "10:30" and "http://" stay as they are.
_FRENCH_SPACES = (
    (re.compile(r"[ \u00a0\u202f]+:"), "\u00a0:"),
    (re.compile(r"[ \u00a0\u202f]+([;?!»])"), "\u202f\\1"),
    (re.compile(r"«[ \u00a0\u202f]+"), "«\u202f"),
)
_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


def french_typography(text: str) -> str:
    """A no-break space before ':', a narrow no-break space before ; ? ! » and after «, so no
    line starts with the sign. Placeholders ("{items:def}") are left alone."""
    parts = _PLACEHOLDER.split(text)
    for index in range(0, len(parts), 2):
        for pattern, replacement in _FRENCH_SPACES:
            parts[index] = pattern.sub(replacement, parts[index])
    return "".join(parts)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def lowered(text: str) -> str:
    """'Addendum' -> 'addendum' after another word ("Resolution, addendum")."""
    return text[:1].lower() + text[1:]


def reference(number: str, label: str) -> tuple[str, str]:
    """How a sentence cites an item, and the number that orders it: '(3)' stays '(3)' (a
    recommendation), '12.' is paragraph '12', 'Article 5' is article '5', 'PP3' is '3',
    'Article IV' (numbered 4) is article 'IV'."""
    if label.startswith("("):
        return number, label
    shown = number.removeprefix("PP").strip() or label
    numeral = label.rsplit(" ", 1)[-1]
    if shown.isdigit() and ROMAN.fullmatch(numeral) and roman_value(numeral) == int(shown):
        return shown, numeral
    return shown, shown


def named(label: str, division: str, language: str = "") -> str:
    """'3. (Annex Interpretative notes on …)': a label with the division that tells it apart
    (in a Chinese sentence, in full-width brackets)."""
    if not division:
        return label
    return f"{label}（{division}）" if language == "zh" else f"{label} ({division})"


class Vocabulary:
    """The words of one language: `vocab["summary"]`, `vocab.format_date(d)`, `vocab.refer(...)`."""

    def __init__(self, language: str) -> None:
        if language not in _MODULES:
            raise BadValue(
                Code.BAD_CHOICE,
                what=Message(Code.WORD_LANGUAGE),
                value=language,
                choices=", ".join(LANGUAGES),
            )
        self.language = language
        self.right_to_left = language in RIGHT_TO_LEFT
        module = _MODULES[language]
        self._typeset: Callable[[str], str] = (
            french_typography if language == "fr" else (lambda text: text)
        )
        self._words = {key: self._typeset(word) for key, word in module.WORDS.items()}
        self._units: dict[str, dict[str, Any]] = module.UNITS
        self._list: str = module.LIST
        self._and: str = module.AND
        self._series: bool = module.SERIES
        self._day: Callable[[date], str] = module.day
        self._days: Callable[[date, date], str] = module.days

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def keys(self) -> set[str]:
        return set(self._words)

    @property
    def arrow(self) -> str:
        """' → ' between a before and an after; in a right-to-left paper it points the way
        the line is read."""
        return " ← " if self.right_to_left else " → "

    def semicolons(self, parts: Iterable[str]) -> str:
        """Parts set apart as a list of names is: 'General Assembly; Security Council',
        'Assemblée générale ; Conseil de sécurité', '大会；安全理事会', Arabic '؛'."""
        return self._typeset(_SEMICOLON.get(self.language, "; ").join(parts))

    def typeset(self, text: str) -> str:
        """Text the paper composes (never the negotiated text) in this language's typography."""
        return self._typeset(text)

    def label(self, name: str) -> str:
        """'Reason: ' / 'Motif : ' / '理由：', before a field's value."""
        return self["label"].format(name=name)

    # -- dates and names ------------------------------------------------------------------------
    def format_date(self, day: date) -> str:
        """27 July 2020 / 27 juillet 2020 / 27 de julio de 2020 / 2020年7月27日 ..."""
        return self._day(day)

    def format_range(self, first: date, last: date) -> str:
        """'27–29 July 2020' (the UN's form), in this language."""
        return self.format_date(first) if first == last else self._days(first, last)

    def name(self, text: str) -> str:
        """A place or body as the UN names it in this language, whatever language the
        document names it in (unknown names unchanged)."""
        return un_name(text, self.language)

    def document_title(self, title: str, kind: str | None) -> str:
        """A document's title with the kind the import put before it ("Resolution: ...")
        named in this language; a title the delegate wrote, or an unknown kind, as it is."""
        split = kind_and_subject(title, kind)
        if split is None:
            numbered = _KIND_NUMBER.fullmatch(title)
            if kind and numbered and numbered[1].casefold() == kind.casefold():
                # "Resolution 2601 (2021)": a Security Council resolution has no subject.
                name = self._words.get("kind_" + _KEY.sub("_", kind.lower()))
                return f"{name} {numbered[2]}" if name else title
            return title
        kinds, subject = split
        names = [self._words.get("kind_" + _KEY.sub("_", k.lower())) for k in kinds]
        if not all(names):
            return title
        first, *rest = cast(list[str], names)
        return self.label(self._list.join([first, *(lowered(n) for n in rest)])) + subject

    # -- units -----------------------------------------------------------------------------------
    def unit_of(self, units: Iterable[str]) -> str:
        """The unit that names all of `units`: theirs if they share one, 'provision' for a
        legal text's mix, else 'paragraph'."""
        found = {str(unit) for unit in units}
        if len(found) == 1:
            (unit,) = found
            if unit in self._units:
                return unit
        return PROVISIONS if found & _LEGAL_UNITS else GENERIC_UNIT

    def _forms(self, unit: str) -> dict[str, Any]:
        return self._units.get(str(unit), self._units[GENERIC_UNIT])

    def unit_title(self, unit: str) -> str:
        """'Recommendation': a column heading."""
        return cast(str, self._forms(unit)["title"])

    def unit_heading(self, key: str, unit: str) -> str:
        """A heading naming the unit in the plural: 'Recommendations without a position yet'."""
        if key == "others":
            return cast(str, self._forms(unit)["others"])
        return capitalised(self[key].format(units=self._forms(unit)["plural"]))

    def count(self, unit: str, n: int) -> str:
        """'39 recommendations', '1 paragraph', '21 пункт', 'فقرتان', '39项建议'."""
        forms: tuple[str, ...] = self._forms(unit)["count"]
        return forms[min(plural_index(self.language, n), len(forms) - 1)].replace("{n}", str(n))

    def refer(self, key: str, groups: Sequence[tuple[str, Sequence[tuple[str, str]], str]]) -> str:
        """The sentence `key` citing items grouped by unit and division, each group as (unit,
        [(number, label)], division) in document order: 'We support recommendations (1),
        (3)–(7).', 'We oppose paragraphs 2, 3 (Annex — Interpretative notes…).'"""
        template = self[key]
        match = _ITEMS.search(template)
        return _ITEMS.sub(lambda _: self.cite(groups, match.group(1) if match else "nom"), template)

    def cite(
        self, groups: Sequence[tuple[str, Sequence[tuple[str, str]], str]], case: str = "nom"
    ) -> str:
        """Items grouped as for `refer`, named in `case`: 'articles 1–5 and paragraph 3',
        'preambular paragraphs 2–5, operative paragraphs 1–12 and articles 1–68'."""
        parts = []
        for unit, items, division in groups:
            if unit == "rule" and any("." in number for number, _ in items):
                # "Rule 105.1", numbered by its regulation: French and Spanish name the
                # Financial and Staff Rules "règles", "reglas", their rules of procedure
                # "articles".
                unit = RULE_BY_REGULATION if RULE_BY_REGULATION in self._units else unit
            forms = self._forms(unit)
            chosen: tuple[str, ...] = forms.get(case) or forms["nom"]
            refs = self.series(label_runs([reference(n, label) for n, label in items]))
            form = chosen[min(len(items) > 1, len(chosen) - 1)]
            part = form.replace("{refs}", refs)
            parts.append(named(part, division, self.language))
        return self.series(parts)

    def series(self, parts: Sequence[str]) -> str:
        """'A and B', 'A, B and C' (Arabic 'A و B و C'), as a list reads in the language:
        "paragraphs 8 and 13", "recommendations (1), (3)–(7) and (9)"."""
        if len(parts) <= 2 or not self._series:
            return self._and.join(parts)
        return self._list.join(parts[:-1]) + self._and + parts[-1]
