"""What an import may have missed: gaps in the numbering and text no item took.

Each numbering sequence (scheme and stem: "16.x", "5.I.x", "(n)", "n.") is checked run by run;
a run ends where the numbering restarts (a new section, annex or decision). Inside a run a number
that skips ("24, 26") is a gap, one that repeats is a duplicate, one that goes back is out of
order. A run that goes back often is a list the source orders by theme, not by number: there
only numbers missing from the whole run are gaps. Findings are messages with the page (PDF) or
the nearest heading, for the preview and the command line.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Sequence

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import Coverage, ParsedDocument, ParsedSection, Passage
from cybertrack.domain.units import Revision, RevisionView
from cybertrack.importers.draft import Draft, Tally
from cybertrack.importers.labels import Label
from cybertrack.importers.sequences import is_themed

# The share of the body text in no item or heading above which `--strict` refuses a file.
STRICT_LEFT_OUT = 0.02
_GAP_CODES = (Code.GAP, Code.GAP_AT_START)


def where(page: int | None, section_key: int | None, sections: Sequence[ParsedSection]) -> Message:
    if page is not None:
        return Message(Code.AT_PAGE, page=page)
    if section_key is not None and 0 <= section_key < len(sections):
        return Message(Code.AT_HEADING, heading=sections[section_key].heading)
    return Message(Code.AT_START)


def _runs(
    drafts: Sequence[Draft], revisions: RevisionView | None, sections: Sequence[ParsedSection]
) -> list[tuple[list[Draft], bool]]:
    """Each sequence cut where it restarts (at 0 or 1), unless ordered by theme: then whole."""
    # An item only in the other version of a tracked-changes file has that version's number.
    foreign = {RevisionView.PROPOSED: Revision.DELETED, RevisionView.ORIGINAL: Revision.INSERTED}
    elsewhere = foreign.get(revisions) if revisions is not None else None
    by_sequence: dict[tuple[str, str], list[Draft]] = defaultdict(list)
    for draft in drafts:
        if draft.is_preambular or (elsewhere is not None and draft.revision is elsewhere):
            continue
        by_sequence[draft.label.sequence].append(draft)
    runs: list[tuple[list[Draft], bool]] = []
    for members in by_sequence.values():
        if is_themed([d.label.ordinal for d in members]):
            runs.append((members, True))
            continue
        current: list[Draft] = []
        interrupted: list[list[Draft]] = []  # runs a restart cut, that may go on later
        for draft in members:
            ordinal = draft.label.ordinal
            if current and ordinal <= 1 and not draft.label.suffix:
                runs.append((current, False))
                interrupted.append(current)
                current = []
            elif current and (resumed := _resumed(interrupted, current, draft, sections)):
                # A report's paragraphs go on after the resolutions numbered from 1 under
                # their own headings (sequences.SequenceJudge does the same).
                runs.append((current, False))
                del interrupted[interrupted.index(resumed) :]
                runs.remove((resumed, False))
                current = resumed
            current.append(draft)
        runs.append((current, False))
    return runs


def _resumed(
    interrupted: list[list[Draft]],
    current: list[Draft],
    draft: Draft,
    sections: Sequence[ParsedSection],
) -> list[Draft] | None:
    """The interrupted run `draft` goes on, if it is not the next number of the current run
    and stands in a section of its own no deeper than the one the run stopped in (chapter II
    after chapter I; a numbered line misread as a heading is deeper, and its break stays
    said)."""
    last = current[-1]
    if draft.label.suffix or draft.section_key == last.section_key:
        return None
    if draft.label.ordinal == last.label.ordinal + 1:
        return None
    for run in reversed(interrupted):
        if run[-1].label.ordinal + 1 == draft.label.ordinal:
            deeper = _level(draft.section_key, sections) > _level(run[-1].section_key, sections)
            return None if deeper else run
    return None


def _level(key: int | None, sections: Sequence[ParsedSection]) -> int:
    return sections[key].level if key is not None and 0 <= key < len(sections) else 0


def _number(label: Label, ordinal: int) -> str:
    """The printed form of another number of the same sequence: 25 -> "16.25", 3 -> "c"."""
    head, _, last = label.number.rpartition(".")
    if (label.scheme == "letter" or last.isalpha()) and 1 <= ordinal <= 26:
        letter = chr(ord("a") + ordinal - 1)
        return f"{head}.{letter}" if label.scheme == "decimal" else letter  # SDG target "1.c"
    return f"{label.stem}.{ordinal}" if label.stem else str(ordinal)


def _missing(label: Label, first: int, last: int) -> str:
    if first == last:
        return _number(label, first)
    return f"{_number(label, first)}–{_number(label, last)}"


def _sequence_findings(run: list[Draft], sections: Sequence[ParsedSection]) -> list[Message]:
    found: list[Message] = []
    steps = list(itertools.pairwise(run))
    first = run[0]
    if first.label.ordinal in (2, 3) and not first.label.suffix:
        found.append(
            Message(
                Code.GAP_AT_START,
                missing=_missing(first.label, 1, first.label.ordinal - 1),
                first=first.label.number,
                where=where(first.page, first.section_key, sections),
            )
        )
    for before, after in steps:
        a, b = before.label, after.label
        if b.ordinal == a.ordinal + 1 or (b.suffix and b.ordinal == a.ordinal):
            continue  # the next number: nothing to say, nor where
        place = where(after.page, after.section_key, sections)
        if b.ordinal > a.ordinal + 1:
            missing = _missing(b, a.ordinal + 1, b.ordinal - 1)
            found.append(
                Message(Code.GAP, missing=missing, before=a.number, after=b.number, where=place)
            )
        elif b.number == a.number:
            found.append(Message(Code.DUPLICATE, number=b.number, where=place))
        elif not (a.suffix and b.ordinal == a.ordinal + 1):
            found.append(
                Message(Code.OUT_OF_ORDER, number=b.number, previous=a.number, where=place)
            )
    return found


def _themed_findings(run: list[Draft], sections: Sequence[ParsedSection]) -> list[Message]:
    """A list ordered by theme: each number once, none missing from 1 to the highest."""
    found: list[Message] = []
    seen: set[str] = set()
    for draft in run:
        if draft.label.number in seen:
            place = where(draft.page, draft.section_key, sections)
            found.append(Message(Code.DUPLICATE, number=draft.label.number, where=place))
        seen.add(draft.label.number)
    ordinals = sorted({d.label.ordinal for d in run})
    sample = run[0]
    for low, high in itertools.pairwise(ordinals):
        if high > low + 1:
            found.append(
                Message(
                    Code.GAP,
                    missing=_missing(sample.label, low + 1, high - 1),
                    before=_number(sample.label, low),
                    after=_number(sample.label, high),
                    where=where(sample.page, sample.section_key, sections),
                )
            )
    return found


def findings(
    drafts: Sequence[Draft],
    sections: Sequence[ParsedSection],
    tally: Tally,
    coverage: Coverage,
    revisions: RevisionView | None = None,
) -> tuple[Message, ...]:
    """Every gap, duplicate and order break, then every passage left out, as messages."""
    found: list[Message] = []
    runs = [r for r in _runs(drafts, revisions, sections) if r[0]]
    for run, themed in sorted(runs, key=lambda r: r[0][0].first.index):
        if themed:
            found.extend(_themed_findings(run, sections))
        else:
            found.extend(_sequence_findings(run, sections))
    for passage in tally.left_out:
        found.append(
            Message(
                Code.LEFT_OUT,
                where=where(passage.page, passage.section_key, sections),
                chars=passage.chars,
                excerpt=passage.excerpt,
            )
        )
    if tally.left_out:
        found.append(Message(Code.LEFT_OUT_SHARE, share=percent(coverage.left_out_share)))
    found.extend(
        Message(Code.COVER_PROSE, chars=passage.chars, excerpt=passage.excerpt)
        for passage in tally.cover_prose
    )
    return tuple(found)


def left_out_passages(
    tally: Tally, kept: Sequence[Draft], sections: Sequence[ParsedSection]
) -> tuple[Passage, ...]:
    """The passages left out, each placed after the item it follows in the source."""
    starts = [draft.first.index for draft in kept]
    passages = []
    for passage in tally.left_out:
        after = bisect.bisect_left(starts, passage.last_index) - 1
        key = passage.section_key
        heading = sections[key].heading if key is not None and key < len(sections) else None
        passages.append(Passage(passage.text, passage.page, heading, after if after >= 0 else None))
    return tuple(passages)


def percent(share: float) -> float:
    """A share as a percentage with one decimal that never rounds a loss away: 0.01% shows as
    0.1%, and 99.99% placed as 99.9%."""
    value = round(share * 100, 1)
    if share > 0 and value == 0:
        return 0.1
    if share < 1 and value == 100:
        return 99.9
    return value


def coverage_message(document: ParsedDocument) -> Message:
    coverage = document.coverage
    share = percent(1 - coverage.left_out_share)
    return Message(Code.COVERAGE, share=share, tables=coverage.tables, footnotes=coverage.footnotes)


def strict_problems(document: ParsedDocument) -> list[Message]:
    """Why `import --strict` refuses the document: a gap, or too much text left out."""
    problems: list[Message] = []
    gaps = sum(1 for w in document.warnings if w.code in _GAP_CODES)
    if gaps:
        problems.append(Message(Code.STRICT_GAP, name=document.source_name, n=gaps))
    share = document.coverage.left_out_share
    if share > STRICT_LEFT_OUT:
        problems.append(
            Message(
                Code.STRICT_LEFT_OUT,
                name=document.source_name,
                share=percent(share),
                limit=round(STRICT_LEFT_OUT * 100),
            )
        )
    return problems
