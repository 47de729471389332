"""Agreed language: the words, stems, shingles and shared phrases that precedent search uses.

Pure functions over text, the same for the index (storage) and the ranking (services):

- A text is cut into word tokens (letters and digits). Each keeps its place in the text, its
  verbatim form (case folded, accents kept) and a light stem: case and accents folded, one or
  two inflection endings of English, French or Spanish removed, cut to eight letters. So
  "States"/"State", "decides"/"decided"/"deciding", "derechos"/"derecho" and "égaux"/"égal"
  meet, while the text stays readable for the verbatim comparison.
- Shingles are runs of three stems, hashed to 63-bit integers that stay the same across runs
  and machines by simple tabulation: each stem has a random key for each of the three places
  (BLAKE2b of the stem, computed once per stem), and a shingle is the three keys XOR-ed, a
  hash family known to keep min-wise sampling (winnowing) sound, for a quarter of the cost of
  a digest per shingle. A library paragraph is indexed by a winnowed subset of them (the
  smallest hash in every window of four): any run of six or more shared words is then certain
  to share an indexed shingle, for 40% of the postings.
- A draft and a paragraph are compared by shared-phrase coverage: the share of the draft's
  words that lie in a run of three or more words the paragraph also holds (anywhere, so
  reordered clauses still count), and the same share of the paragraph's words.
- The phrases reported to the user are the runs of four or more words both hold verbatim.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

SHINGLE_WORDS = 3
WINDOW = 4  # hashes per winnowing window (`winnow` is written for four)
MIN_SHARED_WORDS = 4  # a phrase "shared verbatim" has at least this many words
FULL_INDEX_SHINGLES = 24  # paragraphs with no more shingles than this are indexed whole
WORD_WEIGHT = 0.5  # the share of the score given to single words (see `similarity`)
STEM_LENGTH = 8
SIZE_SCALE = 16  # see `index_entry`

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MASK = (1 << 63) - 1
# Inflection endings of English, French and Spanish, longest first, on folded words. "aux" is
# the French plural of "-al" (égaux/égal) and is rewritten, not cut.
_ENDINGS = ("ing", "ied", "ies", "ent", "ed", "es", "s", "e", "y", "a", "o", "x")
_MIN_STEM = 4


@dataclass(frozen=True)
class Token:
    """One word of a text: where it is, how it is written (folded case) and its stem."""

    word: str
    stem: str
    start: int
    end: int


@dataclass(frozen=True)
class SharedPhrase:
    """A run of words a draft and a paragraph both hold verbatim.

    `text` is the paragraph's wording (what a citation quotes); `start`/`end` locate it in the
    paragraph, `draft_start`/`draft_end` in the draft (what the desk marks as agreed)."""

    text: str
    start: int
    end: int
    draft_start: int
    draft_end: int
    words: int


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case without accents: 'États' -> 'etats'."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem shared by the inflected forms of a word in English, French and Spanish."""
    base = fold(word)
    for _ in range(2):
        if base.endswith("aux") and len(base) > _MIN_STEM:
            base = base[:-3] + "al"
            continue
        for ending in _ENDINGS:
            if (
                base.endswith(ending)
                and len(base) - len(ending) >= _MIN_STEM
                and not (ending == "s" and base.endswith("ss"))
            ):
                base = base[: -len(ending)]
                break
        else:
            break
    return base[:STEM_LENGTH]


@lru_cache(maxsize=200_000)
def _verbatim(word: str) -> str:
    return word.casefold()


def tokens(text: str) -> list[Token]:
    return [
        Token(_verbatim(m.group()), stem(m.group()), m.start(), m.end())
        for m in _WORD.finditer(text)
    ]


def stems(text: str) -> list[str]:
    """The stems of a text's words, in order (the fast path: no positions)."""
    return list(map(stem, _WORD.findall(text)))


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


@lru_cache(maxsize=200_000)
def _stem_keys(stem: str) -> tuple[int, int, int]:
    """A stem's random 63-bit key for each place of a shingle: BLAKE2b of the stem, so the
    same on every machine and run."""
    digest = hashlib.blake2b(stem.encode(), digest_size=24).digest()
    first, second, third = struct.unpack(">3Q", digest)
    return first & _MASK, second & _MASK, third & _MASK


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[int, int, int]:
    """The keys of a word's stem (indexing reads words straight to keys)."""
    return _stem_keys(stem(word))


def _tabulated(keys: Sequence[tuple[int, int, int]]) -> list[int]:
    return [a[0] ^ b[1] ^ c[2] for a, b, c in zip(keys, keys[1:], keys[2:], strict=False)]


def shingles(stems: Sequence[str]) -> list[int]:
    """The hashes of every run of SHINGLE_WORDS (three) stems, in text order, repeats kept."""
    return _tabulated(list(map(_stem_keys, stems)))


def winnow(hashes: Sequence[int]) -> set[int]:
    """The smallest hash of every window of four consecutive hashes: the smallest of each
    pair, then of each two pairs two apart (no tuple per window)."""
    if len(hashes) <= WINDOW:
        return {min(hashes)} if hashes else set()
    pairs = list(map(min, hashes, hashes[1:]))
    return set(map(min, pairs, pairs[2:]))


def fingerprints(text: str) -> set[int]:
    """What the index stores for a paragraph: every shingle of a short one (a paraphrase of
    a short paragraph may keep only one or two of them), a winnowed subset of a long one."""
    return index_entry(text)[0]


def index_entry(text: str) -> tuple[set[int], int]:
    """A paragraph's fingerprints and its size as candidates are ranked by it.

    Candidates are ranked by votes^2 / size, a cosine of the draft's and the paragraph's
    shingles without the draft's constant. A winnowed paragraph is indexed by about 40% of its
    shingles and a short one by all: its votes come from that share, so its size is its
    indexed count times that share (indexed^2 / shingles), or a short paragraph indexed whole
    would outvote the longer source it was copied from. Scaled by SIZE_SCALE to stay an
    integer."""
    hashes = _tabulated(list(map(_word_keys, _WORD.findall(text))))
    distinct = set(hashes)
    indexed = distinct if len(hashes) <= FULL_INDEX_SHINGLES else winnow(hashes)
    if not indexed:
        return indexed, 0
    return indexed, max(1, round(SIZE_SCALE * len(indexed) ** 2 / len(distinct)))


def query_shingles(stems: Sequence[str]) -> list[int]:
    """Every distinct shingle of a draft, in order of first appearance."""
    return list(dict.fromkeys(shingles(stems)))


def _runs(seq: Sequence[str], size: int) -> list[tuple[str, ...]]:
    return list(zip(*(seq[i:] for i in range(size)), strict=False))


def _covered(hits: Iterable[bool], size: int) -> int:
    """How many positions lie in a run of `size` that holds (`hits`: for each run, in order).

    A hit at run i covers positions i..i+size-1: the hits are one byte each (0 or 1) of an
    integer, OR-ed with itself shifted by a byte per covered position, so that its count of set
    bits is the count of covered positions (no Python loop per word)."""
    found = int.from_bytes(bytes(hits), "little")
    covered = found
    for shift in range(1, size):
        covered |= found << (8 * shift)
    return covered.bit_count()


class Draft:
    """A draft's stems with what every comparison needs of them, computed once per search."""

    def __init__(self, stems: Sequence[str]) -> None:
        self.stems = list(stems)
        self.words = set(self.stems)
        self._runs: dict[int, tuple[list[tuple[str, ...]], set[tuple[str, ...]]]] = {}

    def runs(self, size: int) -> tuple[list[tuple[str, ...]], set[tuple[str, ...]]]:
        """The draft's runs of `size` stems, in order and as a set."""
        if size not in self._runs:
            runs = _runs(self.stems, size)
            self._runs[size] = runs, set(runs)
        return self._runs[size]

    def coverage(self, paragraph: Sequence[str]) -> tuple[float, float]:
        """(share of the draft's stems, share of the paragraph's stems) in shared runs of
        three (of the whole draft when it is shorter than three words)."""
        if not self.stems or not paragraph:
            return 0.0, 0.0
        size = min(SHINGLE_WORDS, len(self.stems), len(paragraph))
        draft_runs, draft_set = self.runs(size)
        paragraph_runs = _runs(paragraph, size)
        in_draft = _covered(map(set(paragraph_runs).__contains__, draft_runs), size)
        if not in_draft:
            return 0.0, 0.0
        in_paragraph = _covered(map(draft_set.__contains__, paragraph_runs), size)
        return in_draft / len(self.stems), in_paragraph / len(paragraph)

    def similarity(self, paragraph: Sequence[str]) -> float:
        """How much of the draft the paragraph holds, tempered by how much else it says (a
        longer paragraph that merely contains the draft ranks below the one the draft was
        drawn from).

        Half phrases: the coverage by shared runs of three words. Half words: the share of
        the draft's distinct words the paragraph holds anywhere, so that the word that tells
        two formulaic paragraphs apart ("Reaffirming" or "Underlining" the same thing, "table
        16.4" or "table 16.20") still counts when the draft's edits cut it off from its phrase.
        (Measured on the quality set and on a library of near-duplicates: more weight on
        phrases loses the near-duplicates, more on words the paraphrases with reordered
        clauses.)"""
        draft_share, paragraph_share = self.coverage(paragraph)
        if not draft_share:
            return 0.0
        paragraph_words = set(paragraph)
        common = len(self.words & paragraph_words)
        words = (common / len(self.words)) * (0.5 + 0.5 * common / len(paragraph_words))
        phrases = draft_share * (0.5 + 0.5 * paragraph_share)
        return (1 - WORD_WEIGHT) * phrases + WORD_WEIGHT * words


def coverage(draft: Sequence[str], paragraph: Sequence[str]) -> tuple[float, float]:
    return Draft(draft).coverage(paragraph)


def similarity(draft: Sequence[str], paragraph: Sequence[str]) -> float:
    """See `Draft.similarity`."""
    return Draft(draft).similarity(paragraph)


def shared_phrases(
    draft_tokens: Sequence[Token],
    paragraph_text: str,
    paragraph_tokens: Sequence[Token],
    min_words: int = MIN_SHARED_WORDS,
) -> list[SharedPhrase]:
    """The longest runs of at least `min_words` words both texts hold verbatim (case aside),
    in the draft's order; each draft word belongs to at most one phrase."""
    if len(draft_tokens) < min_words or len(paragraph_tokens) < min_words:
        return []
    words = [t.word for t in paragraph_tokens]
    starts: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(words) - min_words + 1):
        starts.setdefault(tuple(words[j : j + min_words]), []).append(j)
    found: list[SharedPhrase] = []
    i = 0
    while i <= len(draft_tokens) - min_words:
        key = tuple(t.word for t in draft_tokens[i : i + min_words])
        best_j, best_length = -1, 0
        for j in starts.get(key, ()):
            length = min_words
            while (
                i + length < len(draft_tokens)
                and j + length < len(words)
                and draft_tokens[i + length].word == words[j + length]
            ):
                length += 1
            if length > best_length:
                best_j, best_length = j, length
        if best_length:
            first, last = paragraph_tokens[best_j], paragraph_tokens[best_j + best_length - 1]
            found.append(
                SharedPhrase(
                    text=paragraph_text[first.start : last.end],
                    start=first.start,
                    end=last.end,
                    draft_start=draft_tokens[i].start,
                    draft_end=draft_tokens[i + best_length - 1].end,
                    words=best_length,
                )
            )
            i += best_length
        else:
            i += 1
    return found


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching character spans joined, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
