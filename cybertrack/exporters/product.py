"""What every product shares: export options, the title block and items as plain data.

Profiles decide what leaves the building: a shareable product carries no internal note, no
stance history, no priorities or red lines (negotiating strategy) and no author initials; the
builders leave them out of the data itself, so no writer can leak what it was never given.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from cybertrack.domain.library import CitedParagraph
from cybertrack.domain.model import DocumentRow, HistoryRow, ItemRow
from cybertrack.domain.positions import Priority, Stance
from cybertrack.exporters.vocabulary import Vocabulary


class Kind(enum.StrEnum):
    POSITION_PAPER = "position-paper"
    BRIEFING = "briefing"
    DOSSIER = "dossier"


class Profile(enum.StrEnum):
    SHAREABLE = "shareable"
    INTERNAL = "internal"


class Order(enum.StrEnum):
    DOCUMENT = "document"
    STANCE = "stance"
    PRIORITY = "priority"


STANCE_ORDER: tuple[Stance | None, ...] = (Stance.SUPPORT, Stance.AMEND, Stance.OPPOSE, None)


@dataclass(frozen=True)
class ExportOptions:
    kind: Kind = Kind.POSITION_PAPER
    profile: Profile = Profile.SHAREABLE
    language: str = "en"
    tracked_changes: bool = True
    order: Order = Order.DOCUMENT
    classification: str | None = None

    @property
    def internal(self) -> bool:
        return self.profile is Profile.INTERNAL

    @property
    def include_history(self) -> bool:
        return self.internal and self.kind is Kind.DOSSIER


@dataclass(frozen=True)
class Source:
    """One document as the workspace holds it, with its items and their stance history."""

    document: DocumentRow
    items: Sequence[ItemRow]
    history: Mapping[int, Sequence[HistoryRow]] = field(default_factory=dict)
    # Item id -> the paragraphs its proposed wording cites as agreed language.
    citations: Mapping[int, Sequence[CitedParagraph]] = field(default_factory=dict)


@dataclass(frozen=True)
class TitleBlock:
    delegation: str
    title: str
    meeting: str | None
    place_and_dates: str | None
    symbols: str | None
    issued: str
    classification: str
    prepared_by: str | None
    issued_on: date


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: str
    old: Stance | None
    new: Stance | None


@dataclass(frozen=True)
class ProductItem:
    number: str
    label: str
    section: str | None
    text: str
    stance: Stance | None
    priority: Priority
    rationale: str
    amendment: str
    note: str = ""
    history: tuple[HistoryEntry, ...] = ()
    citations: tuple[CitedParagraph, ...] = ()  # agreed language the wording draws on


@dataclass(frozen=True)
class ItemGroup:
    heading: str | None
    items: tuple[ProductItem, ...]


@dataclass(frozen=True)
class StanceSummary:
    support: int
    oppose: int
    amend: int
    undecided: int

    @property
    def total(self) -> int:
        return self.support + self.oppose + self.amend + self.undecided


@dataclass(frozen=True)
class DocumentHeading:
    title: str
    details: str | None


def stance_word(stance: Stance | None, vocab: Vocabulary) -> str:
    return vocab[stance.value if stance else "undecided"]


def product_item(row: ItemRow, source: Source, options: ExportOptions) -> ProductItem:
    history: tuple[HistoryEntry, ...] = ()
    if options.include_history:
        history = tuple(
            HistoryEntry(h.changed_at, h.old, h.new) for h in source.history.get(row.id, ())
        )
    return ProductItem(
        number=row.number,
        label=row.label,
        section=row.section,
        text=row.text,
        stance=row.stance,
        priority=row.priority if options.internal else Priority.NORMAL,
        rationale=row.rationale,
        amendment=row.amendment,
        note=row.note if options.internal else "",
        history=history,
        citations=tuple(source.citations.get(row.id, ())),
    )


def summarise(items: Sequence[ItemRow | ProductItem]) -> StanceSummary:
    counts = {stance: 0 for stance in STANCE_ORDER}
    for item in items:
        counts[item.stance] += 1
    return StanceSummary(
        counts[Stance.SUPPORT], counts[Stance.OPPOSE], counts[Stance.AMEND], counts[None]
    )


def summary_text(summary: StanceSummary, vocab: Vocabulary) -> str:
    return vocab["summary_line"].format(
        total=summary.total,
        support=summary.support,
        oppose=summary.oppose,
        amend=summary.amend,
        undecided=summary.undecided,
    )


def place_and_dates(row: DocumentRow, vocab: Vocabulary) -> str | None:
    dates = None
    if row.start_date:
        first = date.fromisoformat(row.start_date)
        last = date.fromisoformat(row.end_date) if row.end_date else first
        dates = vocab.format_range(first, last)
    return ", ".join(filter(None, [row.venue, dates])) or None


def document_heading(row: DocumentRow, vocab: Vocabulary) -> DocumentHeading:
    details = [x for x in (row.symbol, row.body, place_and_dates(row, vocab)) if x]
    return DocumentHeading(row.title, " · ".join(details) or None)


def title_block(
    sources: Sequence[Source],
    options: ExportOptions,
    vocab: Vocabulary,
    *,
    title_key: str,
    delegation: str,
    issued: date,
    initials: str = "",
) -> TitleBlock:
    rows = [s.document for s in sources]
    meetings = list(dict.fromkeys(r.body for r in rows if r.body))
    places = list(dict.fromkeys(p for r in rows if (p := place_and_dates(r, vocab))))
    symbols = [r.symbol for r in rows if r.symbol]
    default_class = vocab["internal"] if options.internal else vocab["shareable"]
    return TitleBlock(
        delegation=delegation,
        title=vocab[title_key],
        meeting="; ".join(meetings) or None,
        place_and_dates="; ".join(places) or None,
        symbols=", ".join(symbols) or None,
        issued=vocab["issued"].format(date=vocab.format_date(issued)),
        classification=options.classification or default_class,
        prepared_by=vocab["prepared_by"].format(initials=initials)
        if options.internal and initials
        else None,
        issued_on=issued,
    )
