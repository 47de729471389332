"""The position paper as plain data: what goes in it, in what order. No docx code here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cybertrack.domain.model import DocumentRow, ItemRow, Stance


@dataclass(frozen=True)
class PaperItem:
    label: str
    text: str
    stance: Stance | None
    note: str
    amendment: str


@dataclass(frozen=True)
class PaperSection:
    heading: str | None
    items: tuple[PaperItem, ...]


@dataclass(frozen=True)
class PaperDocument:
    title: str
    symbol: str | None
    body: str | None
    place_and_dates: str | None
    sections: tuple[PaperSection, ...]


@dataclass(frozen=True)
class StanceSummary:
    support: int
    oppose: int
    amend: int
    undecided: int


@dataclass(frozen=True)
class PositionPaper:
    delegation: str
    title: str
    issued: date
    classification: str
    summary: StanceSummary
    documents: tuple[PaperDocument, ...]
    include_notes: bool


def format_dates(start: str | None, end: str | None) -> str | None:
    """'2020-07-27', '2020-07-29' -> '27–29 July 2020' (the UN's form)."""
    if not start:
        return None
    first = date.fromisoformat(start)
    last = date.fromisoformat(end) if end else first
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B}–{last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y}–{last.day} {last:%B %Y}"


def _document(row: DocumentRow, items: Sequence[ItemRow]) -> PaperDocument:
    sections: list[PaperSection] = []
    for item in items:
        paper_item = PaperItem(item.label, item.text, item.stance, item.note, item.amendment)
        if sections and sections[-1].heading == item.section:
            sections[-1] = PaperSection(item.section, (*sections[-1].items, paper_item))
        else:
            sections.append(PaperSection(item.section, (paper_item,)))
    place = ", ".join(filter(None, [row.venue, format_dates(row.start_date, row.end_date)]))
    return PaperDocument(row.title, row.symbol, row.body, place or None, tuple(sections))


def build_position_paper(
    documents: Sequence[tuple[DocumentRow, Sequence[ItemRow]]],
    *,
    delegation: str,
    issued: date,
    include_notes: bool = True,
    classification: str = "For discussion",
) -> PositionPaper:
    counts = {stance: 0 for stance in Stance}
    undecided = 0
    for _, items in documents:
        for item in items:
            if item.stance is None:
                undecided += 1
            else:
                counts[item.stance] += 1
    summary = StanceSummary(
        counts[Stance.SUPPORT], counts[Stance.OPPOSE], counts[Stance.AMEND], undecided
    )
    bodies = {row.body for row, _ in documents if row.body}
    title = "Position paper"
    return PositionPaper(
        delegation=delegation,
        title=title if len(bodies) != 1 else f"{title}: {bodies.pop()}",
        issued=issued,
        classification=classification,
        summary=summary,
        documents=tuple(_document(row, items) for row, items in documents),
        include_notes=include_notes,
    )
