"""A title in the language of the text it heads.

Some copies print the document's title twice, translated, over a text in one language: the
Dutch treaty database heads the authentic English text of a convention with its Dutch title
first ("Verdrag van de Verenigde Naties tegen corruptie", then "United Nations Convention
against corruption"). The title a delegate knows the text by is the one whose words the text
itself uses; no word list of any language is needed to tell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD = re.compile(r"[^\W\d_]{3,}")
_FOREIGN = 0.25  # at most this share of a title's words in the text: another language
_OWN = 0.6  # at least this share: the text's own language
_FEWEST_WORDS = 2  # a one-word title says too little to judge


def in_text_language(
    titles: list[str], texts: Iterable[str], heading: str | None = None
) -> list[str]:
    """`titles` without those in another language than `texts`, when one of them is in the
    texts' language; as they are otherwise. `heading`: a heading over the first items, the
    title in the texts' language when the title block holds only a translation (a
    convention with no preamble: "Verdrag van de Verenigde Naties ..." in the title block,
    "United Nations Convention against Transnational Organized Crime" over article 1)."""
    candidates = [*titles, heading] if heading else titles
    if len(candidates) < 2:
        return titles
    vocabulary = words_of(texts)
    shares = [_share(title, vocabulary) for title in candidates]
    own = [share is not None and share >= _OWN for share in shares]
    if not any(own[: len(titles)]):
        if heading and own[-1] and all(s is not None and s <= _FOREIGN for s in shares[:-1]):
            return [heading]
        return titles
    kept = zip(titles, shares[: len(titles)], strict=True)
    return [title for title, share in kept if share is None or share > _FOREIGN]


def words_of(texts: Iterable[str]) -> set[str]:
    """The words (three letters or more, case folded) `texts` use: what tells their language
    without a word list of any language."""
    return {word.casefold() for text in texts for word in WORD.findall(text)}


def _share(title: str, vocabulary: set[str]) -> float | None:
    words = [word.casefold() for word in WORD.findall(title)]
    if len(words) < _FEWEST_WORDS:
        return None
    return sum(1 for word in words if word in vocabulary) / len(words)
