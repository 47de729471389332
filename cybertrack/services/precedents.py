"""Precedent search: the paragraphs of the library and of every imported document closest to a
draft wording, ranked, each with the phrases it shares verbatim with the draft.

Two stages (see domain/precedent.py for the text side):
1. Candidates: the draft's shingles are looked up in the index's counts; the rarest ones (up to
   a budget of postings) vote for the paragraphs holding them, weighted by rarity, in one SQL
   query. A draft whose shingles are all common falls back to the paragraphs most recently
   added that hold its least common ones; a two-word draft to a phrase search.
2. Ranking: each candidate is compared with the draft by shared-phrase coverage; equal scores
   (the same text in several documents) put the adopted, latest document first.

The search only reads. `PrecedentReader` opens a read-only connection of its own so the desk
can search on a worker thread while the GUI thread keeps the workspace's connection.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path

from cybertrack.domain.errors import BadValue, CyberTrackError
from cybertrack.domain.library import CitedParagraph, Precedent
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.precedent import (
    SHINGLE_WORDS,
    Draft,
    Token,
    query_shingles,
    shared_phrases,
    tokens,
)
from cybertrack.domain.precedent import stems as stems_of
from cybertrack.storage import Store
from cybertrack.storage.precedents import PrecedentIndex

# Paragraphs compared word by word with the draft (more if more are asked): enough to hold the
# source among a paragraph's near-copies in a large library (measured on a million, 150
# queries: the source within the first 80 by votes for 148, first after comparison for 91%).
CANDIDATES = 80
MAX_HOLDERS = 5_000  # a shingle held by more paragraphs says little about any of them
POSTING_BUDGET = 20_000  # postings read per search, rarest shingles first (40,000 found no more)
COMMON_FALLBACK = 3  # shingles whose latest holders stand in when every shingle is common
MAX_DRAFT_WORDS = 1000  # a longer paste (a whole treaty article or more) is searched by its start


def _fts_phrase(words: Sequence[Token]) -> str:
    return '"' + " ".join(t.word.replace('"', "") for t in words) + '"'


class PrecedentSearch:
    def __init__(self, index: PrecedentIndex) -> None:
        self._index = index

    def search(
        self, text: str, limit: int = 10, *, exclude: Collection[int] = ()
    ) -> list[Precedent]:
        """The `limit` paragraphs closest to `text`, best first (`exclude`: item ids to leave
        out, such as the paragraph being amended). BadValue for fewer than two words."""
        draft = tokens(text)[:MAX_DRAFT_WORDS]
        if len(draft) < 2:
            raise BadValue(Code.PRECEDENT_TOO_SHORT)
        draft_stems = [t.stem for t in draft]
        profile = Draft(draft_stems)
        wanted = max(CANDIDATES, limit + CANDIDATES // 4)
        ids = [i for i in self._candidates(draft, draft_stems, wanted) if i not in exclude]
        scores = {
            item_id: score
            for item_id, text in self._index.texts(ids)
            if (score := profile.similarity(stems_of(text))) > 0
        }
        if not scores or limit < 1:
            return []
        # Only the paragraphs that score as well as the `limit`-th best can be in the result
        # (equal scores are ordered by their documents): only theirs are read in full.
        cut = sorted((round(s, 9) for s in scores.values()), reverse=True)[:limit][-1]
        finalists = self._index.paragraphs([i for i, s in scores.items() if round(s, 9) >= cut])
        finalists.sort(key=lambda f: -f[0].item_id)
        finalists.sort(key=lambda f: f[1] or "", reverse=True)  # latest first
        finalists.sort(key=lambda f: (-round(scores[f[0].item_id], 9), not f[0].adopted))
        return [
            Precedent(
                paragraph,
                round(scores[paragraph.item_id], 4),
                tuple(shared_phrases(draft, paragraph.text, tokens(paragraph.text))),
                doc_date,
            )
            for paragraph, doc_date in finalists[:limit]
        ]

    def _candidates(self, draft: Sequence[Token], stems: Sequence[str], wanted: int) -> list[int]:
        if len(stems) < SHINGLE_WORDS:
            return self._index.phrase_latest(_fts_phrase(draft), wanted)
        counts = self._index.counts(query_shingles(stems))
        if not counts:
            return []
        size = max(self._index.size(), 1)
        weighted: list[tuple[int, float]] = []
        budget = POSTING_BUDGET
        for shingle, holders in sorted(counts.items(), key=lambda kv: kv[1]):
            if holders > MAX_HOLDERS or holders > budget:
                break
            weighted.append((shingle, math.log(1 + size / holders)))
            budget -= holders
        if weighted:
            return self._index.candidates(weighted, wanted)
        # Only common shingles (a short, generic draft): their most recent holders.
        votes: Counter[int] = Counter()
        for shingle, _ in sorted(counts.items(), key=lambda kv: kv[1])[:COMMON_FALLBACK]:
            votes.update(self._index.latest_holding(shingle, POSTING_BUDGET // COMMON_FALLBACK))
        return [item_id for item_id, _ in votes.most_common(wanted)]


class PrecedentReader:
    """Precedent search over its own read-only connection to a workspace file (one thread)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._store = Store.open_read_only(self.path)
        self.search = PrecedentSearch(self._store.precedents).search

    def citations(self, item_id: int) -> list[CitedParagraph]:
        return self._store.citations.of_items([item_id]).get(item_id, [])

    def close(self) -> None:
        self._store.close()


# In a worker process (gui/process_jobs.py): the reader of the last file searched, kept open for
# the next search (a new connection and its first reads cost more than most searches).
_worker_reader: PrecedentReader | None = None


def search_in_worker(
    path: str, text: str, limit: int, exclude: tuple[int, ...]
) -> list[Precedent] | Message:
    """Run in a worker process: precedent for `text` in the workspace file at `path`, or the
    message that says why there is none (a one-word draft, a file that cannot be read)."""
    global _worker_reader
    try:
        if _worker_reader is None or _worker_reader.path != Path(path):
            if _worker_reader is not None:
                _worker_reader.close()
            _worker_reader = None
            _worker_reader = PrecedentReader(Path(path))
        return _worker_reader.search(text, limit, exclude=exclude)
    except CyberTrackError as exc:
        return exc.message
    except Exception as exc:  # a worker reports; it never dies silently
        return Message(Code.WORKSPACE_NOT_READABLE, path=path, reason=str(exc))
