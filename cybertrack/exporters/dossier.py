"""The full internal dossier as plain data: every field of every item, and the stance history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cybertrack.exporters.position_paper import group_items
from cybertrack.exporters.product import (
    DocumentHeading,
    ExportOptions,
    ItemGroup,
    Order,
    Source,
    StanceSummary,
    TitleBlock,
    document_heading,
    product_item,
    summarise,
    title_block,
)
from cybertrack.exporters.vocabulary import Vocabulary


@dataclass(frozen=True)
class DossierDocument:
    heading: DocumentHeading
    summary: StanceSummary
    groups: tuple[ItemGroup, ...]


@dataclass(frozen=True)
class Dossier:
    title: TitleBlock
    summary: StanceSummary
    documents: tuple[DossierDocument, ...]
    options: ExportOptions


def build_dossier(
    sources: Sequence[Source],
    options: ExportOptions,
    *,
    delegation: str,
    issued: date,
    initials: str = "",
) -> Dossier:
    vocab = Vocabulary(options.language)
    documents = []
    for source in sources:
        items = tuple(product_item(row, source, options) for row in source.items)
        documents.append(
            DossierDocument(
                document_heading(source.document, vocab),
                summarise(items),
                group_items(items, Order.DOCUMENT, vocab),
            )
        )
    return Dossier(
        title=title_block(
            sources,
            options,
            vocab,
            title_key="dossier",
            delegation=delegation,
            issued=issued,
            initials=initials,
        ),
        summary=summarise([i for d in documents for g in d.groups for i in g.items]),
        documents=tuple(documents),
        options=options,
    )
