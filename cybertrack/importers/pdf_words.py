"""Words a PDF cut at a line end.

Spaces inside a line come from the glyph positions (pdf_lines); what is left is the hyphen at a
line end. UN documents are not hyphenated by the typesetter, so such a hyphen is part of the
word ("Secretary-General", "above-referenced"), unless the document itself uses the whole word
elsewhere ("recom-" + "mendation", where "recommendation" occurs in the file).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from cybertrack.importers.hyphens import SUSPENDED, unspaced

WORD = re.compile(r"[^\W\d_]+")
LINE_HYPHEN = "\ue000"  # stands for a hyphen met at a line end, until the word is settled
HYPHENATED = re.compile(r"([^\W\d_]+)\ue000([^\W\d_]+)")


class DocumentWords:
    """The words a document uses (lower case), read from its text the first time one is asked
    about: most documents cut no word at a line end and never ask. The first few questions
    are answered by finding the word in the text (a string search, fast); past those, the set
    of all its words is made once (a pattern run over the whole text, slower)."""

    def __init__(self, text: Callable[[], str], searches: int = 32) -> None:
        self._text = text
        self._lower: str | None = None
        self._searches = searches  # questions left to answer by a search
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._lower is None:
            self._lower = self._text().lower()
        if self._words is None and self._searches <= 0:
            self._words = set(WORD.findall(self._lower))
        if self._words is not None:
            return word in self._words
        self._searches -= 1
        return isinstance(word, str) and _whole_word_in(word, self._lower)


def _whole_word_in(word: str, text: str) -> bool:
    """Whether `word` stands in `text` as a whole word (what WORD finds there)."""
    if WORD.fullmatch(word) is None:
        return False
    k = text.find(word)
    while k >= 0:
        end = k + len(word)
        if (k == 0 or WORD.match(text, k - 1) is None) and WORD.match(text, end) is None:
            return True
        k = text.find(word, k + 1)
    return False


def join_paragraph(parts: list[str], vocabulary: Container[str]) -> str:
    """The lines of one paragraph as one text, with the words cut at line ends settled."""
    return settle_words(join_lines(parts), vocabulary)


def settle_words(text: str, vocabulary: Container[str]) -> str:
    """Rejoin a word hyphenated at a line end when the document uses it whole elsewhere."""

    def hyphen(match: re.Match[str]) -> str:
        head, tail = match.groups()
        if SUSPENDED.fullmatch(tail) and not match.string.startswith("-", match.end()):
            return f"{head}- {tail}"  # "troop- and police-contributing": a hanging hyphen
        if (head + tail).lower() in vocabulary:
            return head + tail  # "recom-mendation": the whole word is used elsewhere
        return f"{head}-{tail}"  # a compound: "Secretary-General", "above-referenced"

    if LINE_HYPHEN not in text:
        return text
    return HYPHENATED.sub(hyphen, text).replace(LINE_HYPHEN, "-")


def join_lines(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if not out:
            out = part
        elif out.endswith("\u00ad"):
            out = out[:-1] + part
        elif out.endswith(LINE_HYPHEN):
            out += part
        elif out.endswith("-") and out[-2:-1].isalnum():
            # A hyphen ends the line: a word cut in two ("recom-mendation", settled by the
            # document's vocabulary) or a compound ("Secretary-General", "Agency-NEPAD").
            out = out[:-1] + LINE_HYPHEN + part if part[:1].islower() else out + part
        elif out.endswith(("–", "—")) and out[-2:-1].isalnum():
            out += part  # "Asia–" then "Pacific", "2025–" then "2027": no space was there
        elif unspaced(out[-1]) or unspaced(part[:1]):
            out += part  # Chinese and Japanese put no space between words, nor at a line end
        else:
            out = f"{out} {part}"
    return out.replace("\u00ad", "")
