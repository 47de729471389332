"""The full internal dossier as plain data: every field of every item, and the stance history.

A dossier never leaves the delegation: asking for a shareable one is refused (ExportOptions.check).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cybertrack.domain.messages import Message
from cybertrack.exporters.position_paper import group_items
from cybertrack.exporters.product import (
    DocumentHeading,
    ExportOptions,
    ItemGroup,
    Order,
    Source,
    StanceSummary,
    TitleBlock,
    document_items,
    paper_unit,
    summarise,
    summary_text,
    title_block,
    warnings_of,
)
from cybertrack.exporters.vocabulary import Vocabulary


@dataclass(frozen=True)
class DossierDocument:
    heading: DocumentHeading
    unit: str
    summary: StanceSummary
    summary_text: str
    groups: tuple[ItemGroup, ...]


@dataclass(frozen=True)
class Dossier:
    title: TitleBlock
    summary: StanceSummary
    summary_text: str
    documents: tuple[DossierDocument, ...]
    options: ExportOptions
    warnings: tuple[Message, ...] = ()


def build_dossier(
    sources: Sequence[Source],
    options: ExportOptions,
    *,
    delegation: str,
    issued: date,
    initials: str = "",
) -> Dossier:
    options.check()
    vocab = Vocabulary(options.language)
    chosen = [document_items(source, options, vocab) for source in sources]
    in_order = ExportOptions(kind=options.kind, profile=options.profile, order=Order.DOCUMENT)
    documents = []
    for document in chosen:
        summary = summarise(document.items)
        documents.append(
            DossierDocument(
                document.heading,
                document.unit,
                summary,
                summary_text(summary, vocab, document.unit, options),
                group_items(document.items, in_order, vocab, document.unit),
            )
        )
    summary = summarise([i for d in chosen for i in d.items])
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
        summary=summary,
        summary_text=summary_text(summary, vocab, paper_unit(chosen, vocab), options),
        documents=tuple(documents),
        options=options,
        warnings=warnings_of(chosen),
    )
