"""The position paper (shareable by default) as plain data. No docx code here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cybertrack.domain.messages import Message
from cybertrack.domain.positions import Priority
from cybertrack.exporters.product import (
    PRIORITY_ORDER,
    STANCE_ORDER,
    DocumentHeading,
    ExportOptions,
    ItemGroup,
    Order,
    ProductItem,
    Source,
    StanceSummary,
    TitleBlock,
    document_items,
    paper_unit,
    stance_word,
    summarise,
    summary_text,
    title_block,
    warnings_of,
)
from cybertrack.exporters.vocabulary import Vocabulary


@dataclass(frozen=True)
class PaperDocument:
    heading: DocumentHeading
    unit: str  # what the document calls its items: the overview's first column
    items: tuple[ProductItem, ...]  # document order, for the overview table
    groups: tuple[ItemGroup, ...]  # the order the user chose, for the body


@dataclass(frozen=True)
class PositionPaper:
    title: TitleBlock
    summary: StanceSummary
    summary_text: str
    documents: tuple[PaperDocument, ...]
    options: ExportOptions
    warnings: tuple[Message, ...] = ()


def group_items(
    items: Sequence[ProductItem], options: ExportOptions, vocab: Vocabulary, unit: str
) -> tuple[ItemGroup, ...]:
    """Document order keeps the sections; stance and priority orders group under their name,
    the rest of a priority order under 'Other recommendations' (never headless)."""
    if options.order is Order.STANCE:
        return tuple(
            ItemGroup(stance_word(stance, vocab, internal=options.internal), chosen)
            for stance in STANCE_ORDER
            if (chosen := tuple(i for i in items if i.stance == stance))
        )
    if options.order is Order.PRIORITY:
        names = {
            Priority.RED_LINE: vocab["red_line"],
            Priority.PRIORITY: vocab["priority"],
            Priority.NORMAL: vocab.unit_heading("others", unit),
        }
        groups = [
            ItemGroup(names[level], chosen)
            for level in PRIORITY_ORDER
            if (chosen := tuple(i for i in items if i.priority == level))
        ]
        if len(groups) == 1 and groups[0].items[0].priority is Priority.NORMAL:
            return group_items(items, ExportOptions(order=Order.DOCUMENT), vocab, unit)
        return tuple(groups)
    sections: list[ItemGroup] = []
    for item in items:
        last = sections[-1] if sections else None
        if last is not None and (last.heading, last.ancestors) == (item.section, item.ancestors):
            sections[-1] = ItemGroup(item.section, (*last.items, item), last.ancestors)
        else:
            sections.append(ItemGroup(item.section, (item,), item.ancestors))
    return tuple(sections)


def build_position_paper(
    sources: Sequence[Source],
    options: ExportOptions,
    *,
    delegation: str,
    issued: date,
    initials: str = "",
) -> PositionPaper:
    options.check()
    vocab = Vocabulary(options.language)
    chosen = [document_items(source, options, vocab) for source in sources]
    documents = tuple(
        PaperDocument(d.heading, d.unit, d.items, group_items(d.items, options, vocab, d.unit))
        for d in chosen
    )
    summary = summarise([i for d in chosen for i in d.source.items])
    return PositionPaper(
        title=title_block(
            sources,
            options,
            vocab,
            title_key="position_paper",
            delegation=delegation,
            issued=issued,
            initials=initials,
        ),
        summary=summary,
        summary_text=summary_text(summary, vocab, paper_unit(chosen, vocab), options),
        documents=documents,
        options=options,
        warnings=warnings_of(chosen),
    )
