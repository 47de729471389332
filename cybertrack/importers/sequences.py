"""Which printed numbers are items: a number is an item where it fits its sequence.

A line that opens with "2025." or "(2000)" is a sentence or a table cell more often than the
2025th paragraph; a numbered line inside paragraph 12 that restarts at "1." is a quotation. The
judge reads each candidate number against the running sequence of its scheme and stem (see
`labels.Label.sequence`) and looks ahead at the candidates that follow:

- the next number of the running sequence is an item; so is "12 bis" after 12;
- a restart at 1 (or 0) is a new sequence (an annex, the next decision), unless the old sequence
  resumes right after the restarted run: then the run was quoted inside the paragraph before;
- a jump forward is an item with a gap (the completeness check reports the gap) unless it more
  than doubles the number ("2025." after 14 is a year at a line start): then it is an item only
  if its own successor follows;
- the first number of a sequence that is neither 0 nor 1 is an item only if its successor follows;
- a number with no stop ("49 For the ...") is an item only as the exact next number;
- a short numbered line with no closing punctuation is a heading ("1. Military and police
  personnel" between paragraphs 16 and 17) unless it is exactly the next number and the number
  does not repeat right after it.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from cybertrack.importers.labels import Label
from cybertrack.importers.punctuation import (
    ARABIC_SEMICOLON,
    CJK_CLAUSE,
    CLAUSE,
    CLOSING_QUOTES,
    COMMAS,
    STOPS,
)

SMALL_GAP = 5
THEMED_SHARE = 0.2
_TERMINAL: tuple[str, ...] = (*STOPS, *CLAUSE, *COMMAS, "。", *CJK_CLAUSE, ARABIC_SEMICOLON)
_TERMINAL += ("»", *CLOSING_QUOTES, ")")
HEADING_MAX = 300


class Verdict(enum.Enum):
    ITEM = "item"
    HEADING = "heading"
    TEXT = "text"


# The members at hand: Python 3.11 reads one through its class slowly, and the judge runs for
# every candidate number.
_ITEM, _HEADING, _TEXT = Verdict.ITEM, Verdict.HEADING, Verdict.TEXT


# A footnote mark typed after the closing punctuation ("... on 10 May 2021; 1").
TRAILING_MARK = re.compile(r"(?<=[.;:,”’\"])\s*(?:[*\d]{1,3}|\[(?:fn|\^)?\d{1,3}\])\s*$")
_MARK_TAIL = 16


def is_themed(ordinals: list[int]) -> bool:
    """A list the source orders by theme (28.212, 28.346, 28.4, ...), not by number: its
    numbers go back often, and not to a restart at 1."""
    steps = list(itertools.pairwise(ordinals))
    back = sum(1 for a, b in steps if b < a and b > 1)
    return back >= 3 and back > THEMED_SHARE * len(steps)


# The abbreviations a number follows in a reference ("Para. 2", "A/80/604/Add.3", "Rev.1",
# "No. 5", "p. 12", "art. 5"): the number is the reference's, not a footnote's mark.
_NUMBERED_ABBREVIATION = re.compile(
    r"(?:^|[\s/(])(?:paras?|add|rev|corr|amend|suppl|nos?|nr|pp?|arts?|vol|sect|chap|ch|fig"
    r"|sess|res|op|п|ст|стр|párr|pág|núm|n°|nº)\.$",
    re.IGNORECASE,
)


_THOUSANDS = re.compile(r"\d,\d{3}$")


def strip_trailing_mark(text: str) -> str:
    """`text` without a footnote mark at its end ("... on 10 May 2021; 1"); a reference's
    number stays ("... A/HRC/40/6/Add.1 - Para. 2")."""
    # The mark is a few characters: only the tail is searched, not the whole paragraph.
    cut = max(0, len(text) - _MARK_TAIL)
    found = TRAILING_MARK.search(text, cut)
    if found is None or _NUMBERED_ABBREVIATION.search(
        text, max(0, found.start() - 8), found.start()
    ):
        return text
    if _THOUSANDS.search(text, max(0, found.start() - 2)):
        return text  # "read 1,243,500": the number's last group of digits, no mark
    return text[: found.start()]


def heading_like(label: Label) -> bool:
    """A numbered line that reads as a heading: short, no closing punctuation."""
    if label.scheme not in ("dot", "decimal", "bracket"):
        return False
    rest = strip_trailing_mark(label.rest.strip())
    if not rest or len(rest) > HEADING_MAX:
        return False
    # A negotiating text brackets whole paragraphs: "[... shall apply.]" (or "apply. ]") ends
    # with its stop.
    return not rest.rstrip("] ").endswith(_TERMINAL) and not rest[:1].islower()


class SequenceJudge:
    """Judges candidate labels in document order; `candidates` lists all of them up front."""

    def __init__(self, candidates: Sequence[tuple[int, Label]]) -> None:
        self._positions: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._labels: dict[int, Label] = {}
        for position, label in candidates:
            self._positions[label.sequence].append(position)
            self._labels[position] = label
        self.running: dict[tuple[str, str], int] = {}
        self._item_at: dict[tuple[str, str], int] = {}  # the position of each one's last item
        # Where each sequence stood when it restarted at 1 in a section of its own (a report's
        # paragraph 1, then resolutions numbered from 1 under their headings): it may resume
        # in a later section ("II. Organization of the session", "2. The Conference held ...").
        self._interrupted: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.themed = {
            sequence
            for sequence, positions in self._positions.items()
            if is_themed([self._labels[p].ordinal for p in positions])
        }

    def continues(self, label: Label) -> bool:
        """The label is the next number of its running sequence (or an inserted one)."""
        previous = self.running.get(label.sequence)
        return previous is not None and (
            label.ordinal == previous + 1 or (label.suffix != "" and label.ordinal == previous)
        )

    def _following(self, position: int, sequence: tuple[str, str], count: int) -> list[Label]:
        """The next `count` candidates of the sequence after `position`."""
        positions = self._positions[sequence]
        start = bisect.bisect_right(positions, position)
        return [self._labels[p] for p in positions[start : start + count]]

    def judge(
        self,
        position: int,
        label: Label,
        *,
        bare: bool = False,
        hint: bool = False,
        fresh_section: bool = False,
        corrections: bool = False,
    ) -> Verdict:
        """The verdict on the candidate at `position`; an ITEM moves the running sequence.
        In a corrigendum (`corrections`), a short numbered line is a correction, no heading."""
        sequence = label.sequence
        previous = self.running.get(sequence)
        ordinal = label.ordinal
        following = self._following(position, sequence, 3)  # a run quoted: up to 40, below
        continues = previous is not None and (
            ordinal == previous + 1 or (label.suffix != "" and ordinal == previous)
        )
        if bare:
            verdict = _ITEM if continues and not hint else _TEXT
        elif not continues and not self.skips_ahead(ordinal, previous) and self._orphan_list(label):
            verdict = _TEXT
        elif sequence in self.themed:
            verdict = _HEADING if hint and heading_like(label) else _ITEM
        elif (
            not corrections
            and heading_like(label)
            and self._reads_as_heading(
                label,
                following,
                hint=hint,
                continues=continues,
                first=previous is None,
                listed=self._next_right_after(position, sequence, ordinal)
                or (
                    self._item_at.get(sequence) == position - 1
                    and self.skips_ahead(ordinal, previous)
                ),
            )
        ):
            verdict = _HEADING
        elif continues:
            verdict = _ITEM
        elif ordinal <= 1 and not label.suffix:
            restart_ok = (
                previous is None
                or fresh_section
                or not self._quoted(ordinal, previous, self._following(position, sequence, 40))
            )
            verdict = _ITEM if restart_ok else _TEXT
            if restart_ok and fresh_section and previous is not None:
                self._interrupted[sequence].append(previous)
        elif fresh_section and not label.suffix and ordinal - 1 in self._interrupted[sequence]:
            # The sequence a run of restarted ones interrupted goes on where it stood.
            stack = self._interrupted[sequence]
            del stack[stack.index(ordinal - 1) :]
            verdict = _ITEM
        elif previous is not None and previous < ordinal <= 2 * previous + SMALL_GAP * 2:
            verdict = _ITEM
        else:
            verdict = _ITEM if self._succeeded(ordinal, following) else _TEXT
        if verdict is _ITEM:
            self.running[sequence] = ordinal
            self._item_at[sequence] = position
        return verdict

    def _orphan_list(self, label: Label) -> bool:
        """ "1.2" in a document numbered 1., 2., ... belongs under paragraph 1 (as 140.1 under
        140. in a review's recommendations); away from it, it is a table's or a framework's
        number, not an item. Not asked of the next number of a running sequence: a budget
        section numbered 16.1, 16.2, ... stays so after a list numbered 1., 2., ... (a table's
        rows set as running text)."""
        if label.scheme != "decimal" or not label.stem.isdigit():
            return False
        paragraph = self.running.get(("dot", ""))
        return paragraph is not None and paragraph != int(label.stem)

    @staticmethod
    def _reads_as_heading(
        label: Label,
        following: list[Label],
        *,
        hint: bool,
        continues: bool,
        first: bool,
        listed: bool,
    ) -> bool:
        """A short numbered line with no closing punctuation: a heading, unless it is the next
        paragraph of its sequence (or the first, followed by the second) and its number does
        not repeat right after it ("1. Introduction" then "1. The Committee ..."). A line in
        a list heads nothing (`listed`: the next number stands on the very next line, or the
        line comes right after its sequence's last item, a few numbers ahead): an agenda's
        items, the SDG targets ("1.1 By 2030, eradicate ..."), each with no stop, one of
        them lost perhaps."""
        if hint:
            return True
        if following and following[0].ordinal == label.ordinal:
            return True
        if first:
            successor = next((f for f in following[:3] if f.ordinal == label.ordinal + 1), None)
            return not listed and (successor is None or heading_like(successor))
        return not continues and not listed

    def _next_right_after(self, position: int, sequence: tuple[str, str], ordinal: int) -> bool:
        """A next number of the sequence (a few lost between, at most) stands on the very next
        block."""
        positions = self._positions[sequence]
        at = bisect.bisect_right(positions, position)
        return (
            at < len(positions)
            and positions[at] == position + 1
            and ordinal < self._labels[positions[at]].ordinal <= ordinal + 1 + SMALL_GAP
        )

    @staticmethod
    def skips_ahead(ordinal: int, previous: int | None) -> bool:
        """A few numbers ahead of its own running sequence ("16.9" after "16.7", the number
        between lost): that sequence goes on, whatever list came in between."""
        return previous is not None and previous < ordinal <= previous + SMALL_GAP

    @staticmethod
    def _succeeded(ordinal: int, following: list[Label]) -> bool:
        return any(f.ordinal in (ordinal + 1, ordinal + 2) for f in following[:3])

    @staticmethod
    def _quoted(ordinal: int, previous: int, following: list[Label]) -> bool:
        """A run 1, 2, ... that ends where the old sequence resumes was quoted."""
        last = ordinal
        for label in following:
            if label.ordinal == last + 1:
                last = label.ordinal
                continue
            return label.ordinal == previous + 1
        return False
