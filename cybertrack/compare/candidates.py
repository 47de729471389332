"""Which items of two versions are worth comparing: each item's folded text, word pairs and
reference numbers, and for each new item a handful of old ones.

Comparing every pair of 5,000 x 5,000 long paragraphs is too slow in Python, so each new item is
paired with the old items that share its rarest word pairs (plus the old item with the same
number and the one at the same relative position), and each changed old item with the new items
that share its own rarest pairs (a paragraph merged into a longer one); only those are scored.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import pairwise

from cybertrack.domain.model import ItemRow

# Figure, table, resolution and article numbers tell near-identical boilerplate apart ("see
# figure 16.X" / "see figure 16.XI"): agreeing numbers outweigh this many points of similarity.
REFERENCE_WEIGHT = 5.0
# How many items of the other version, sharing the rarest word pairs, an item is scored against.
CANDIDATES_PER_ITEM = 8
RARE_PAIRS_PER_ITEM = 12

_NOT_WORD = re.compile(r"[\W_]+")
_REFERENCE = re.compile(r"\d[\w./-]*")


def normalise(text: str) -> str:
    """Fold case, accents' composition, punctuation and white space: 'the text as words'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


class Prepared:
    """An item's folded text; its word set and word pairs are computed only when needed."""

    def __init__(self, item: ItemRow, relative: float) -> None:
        self.item = item
        self.norm = normalise(item.text)
        self.relative = relative

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(self.norm.split())

    @cached_property
    def references(self) -> frozenset[str]:
        """Tokens with a digit, as written: '16.XI', '74/247', '2026/27'."""
        found = _REFERENCE.findall(self.item.text.casefold())
        return frozenset(token.rstrip("./-") for token in found)

    @cached_property
    def pairs(self) -> frozenset[str]:
        # Word pairs are far rarer than words, so they find the right candidates cheaply.
        words = self.norm.split()
        return frozenset(f"{x} {y}" for x, y in pairwise(words)) or frozenset(words)


def prepare(items: Sequence[ItemRow]) -> list[Prepared]:
    count = max(len(items) - 1, 1)
    return [Prepared(item, index / count) for index, item in enumerate(items)]


def hint(a: Prepared, b: Prepared) -> float:
    """A bonus for the same numbers in the text (near ties), and a small one for the same item
    number, the same section and a nearby place (ties only)."""
    bonus = 0.0
    if a.references and b.references:
        shared = len(a.references & b.references) / len(a.references | b.references)
        bonus += REFERENCE_WEIGHT * shared
    if a.item.number == b.item.number:
        bonus += 1.0
    if a.item.section and a.item.section == b.item.section:
        bonus += 0.5
    return bonus + 0.5 * (1.0 - abs(a.relative - b.relative))


def blocks(old: list[Prepared], new: list[Prepared]) -> list[set[int]]:
    """For each new item, the indexes of the old items worth scoring against it.

    Candidates are looked for from both sides: a new item's rarest word pairs find the old items
    it came from (a split part, a reworded paragraph), and a changed old item's rarest pairs find
    the new items it went into (a paragraph merged into a longer one, whose own rarest pairs may
    all come from its other part)."""
    exact: dict[str, list[int]] = defaultdict(list)
    by_number: dict[str, int] = {}
    for index, prepared in enumerate(old):
        exact[prepared.norm].append(index)
        by_number.setdefault(prepared.item.number, index)
    blocks: list[set[int]] = [set() for _ in new]
    changed_new: list[int] = []
    for j, prepared in enumerate(new):
        if prepared.norm in exact:
            # Unchanged text (most items of a revision): its twin is the candidate.
            blocks[j].update(exact[prepared.norm])
        else:
            changed_new.append(j)
    if not changed_new:
        return blocks
    # An old text with a twin for every copy is settled: it is nobody else's source or part.
    in_new = Counter(prepared.norm for prepared in new)
    in_old = Counter(prepared.norm for prepared in old)
    changed_old = [i for i, p in enumerate(old) if in_old[p.norm] > in_new[p.norm]]
    old_postings = _postings(old, changed_old)
    for j in changed_new:
        prepared = new[j]
        blocks[j].update(_likeliest(prepared, old_postings, len(old)))
        same_number = by_number.get(prepared.item.number)
        if same_number is not None:
            blocks[j].add(same_number)
        if old:
            blocks[j].add(round(prepared.relative * (len(old) - 1)))
    new_postings = _postings(new, changed_new)
    for i in changed_old:
        for j in _likeliest(old[i], new_postings, len(new)):
            blocks[j].add(i)
    return blocks


def _postings(items: list[Prepared], indexes: Iterable[int]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index in indexes:
        for pair in items[index].pairs:
            postings[pair].append(index)
    return postings


def containment(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _likeliest(prepared: Prepared, postings: dict[str, list[int]], total: int) -> list[int]:
    """The other side's items sharing most of this item's rarest word pairs (weighted by rarity)."""
    # Ties broken by the pair itself: the same candidates in every run, whatever the hash seed.
    known = [(len(postings[p]), p) for p in prepared.pairs if p in postings]
    shared: dict[int, float] = defaultdict(float)
    for df, pair in heapq.nsmallest(RARE_PAIRS_PER_ITEM, known):
        weight = math.log(1 + (total or 1) / df)
        for index in postings[pair]:
            shared[index] += weight
    return heapq.nlargest(CANDIDATES_PER_ITEM, shared, key=lambda k: (shared[k], -k))
