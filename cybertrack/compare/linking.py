"""Candidate links between the items of two versions of a text, by text similarity.

Texts are folded (case, punctuation, white space) and compared with rapidfuzz, only against the
candidates `candidates.blocks` finds. Reference numbers, item numbers and places break near ties,
so identical boilerplate links to its own place.

Parts found word for word in a longer item (merged or split) are settled first; then one-to-one
links are chosen greedily, best first, twice: the second time an item that keeps its neighbours
ranks higher. Then the other parts of merges and splits (`parts`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from cybertrack.compare.candidates import Prepared, blocks, hint, normalise, prepare
from cybertrack.compare.parts import (
    Pairs,
    Passages,
    contained_parts,
    edge_parts,
    in_place,
    passage_free,
    verbatim_parts,
)
from cybertrack.domain.comparison import Change, Link
from cybertrack.domain.model import ItemRow
from cybertrack.domain.worddiff import changed

# Below this similarity two items are not offered as the same recommendation.
THRESHOLD = 60.0
# Keeping its place (a neighbour linked to the other's neighbour) outweighs this many points.
CONTEXT_WEIGHT = 2.0


def link_items(
    old: Sequence[ItemRow], new: Sequence[ItemRow], threshold: float = THRESHOLD
) -> list[Link]:
    """Candidate links from the items of `old` to those of `new`, best first per new item."""
    from rapidfuzz import fuzz  # lazily: the app starts without it

    a, b = prepare(old), prepare(new)
    scored: list[tuple[float, float, int, int]] = []  # (rank, score, old index, new index)
    for j, block in enumerate(blocks(a, b)):
        for i in block:
            score = fuzz.ratio(a[i].norm, b[j].norm)
            scored.append((score + hint(a[i], b[j]), score, i, j))
    scored.sort(key=lambda s: (-s[0], s[2], s[3]))

    # A paragraph found word for word inside a longer one was merged into it (or split from it):
    # stronger evidence than a reworded look-alike, so these parts are settled first.
    chosen, held = verbatim_parts(a, b, scored)
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
    chosen.update(edge_parts(a, b, chosen))
    chosen.update(contained_parts(a, b, scored, chosen))
    chosen.update(edge_parts(a, b, chosen))
    chosen.update(in_place(a, b, chosen))
    links = [
        Link(a[i].item.id, b[j].item.id, round(score, 1))
        for (i, j), score in sorted(chosen.items(), key=lambda kv: (kv[0][1], -kv[1]))
    ]
    return links


def _one_to_one(
    a: list[Prepared],
    b: list[Prepared],
    ranked: list[tuple[float, float, int, int]],
    parts: Pairs,
    held: Passages,
    threshold: float,
) -> Pairs:
    """Greedy one-to-one links, best rank first, around the parts already found."""
    used_old = {i for i, j in parts if len(a[i].words) <= len(b[j].words)}
    used_new = {j for i, j in parts if len(a[i].words) > len(b[j].words)}
    chosen: Pairs = {}
    for _rank, score, i, j in ranked:
        if score < threshold or i in used_old or j in used_new:
            continue
        if not passage_free(a, b, i, j, held):
            continue  # a look-alike of a part already found in that whole
        used_old.add(i)
        used_new.add(j)
        chosen[(i, j)] = score
    return chosen


def _kept_place(links: Pairs, i: int, j: int) -> bool:
    return (i - 1, j - 1) in links or (i + 1, j + 1) in links


def similarity(old_text: str, new_text: str) -> float:
    """The score a link gets, 0 to 100 (for a link the user makes by hand)."""
    from rapidfuzz import fuzz

    return round(fuzz.ratio(normalise(old_text), normalise(new_text)), 1)


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
