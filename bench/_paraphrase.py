"""Light paraphrase of a real paragraph: what a delegate does to agreed language when drafting.

Words dropped, drafting words inserted ("also", "fully", "as appropriate"), words inflected
(plural for singular, another tense, French and Spanish agreement) and two clauses swapped.
The edits follow each language's own morphology, not the search's stemmer; each query gets at
least one edit. Used by the precedent quality test and bench/precedent.py.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_STOPWORDS = {
    "en": {"the", "of", "and", "to", "in", "that", "for", "on", "with", "its", "is", "by"},
    "fr": {"le", "la", "les", "des", "de", "du", "et", "à", "en", "que", "pour", "dans", "une"},
    "es": {"el", "la", "los", "las", "de", "del", "y", "en", "que", "para", "por", "con", "una"},
}
_INSERTS = {
    "en": (
        "also",
        "fully",
        "further",
        "all",
        "relevant",
        "effectively",
        "as appropriate",
        "inter alia",
        "in particular",
        "continue to",
    ),
    "fr": (
        "également",
        "pleinement",
        "tous",
        "notamment",
        "effectivement",
        "selon qu'il convient",
        "en particulier",
        "aussi",
    ),
    "es": (
        "también",
        "plenamente",
        "todos",
        "en particular",
        "efectivamente",
        "según proceda",
        "asimismo",
        "entre otras cosas",
    ),
}
_WORD = re.compile(r"^(?P<pre>\W*)(?P<word>[^\W\d_][\w'’-]*?)(?P<post>\W*)$")
_CLAUSE = re.compile(r"(?<=[,;])\s+")


@dataclass(frozen=True)
class Rates:
    drop: float = 0.10
    insert: float = 0.05
    inflect: float = 0.10
    swap: float = 0.5


LIGHT = Rates()


def language(text: str) -> str:
    """'en', 'fr' or 'es', by the commonest function words."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return max(_STOPWORDS, key=lambda lang: sum(w in _STOPWORDS[lang] for w in words))


def _inflect_en(word: str) -> str | None:
    low = word.lower()
    if low.endswith("ies") and len(low) > 5:
        return word[:-3] + "y"
    if low.endswith("y") and len(low) > 4 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith("ing") and len(low) > 6:
        return word[:-3] + "ed"
    if low.endswith("ed") and len(low) > 5:
        return word[:-2] + "ing" if not low.endswith("eed") else None
    if low.endswith("es") and len(low) > 5 and low[-3] in "sxz":
        return word[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 4:
        return word[:-1]
    if low.endswith("e") and len(low) > 4:
        return word + "s"
    if len(low) > 4 and low[-1] not in "s":
        return word + "s"
    return None


def _inflect_fr(word: str) -> str | None:
    low = word.lower()
    if low.endswith("aux") and len(low) > 4:
        return word[:-3] + "al"
    if low.endswith("al") and len(low) > 4:
        return word[:-2] + "aux"
    if low.endswith(("é", "és")):
        return word.rstrip("s") + "e" + ("s" if low.endswith("s") else "")
    if low.endswith("s") and len(low) > 4:
        return word[:-1]
    if len(low) > 4 and low[-1] not in "sx":
        return word + "s"
    return None


def _inflect_es(word: str) -> str | None:
    low = word.lower()
    if low.endswith("ción") and len(low) > 5:
        return word[:-4] + "ciones"
    if low.endswith("ciones"):
        return word[:-6] + "ción"
    if low.endswith(("os", "as")) and len(low) > 4:
        return word[:-1]
    if low.endswith("o") and len(low) > 4:
        return word[:-1] + "a"
    if low.endswith("a") and len(low) > 4:
        return word + "s"
    if low.endswith("es") and len(low) > 5:
        return word[:-2]
    if len(low) > 4 and low[-1] in "lrn":
        return word + "es"
    return None


_INFLECT = {"en": _inflect_en, "fr": _inflect_fr, "es": _inflect_es}


def _edit_words(words: list[str], lang: str, rates: Rates, rng: random.Random) -> int:
    edits = 0
    for i in range(len(words)):
        if rng.random() >= rates.inflect:
            continue
        match = _WORD.match(words[i])
        if not match or match["word"].lower() in _STOPWORDS[lang]:
            continue
        other = _INFLECT[lang](match["word"])
        if other:
            words[i] = match["pre"] + other + match["post"]
            edits += 1
    kept = [w for w in words if rng.random() >= rates.drop or len(words) < 6]
    edits += len(words) - len(kept)
    words[:] = kept
    for _ in range(round(len(words) * rates.insert)):
        words.insert(rng.randrange(1, len(words) + 1), rng.choice(_INSERTS[lang]))
        edits += 1
    return edits


def _swap_clauses(text: str, rng: random.Random) -> str | None:
    clauses = _CLAUSE.split(text)
    if len(clauses) < 3:
        return None
    i = rng.randrange(1, len(clauses) - 1)
    clauses[i], clauses[i + 1] = clauses[i + 1], clauses[i]
    return " ".join(clauses)


def paraphrase(text: str, rng: random.Random, rates: Rates = LIGHT) -> str:
    """A light paraphrase of `text` (never `text` itself)."""
    lang = language(text)
    for _ in range(20):
        edits = 0
        draft = " ".join(text.split())
        if rng.random() < rates.swap and (swapped := _swap_clauses(draft, rng)):
            draft, edits = swapped, 1
        words = draft.split()
        edits += _edit_words(words, lang, rates, rng)
        result = " ".join(words)
        if edits and result != " ".join(text.split()):
            return result
    words = text.split()
    return " ".join(words[1:]) if len(words) > 2 else text + " " + _INSERTS[lang][0]
