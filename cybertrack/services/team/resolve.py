"""Which local items a paragraph identity is: exact, by number and text, by a confirmed link.

1. A local document with the same fingerprint: the item with the same number and text key.
2. No such document (the same text arrived in another form, and one importer read a heading
   into a paragraph, say): the one local document holding most of the pack's paragraphs of
   that document by number and text key; ties are not guessed.
3. A link the user confirmed (the compare and link flow) ties any identity to an item.

What matches nothing stays unresolved, with candidate items scored by the comparison's own
linking (compare/linking.py), for the user to confirm. Nothing is placed on a guess.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cybertrack.compare.linking import link_items
from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.model import ItemRow
from cybertrack.domain.units import Unit
from cybertrack.storage import Store
from cybertrack.storage.team import LocalItem

EXACT, NUMBER_AND_TEXT, LINKED = "exact", "number-and-text", "linked"
CANDIDATE, REJECTED = "candidate", "rejected"


@dataclass(frozen=True)
class Candidate:
    item_id: int
    number: str
    document_id: int
    score: float

    @property
    def reference(self) -> str:
        """DOCUMENT_ID:NUMBER, as the command line names items."""
        return f"{self.document_id}:{self.number}"


@dataclass
class Resolution:
    items: dict[ParagraphKey, list[int]] = field(default_factory=dict)
    how: dict[ParagraphKey, str] = field(default_factory=dict)
    candidates: dict[ParagraphKey, list[Candidate]] = field(default_factory=dict)
    local: dict[int, LocalItem] = field(default_factory=dict)

    def resolved(self, key: ParagraphKey) -> list[int]:
        return self.items.get(key, [])


def resolve(
    store: Store,
    keys: Iterable[ParagraphKey],
    texts: Mapping[ParagraphKey, str] | None = None,
    samples: Mapping[str, Iterable[tuple[str, str]]] | None = None,
    with_candidates: bool = True,
) -> Resolution:
    """Local items of each identity in `keys`; `texts` (the paragraphs' texts, for candidates)
    and `samples` (a few paragraphs of each document, to recognise it) come with a pack."""
    keys = set(keys)
    result = Resolution()
    by_document: dict[str, set[ParagraphKey]] = defaultdict(set)
    for key in keys:
        by_document[key.document].add(key)
    present = set(store.team.documents_of_fingerprints(by_document))
    samples = samples or {}
    evidence: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for document, group in by_document.items():
        if document not in present:
            evidence[document] = {(k.number, k.text) for k in group}
            evidence[document].update(samples.get(document, ()))
    wanted = {k.text for k in keys} | {k for e in evidence.values() for _n, k in e}
    local = store.team.items_with_text_keys(wanted, with_text=False)
    result.local.update({item.id: item for item in local})
    index: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    in_document: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for item in local:
        index[(item.doc_key, item.number, item.text_key)].append(item.id)
        in_document[(item.document_id, item.number, item.text_key)].append(item.id)

    targets: dict[str, int | None] = {}
    for document, group in by_document.items():
        if document in present:
            for key in group:
                found = index.get((key.document, key.number, key.text))
                if found:
                    result.items[key], result.how[key] = sorted(found), EXACT
            continue
        targets[document] = target = _best_document(evidence[document], local)
        for key in group:
            found = in_document.get((target, key.number, key.text)) if target is not None else None
            if found:
                result.items[key], result.how[key] = sorted(found), NUMBER_AND_TEXT

    rejected: set[tuple[ParagraphKey, int]] = set()
    offered: dict[ParagraphKey, list[tuple[int, float]]] = defaultdict(list)
    for tie in store.team.maps():
        if tie.key not in keys:
            continue
        if tie.how == CANDIDATE:
            offered[tie.key].append((tie.item_id, tie.score))
        elif tie.how == REJECTED:
            rejected.add((tie.key, tie.item_id))
        elif tie.how == LINKED and tie.key not in result.items:
            result.items[tie.key], result.how[tie.key] = [tie.item_id], LINKED
        elif tie.how == LINKED:
            result.items[tie.key] = sorted({*result.items[tie.key], tie.item_id})
    if with_candidates:
        _offer(store, keys, texts or {}, result, present, targets, rejected)
        _remembered(store, result, offered)
    return result


def _remembered(
    store: Store, result: Resolution, offered: dict[ParagraphKey, list[tuple[int, float]]]
) -> None:
    """Candidates an earlier merge offered (kept in team_map), for paragraphs still unresolved."""
    wanted = {k: ties for k, ties in offered.items() if k not in result.items}
    ids = sorted({item_id for ties in wanted.values() for item_id, _score in ties})
    labels = {i.id: i for i in store.items.by_ids(ids)}
    for key, ties in wanted.items():
        known = {c.item_id for c in result.candidates.get(key, [])}
        for item_id, score in sorted(ties, key=lambda t: -t[1]):
            item = labels.get(item_id)
            if item is not None and item_id not in known:
                found = Candidate(item_id, item.number, item.document_id, score)
                result.candidates.setdefault(key, []).append(found)


def _best_document(wanted: set[tuple[str, str]], items: list[LocalItem]) -> int | None:
    """The one local document holding most of the `wanted` (number, text key) pairs, and at
    least half of them (None: none, or no clear one)."""
    counts = Counter(i.document_id for i in items if (i.number, i.text_key) in wanted)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] * 2 < len(wanted):
        return None
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _offer(
    store: Store,
    keys: set[ParagraphKey],
    texts: Mapping[ParagraphKey, str],
    result: Resolution,
    present: set[str],
    targets: Mapping[str, int | None],
    rejected: set[tuple[ParagraphKey, int]],
) -> None:
    """Candidates for each unresolved paragraph, from the document(s) it most likely is in."""
    unresolved = [k for k in keys if k not in result.items and k in texts]
    if not unresolved:
        return
    documents: dict[str, set[int]] = defaultdict(set)
    for item in result.local.values():
        if item.doc_key in present:
            documents[item.doc_key].add(item.document_id)
    missing = {k.document for k in unresolved if k.document in present} - set(documents)
    if missing:
        for item in store.team.items_of_fingerprints(missing):
            documents[item.doc_key].add(item.document_id)
    for document, target in targets.items():
        if target is not None:
            documents[document].add(target)
    groups: dict[frozenset[int], list[ParagraphKey]] = defaultdict(list)
    for key in unresolved:
        if documents.get(key.document):
            groups[frozenset(documents[key.document])].append(key)
    for document_ids, group in groups.items():
        local = store.team.items_of_documents(document_ids)
        result.local.update({item.id: item for item in local})
        old = [_as_row(-(n + 1), key.number, texts[key]) for n, key in enumerate(group)]
        new = [_as_row(i.id, i.number, i.text, i.document_id) for i in local]
        by_id = {item.id: item for item in local}
        for link in link_items(old, new):
            key = group[-link.from_item_id - 1]
            if (key, link.to_item_id) in rejected:
                continue
            item = by_id[link.to_item_id]
            result.candidates.setdefault(key, []).append(
                Candidate(item.id, item.number, item.document_id, link.score)
            )


def _as_row(item_id: int, number: str, text: str, document_id: int = 0) -> ItemRow:
    return ItemRow(
        item_id, document_id, number, number, Unit.PARAGRAPH, None, text, None, "", "", 0
    )
