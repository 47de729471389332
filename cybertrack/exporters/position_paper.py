"""The position paper (shareable by default) as plain data. No docx code here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cybertrack.domain.positions import Priority
from cybertrack.exporters.product import (
    STANCE_ORDER,
    DocumentHeading,
    ExportOptions,
    ItemGroup,
    Order,
    ProductItem,
    Source,
    StanceSummary,
    TitleBlock,
    document_heading,
    product_item,
    stance_word,
    summarise,
    summary_text,
    title_block,
)
from cybertrack.exporters.vocabulary import Vocabulary


@dataclass(frozen=True)
class PaperDocument:
    heading: DocumentHeading
    items: tuple[ProductItem, ...]  # document order, for the overview table
    groups: tuple[ItemGroup, ...]  # the order the user chose, for the body


@dataclass(frozen=True)
class PositionPaper:
    title: TitleBlock
    summary: StanceSummary
    summary_text: str
    documents: tuple[PaperDocument, ...]
    options: ExportOptions


def group_items(
    items: Sequence[ProductItem], order: Order, vocab: Vocabulary
) -> tuple[ItemGroup, ...]:
    """Document order keeps the sections; stance and priority orders group under their name."""
    if order is Order.STANCE:
        return tuple(
            ItemGroup(stance_word(stance, vocab), chosen)
            for stance in STANCE_ORDER
            if (chosen := tuple(i for i in items if i.stance == stance))
        )
    if order is Order.PRIORITY:
        names = {
            Priority.RED_LINE: vocab["red_line"],
            Priority.PRIORITY: vocab["priority"],
            Priority.NORMAL: None,
        }
        return tuple(
            ItemGroup(names[level], chosen)
            for level in (Priority.RED_LINE, Priority.PRIORITY, Priority.NORMAL)
            if (chosen := tuple(i for i in items if i.priority == level))
        )
    groups: list[ItemGroup] = []
    for item in items:
        if groups and groups[-1].heading == item.section:
            groups[-1] = ItemGroup(item.section, (*groups[-1].items, item))
        else:
            groups.append(ItemGroup(item.section, (item,)))
    return tuple(groups)


def build_position_paper(
    sources: Sequence[Source],
    options: ExportOptions,
    *,
    delegation: str,
    issued: date,
    initials: str = "",
) -> PositionPaper:
    vocab = Vocabulary(options.language)
    documents = []
    for source in sources:
        items = tuple(product_item(row, source, options) for row in source.items)
        documents.append(
            PaperDocument(
                document_heading(source.document, vocab),
                items,
                group_items(items, options.order, vocab),
            )
        )
    summary = summarise([i for d in documents for i in d.items])
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
        summary_text=summary_text(summary, vocab),
        documents=tuple(documents),
        options=options,
    )
