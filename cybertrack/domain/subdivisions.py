"""An item's numbered paragraphs, lettered sub-paragraphs and alternative wordings, each on a
line of its own.

An item is stored as one run of text: an article holds its paragraphs ("Illegal interception:
1. Each State Party ... 2. A State Party may ..."), an operative paragraph its sub-paragraphs
("... to: (a) Promote ...; (b) Facilitate ..."). A paper printing that run as one block reads
as a wall of text the source never was. `laid_out` puts each subdivision on a new line where
the sequence proves it one: "1." then "2." in turn, "(a)" then "(b)" (or "(i)", "(ii)") after
a colon or a semicolon; a number that does not follow its sequence ("see paragraph 3. Then")
is left where it is.
"""

from __future__ import annotations

import re
from collections.abc import Set

# "1. Each ...": a paragraph number after the end of a clause (or at the start).
# Chinese closes a sentence with "。" and writes on with no space ("…无罪。 2. 任何人…" too).
_NUMBERED = re.compile(
    r"(?:(?<=^)|(?<=[.;:,!?”\"')\]]\s)|(?<=[。；：])|(?<=[。；：]\s))(\d{1,3})\.\s+(?=\S)"
)
# "(a) Promote ...", "(ii) any other ...", and as French, Spanish and Russian texts print them,
# "a) Promouvoir ...", "б) содействовать ...": after a colon or a semicolon ("; and (c)" too).
# "a. To abrogate ...", as some treaties letter them, only before a capital.
_LETTERED = re.compile(
    r"(?:(?<=[:;؛]\s)|(?<=[：；]))(?:(?:and|or|et|ou|y|o|и|или|و)\s*)?"
    r"(\(?)([a-z]{1,2}|[ivx]{1,5}|[а-я]|[\u0621-\u064a]{1,2})"
    r"(?:\)\s*(?=\S)|\.\s+(?=[A-ZÀ-Ý]))"
)
# A negotiating text's alternative wordings under a paragraph, in the six languages: "Option 2:",
# "[Option B.", "Alt. 13.", "Alternative:", "Opción 2:", "Variante 1 :", "Вариант 2:",
# "备选案文2：", "الخيار 2:". A word alone ("Alternative development ...") is no marker: a number,
# a letter or the punctuation after it makes one.
ALTERNATIVE = re.compile(
    r"\[*\s*(?:(?:Option|Opción|Opcion|Variante|Вариант|Альтернатива|الخيار|البديل|方案|备选案文)"
    r"\s*(?:\d{1,2}|[A-Z]|[IVX]{1,4})?\s*[:.：)–—-]|Alt(?:ernative)?\s*(?:\d{1,2}|[A-Z])?\s*[:.：)]"
    r"|(?:Option|Opción|Variante|Вариант|الخيار|方案|备选案文)\s*(?:\d{1,2}|[A-Z])\s)"
)
# An alternative, or a proposal named as one ("Proposal by China:"), after the end of a sentence
# or a bracket, inside an item's text.
_ALTERNATIVE_INSIDE = re.compile(
    r"(?<=[.;:\]]\s)(?:" + ALTERNATIVE.pattern + r"|(?:Proposals?|Proposed)\s+by\s[^:]{2,100}:)"
)
# The letters Russian lists run through (ё, й, ъ, ы, ь are skipped).
_CYRILLIC_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
# Arabic lists run through the letters in their old (abjad) order: (أ), (ب), (ج), (د), (هـ).
_ARABIC_LETTERS = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س"]
_ARABIC_LETTERS += ["ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"]
_ROMAN = {"i": 1, "v": 5, "x": 10}


def laid_out(text: str) -> str:
    """`text` with a line break before each numbered paragraph and lettered sub-paragraph."""
    if ")" not in text and ". " not in text and "。" not in text:
        return text
    numbered = _numbered_breaks(text)
    breaks = numbered | _lettered_breaks(text, numbered) | _alternative_breaks(text)
    if not breaks:
        return text
    parts, last = [], 0
    for at in sorted(breaks):
        parts.append(text[last:at].rstrip())
        last = at
    parts.append(text[last:])
    return "\n".join(part for part in parts if part)


def _numbered_breaks(text: str) -> set[int]:
    """Where "1.", "2.", ... open paragraphs, in turn from 1 (a treaty article's)."""
    found: set[int] = set()
    expected = 1
    for match in _NUMBERED.finditer(text):
        if int(match[1]) == expected:
            found.add(match.start())
            expected += 1
    return found if len(found) >= 2 else set()


def _alternative_breaks(text: str) -> set[int]:
    """Where a negotiating text's alternatives ("Option 2:", "Alt. 13.") start, after the
    first wording."""
    if "Opt" not in text and "Alt" not in text and "Propos" not in text and text.isascii():
        return set()
    return {match.start() for match in _ALTERNATIVE_INSIDE.finditer(text)}


def _lettered_breaks(text: str, numbered: Set[int] = frozenset()) -> set[int]:
    """Where "(a)", "(b)", ... (or "(i)", "(ii)", ...) open sub-paragraphs in turn; under a
    letter, a list of Roman numerals starts again at "(i)". "(i)" after "(h)" is a letter.
    Under each of an article's `numbered` paragraphs the letters start again at "(a)" (the
    Vienna Convention's article 31: paragraph 2's (a), (b), then paragraph 3's)."""
    found: set[int] = set()
    letter_next, roman_next = 1, 1
    paragraphs = sorted(numbered)
    for match in _LETTERED.finditer(text):
        mark, start = match[2], match.start(1)  # the break goes before the mark, after "and"
        if paragraphs and paragraphs[0] < start:
            while paragraphs and paragraphs[0] < start:
                paragraphs.pop(0)
            letter_next, roman_next = 1, 1
        letter, roman = _ordinal(mark, "letter"), _ordinal(mark, "roman")
        if letter == letter_next:
            found.add(start)
            letter_next, roman_next = letter + 1, 1
        elif roman == roman_next:
            found.add(start)
            roman_next += 1
    return found if len(found) >= 2 else set()


def _ordinal(mark: str, kind: str) -> int | None:
    if kind == "letter":
        if mark in _ARABIC_LETTERS:
            return _ARABIC_LETTERS.index(mark) + 1
        if len(mark) != 1:
            return None
        if mark in _CYRILLIC_LETTERS:
            return _CYRILLIC_LETTERS.index(mark) + 1
        return ord(mark) - ord("a") + 1
    if not all(c in _ROMAN for c in mark):
        return None
    total = 0
    for index, char in enumerate(mark):
        value = _ROMAN[char]
        following = _ROMAN[mark[index + 1]] if index + 1 < len(mark) else 0
        total += -value if value < following else value
    return total
