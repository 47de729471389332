"""Merged and split paragraphs: the items that are parts of a longer item of the other version.

Found in order of how sure they are: word for word inside one longer item; then, for items still
without a link, by place and exact wording beside a sibling part, by (nearly) all their words
inside a longer item, and finally paired with an item in the same gap between two links.
Each part belongs to one whole, and each passage of a whole to one part.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from cybertrack.compare.candidates import Prepared, containment

# A left-over item whose words are this much inside another item was merged into it (or split).
CONTAINMENT = 0.8
PARTIAL = 75.0
# Between the same two neighbours in both versions, a paragraph that keeps most of its words
# (a short one reworded and given a qualifier) is the same paragraph at a lower similarity: its
# place is evidence too. Unrelated paragraphs score about 40 (99% below 49) and share few words.
IN_PLACE_THRESHOLD = 50.0
IN_PLACE_KEPT = 0.6
GAP = 8  # items per side of a gap compared in place (a longer gap is a rewrite, not a run)

Pairs = dict[tuple[int, int], float]
Passages = dict[tuple[bool, int], list[tuple[int, int]]]


def verbatim_parts(
    a: list[Prepared], b: list[Prepared], scored: list[tuple[float, float, int, int]]
) -> tuple[Pairs, Passages]:
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
    found: Pairs = {}
    held: Passages = defaultdict(list)
    for part_key, whole_key, span, i, j, score in occurrences:
        if wholes[part_key] > 1 or any(_overlap(span, other) for other in held[whole_key]):
            continue
        held[whole_key].append(span)
        found[(i, j)] = score
    return found, held


def _verbatim(part: Prepared, whole: Prepared) -> tuple[int, int] | None:
    """Where `part` sits word for word inside the (clearly longer) `whole`, if it does."""
    if len(part.words) < 5 or len(whole.words) < 1.3 * len(part.words):
        return None
    start = f" {whole.norm} ".find(f" {part.norm} ")
    return None if start < 0 else (start, start + len(part.norm))


def passage_free(
    a: list[Prepared],
    b: list[Prepared],
    i: int,
    j: int,
    held: Passages,
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
            if found is not None and _taken((found.dest_start, found.dest_end), spans):
                return False
    return True


def contained_parts(
    a: list[Prepared],
    b: list[Prepared],
    scored: list[tuple[float, float, int, int]],
    chosen: Pairs,
) -> Pairs:
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
    held: Passages = {}
    joined: set[tuple[bool, int]] = set()
    found: Pairs = {}
    for *_fit, old_is_part, i, j, score, span in fits:
        part, whole = ((True, i), (False, j)) if old_is_part else ((False, j), (True, i))
        if part in joined or whole in unchanged:
            continue
        if whole not in held:
            held[whole] = _spans(a, b, whole, partners.get(whole, []))
        if _taken(span, held[whole]):
            continue
        joined.add(part)
        held[whole].append(span)
        found[(i, j)] = score
    return found


def _spans(
    a: list[Prepared], b: list[Prepared], whole: tuple[bool, int], linked: list[int]
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


def _taken(span: tuple[int, int], held: list[tuple[int, int]]) -> bool:
    """Most of this passage is already another part's."""
    return any(_overlap(span, other) > (span[1] - span[0]) / 2 for other in held)


def edge_parts(a: list[Prepared], b: list[Prepared], chosen: Pairs) -> Pairs:
    """Parts too short to judge by their words ('Concealment:', 'Poland made recommendations.'):
    an item still without a link, beside an item linked to X, whose words are exactly how X
    begins (if it comes before its neighbour) or ends (if after), and which the neighbour lacks."""
    from rapidfuzz import fuzz

    to_new: dict[int, list[int]] = defaultdict(list)
    to_old: dict[int, list[int]] = defaultdict(list)
    for i, j in chosen:
        to_new[i].append(j)
        to_old[j].append(i)
    found: Pairs = {}
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


def _merged(old: Prepared, new: Prepared) -> tuple[float, float, tuple[int, int]] | None:
    """If (nearly) all the shorter text's words are inside the longer one (merged or split):
    their share, how closely they keep their order, and the passage of the longer they match."""
    from rapidfuzz import fuzz

    shorter, longer = (old, new) if len(old.words) <= len(new.words) else (new, old)
    if len(shorter.words) < 5 or len(longer.words) < 1.3 * len(shorter.words):
        return None
    contained = containment(shorter.words, longer.words)
    if contained < CONTAINMENT:
        return None
    # Words in the same order, not scattered through an unrelated long paragraph.
    found = fuzz.partial_ratio_alignment(shorter.norm, longer.norm)
    if found is None or found.score < PARTIAL:
        return None
    return contained, found.score, (found.dest_start, found.dest_end)


def in_place(a: list[Prepared], b: list[Prepared], chosen: Pairs) -> Pairs:
    """Items still without a link in the same gap between two consecutive links (or a document's
    edge), as a diff sees a replaced run: paired best first if similar enough for their place."""
    from rapidfuzz import fuzz

    linked_old = {i for i, _j in chosen}
    linked_new = {j for _i, j in chosen}
    anchors = [(-1, -1), *sorted(chosen), (len(a), len(b))]
    found: Pairs = {}
    for (i0, j0), (i1, j1) in pairwise(anchors):
        olds = [i for i in range(i0 + 1, i1) if i not in linked_old][:GAP]
        news = [j for j in range(j0 + 1, j1) if j not in linked_new][:GAP]
        pairs = []
        for i in olds:
            for j in news:
                score = fuzz.ratio(a[i].norm, b[j].norm)
                shorter, longer = sorted((a[i], b[j]), key=lambda p: len(p.words))
                kept = containment(shorter.words, longer.words)
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
