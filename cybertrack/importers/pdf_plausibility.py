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
import unicodedata

from cybertrack.importers.pdf_words import LINE_HYPHEN

_LATIN_VOWELS = set("aeiouyàáâäãåæèéêëìíîïòóôöõøœùúûüýÿ")
_CYRILLIC_VOWELS = set("аеёиоуыэюяіїєў")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_LETTERS = 200  # too little text on a page to judge
_MAX_BAD_CHARS = 0.02
_MAX_ODD_WORDS = 0.12


def implausible_pages(pages: list[str]) -> list[int]:
    """The 1-based numbers of the pages whose text does not read as text."""
    return [number for number, text in enumerate(pages, start=1) if _implausible(text)]


def _implausible(text: str) -> bool:
    text = text.replace(LINE_HYPHEN, "-")
    visible = [c for c in text if not c.isspace()]
    if sum(c.isalpha() for c in visible) < _MIN_LETTERS:
        return False
    bad = sum(_not_text(c) for c in visible)
    if bad > len(visible) * _MAX_BAD_CHARS:
        return True
    words = [w for w in _WORD.findall(text) if len(w) >= 3]
    if len(words) < 40:
        return False
    odd = sum(_odd(word) for word in words)
    return odd > len(words) * _MAX_ODD_WORDS


def _not_text(char: str) -> bool:
    if char in "\ufffd\ufffe\uffff":
        return True
    category = unicodedata.category(char)
    return category in ("Co", "Cc", "Cs", "Cn")


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    return "other"


def _odd(word: str) -> bool:
    scripts = {_script(c) for c in word}
    if len(scripts) > 1:
        return True
    script = scripts.pop()
    if script == "other":
        return False
    if word.isupper():
        return False  # acronyms: "UNODC", "ICT"
    if any(c.isupper() for c in word[1:]):
        return True  # case flipped inside a word: "tHe"
    vowels = _LATIN_VOWELS if script == "latin" else _CYRILLIC_VOWELS
    lower = word.lower()
    if not any(c in vowels for c in lower):
        return True
    run = 0
    for char in lower:
        run = 0 if char in vowels else run + 1
        if run >= 6:
            return True
    return False
