"""Search as you type within one document: the items' texts indexed in memory.

The workspace's full-text index (FTS5, storage/search.py) answers a search over the whole file;
within the document on screen the desk asks this index instead, so a keystroke costs the same
whether the file holds a thousand items or a million (a one- or two-letter prefix expands over
the whole FTS5 index: 0.2-1 s at a million items, whatever the document).

It finds what the FTS5 query finds: texts are read as SQLite's unicode61 tokenizer with
remove_diacritics 2 reads them (tests/unit/test_search_index.py compares the two on the real
documents in six languages), and a query means what `storage.search.fts_query` makes of it:
every word or "quoted phrase" must appear in a text the scope covers (a phrase within one
text), and a last bare word long enough is a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cybertrack.domain.search import (
    SearchScope,
    needs_scan,
    scan_match,
    scan_terms,
    search_terms,
)

# The texts of an item, in the order the FTS5 index holds them (storage/migrations.py, _v4).
COLUMNS = ("text", "note", "amendment", "rationale")
SCOPE_COLUMNS = {
    SearchScope.TEXT: (0,),
    SearchScope.OWN: (1, 2, 3),
    SearchScope.EVERYTHING: (0, 1, 2, 3),
}
# unicode61's token characters are letters and numbers (the underscore is not one).
_TOKEN = re.compile(r"[^\W_]+")
_FOLDED: dict[str, str] = {}


def _fold_char(char: str) -> str:
    """One character as unicode61 folds it: lower case; a Latin letter with diacritics becomes
    its ASCII letter (é -> e, ệ -> e; never Cyrillic й or Greek ά); a combining diacritic
    (U+0300-U+036F) is dropped, joining the letters around it."""
    folded = []
    for low in char.lower():
        parts = unicodedata.normalize("NFD", low)
        if "\u0300" <= low <= "\u036f":
            continue
        if (
            len(parts) > 1
            and parts[0].isascii()
            and all("\u0300" <= m <= "\u036f" for m in parts[1:])
        ):
            folded.append(parts[0])
        else:
            folded.append(low)
    return "".join(folded)


def fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    out = []
    for char in text:
        folded = _FOLDED.get(char)
        if folded is None:
            folded = _FOLDED[char] = _fold_char(char)
        out.append(folded)
    return "".join(out)


def tokens(text: str) -> list[str]:
    """The words of `text` as the FTS5 index holds them, in order."""
    return _TOKEN.findall(fold(text))


@dataclass(frozen=True)
class _Phrase:
    tokens: tuple[str, ...]
    prefix: bool  # the last token may be the start of a longer word


def _phrases(user_text: str, min_prefix: int) -> list[_Phrase] | None:
    """The query as phrases of tokens (a bare word is a phrase of the tokens it is read as);
    None when nothing is searchable. See storage.search.fts_query."""
    terms = search_terms(user_text)
    if not terms:
        return None
    phrases = []
    for number, term in enumerate(terms):
        last = number == len(terms) - 1
        prefix = last and not term.phrase and len(term.words[-1]) >= min_prefix
        phrases.append(_Phrase(tuple(t for w in term.words for t in tokens(w)), prefix))
    return phrases


class SearchIndex:
    """Items' texts (their own text, note, amendment, public reason) by item id."""

    def __init__(self) -> None:
        self._tokens: dict[int, tuple[list[str], ...]] = {}
        # One string per distinct word, shared by every item's token list: a document's index
        # holds a few thousand strings, not hundreds of thousands (freed at once when the
        # desk shows another document, they held its thread for 15-45 ms).
        self._words: dict[str, str] = {}
        # Per column: token -> the ids holding it, and the tokens sorted (for prefixes).
        self._postings: list[dict[str, set[int]]] = [{} for _ in COLUMNS]
        # The texts themselves, for a search in a script read by scanning (needs_scan).
        self._texts: dict[int, tuple[str, ...]] = {}
        self._sorted: list[list[str] | None] = [None for _ in COLUMNS]

    def __len__(self) -> int:
        return len(self._tokens)

    def __contains__(self, item_id: int) -> bool:
        return item_id in self._tokens

    def add(self, item_id: int, texts: Sequence[str]) -> None:
        """Index (or index again) an item's texts, in COLUMNS order."""
        self.remove(item_id)
        self._texts[item_id] = tuple(texts)
        shared = self._words.setdefault
        columns = tuple([shared(t, t) for t in tokens(text)] if text else [] for text in texts)
        self._tokens[item_id] = columns
        for column, words in enumerate(columns):
            if not words:
                continue
            postings = self._postings[column]
            for word in set(words):
                holders = postings.get(word)
                if holders is None:
                    postings[word] = {item_id}
                    self._sorted[column] = None
                else:
                    holders.add(item_id)

    def remove(self, item_id: int) -> None:
        self._texts.pop(item_id, None)
        columns = self._tokens.pop(item_id, None)
        if columns is None:
            return
        for column, words in enumerate(columns):
            postings = self._postings[column]
            for word in set(words):
                holders = postings[word]
                holders.discard(item_id)
                if not holders:
                    del postings[word]
                    self._sorted[column] = None

    def find(
        self, user_text: str, scope: SearchScope = SearchScope.EVERYTHING, min_prefix: int = 1
    ) -> set[int] | None:
        """Ids of the items that hold every word and "quoted phrase" of `user_text` in the texts
        `scope` covers; None means 'no filter' (nothing searchable was typed)."""
        if needs_scan(user_text):
            return self._scan(user_text, scope)
        phrases = _phrases(user_text, min_prefix)
        if phrases is None:
            return None
        found: set[int] | None = None
        for phrase in phrases:
            if not phrase.tokens:
                continue  # FTS5 ignores an empty phrase beside others...
            hits = self._phrase(phrase, SCOPE_COLUMNS[scope])
            found = hits if found is None else found & hits
            if not found:
                return set()
        return found if found is not None else set()  # ...and alone it matches nothing

    def _scan(self, user_text: str, scope: SearchScope) -> set[int] | None:
        found = scanned(user_text, self._texts.items(), scope)
        return None if found is None else set(found)

    def _phrase(self, phrase: _Phrase, columns: Iterable[int]) -> set[int]:
        hits: set[int] = set()
        for column in columns:
            hits |= self._in_column(phrase, column)
        return hits

    def _in_column(self, phrase: _Phrase, column: int) -> set[int]:
        words = phrase.tokens
        candidates: set[int] | None = None
        for position, word in enumerate(words):
            prefix = phrase.prefix and position == len(words) - 1
            holders = self._prefixed(word, column) if prefix else self._postings[column].get(word)
            if not holders:
                return set()
            candidates = set(holders) if candidates is None else candidates & holders
            if not candidates:
                return set()
        assert candidates is not None
        if len(words) == 1:
            return candidates
        return {i for i in candidates if _holds(self._tokens[i][column], words, phrase.prefix)}

    def _prefixed(self, start: str, column: int) -> set[int]:
        """Ids holding a word that starts with `start` in `column`."""
        vocabulary = self._sorted[column]
        if vocabulary is None:
            vocabulary = self._sorted[column] = sorted(self._postings[column])
        postings = self._postings[column]
        found: set[int] = set()
        at = bisect_left(vocabulary, start)
        while at < len(vocabulary) and vocabulary[at].startswith(start):
            found |= postings[vocabulary[at]]
            at += 1
        return found


def scanned(
    user_text: str, items: Iterable[tuple[int, Sequence[str]]], scope: SearchScope
) -> list[int] | None:
    """Ids of `items` (id, texts in COLUMNS order) holding each term of a search read by
    scanning (domain.search.needs_scan) in the texts `scope` covers, in the order given; None
    when nothing searchable was typed. The workspace and the desk's index both scan so."""
    terms = scan_terms(user_text)
    if not terms:
        return None
    columns = SCOPE_COLUMNS[scope]
    return [
        item_id
        for item_id, texts in items
        if scan_match(terms, "\n".join(texts[c] for c in columns))
    ]


def _holds(words: list[str], phrase: tuple[str, ...], prefix: bool) -> bool:
    """Whether `phrase` occurs in `words`, side by side and in order (its last word as a
    prefix if `prefix`)."""
    size = len(phrase)
    head, last = phrase[:-1], phrase[-1]
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size - 1]) != head:
            continue
        word = words[start + size - 1]
        if word == last or (prefix and word.startswith(last)):
            return True
    return False
