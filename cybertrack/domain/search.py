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
