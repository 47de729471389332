"""What a search looks for: words and "quoted phrases", in which of an item's texts.

One reading of the user's input serves the query (storage) and the highlight (GUI), so what is
marked on screen is what was found.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class SearchScope(enum.StrEnum):
    """Which texts of an item a search covers."""

    TEXT = "text"  # the paragraph as the document has it
    OWN = "own"  # the delegate's note, public reason and proposed wording
    EVERYTHING = "everything"


@dataclass(frozen=True)
class Term:
    """One thing to find: a word, or a quoted phrase (its words side by side, in order; a quoted
    word is matched whole, never as a prefix)."""

    words: tuple[str, ...]
    phrase: bool = False


_PART = re.compile(r'"([^"]*)"?|([^"]+)', re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(user_text: str) -> list[Term]:
    """The terms of `user_text`: text inside double quotes is a phrase (an unclosed quote runs to
    the end); everything else is separate words. Punctuation is never syntax."""
    terms: list[Term] = []
    for match in _PART.finditer(user_text):
        quoted, bare = match.group(1), match.group(2)
        if quoted is not None:
            words = tuple(_WORD.findall(quoted))
            if words:
                terms.append(Term(words, phrase=True))
        else:
            terms.extend(Term((word,)) for word in _WORD.findall(bare or ""))
    return terms


# Scripts whose words the full-text index cannot find inside others: Chinese and Japanese write
# no spaces (the index holds a clause as one word, so "人权" was found only where a clause
# began with it), and Arabic joins its articles and prepositions to the word ("بالكرامة") and
# may write its vowels or not ("أحرارًا", "أحرارا").
_SCANNED = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# Arabic vowel marks, tanween, shadda, sukun, the dagger alef and the tatweel: written or not.
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def needs_scan(user_text: str) -> bool:
    """Whether a search for `user_text` reads the texts themselves rather than the index."""
    return bool(_SCANNED.search(user_text))


def plain_letters(text: str) -> str:
    """`text` as a scan compares it: case folded, Arabic vowels left out and its alef, alef
    maqsura and ta marbuta forms made one."""
    text = text.casefold()
    if _ARABIC.search(text):
        text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    return text


def scan_terms(user_text: str) -> list[str]:
    """What a scan looks for: each word, or each quoted phrase's words in order, as plain
    letters; every one must be in the item's texts, anywhere in a word."""
    return [plain_letters(" ".join(term.words)) for term in search_terms(user_text)]


def scan_match(terms: list[str], texts: str) -> bool:
    plain = plain_letters(texts)
    return all(term in plain for term in terms)
