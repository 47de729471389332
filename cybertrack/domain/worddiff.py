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
# A token: a word (with the marks inside it: "co-operation", "1,000", "A/RES/77/107"), a
# punctuation mark or a line break. A comma or stop is a token of its own, as in Word's
# compare: "condition" -> "condition, disability" inserts ", disability", not a new word.
# Chinese and Japanese write no spaces: each character is a token, as Word compares them
# (a run of them as one word struck a whole clause for one changed word).
_CJK = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# A word's letters with the marks set on them: Arabic vowels ("أحرارًا"), Hebrew points,
# Latin accents typed apart. Python's \w leaves combining marks out.
_MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_WORD = rf"(?:(?!{_CJK})[\w{_MARKS}])+"
_TOKEN = re.compile(rf"\n|{_CJK}|{_WORD}(?:[-'’.,/:]{_WORD})*|[^\w\s]")


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
    """Spans that turn `old` into `new`, white space aside: both texts with their words one
    space apart, then `revisions`. Joined, the spans give each text back."""
    return revisions(" ".join(old.split()), " ".join(new.split()))


class _Text:
    """A text as tokens (words, punctuation marks, line breaks) and the white space before
    each token."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(_TOKEN.finditer(text))
        self.tokens = [m.group() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        edges = [0, *self.ends]
        self.gaps = [text[edges[i] : self.starts[i]] for i in range(len(matches))]
        self.gaps.append(text[edges[-1] :])  # after the last token
        self.emitted = -1  # the last gap written out

    def span(self, first: int, last: int) -> str:
        """Tokens first..last-1 with the white space inside them."""
        return self.text[self.starts[first] : self.ends[last - 1]] if first < last else ""

    def gap(self, index: int) -> str | None:
        """The white space before token `index`, once: None when already written."""
        if index <= self.emitted:
            return None
        self.emitted = index
        return self.gaps[index]


def revisions(original: str, proposed: str) -> list[Span]:
    """The runs of a tracked change turning `original` into `proposed`, every character of
    both kept: line breaks are tokens (a changed line break is a change), and the white space
    between tokens goes with its side, so accepting every change gives exactly `proposed` and
    rejecting every change gives exactly `original`."""
    old, new = _Text(original), _Text(proposed)
    runs: list[Span] = []

    def gap(i: int, j: int) -> None:
        before, after = old.gap(i), new.gap(j)
        if before is not None and before == after:
            runs.append(Span("equal", before))
            return
        runs.append(Span("delete", before or ""))
        runs.append(Span("insert", after or ""))

    for tag, i1, i2, j1, j2 in align(old.tokens, new.tokens):
        gap(i1, j1)
        if tag == "equal":
            for k in range(i2 - i1):
                if k:
                    gap(i1 + k, j1 + k)
                runs.append(Span("equal", old.tokens[i1 + k]))
            continue
        runs.append(Span("delete", old.span(i1, i2)))
        runs.append(Span("insert", new.span(j1, j2)))
        old.emitted = max(old.emitted, i2 - 1)  # the gaps inside the spans are written
        new.emitted = max(new.emitted, j2 - 1)
    gap(len(old.tokens), len(new.tokens))
    return _tidy(runs)


def _tidy(runs: list[Span]) -> list[Span]:
    """Drop empty runs and join neighbours: between two kept runs, one deletion then one
    insertion (the order Word shows a replacement in)."""
    result: list[Span] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        removed, added = "".join(deleted), "".join(inserted)
        deleted.clear()
        inserted.clear()
        kept = ""
        # A space typed on one side only, and ending the other side's change ("use~~, the
        # Convention and~~ the"): kept after the change, not shown as a change of its own.
        if added and not added.strip() and removed.endswith(added) and removed != added:
            removed, added, kept = removed[: -len(added)], "", added
        elif removed and not removed.strip() and added.endswith(removed) and added != removed:
            removed, added, kept = "", added[: -len(removed)], removed
        if removed:
            result.append(Span("delete", removed))
        if added:
            result.append(Span("insert", added))
        if kept:
            equal(kept)

    def equal(text: str) -> None:
        if result and result[-1].op == "equal":
            result[-1] = Span("equal", result[-1].text + text)
        else:
            result.append(Span("equal", text))

    for run in runs:
        if not run.text:
            continue
        if run.op == "delete":
            deleted.append(run.text)
        elif run.op == "insert":
            inserted.append(run.text)
        else:
            flush()
            equal(run.text)
    flush()
    return result


def old_text(spans: list[Span]) -> str:
    return "".join(s.text for s in spans if s.op != "insert")


def new_text(spans: list[Span]) -> str:
    return "".join(s.text for s in spans if s.op != "delete")


def changed(old: str, new: str) -> bool:
    """True when the words differ (white space alone is no change)."""
    return old.split() != new.split()
