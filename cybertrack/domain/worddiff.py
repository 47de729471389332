"""Word-level differences between two texts, the way Word shows tracked changes.

One alignment serves the GUI redline, the tracked changes in exported papers and the comparison
of document versions, so all three always agree on what changed. Texts are compared as words
(white space is not content). Small edits show word by word; a sentence of which fewer than half
of the words survive becomes one deletion and one insertion, as Word's own compare does, since
struck and inserted words alternating through a rewritten sentence cannot be read. Sentences
added or dropped whole are plain insertions and deletions, whatever their length.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "delete", "insert"]
# difflib's opcode: tag ('equal', 'replace', 'delete', 'insert'), old range, new range.
Opcode = tuple[str, int, int, int, int]

LINE_BREAK = "\n"
# A word that closes a sentence or a clause of a list: ". ; ? !" in Latin, Cyrillic, Arabic and
# Chinese punctuation, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.;?!。；？！؛؟]['\"”’»)\]]*$")


@dataclass(frozen=True)
class Span:
    op: Op
    text: str


def align(old: Sequence[str], new: Sequence[str]) -> list[Opcode]:
    """Opcodes turning the tokens `old` into `new`, with every mostly rewritten sentence of
    `old` (and the words that replace it) merged into one 'replace'.

    Tokens are words; a LINE_BREAK token is content (a changed line break is a change) and
    ends a sentence."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    opcodes: list[Opcode] = list(matcher.get_opcodes())
    if not old or not new:
        return opcodes
    sentence = _sentence_numbers(old)
    result: list[Opcode] = []
    for group in _sentence_groups(_split_at_sentences(opcodes, sentence), sentence, len(old)):
        result.extend(_merge_rewritten(group, old, sentence))
    return _merge_equal(result)


def _sentence_numbers(tokens: Sequence[str]) -> list[int]:
    """The sentence each token belongs to; a line break is a sentence of its own."""
    numbers, current = [], 0
    for index, token in enumerate(tokens):
        if token == LINE_BREAK and index:
            current += 1
        numbers.append(current)
        if token == LINE_BREAK or _SENTENCE_END.search(token):
            current += 1
    return numbers


def _split_at_sentences(opcodes: list[Opcode], sentence: list[int]) -> list[Opcode]:
    """Equal runs cut where a sentence of the old text ends, so each lies in one sentence."""
    pieces: list[Opcode] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            pieces.append((tag, i1, i2, j1, j2))
            continue
        start = i1
        for i in range(i1 + 1, i2):
            if sentence[i] != sentence[i - 1]:
                pieces.append(("equal", start, i, j1 + start - i1, j1 + i - i1))
                start = i
        pieces.append(("equal", start, i2, j1 + start - i1, j2))
    return pieces


def _sentence_groups(pieces: list[Opcode], sentence: list[int], size: int) -> list[list[Opcode]]:
    """Consecutive pieces by sentence; a change across a sentence end joins the two."""
    groups: list[list[Opcode]] = []
    last_sentence = -1
    for piece in pieces:
        _, i1, i2, _, _ = piece
        if i1 < i2:
            low, high = sentence[i1], sentence[i2 - 1]
        else:  # an insertion belongs to the sentence it follows (or the first one)
            low = high = sentence[max(0, min(i1, size) - 1)]
        if groups and low <= last_sentence:
            groups[-1].append(piece)
        else:
            groups.append([piece])
        last_sentence = max(last_sentence, high)
    return groups


def _merge_rewritten(group: list[Opcode], old: Sequence[str], sentence: list[int]) -> list[Opcode]:
    """The group with each mostly rewritten sentence, and the changes that touch it, made one.

    A sentence is mostly rewritten when fewer than half its words survive and struck and
    inserted words alternate in it (two changes or more): one change, even a long deletion
    that keeps the sentence's last word, reads well as it is."""
    words: dict[int, int] = {}
    kept: dict[int, int] = {}
    changes: dict[int, int] = {}
    touching: dict[int, list[int]] = {}  # sentence -> the pieces that touch it
    for position, (tag, i1, i2, _, _) in enumerate(group):
        if i1 < i2:
            numbers = {sentence[index] for index in range(i1, i2)}
        else:  # an insertion belongs to the sentence it follows
            numbers = {sentence[max(0, min(i1, len(old)) - 1)]}
        for number in numbers:
            touching.setdefault(number, []).append(position)
            if tag != "equal":
                changes[number] = changes.get(number, 0) + 1
        for index in range(i1, i2):
            if old[index] != LINE_BREAK:
                words[sentence[index]] = words.get(sentence[index], 0) + 1
                if tag == "equal":
                    kept[sentence[index]] = kept.get(sentence[index], 0) + 1
    spans = sorted(
        (touching[number][0], touching[number][-1])
        for number in touching
        if changes.get(number, 0) >= 2 and kept.get(number, 0) * 2 < words.get(number, 0)
    )
    merged: list[tuple[int, int]] = []
    for first, last in spans:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    result: list[Opcode] = []
    done = 0
    for first, last in merged:
        result.extend(group[done:first])
        i1, i2, j1, j2 = group[first][1], group[last][2], group[first][3], group[last][4]
        tag = "replace" if i1 < i2 and j1 < j2 else ("delete" if i1 < i2 else "insert")
        result.append((tag, i1, i2, j1, j2))
        done = last + 1
    result.extend(group[done:])
    return result


def _merge_equal(opcodes: list[Opcode]) -> list[Opcode]:
    merged: list[Opcode] = []
    for opcode in opcodes:
        if merged and merged[-1][0] == opcode[0] == "equal":
            _, i1, _, j1, _ = merged[-1]
            merged[-1] = ("equal", i1, opcode[2], j1, opcode[4])
        else:
            merged.append(opcode)
    return merged


def word_diff(old: str, new: str) -> list[Span]:
    """Spans that turn `old` into `new`: equal runs, deletions, insertions (in reading order).

    A replaced run is a deletion followed by an insertion; changes with no kept word between
    them are one deletion and one insertion, so each changed run counts once."""
    a, b = old.split(), new.split()
    spans: list[Span] = []
    for tag, i1, i2, j1, j2 in align(a, b):
        if tag == "equal":
            _add(spans, "equal", b[j1:j2])
        else:
            _add(spans, "delete", a[i1:i2])
            _add(spans, "insert", b[j1:j2])
    return spans


def _add(spans: list[Span], op: Op, words: list[str]) -> None:
    if not words:
        return
    text = " ".join(words)
    if spans and spans[-1].op == op:
        spans[-1] = Span(op, spans[-1].text + " " + text)
    elif op == "delete" and spans and spans[-1].op == "insert":
        # Deletions go before insertions within one change (reading order of Word's redline).
        inserted = spans.pop()
        _add(spans, "delete", words)
        spans.append(inserted)
    else:
        spans.append(Span(op, text))


def old_text(spans: list[Span]) -> str:
    return " ".join(s.text for s in spans if s.op != "insert")


def new_text(spans: list[Span]) -> str:
    return " ".join(s.text for s in spans if s.op != "delete")


def changed(old: str, new: str) -> bool:
    """True when the words differ (white space alone is no change)."""
    return old.split() != new.split()
