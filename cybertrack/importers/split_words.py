"""Words a text extraction cut in two: `pdftotext -layout` spreads a justified line's letters
and prints a gap inside a word ("inclu ding", "the s ubprogramme", "not m et", "Secretary
-General"), and the UN's own plain-text files carry the same gaps ("leg islation").

No dictionary decides: the document itself does. Two neighbouring pieces are one word when
that word stands whole elsewhere in the document, neither piece stands alone (each time it
appears, it joins a neighbour into a word of the document) or one never does and a piece is
a single letter, and the pair is rare (a justified gap falls at random; "per cent" repeats
and stays two words). "break down" and "as set" stay apart: "break", "down" and "as" stand
alone elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from cybertrack.importers.blocks import Block
from cybertrack.importers.hyphens import SUSPENDED

_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"[^\W\d_]+|\s+|.", re.DOTALL)  # words, gaps, any other character
_MOST_PAIRS = 2


def _is_word(token: str) -> bool:
    return _WORD.fullmatch(token) is not None


def _pair_at(tokens: list[str], at: int) -> tuple[str, str] | None:
    """The two words around a single space at `at`, folded; None if that is not the shape."""
    if 0 < at < len(tokens) - 1 and tokens[at] == " ":
        before, after = tokens[at - 1], tokens[at + 1]
        if _is_word(before) and _is_word(after):
            return before.casefold(), after.casefold()
    return None


class _Vocabulary:
    """The document's words, the pairs a single space parts, and the pieces never alone."""

    def __init__(self, tokenised: list[list[str]]) -> None:
        self.words: Counter[str] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()
        for tokens in tokenised:
            self.words.update(t.casefold() for t in tokens if _is_word(t))
            self.pairs.update(p for at in range(len(tokens)) if (p := _pair_at(tokens, at)))
        self.compounds = {  # "secretary-general": the hyphenated words the document has
            f"{tokens[at - 1]}-{tokens[at + 1]}".casefold()
            for tokens in tokenised
            for at in range(1, len(tokens) - 1)
            if tokens[at] == "-" and _is_word(tokens[at - 1]) and _is_word(tokens[at + 1])
        }
        self.alone: Counter[str] = Counter()  # a piece's appearances that join no neighbour
        for tokens in tokenised:
            for at, token in enumerate(tokens):
                if not _is_word(token):
                    continue
                left, right = _pair_at(tokens, at - 1), _pair_at(tokens, at + 1)
                if not (left and self.joinable(*left)) and not (right and self.joinable(*right)):
                    self.alone[token.casefold()] += 1

    def joinable(self, a: str, b: str) -> bool:
        return 0 < self.pairs[(a, b)] <= _MOST_PAIRS and self.words[a + b] > 0

    def whole(self, first: str, second: str) -> bool:
        a, b = first.casefold(), second.casefold()
        if not self.joinable(a, b):
            return False
        # Neither piece stands alone; or one never does and a piece is a letter ("a
        # ssistance", "system s"): "as set" stays apart though "asset" is a word of the
        # document and "set" appears only there.
        lone_a, lone_b = self.alone[a] == 0, self.alone[b] == 0
        letter = len(a) == 1 or len(b) == 1
        return (lone_a and lone_b) or (letter and (lone_a or lone_b))


def _mended(tokens: list[str], vocabulary: _Vocabulary) -> str:
    out: list[str] = []
    at = 0
    while at < len(tokens):
        ahead = tokens[at : at + 3]
        if out and _is_word(out[-1]) and len(ahead) == 3:
            if ahead[0] == " " and _is_word(ahead[1]) and vocabulary.whole(out[-1], ahead[1]):
                out[-1] += ahead[1]  # "inclu ding"; the piece before is still a word: test it
                at += 2
                continue
            hyphen = (ahead[0], ahead[1]) in ((" ", "-"), ("-", " "))
            if hyphen and _is_word(ahead[2]) and not SUSPENDED.fullmatch(ahead[2]):
                out[-1] += "-" + ahead[2]  # "Secretary -General", "State- driven"
                at += 3
                continue
        spaced = tokens[at : at + 4]
        if out and _is_word(out[-1]) and spaced[:3] == [" ", "-", " "] and len(spaced) == 4:
            compound = f"{out[-1]}-{spaced[3]}"
            if compound.casefold() in vocabulary.compounds:
                out[-1] = compound  # "Secretary - General", when it stands whole elsewhere
                at += 4
                continue
        out.append(tokens[at])
        at += 1
    return "".join(out)


def mend_split_words(blocks: list[Block]) -> list[Block]:
    """The blocks with each word a gap cut put together again."""
    tokenised = [_TOKEN.findall(block.text) for block in blocks]
    vocabulary = _Vocabulary(tokenised)
    mended = []
    for block, tokens in zip(blocks, tokenised, strict=True):
        text = _mended(tokens, vocabulary)
        mended.append(block if text == block.text else replace(block, text=text))
    return mended
