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
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
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
# Figure, table, resolution and article numbers tell near-identical boilerplate apart ("see
# figure 16.X" / "see figure 16.XI"): agreeing numbers outweigh this many points of similarity.
REFERENCE_WEIGHT = 5.0
# Between the same two neighbours in both versions, a paragraph that keeps most of its words
# (a short one reworded and given a qualifier) is the same paragraph at a lower similarity: its
# place is evidence too. Unrelated paragraphs score about 40 (99% below 49) and share few words.
IN_PLACE_THRESHOLD = 50.0
IN_PLACE_KEPT = 0.6
GAP = 8  # items per side of a gap compared in place (a longer gap is a rewrite, not a run)
# Keeping its place (a neighbour linked to the other's neighbour) outweighs this many points.
CONTEXT_WEIGHT = 2.0
# How many old items, sharing the rarest word pairs, each new item is scored against.
CANDIDATES_PER_ITEM = 8
RARE_PAIRS_PER_ITEM = 12

_NOT_WORD = re.compile(r"[\W_]+")
_REFERENCE = re.compile(r"\d[\w./-]*")


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
    def references(self) -> frozenset[str]:
        """Tokens with a digit, as written: '16.XI', '74/247', '2026/27'."""
        found = _REFERENCE.findall(self.item.text.casefold())
        return frozenset(token.rstrip("./-") for token in found)

    @cached_property
    def pairs(self) -> frozenset[str]:
        # Word pairs are far rarer than words, so they find the right candidates cheaply.
        words = self.norm.split()
        return frozenset(f"{x} {y}" for x, y in pairwise(words)) or frozenset(words)


def _prepare(items: Sequence[ItemRow]) -> list[_Prepared]:
    count = max(len(items) - 1, 1)
    return [_Prepared(item, index / count) for index, item in enumerate(items)]


def _hint(a: _Prepared, b: _Prepared) -> float:
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


def _blocks(old: list[_Prepared], new: list[_Prepared]) -> list[set[int]]:
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


def _postings(items: list[_Prepared], indexes: Iterable[int]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index in indexes:
        for pair in items[index].pairs:
            postings[pair].append(index)
    return postings


def _containment(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _likeliest(prepared: _Prepared, postings: dict[str, list[int]], total: int) -> list[int]:
    """The other side's items sharing most of this item's rarest word pairs (weighted by rarity)."""
    # Ties broken by the pair itself: the same candidates in every run, whatever the hash seed.
    known = [(len(postings[p]), p) for p in prepared.pairs if p in postings]
    shared: dict[int, float] = defaultdict(float)
    for df, pair in heapq.nsmallest(RARE_PAIRS_PER_ITEM, known):
        weight = math.log(1 + (total or 1) / df)
        for index in postings[pair]:
            shared[index] += weight
    return heapq.nlargest(CANDIDATES_PER_ITEM, shared, key=lambda k: (shared[k], -k))


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
            scored.append((score + _hint(a[i], b[j]), score, i, j))
    scored.sort(key=lambda s: (-s[0], s[2], s[3]))

    # A paragraph found word for word inside a longer one was merged into it (or split from it):
    # stronger evidence than a reworded look-alike, so these parts are settled first.
    chosen, held = _verbatim_parts(a, b, scored)
    first = _one_to_one(a, b, scored, chosen, held, threshold)
    # A paragraph keeps its neighbours: between look-alikes the text cannot tell apart, the one
    # whose neighbour links to the new item's neighbour wins.
    placed = [
        (rank + CONTEXT_WEIGHT * (_kept_place(first, i, j)), score, i, j)
        for rank, score, i, j in scored
    ]
    placed.sort(key=lambda s: (-s[0], s[2], s[3]))
    chosen.update(_one_to_one(a, b, placed, chosen, held, threshold))
    # Parts of merges and splits: first those whose place and wording leave no doubt, then by
    # their words, then short ones beside those.
    chosen.update(_edge_parts(a, b, chosen))
    chosen.update(_parts(a, b, scored, chosen))
    chosen.update(_edge_parts(a, b, chosen))
    chosen.update(_in_place(a, b, chosen))
    links = [
        Link(a[i].item.id, b[j].item.id, round(score, 1))
        for (i, j), score in sorted(chosen.items(), key=lambda kv: (kv[0][1], -kv[1]))
    ]
    return links


def _in_place(
    a: list[_Prepared], b: list[_Prepared], chosen: dict[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """Items still without a link in the same gap between two consecutive links (or a document's
    edge), as a diff sees a replaced run: paired best first if similar enough for their place."""
    from rapidfuzz import fuzz

    linked_old = {i for i, _j in chosen}
    linked_new = {j for _i, j in chosen}
    anchors = [(-1, -1), *sorted(chosen), (len(a), len(b))]
    found: dict[tuple[int, int], float] = {}
    for (i0, j0), (i1, j1) in pairwise(anchors):
        olds = [i for i in range(i0 + 1, i1) if i not in linked_old][:GAP]
        news = [j for j in range(j0 + 1, j1) if j not in linked_new][:GAP]
        pairs = []
        for i in olds:
            for j in news:
                score = fuzz.ratio(a[i].norm, b[j].norm)
                shorter, longer = sorted((a[i], b[j]), key=lambda p: len(p.words))
                kept = _containment(shorter.words, longer.words)
                if score >= IN_PLACE_THRESHOLD and kept >= IN_PLACE_KEPT:
                    pairs.append((score, i, j))
        paired_old: set[int] = set()
        paired_new: set[int] = set()
        for score, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            if i not in paired_old and j not in paired_new:
                paired_old.add(i)
                paired_new.add(j)
                found[(i, j)] = score
    return found


def _one_to_one(
    a: list[_Prepared],
    b: list[_Prepared],
    ranked: list[tuple[float, float, int, int]],
    parts: dict[tuple[int, int], float],
    held: dict[tuple[bool, int], list[tuple[int, int]]],
    threshold: float,
) -> dict[tuple[int, int], float]:
    """Greedy one-to-one links, best rank first, around the parts already found."""
    used_old = {i for i, j in parts if len(a[i].words) <= len(b[j].words)}
    used_new = {j for i, j in parts if len(a[i].words) > len(b[j].words)}
    chosen: dict[tuple[int, int], float] = {}
    for _rank, score, i, j in ranked:
        if score < threshold or i in used_old or j in used_new:
            continue
        if not _passage_free(a, b, i, j, held):
            continue  # a look-alike of a part already found in that whole
        used_old.add(i)
        used_new.add(j)
        chosen[(i, j)] = score
    return chosen


def _kept_place(links: dict[tuple[int, int], float], i: int, j: int) -> bool:
    return (i - 1, j - 1) in links or (i + 1, j + 1) in links


def _verbatim_parts(
    a: list[_Prepared], b: list[_Prepared], scored: list[tuple[float, float, int, int]]
) -> tuple[dict[tuple[int, int], float], dict[tuple[bool, int], list[tuple[int, int]]]]:
    """Items (of 5 words or more) found word for word inside one longer item of the other
    version, best ranked first; each passage of a whole takes one part. Items that reappear
    unchanged are neither parts nor wholes, and a passage found in several items (a common
    opening) is left to be placed later, by its neighbours. Also returns the passages held."""
    unchanged = {p.norm for p in a} & {p.norm for p in b}
    occurrences = []
    wholes: dict[tuple[bool, int], int] = defaultdict(int)
    for _rank, score, i, j in scored:
        old_is_part = len(a[i].words) <= len(b[j].words)
        part, whole = (a[i], b[j]) if old_is_part else (b[j], a[i])
        if part.norm in unchanged or whole.norm in unchanged:
            continue
        span = _verbatim(part, whole)
        if span is not None:
            part_key, whole_key = (
                ((True, i), (False, j)) if old_is_part else ((False, j), (True, i))
            )
            occurrences.append((part_key, whole_key, span, i, j, score))
            wholes[part_key] += 1
    found: dict[tuple[int, int], float] = {}
    held: dict[tuple[bool, int], list[tuple[int, int]]] = defaultdict(list)
    for part_key, whole_key, span, i, j, score in occurrences:
        if wholes[part_key] > 1 or any(_overlap(span, other) for other in held[whole_key]):
            continue
        held[whole_key].append(span)
        found[(i, j)] = score
    return found, held


def _verbatim(part: _Prepared, whole: _Prepared) -> tuple[int, int] | None:
    """Where `part` sits word for word inside the (clearly longer) `whole`, if it does."""
    if len(part.words) < 5 or len(whole.words) < 1.3 * len(part.words):
        return None
    start = f" {whole.norm} ".find(f" {part.norm} ")
    return None if start < 0 else (start, start + len(part.norm))


def _passage_free(
    a: list[_Prepared],
    b: list[_Prepared],
    i: int,
    j: int,
    held: dict[tuple[bool, int], list[tuple[int, int]]],
) -> bool:
    """Old item i and new item j may pair one-to-one: if either is a whole with parts already
    found, the other (when shorter) must match another passage of it."""
    from rapidfuzz import fuzz

    for whole, inner, spans in (
        (a[i], b[j], held.get((True, i))),
        (b[j], a[i], held.get((False, j))),
    ):
        if spans and len(inner.norm) < len(whole.norm):
            found = fuzz.partial_ratio_alignment(inner.norm, whole.norm)
            span = (found.dest_start, found.dest_end) if found else (0, 0)
            if any(_overlap(span, other) > (span[1] - span[0]) / 2 for other in spans):
                return False
    return True


def _parts(
    a: list[_Prepared],
    b: list[_Prepared],
    scored: list[tuple[float, float, int, int]],
    chosen: dict[tuple[int, int], float],
) -> dict[tuple[int, int], float]:
    """Merges and splits: an item left without a link whose words are almost all inside a longer
    item joins it. A part belongs to one whole, and each passage of a whole to one part: best
    fits first, a part whose passage another part (or the whole's own one-to-one partner)
    already holds is a near-duplicate (boilerplate with another table number), not a part. An
    item that reappears unchanged is whole: it was neither split nor merged."""
    linked_old = {i for i, _j in chosen}
    linked_new = {j for _i, j in chosen}
    partners: dict[tuple[bool, int], list[int]] = defaultdict(list)
    for i, j in chosen:
        partners[(True, i)].append(j)
        partners[(False, j)].append(i)
    unchanged = {(True, i) for (i, _j), s in chosen.items() if s == 100.0}
    unchanged |= {(False, j) for (_i, j), s in chosen.items() if s == 100.0}
    fits = []
    for rank, score, i, j in scored:
        old_is_part = len(a[i].words) <= len(b[j].words)
        if (i in linked_old) if old_is_part else (j in linked_new):
            continue
        fit = _merged(a[i], b[j])
        if fit is not None:
            fits.append((fit[0], fit[1], rank, old_is_part, i, j, score, fit[2]))
    fits.sort(key=lambda f: (-f[0], -f[1], -f[2], f[4], f[5]))
    held: dict[tuple[bool, int], list[tuple[int, int]]] = {}
    joined: set[tuple[bool, int]] = set()
    found: dict[tuple[int, int], float] = {}
    for *_fit, old_is_part, i, j, score, span in fits:
        part, whole = ((True, i), (False, j)) if old_is_part else ((False, j), (True, i))
        if part in joined or whole in unchanged:
            continue
        if whole not in held:
            held[whole] = _spans(a, b, whole, partners.get(whole, []))
        if any(_overlap(span, other) > (span[1] - span[0]) / 2 for other in held[whole]):
            continue
        joined.add(part)
        held[whole].append(span)
        found[(i, j)] = score
    return found


def _spans(
    a: list[_Prepared], b: list[_Prepared], whole: tuple[bool, int], linked: list[int]
) -> list[tuple[int, int]]:
    """The passages of a whole its items linked so far hold (those shorter than it)."""
    from rapidfuzz import fuzz

    whole_is_old, index = whole
    outer, others = (a[index], b) if whole_is_old else (b[index], a)
    spans = []
    for other in linked:
        inner = others[other].norm
        if len(inner) < len(outer.norm):
            found = fuzz.partial_ratio_alignment(inner, outer.norm)
            if found is not None:
                spans.append((found.dest_start, found.dest_end))
    return spans


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def _edge_parts(
    a: list[_Prepared], b: list[_Prepared], chosen: dict[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """Parts too short to judge by their words ('Concealment:', 'Poland made recommendations.'):
    an item still without a link, beside an item linked to X, whose words are exactly how X
    begins (if it comes before its neighbour) or ends (if after), and which the neighbour lacks."""
    from rapidfuzz import fuzz

    to_new: dict[int, list[int]] = defaultdict(list)
    to_old: dict[int, list[int]] = defaultdict(list)
    for i, j in chosen:
        to_new[i].append(j)
        to_old[j].append(i)
    found: dict[tuple[int, int], float] = {}
    for side, others, linked, flip in ((b, a, to_old, False), (a, b, to_new, True)):
        for k, part in enumerate(side):
            if k in linked or not part.norm:
                continue
            for step in (1, -1):  # the neighbour after, then before
                if not 0 <= k + step < len(side):
                    continue
                neighbour = side[k + step].norm
                for w in linked.get(k + step, []):
                    whole = others[w].norm
                    if _at_edge(part.norm, whole, step) and not _at_edge(
                        part.norm, neighbour, step
                    ):
                        pair = (k, w) if flip else (w, k)
                        found[pair] = fuzz.ratio(part.norm, whole)
    return found


def _at_edge(part: str, whole: str, step: int) -> bool:
    """`part` is the beginning of `whole` (step 1: it comes first) or its end (step -1)."""
    return whole.startswith(part + " ") if step == 1 else whole.endswith(" " + part)


def similarity(old_text: str, new_text: str) -> float:
    """The score a link gets, 0 to 100 (for a link the user makes by hand)."""
    from rapidfuzz import fuzz

    return round(fuzz.ratio(normalise(old_text), normalise(new_text)), 1)


def _merged(old: _Prepared, new: _Prepared) -> tuple[float, float, tuple[int, int]] | None:
    """If (nearly) all the shorter text's words are inside the longer one (merged or split):
    their share, how closely they keep their order, and the passage of the longer they match."""
    from rapidfuzz import fuzz

    shorter, longer = (old, new) if len(old.words) <= len(new.words) else (new, old)
    if len(shorter.words) < 5 or len(longer.words) < 1.3 * len(shorter.words):
        return None
    contained = _containment(shorter.words, longer.words)
    if contained < CONTAINMENT:
        return None
    # Words in the same order, not scattered through an unrelated long paragraph.
    found = fuzz.partial_ratio_alignment(shorter.norm, longer.norm)
    if found is None or found.score < PARTIAL:
        return None
    return contained, found.score, (found.dest_start, found.dest_end)


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
