"""Does a page's text layer read as text? A font whose map from glyphs to characters is broken
gives letters that print right and extract wrong ("uue" for "que", "Ifmmp" for "Hello").

No dictionary per language: what every alphabetic language's words share is measured instead.
- Characters that are no text: the replacement character, private-use code points, controls.
- In Latin and Cyrillic script, a word of three letters or more has a vowel, and five
  consonants in a row are rare (English "strengths" has five; more is a broken map). A page
  where many words break this is damaged.
- A word that mixes scripts (Latin letters inside a Cyrillic word) or flips case inside
  ("tHe") is what a shifted map makes.
Arabic (vowels unwritten) and Chinese text are checked for the characters only.
"""

from __future__ import annotations

import re

from cybertrack.importers.pdf_words import LINE_HYPHEN

# Letters of the Latin and Cyrillic alphabets the UN languages write (vowels, consonants).
_VOWELS = "aeiouyàáâäãåæèéêëìíîïòóôöõøœùúûüýÿаеёиоуыэюяіїєў"
_CONSONANTS = "bcdfghjklmnpqrstvwxzçñßбвгджзйклмнпрстфхцчшщъь"
_LETTERS = _VOWELS + _CONSONANTS
_UPPER = _LETTERS.upper().replace("SS", "")
_WORD = re.compile(f"(?<![\\w])[{_LETTERS}{_UPPER}]{{3,}}(?![\\w])")
_ANY_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_TEXT = re.compile("[\ufffd\ufffe\uffff\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What words of those alphabets never are: no vowel (a capital first letter aside: "Ltd"),
# six consonants in a row, a capital after a small letter ("tHe"), two alphabets mixed.
_ODD = (
    re.compile(f"(?<![\\w])[{_CONSONANTS.upper()}]?[{_CONSONANTS}]{{2,}}(?![\\w])"),
    re.compile(f"[{_CONSONANTS}]{{6}}"),
    re.compile(f"[{_LETTERS}][{_UPPER}]"),
    re.compile("[a-z][а-я]|[а-я][a-z]", re.IGNORECASE),
)
# Without a Cyrillic letter the mixed-script pattern (slow: it ignores case) cannot match.
_CYRILLIC = re.compile("[а-я]", re.IGNORECASE)
_MIN_LETTERS = 200  # too little text on a page to judge
_MAX_BAD_CHARS = 0.02
_MAX_ODD_WORDS = 0.12


def implausible_pages(pages: list[str]) -> list[int]:
    """The 1-based numbers of the pages whose text does not read as text."""
    return [number for number, text in enumerate(pages, start=1) if _implausible(text)]


def _enough_letters(text: str) -> bool:
    """Whether the page's words hold `_MIN_LETTERS` letters (counted until they do)."""
    letters = 0
    for word in _ANY_WORD.finditer(text):
        letters += word.end() - word.start()
        if letters >= _MIN_LETTERS:
            return True
    return False


def _odd_words(text: str) -> int:
    mixed = _ODD[-1]
    odd = sum(len(pattern.findall(text)) for pattern in _ODD[:-1])
    return odd + (len(mixed.findall(text)) if _CYRILLIC.search(text) else 0)


def _implausible(text: str) -> bool:
    if not _enough_letters(text):
        return False
    clean = text.replace(LINE_HYPHEN, "-")
    if _NOT_TEXT.search(clean):
        visible = len(clean) - clean.count(" ") - clean.count("\n")
        if len(_NOT_TEXT.findall(clean)) > visible * _MAX_BAD_CHARS:
            return True
    words = len(_WORD.findall(text))
    if words < 40:
        return False  # Arabic, Chinese: judged by their characters only
    return _odd_words(text) > words * _MAX_ODD_WORDS
