"""Word's automatic numbering, recovered as the reader sees it: "(3)", "12.", "16.4", "(a)".

python-docx's `paragraph.text` leaves these numbers out. A numbered paragraph names a list
(`w:numPr/w:numId`, on the paragraph or inherited from its style chain) and a level (`w:ilvl`);
numbering.xml maps the list to an abstract definition whose levels give the start value, the
number format and the text pattern ("(%1)", "%1.%2"). Counters run per abstract definition and
level in document order, as Word counts them; a deeper level restarts when a shallower one moves,
and a list instance with a `w:startOverride` restarts its level where it first appears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(value: int) -> str:
    out = []
    for amount, letters in _ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def _letters(value: int) -> str:
    # Word's letter numbering repeats the letter: a..z, aa..zz, aaa...
    if value <= 0:
        return ""
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


_CJK_DIGITS = "〇一二三四五六七八九"
# Word's letter sequences for Russian and Arabic lists (а, б, в ...; أ, ب, ت ... or, in the old
# order, أ, ب, ج, د ...), which number sub-items as (a), (b) do in English.
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
_ARABIC_ALPHA = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"
_ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"


def _chinese(value: int) -> str:
    """A counting number as Chinese writes it: 一, 十, 十二, 二十, 一百零五."""
    if value <= 0 or value >= 10000:
        return str(value)
    out = ""
    for unit, sign in ((1000, "千"), (100, "百"), (10, "十")):
        digit, value = divmod(value, unit)
        if digit:
            out += ("" if (unit == 10 and digit == 1 and not out) else _CJK_DIGITS[digit]) + sign
        elif out and value:
            out += "" if out.endswith("零") else "零"
    return out + (_CJK_DIGITS[value] if value else "")


def _in_sequence(value: int, letters: str) -> str:
    return letters[(value - 1) % len(letters)] if value > 0 else ""


def format_number(value: int, fmt: str) -> str | None:
    """One counter in one of Word's formats; None for bullets and formats we do not number."""
    if fmt in ("decimal", "decimalZero") or not fmt:
        return f"{value:02d}" if fmt == "decimalZero" else str(value)
    if fmt in ("decimalFullWidth", "decimalFullWidth2", "decimalHalfWidth"):
        return str(value)  # read as the digits they are (labels fold full-width digits too)
    if fmt in ("chineseCounting", "chineseCountingThousand"):
        return _chinese(value)
    if fmt in ("russianLower", "russianUpper"):
        letter = _in_sequence(value, _RUSSIAN)
        return letter.upper() if fmt == "russianUpper" else letter
    if fmt in ("arabicAlpha", "arabicAbjad"):
        return _in_sequence(value, _ARABIC_ALPHA if fmt == "arabicAlpha" else _ARABIC_ABJAD)
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "none":
        return ""
    return None


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False  # w:isLgl: every number in its text printed in digits ("1.1", not "I.1")
    # w:lvlRestart: the level (1-based) whose moving restarts this one; 0 never (paragraphs
    # numbered on through chapters of the same list); None: any shallower level, Word's default
    restart: int | None = None


@dataclass
class _List:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    seen: set[int] = field(default_factory=set)


def _val(element: Any, tag: str) -> str | None:
    # iterchildren runs in C; find() parses its path argument in Python on every call.
    child = next(element.iterchildren(W + tag), None) if element is not None else None
    return child.get(W + "val") if child is not None else None


BULLET = "•"


class Numbering:
    """The numbering definitions of one document and the counters of one pass through it."""

    def __init__(self, numbering_root: Any | None) -> None:
        self._levels: dict[str, dict[int, Level]] = {}
        self._lists: dict[str, _List] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._merged: dict[str, dict[int, Level]] = {}
        # A level may name the paragraph style that takes it ("Heading 2" is level 1).
        self.style_levels: dict[str, int] = {}
        # A definition that takes its levels from a list style names it (w:numStyleLink); the
        # definition of that style names it too (w:styleLink): Word's multilevel list styles.
        self._linked: dict[str, str] = {}
        if numbering_root is None:
            return
        defined_by_style: dict[str, str] = {}
        uses_style: dict[str, str] = {}
        for abstract in numbering_root.iterchildren(W + "abstractNum"):
            abstract_id = abstract.get(W + "abstractNumId", "")
            links = _first_vals(abstract, _STYLE_LINK, _NUM_STYLE_LINK)
            if links.get(_STYLE_LINK):
                defined_by_style[str(links[_STYLE_LINK])] = abstract_id
            if links.get(_NUM_STYLE_LINK):
                uses_style[abstract_id] = str(links[_NUM_STYLE_LINK])
            levels: dict[int, Level] = {}
            for lvl in abstract.iterchildren(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl", "0"))
                found = _first_vals(lvl, _START, _NUM_FMT, _LVL_TEXT, _PSTYLE, _IS_LGL, _RESTART)
                levels[ilvl] = _level_of(found)
                style = found.get(_PSTYLE)
                if style:
                    self.style_levels.setdefault(style, ilvl)
            self._levels[abstract_id] = levels
        for abstract_id, style in uses_style.items():
            if (defined := defined_by_style.get(style)) is not None and defined != abstract_id:
                self._linked[abstract_id] = defined
        for num in numbering_root.iterchildren(W + "num"):
            abstract_id = _val(num, "abstractNumId") or ""
            # Lists of one list style count together, as Word counts them.
            instance = _List(self._linked.get(abstract_id, abstract_id))
            for override in num.iterchildren(W + "lvlOverride"):
                ilvl = int(override.get(W + "ilvl", "0"))
                first = first_children(override, _START_OVERRIDE, _LVL)
                start = first[_START_OVERRIDE].get(_VAL) if _START_OVERRIDE in first else None
                if start is not None:
                    instance.start_overrides[ilvl] = int(start)
                lvl = first.get(_LVL)
                if lvl is not None:
                    # A full level redefinition for this list instance only.
                    self._levels.setdefault(f"{num.get(W + 'numId')}!", {})[ilvl] = _level(lvl)
            self._lists[num.get(W + "numId", "")] = instance

    def copy(self) -> Numbering:
        """The same definitions with fresh counters (a second pass, another version)."""
        other = Numbering(None)
        other._linked = self._linked
        other._levels, other._lists, other.style_levels = (
            self._levels,
            {k: _List(v.abstract_id, v.start_overrides) for k, v in self._lists.items()},
            self.style_levels,
        )
        return other

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list's counter at `ilvl` and return the printed number, or None."""
        instance = self._lists.get(num_id)
        if num_id in ("", "0") or instance is None:
            return None
        levels = self._merged.get(num_id)
        if levels is None:  # the list's own levels over its definition's, merged once
            levels = self._merged[num_id] = {
                **self._levels.get(instance.abstract_id, {}),
                **self._levels.get(num_id + "!", {}),
            }
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(instance.abstract_id, {})
        if ilvl in instance.start_overrides and ilvl not in instance.seen:
            counters[ilvl] = instance.start_overrides[ilvl] - 1
        instance.seen.add(ilvl)
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl and _restarts(levels.get(k), ilvl)]:
            del counters[deeper]
        if level.fmt == "bullet":
            return BULLET  # printed in place: a bullet sub-paragraph of the item above
        if format_number(counters[ilvl], level.fmt) is None:
            return None

        def substitute(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            other = levels.get(index, Level())
            value = counters.get(index, other.start)
            return format_number(value, "decimal" if level.legal else other.fmt) or ""

        printed = _PLACEHOLDER.sub(substitute, level.text).strip()
        return printed or None


def _restarts(level: Level | None, moved: int) -> bool:
    """Whether a level restarts when the level `moved` (0-based) counts on."""
    if level is None or level.restart is None:
        return True
    return moved < level.restart  # 0: never; 2: when the first or second level moves


def _level(lvl: Any) -> Level:
    return _level_of(_first_vals(lvl, _START, _NUM_FMT, _LVL_TEXT, _IS_LGL, _RESTART))


def _level_of(found: dict[str, str | None]) -> Level:
    """A level from the values of its `w:start`, `w:numFmt`, `w:lvlText`, `w:isLgl` and
    `w:lvlRestart`."""
    start = found.get(_START)
    return Level(
        start=int(start) if start is not None else 1,
        fmt=found.get(_NUM_FMT) or "decimal",
        text=found.get(_LVL_TEXT) or "",
        legal=_IS_LGL in found and found[_IS_LGL] not in ("0", "false", "off"),
        restart=int(restart) if (restart := found.get(_RESTART) or "").isdigit() else None,
    )


_START, _NUM_FMT, _LVL_TEXT = W + "start", W + "numFmt", W + "lvlText"
_IS_LGL, _STYLE_LINK, _NUM_STYLE_LINK = W + "isLgl", W + "styleLink", W + "numStyleLink"
_RESTART = W + "lvlRestart"
_PSTYLE, _START_OVERRIDE, _LVL = W + "pStyle", W + "startOverride", W + "lvl"
_VAL = W + "val"


def first_children(element: Any, *tags: str) -> dict[str, Any]:
    """The first child of each of `tags`, found in one pass: setting up an lxml child
    iterator costs more than walking a handful of children (a list definition has nine
    levels of a dozen children each, a paragraph's properties a dozen)."""
    found: dict[str, Any] = {}
    for child in element.iterchildren(*tags):
        found.setdefault(child.tag, child)
    return found


def _first_vals(element: Any, *tags: str) -> dict[str, str | None]:
    """The `w:val` of the first child of each of `tags`."""
    return {tag: child.get(_VAL) for tag, child in first_children(element, *tags).items()}
