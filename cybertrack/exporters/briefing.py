"""The briefing note for the head of delegation, as plain data: talking points first.

Red lines, then priorities, then the rest grouped by stance ("We support (1), (3)–(7)."); then
the internal notes and the items still undecided.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cybertrack.domain.positions import Priority, Stance
from cybertrack.exporters.product import (
    DocumentHeading,
    ExportOptions,
    ProductItem,
    Source,
    StanceSummary,
    TitleBlock,
    document_heading,
    product_item,
    summarise,
    title_block,
)
from cybertrack.exporters.ranges import compress_labels
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
    points: tuple[TalkingPoint, ...]
    noted: tuple[ProductItem, ...]  # items with an internal note (internal profile only)
    undecided: tuple[ProductItem, ...]
    # Items with proposed wording or agreed language cited, for the head of delegation to read out.
    wordings: tuple[ProductItem, ...] = ()


@dataclass(frozen=True)
class BriefingNote:
    title: TitleBlock
    summary: StanceSummary
    documents: tuple[BriefingDocument, ...]
    options: ExportOptions


def talking_points(items: Sequence[ProductItem], vocab: Vocabulary) -> tuple[TalkingPoint, ...]:
    points: list[TalkingPoint] = []
    for level in (Priority.RED_LINE, Priority.PRIORITY, Priority.NORMAL):
        for stance in (Stance.SUPPORT, Stance.AMEND, Stance.OPPOSE):
            chosen = [
                (i.number, i.label) for i in items if i.priority == level and i.stance == stance
            ]
            if not chosen:
                continue
            text = vocab[_POINT_KEYS[stance]].format(items=compress_labels(chosen))
            if level is not Priority.NORMAL:
                point = text[0].lower() + text[1:]
                text = vocab["level_point"].format(level=vocab[_LEVEL_KEYS[level]], point=point)
            points.append(TalkingPoint(level, stance, text))
    return tuple(points)


def build_briefing_note(
    sources: Sequence[Source],
    options: ExportOptions,
    *,
    delegation: str,
    issued: date,
    initials: str = "",
) -> BriefingNote:
    vocab = Vocabulary(options.language)
    documents = []
    every: list[ProductItem] = []
    for source in sources:
        items = tuple(product_item(row, source, options) for row in source.items)
        every.extend(items)
        documents.append(
            BriefingDocument(
                heading=document_heading(source.document, vocab),
                points=talking_points(items, vocab),
                noted=tuple(i for i in items if i.note),
                undecided=tuple(i for i in items if i.stance is None),
                wordings=tuple(i for i in items if i.amendment or i.citations),
            )
        )
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
        summary=summarise(every),
        documents=tuple(documents),
        options=options,
    )
