"""The evening report to capital for one day, as plain data.

What a delegation cables home after a day in the room: first where our line departed from
capital's instructions, then each paragraph whose status in the room moved that day (from -> to,
with our stance and the instruction), the proposals other delegations made with who supported
and opposed them, and what is still open. It is internal only: it quotes the instructions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, tzinfo

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code
from cybertrack.domain.model import DocumentRow, ItemRow
from cybertrack.domain.negotiation import Proposal, RoomTimeline
from cybertrack.domain.positions import Instruction, RoomStatus, Stance
from cybertrack.domain.times import day_bounds, from_stamp
from cybertrack.exporters.negotiation_words import NegotiationWords
from cybertrack.exporters.product import (
    DocumentHeading,
    ExportOptions,
    Source,
    TitleBlock,
    by_unit,
    divisions,
    document_heading,
    title_block,
)
from cybertrack.exporters.vocabulary import Vocabulary, named


def items_title(items: Sequence[ItemRow], vocab: Vocabulary) -> str:
    """The word for a document's items as a table's column names them ("Recommendation",
    "Statement"; "Paragraph" when they are of several kinds)."""
    return vocab.unit_title(vocab.unit_of(str(item.kind) for item in items))


@dataclass(frozen=True)
class DaySource:
    """One document as the workspace holds it now, with its room timeline and proposals."""

    document: DocumentRow
    items: Sequence[ItemRow]
    timeline: RoomTimeline
    proposals: Sequence[Proposal]
    # Item id -> the headings above its section, outermost first ("Annex ..." over "Preamble").
    ancestors: Mapping[int, tuple[str, ...]] = field(default_factory=dict)

    @functools.cached_property
    def divisions(self) -> dict[int, str]:
        """Item id -> the division that tells its label apart (see product.divisions)."""
        return divisions(self.items, self.ancestors)

    def labels(self) -> dict[int, str]:
        """Item id -> its label, told apart from the same label in another division."""
        return {item.id: named(item.label, self.divisions.get(item.id, "")) for item in self.items}


@dataclass(frozen=True)
class Deviation:
    label: str
    text: str
    instruction: Instruction
    stance: Stance
    fallback: str
    note: str  # capital's note on the instruction


@dataclass(frozen=True)
class Moved:
    label: str
    path: tuple[RoomStatus | None, ...]
    as_of: str  # the last change of the day, in the reader's time
    note: str  # the room note of that change
    stance: Stance | None
    instruction: Instruction | None


@dataclass(frozen=True)
class ProposalEntry:
    label: str
    by: str
    time: str
    original: str  # the paragraph's text ("" for a new paragraph): the redline's base
    text: str
    supported_by: tuple[str, ...]
    opposed_by: tuple[str, ...]
    new_paragraph: bool
    withdrawn: bool


@dataclass(frozen=True)
class OpenEntry:
    label: str
    status: RoomStatus
    as_of: str
    stance: Stance | None
    instruction: Instruction | None


@dataclass(frozen=True)
class ReportDocument:
    heading: DocumentHeading
    unit: str  # what the tables' first column names its items: "Paragraph", "Rule", ...
    deviations: tuple[Deviation, ...]
    moved: tuple[Moved, ...]
    proposals: tuple[ProposalEntry, ...]
    still_open: tuple[OpenEntry, ...]
    not_taken_up: str  # the labels of paragraphs the room has not discussed, as ranges


@dataclass(frozen=True)
class CapitalReport:
    title: TitleBlock
    day: str
    summary: str
    documents: tuple[ReportDocument, ...]
    options: ExportOptions


def build_capital_report(
    sources: Sequence[DaySource],
    options: ExportOptions,
    *,
    day: date,
    delegation: str,
    initials: str = "",
    zone: tzinfo | None = None,
) -> CapitalReport:
    """The report of `day` (a calendar day in `zone`, default this computer's)."""
    if not options.internal:
        raise CyberTrackError(Code.REPORT_INTERNAL_ONLY)
    words = NegotiationWords(options.language)
    start, end = day_bounds(day, zone)
    documents = tuple(_document(source, words, start, end, zone) for source in sources)
    block = title_block(
        [Source(s.document, s.items) for s in sources],
        options,
        words.vocab,
        title_key="briefing_note",
        delegation=delegation,
        issued=day,
        initials=initials,
    )
    summary = words["summary_line"].format(
        moves=sum(len(d.moved) for d in documents),
        proposals=sum(len(d.proposals) for d in documents),
        deviations=sum(len(d.deviations) for d in documents),
        open=sum(len(d.still_open) for d in documents),
    )
    return CapitalReport(
        title=replace(block, title=words["capital_report"]),
        day=words["report_day"].format(date=words.vocab.format_date(day)),
        summary=summary,
        documents=documents,
        options=options,
    )


def _document(
    source: DaySource, words: NegotiationWords, start: str, end: str, zone: tzinfo | None
) -> ReportDocument:
    def local(stamp: str) -> str:
        return words.time(from_stamp(stamp).astimezone(zone))

    def since(stamp: str) -> str:
        """The time, with its day when that is before the day reported ("In informals"
        since yesterday at 11:00 is not today's 11:00)."""
        moment = from_stamp(stamp).astimezone(zone)
        if stamp >= start:
            return words.time(moment)
        return f"{words.vocab.format_date(moment.date())}, {words.time(moment)}"

    items = {item.id: item for item in source.items}
    labels = source.labels()
    told = source.divisions
    deviations = tuple(
        Deviation(
            labels[item.id],
            item.text,
            item.instruction,
            item.stance,
            item.fallback,
            item.instruction_note,
        )
        for item in source.items
        if item.deviation and item.instruction is not None and item.stance is not None
    )
    moves = source.timeline.moves(start, end)
    moved = tuple(
        Moved(
            labels[item.id],
            moves[item.id].path,
            local(moves[item.id].last.as_of),
            moves[item.id].last.note,
            item.stance,
            item.instruction,
        )
        for item in source.items
        if item.id in moves
    )
    proposals = tuple(
        _proposal_entry(p, items[p.item_id], told.get(p.item_id, ""), end, local)
        for p in source.proposals
        if p.item_id in items
        and (_within(p.made_at, start, end) or _within(p.withdrawn_at, start, end))
    )
    still_open: list[OpenEntry] = []
    untouched: list[tuple[str, str, str, str]] = []
    for item in source.items:
        entry = source.timeline.before(item.id, end)
        if entry is None or entry.status is None:
            untouched.append((str(item.kind), told.get(item.id, ""), item.number, item.label))
        elif not entry.status.settled:
            still_open.append(
                OpenEntry(
                    labels[item.id], entry.status, since(entry.as_of), item.stance, item.instruction
                )
            )
    return ReportDocument(
        heading=document_heading(source.document, words.vocab),
        unit=items_title(source.items, words.vocab),
        deviations=deviations,
        moved=moved,
        proposals=proposals,
        still_open=tuple(still_open),
        not_taken_up=words.vocab.cite(by_unit(untouched)),
    )


def _within(stamp: str | None, start: str, end: str) -> bool:
    return stamp is not None and start <= stamp < end


def _proposal_entry(
    proposal: Proposal, item: ItemRow, division: str, end: str, local: Callable[[str], str]
) -> ProposalEntry:
    return ProposalEntry(
        label=named(proposal.label(item.label, item.number), division),
        by=proposal.by,
        time=local(proposal.made_at),
        original="" if proposal.new_paragraph else item.text,
        text=proposal.text,
        supported_by=proposal.supported_by,
        opposed_by=proposal.opposed_by,
        new_paragraph=proposal.new_paragraph,
        withdrawn=proposal.withdrawn_at is not None and proposal.withdrawn_at < end,
    )
