"""The briefing note for the head of delegation, as plain data: talking points first.

Red lines, then priorities, then the rest grouped by stance ("We support recommendations (1),
(3)–(7)."); then the text to table: each proposal's wording and public reason; then (internal)
the notes and the items still undecided. A shareable briefing never gives the text of an
undecided paragraph: at most it names them as still under consideration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cybertrack.domain.messages import Message
from cybertrack.domain.positions import Priority, Stance
from cybertrack.exporters.product import (
    PRIORITY_ORDER,
    Cited,
    DocumentHeading,
    ExportOptions,
    ProductItem,
    Source,
    StanceSummary,
    TitleBlock,
    by_unit,
    document_items,
    paper_unit,
    summarise,
    summary_text,
    title_block,
    warnings_of,
)
from cybertrack.exporters.vocabulary import Vocabulary

_POINT_KEYS = {Stance.SUPPORT: "we_support", Stance.AMEND: "we_amend", Stance.OPPOSE: "we_oppose"}
_LEVEL_KEYS = {Priority.RED_LINE: "red_line", Priority.PRIORITY: "priority"}


@dataclass(frozen=True)
class TalkingPoint:
    level: Priority
    stance: Stance
    text: str


@dataclass(frozen=True)
class BriefingDocument:
    heading: DocumentHeading
    unit: str
    points: tuple[TalkingPoint, ...]
    proposals: tuple[ProductItem, ...]  # wording to table and reasons to give, red lines first
    noted: tuple[ProductItem, ...]  # items with an internal note (internal profile only)
    undecided: tuple[ProductItem, ...]  # internal: in full; shareable: named only, if asked
    still_open: str  # shareable, when asked: "Still under consideration: ..."


@dataclass(frozen=True)
class BriefingNote:
    title: TitleBlock
    summary: StanceSummary
    summary_text: str
    documents: tuple[BriefingDocument, ...]
    options: ExportOptions
    warnings: tuple[Message, ...] = ()


def _cited(items: Sequence[ProductItem]) -> list[Cited]:
    return by_unit((i.unit, i.division, i.number, i.label) for i in items)


def talking_points(items: Sequence[ProductItem], vocab: Vocabulary) -> tuple[TalkingPoint, ...]:
    points: list[TalkingPoint] = []
    for level in PRIORITY_ORDER:
        for stance in (Stance.SUPPORT, Stance.AMEND, Stance.OPPOSE):
            chosen = [i for i in items if i.priority == level and i.stance == stance]
            if not chosen:
                continue
            text = vocab.refer(_POINT_KEYS[stance], _cited(chosen))
            if level is not Priority.NORMAL:
                point = text[0].lower() + text[1:]
                text = vocab["level_point"].format(level=vocab[_LEVEL_KEYS[level]], point=point)
            points.append(TalkingPoint(level, stance, text))
    return tuple(points)


def proposals(items: Sequence[ProductItem]) -> tuple[ProductItem, ...]:
    """Decided items with wording to table, a reason to give or agreed language to cite; red
    lines, then priorities."""
    chosen = [
        i for i in items if i.stance is not None and (i.amendment or i.rationale or i.citations)
    ]
    return tuple(sorted(chosen, key=lambda i: -i.priority.rank))


def build_briefing_note(
    sources: Sequence[Source],
    options: ExportOptions,
    *,
    delegation: str,
    issued: date,
    initials: str = "",
) -> BriefingNote:
    options.check()
    vocab = Vocabulary(options.language)
    chosen = [document_items(source, options, vocab) for source in sources]
    documents = []
    for document in chosen:
        items = document.items
        undecided = tuple(i for i in items if i.stance is None)
        still_open = ""
        if undecided and not options.internal:
            still_open = vocab.refer("still_open", _cited(undecided))
        documents.append(
            BriefingDocument(
                heading=document.heading,
                unit=document.unit,
                points=talking_points(items, vocab),
                proposals=proposals(items),
                noted=tuple(i for i in items if i.note),
                undecided=undecided if options.internal else (),
                still_open=still_open,
            )
        )
    summary = summarise([i for d in chosen for i in d.source.items])
    return BriefingNote(
        title=title_block(
            sources,
            options,
            vocab,
            title_key="briefing_note",
            delegation=delegation,
            issued=issued,
            initials=initials,
        ),
        summary=summary,
        summary_text=summary_text(summary, vocab, paper_unit(chosen, vocab), options),
        documents=tuple(documents),
        options=options,
        warnings=warnings_of(chosen),
    )
