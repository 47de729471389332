"""Candidate links between the items of two versions of a text, by text similarity.

Texts are folded (case, punctuation, white space) and compared with rapidfuzz. Comparing every
pair of 5,000 x 5,000 long paragraphs is too slow in Python, so each new item is first paired
with a handful of old items that share its rarest word pairs (plus the old item with the same number
and the one at the same relative position); only those pairs are scored. Numbers and section
titles break ties, so identical boilerplate links to its own place.

One-to-one links are chosen greedily, best score first; then an item left over whose words are
almost all inside another item's text is linked to it too (two recommendations merged into one,
or one split in two).
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property
from itertools import pairwise

from cybertrack.domain.comparison import Change, Link
from cybertrack.domain.model import ItemRow
from cybertrack.domain.worddiff import changed

# Below this similarity two items are not offered as the same recommendation.
THRESHOLD = 60.0
# A left-over item whose words are this much inside another item was merged into it (or split).
CONTAINMENT = 0.8
PARTIAL = 75.0
# How many old items, sharing the rarest word pairs, each new item is scored against.
CANDIDATES_PER_ITEM = 8
RARE_PAIRS_PER_ITEM = 12

_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Fold case, accents' composition, punctuation and white space: 'the text as words'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


class _Prepared:
    """An item's folded text; its word set and word pairs are computed only when needed."""

    def __init__(self, item: ItemRow, relative: float) -> None:
        self.item = item
        self.norm = normalise(item.text)
        self.relative = relative

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(self.norm.split())

    @cached_property
    def pairs(self) -> frozenset[str]:
        # Word pairs are far rarer than words, so they find the right candidates cheaply.
        words = self.norm.split()
        return frozenset(f"{x} {y}" for x, y in pairwise(words)) or frozenset(words)


def _prepare(items: Sequence[ItemRow]) -> list[_Prepared]:
    count = max(len(items) - 1, 1)
    return [_Prepared(item, index / count) for index, item in enumerate(items)]


def _hint(a: _Prepared, b: _Prepared) -> float:
    """A small bonus for the same number, the same section and a nearby place (ties only)."""
    bonus = 0.0
    if a.item.number == b.item.number:
        bonus += 1.0
    if a.item.section and a.item.section == b.item.section:
        bonus += 0.5
    return bonus + 0.5 * (1.0 - abs(a.relative - b.relative))


def _blocks(old: list[_Prepared], new: list[_Prepared]) -> list[set[int]]:
    """For each new item, the indexes of the old items worth scoring against it."""
    exact: dict[str, list[int]] = defaultdict(list)
    by_number: dict[str, int] = {}
    for index, prepared in enumerate(old):
        exact[prepared.norm].append(index)
        by_number.setdefault(prepared.item.number, index)
    postings: dict[str, list[int]] | None = None
    total = len(old) or 1
    blocks = []
    for prepared in new:
        if prepared.norm in exact:
            # Unchanged text (most items of a revision): its twin is the candidate.
            blocks.append(set(exact[prepared.norm]))
            continue
        if postings is None:
            postings = _postings(old)
        shared: dict[int, float] = defaultdict(float)
        known = [p for p in prepared.pairs if p in postings]
        df = {p: len(postings[p]) for p in known}
        for pair in heapq.nsmallest(RARE_PAIRS_PER_ITEM, known, key=df.__getitem__):
            weight = math.log(1 + total / df[pair])
            for index in postings[pair]:
                shared[index] += weight
        block = set(heapq.nlargest(CANDIDATES_PER_ITEM, shared, key=shared.__getitem__))
        same_number = by_number.get(prepared.item.number)
        if same_number is not None:
            block.add(same_number)
        if old:
            block.add(round(prepared.relative * (len(old) - 1)))
        blocks.append(block)
    return blocks


def _postings(old: list[_Prepared]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index, prepared in enumerate(old):
        for pair in prepared.pairs:
            postings[pair].append(index)
    return postings


def _containment(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def link_items(
    old: Sequence[ItemRow], new: Sequence[ItemRow], threshold: float = THRESHOLD
) -> list[Link]:
    """Candidate links from the items of `old` to those of `new`, best first per new item."""
    from rapidfuzz import fuzz  # lazily: the app starts without it

    a, b = _prepare(old), _prepare(new)
    scored: list[tuple[float, float, int, int]] = []  # (rank, score, old index, new index)
    for j, block in enumerate(_blocks(a, b)):
        for i in block:
            score = fuzz.ratio(a[i].norm, b[j].norm)
            if score >= threshold or _merged(a[i], b[j]):
                scored.append((score + _hint(a[i], b[j]), score, i, j))
    scored.sort(key=lambda s: (-s[0], s[2], s[3]))

    used_old: set[int] = set()
    used_new: set[int] = set()
    chosen: dict[tuple[int, int], float] = {}
    for _rank, score, i, j in scored:
        if score >= threshold and i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            chosen[(i, j)] = score
    # Merges and splits: a left-over item almost wholly inside a linked item's text.
    for _rank, score, i, j in scored:
        if (i, j) in chosen or (i in used_old and j in used_new):
            continue
        if _merged(a[i], b[j]):
            chosen[(i, j)] = score
    links = [
        Link(a[i].item.id, b[j].item.id, round(score, 1))
        for (i, j), score in sorted(chosen.items(), key=lambda kv: (kv[0][1], -kv[1]))
    ]
    return links


def similarity(old_text: str, new_text: str) -> float:
    """The score a link gets, 0 to 100 (for a link the user makes by hand)."""
    from rapidfuzz import fuzz

    return round(fuzz.ratio(normalise(old_text), normalise(new_text)), 1)


def _merged(old: _Prepared, new: _Prepared) -> bool:
    """The shorter text's words are (nearly) all inside the longer one: merged or split."""
    from rapidfuzz import fuzz

    shorter, longer = (old, new) if len(old.words) <= len(new.words) else (new, old)
    return (
        len(shorter.words) >= 5
        and len(longer.words) >= 1.3 * len(shorter.words)
        and _containment(shorter.words, longer.words) >= CONTAINMENT
        # Words in the same order, not scattered through an unrelated long paragraph.
        and fuzz.partial_ratio(shorter.norm, longer.norm) >= PARTIAL
    )


def change_status(
    old: Sequence[ItemRow], new: Sequence[ItemRow], links: Sequence[Link]
) -> tuple[dict[int, Change], dict[int, Change]]:
    """Each old item same/changed/dropped and each new item same/changed/new, by active links."""
    text = {item.id: item.text for item in (*old, *new)}
    targets: dict[int, list[int]] = defaultdict(list)
    sources: dict[int, list[int]] = defaultdict(list)
    for link in links:
        if link.active and link.from_item_id in text and link.to_item_id in text:
            targets[link.from_item_id].append(link.to_item_id)
            sources[link.to_item_id].append(link.from_item_id)

    def status(item_id: int, others: list[int], missing: Change) -> Change:
        if not others:
            return missing
        if len(others) == 1 and not changed(text[item_id], text[others[0]]):
            return Change.SAME
        return Change.CHANGED

    return (
        {item.id: status(item.id, targets[item.id], Change.DROPPED) for item in old},
        {item.id: status(item.id, sources[item.id], Change.NEW) for item in new},
    )
