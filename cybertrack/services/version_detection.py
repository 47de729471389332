"""Which earlier document a newly imported one is a version of, from a short list of candidates.

Comparing a new document with every document in the workspace took seconds at 100,000 items
(minutes for a long one). Candidates are found through indexes instead: documents of the same
symbol (or its stem: A/AC.291/L.3 for A/AC.291/L.3/Rev.1) or the same title, and documents
holding the rare word shingles of a few items spread over the new text, looked up in the
precedent index (domain/precedent.py: runs of three word stems). Only those few are linked item
by item.

The precedent index rather than the full-text one: a shingle's paragraphs are one seek however
large the workspace, while a full-text look for a few words reads every entry of each word (a
million-item workspace took 9 ms more per import, on an index of eight segments). The new
document itself may not be indexed yet (it is, just after its import): it is left out anyway.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from cybertrack.compare.carry import carry_plan
from cybertrack.compare.linking import link_items
from cybertrack.domain.model import DocumentRow, ItemRow
from cybertrack.domain.precedent import fingerprints
from cybertrack.storage import Store

# How many items of the new text are sampled; a sample's shingles are looked up rarest first,
# until their paragraphs would pass SAMPLE_POSTINGS: boilerplate ("in accordance with the") is
# left out, and the cost stays bounded, while a text kept in many versions is still found.
SAMPLED_ITEMS = 12
SAMPLE_POSTINGS = 400
# The paragraphs fetched for one sample, at most (those holding most of its rare shingles);
# one counts if it holds at least this share of the sample's shingles (a paragraph kept or
# reworded in a new version holds most of them, another text's a phrase or two).
PER_SAMPLE = 20
SHARED = 0.5
# At most this many candidates are linked item by item.
MAX_CANDIDATES = 4
_REVISION = re.compile(r"/(?:Rev|Corr|Amend)\.\d+$", re.IGNORECASE)


@dataclass(frozen=True)
class VersionMatch:
    """`new` is a version of `old`: `positions` of our positions there could be carried over,
    `changed` of them onto a text that changed since."""

    old: DocumentRow
    new: DocumentRow
    positions: int
    changed: int


def symbol_stem(symbol: str) -> str:
    """A/AC.291/L.3/Rev.1/Corr.1 -> A/AC.291/L.3."""
    previous = None
    while previous != symbol:
        previous, symbol = symbol, _REVISION.sub("", symbol)
    return symbol


def samples(items: list[ItemRow], count: int = SAMPLED_ITEMS) -> list[set[int]]:
    """The shingles indexed for `count` items spread over the text (items too short to hold
    one are passed over)."""
    step = max(1, len(items) // count)
    found = (fingerprints(item.text) for item in items[::step][:count])
    return [shingles for shingles in found if shingles]


def _rarest(shingles: set[int], holders: dict[int, int]) -> list[tuple[int, float]]:
    """A sample's shingles that some paragraph holds, rarest first, within SAMPLE_POSTINGS."""
    rare: list[tuple[int, float]] = []
    budget = SAMPLE_POSTINGS
    for shingle in sorted(shingles & holders.keys(), key=lambda s: (holders[s], s)):
        budget -= holders[shingle]
        if budget < 0:
            break
        rare.append((shingle, 1.0))
    return rare


def candidates(store: Store, new: DocumentRow, items: list[ItemRow]) -> list[int]:
    """Ids of the documents worth linking with `new`, best first (never `new` itself)."""
    named = {d.id for d in store.documents.named(new.symbol, new.title)}
    if new.symbol:
        named |= store.documents.of_symbol_stem(symbol_stem(new.symbol))
    named.discard(new.id)
    sampled = samples(items)
    holders = store.precedents.counts(sorted(set().union(*sampled)))
    hits: Counter[int] = Counter()
    looked = 0
    for shingles in sampled:
        rare = _rarest(shingles, holders)
        if rare:
            looked += 1
            votes = store.precedents.candidate_votes(rare, PER_SAMPLE)
            alike = [item for item, held in votes if held >= SHARED * len(shingles)]
            hits.update(store.documents.of_items(alike) - {new.id})
    enough = max(2, looked // 4)
    by_text = [d for d, n in hits.most_common() if n >= enough and d not in named]
    ranked = sorted(named, key=lambda d: -hits[d]) + by_text
    return ranked[:MAX_CANDIDATES]


def version_match(store: Store, document_id: int, share: float = 0.5) -> VersionMatch | None:
    """The earlier document with positions that most of this one's items link to, if any.

    Links are computed, not stored: the carry-over review stores them when the delegate opens it.
    """
    new = store.documents.get(document_id)
    if new is None:
        return None
    items = store.items.of_document(document_id)
    best: tuple[int, VersionMatch] | None = None
    for candidate in candidates(store, new, items):
        old = store.documents.get(candidate)
        if old is None or not old.decided_count:
            continue
        old_items = store.items.of_document(candidate)
        links = link_items(old_items, items)
        linked = len({link.to_item_id for link in links})
        if linked < share * max(len(items), 1) or (best is not None and linked <= best[0]):
            continue
        plan = carry_plan(old_items, items, links)
        if plan:
            match = VersionMatch(old, new, len(plan), sum(p.text_changed for p in plan))
            best = (linked, match)
    return best[1] if best else None


def find_version(path: str, document_id: int) -> tuple[VersionMatch | None, list[DocumentRow]]:
    """Run in a worker process: the version `document_id` revises (if any), and the workspace's
    documents as they are now (so the window need not read them again). Opens the workspace
    read-only through its own connection."""
    from pathlib import Path

    from cybertrack.services.workspace import Workspace

    with Workspace.open_reader(Path(path)) as reader:
        match = reader.comparison.version_match(document_id)
        return match, reader.documents()
