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
from itertools import chain

from cybertrack.importers.blocks import Block
from cybertrack.importers.hyphens import SUSPENDED

# A text split at its words: [gap, word, gap, word, ..., gap] (a gap may be "").
_WORDS = re.compile(r"([^\W\d_]+)")
_MOST_PAIRS = 2
_HYPHENS = (" -", "- ")  # a hyphen a gap parted from its word
_SPACED_HYPHEN = " - "


class _Vocabulary:
    """The document's words, the rare pairs a space parts that make one of them, and how
    often each word stands alone (outside such a pair)."""

    def __init__(self, texts: list[str], split: list[list[str]]) -> None:
        # Case folded a text at a time: folding is letter by letter, so the words stay apart.
        folded = [
            "\x00".join(parts[1::2]).casefold().split("\x00") if len(parts) > 1 else []
            for parts in split
        ]
        self.words = Counter(chain.from_iterable(folded))
        self.compounds: set[str] = set()  # "secretary-general": hyphenated words of the text
        spots: list[tuple[int, int]] = []  # (block, word): a space then a word making a word
        self.to_mend: set[int] = set()  # the blocks where a word may be mended
        known = self.words
        for block, (text, parts, words) in enumerate(zip(texts, split, folded, strict=True)):
            gaps = parts[2:-1:2]
            spots += [
                (block, at)
                for at, (gap, a, b) in enumerate(zip(gaps, words, words[1:], strict=False))
                if gap == " " and a + b in known
            ]
            if "-" in text:
                for gap, a, b in zip(gaps, words, words[1:], strict=False):
                    if gap == "-":
                        self.compounds.add(f"{a}-{b}")
                    elif gap in _HYPHENS or gap == _SPACED_HYPHEN:
                        self.to_mend.add(block)
        self.pairs = Counter((folded[b][at], folded[b][at + 1]) for b, at in spots)
        joined = {
            (b, at + k)
            for b, at in spots
            if self.joinable(folded[b][at], folded[b][at + 1])
            for k in (0, 1)
        }
        self.to_mend.update(b for b, _ in joined)
        self.alone = self.words.copy()
        self.alone.subtract(folded[b][at] for b, at in joined)

    def joinable(self, a: str, b: str) -> bool:
        """A rare pair (only pairs that make a word of the document are counted)."""
        return 0 < self.pairs[(a, b)] <= _MOST_PAIRS

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


def _hyphen_cut(previous: str, gap: str, word: str, compounds: set[str]) -> bool:
    """A hyphen a gap parted from the word it joins: "Secretary -General", "State- driven"
    (not "police- Troop", two columns of a table side by side, nor a hanging "troop- and"),
    "Secretary - General" where the document has the compound whole."""
    if gap == " -":
        return not SUSPENDED.fullmatch(word)
    if gap == "- " and word[:1].islower() and not SUSPENDED.fullmatch(word):
        return True
    return gap in (_SPACED_HYPHEN, "- ") and f"{previous}-{word}".casefold() in compounds


def _mended(parts: list[str], vocabulary: _Vocabulary) -> str:
    """The text of `parts` (gap, word, gap, ...) with the cut words joined."""
    out = [parts[0]]
    for index in range(1, len(parts) - 1, 2):
        word, gap_before = parts[index], out[-1]
        previous = out[-2] if len(out) > 1 else ""
        if previous and gap_before == " " and vocabulary.whole(previous, word):
            out[-2:] = [previous + word]  # "inclu ding"; test the joined word again after
        elif previous and _hyphen_cut(previous, gap_before, word, vocabulary.compounds):
            out[-2:] = [f"{previous}-{word}"]
        else:
            out.append(word)
        out.append(parts[index + 1])
    return "".join(out)


def mend_split_words(blocks: list[Block]) -> list[Block]:
    """The blocks with each word a gap cut put together again."""
    split = [_WORDS.split(block.text) for block in blocks]
    vocabulary = _Vocabulary([block.text for block in blocks], split)
    mended = []
    for index, (block, parts) in enumerate(zip(blocks, split, strict=True)):
        text = _mended(parts, vocabulary) if index in vocabulary.to_mend else block.text
        mended.append(block if text == block.text else replace(block, text=text))
    return mended
