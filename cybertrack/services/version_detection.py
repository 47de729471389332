"""Which earlier document a newly imported one is a version of, from a short list of candidates.

Comparing a new document with every document in the workspace took seconds at 100,000 items
(minutes for a long one). Candidates are found through indexes instead: documents of the same
symbol (or its stem: A/AC.291/L.3 for A/AC.291/L.3/Rev.1) or the same title, and documents
holding a few of the new text's rarest phrases, looked up in the full-text index. Only those few
are linked item by item.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from cybertrack.compare.carry import carry_plan
from cybertrack.compare.linking import link_items
from cybertrack.domain.model import DocumentRow, ItemRow
from cybertrack.domain.search import SearchScope, Term
from cybertrack.storage import Store
from cybertrack.storage.search import near_query

# How many items of the new text are sampled, and how many words each sample has: words of at
# least MIN_LETTERS letters within WINDOW words of one another. Short words are left out: "the"
# or "of" is in nearly every item of a large workspace, and looking it up reads all of them
# (a million-item workspace took 60 ms more per import for the same answer).
SAMPLED_ITEMS = 12
PHRASE_WORDS = 4
MIN_LETTERS = 5
WINDOW = 8
# Documents holding one sampled phrase, at most (a boilerplate phrase is everywhere).
PER_PHRASE = 20
# At most this many candidates are linked item by item.
MAX_CANDIDATES = 4
_REVISION = re.compile(r"/(?:Rev|Corr|Amend)\.\d+$", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


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


def rare_phrases(items: list[ItemRow], count: int = SAMPLED_ITEMS) -> list[Term]:
    """From each of `count` items spread over the text, the PHRASE_WORDS longer words rarest in
    this text that stand within WINDOW words of one another, in their order (a version of the
    text holds them near one another again; other documents seldom do)."""
    words_of = [_WORD.findall(item.text.casefold()) for item in items]
    frequency = Counter(word for words in words_of for word in set(words))
    step = max(1, len(items) // count)
    phrases = []
    for words in words_of[::step][:count]:
        best: tuple[int, tuple[str, ...]] | None = None
        for start in range(max(1, len(words) - WINDOW + 1)):
            window = list(
                dict.fromkeys(w for w in words[start : start + WINDOW] if len(w) >= MIN_LETTERS)
            )
            if len(window) < PHRASE_WORDS:
                continue
            rarest = set(sorted(window, key=lambda w: frequency[w])[:PHRASE_WORDS])
            chosen = tuple(w for w in window if w in rarest)
            score = sum(frequency[w] for w in chosen)
            if best is None or score < best[0]:
                best = (score, chosen)
        if best is not None:
            phrases.append(Term(best[1]))
    return phrases


def candidates(store: Store, new: DocumentRow, items: list[ItemRow]) -> list[int]:
    """Ids of the documents worth linking with `new`, best first (never `new` itself)."""
    named = {d.id for d in store.documents.named(new.symbol, new.title)}
    if new.symbol:
        named |= store.documents.of_symbol_stem(symbol_stem(new.symbol))
    named.discard(new.id)
    hits: Counter[int] = Counter()
    phrases = rare_phrases(items)
    for term in phrases:
        query = near_query(term.words, WINDOW, SearchScope.TEXT)
        hits.update(store.documents.with_phrase(query, new.id, PER_PHRASE))
    enough = max(2, len(phrases) // 4)
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
