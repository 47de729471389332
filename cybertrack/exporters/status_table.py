"""The status table "as of" a moment, as plain data: the Secretariat's table of where the room
stands on each paragraph (paragraph, status, as of). It is shareable: room notes appear only
in the internal profile, and nothing of our stance or of capital's instructions is in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo

from cybertrack.domain.negotiation import room_counts
from cybertrack.domain.positions import RoomStatus
from cybertrack.domain.times import from_stamp
from cybertrack.exporters.capital_report import DaySource, items_title
from cybertrack.exporters.negotiation_words import NegotiationWords
from cybertrack.exporters.product import (
    DocumentHeading,
    ExportOptions,
    Source,
    TitleBlock,
    document_heading,
    title_block,
)


@dataclass(frozen=True)
class StatusRow:
    label: str
    status: RoomStatus | None
    as_of: str  # "" when the room has not discussed the paragraph
    note: str = ""  # internal profile only


@dataclass(frozen=True)
class StatusDocument:
    heading: DocumentHeading
    unit: str  # the first column's name for the items: "Paragraph", "Rule", ...
    counts: str  # 'Agreed: 12 · Bracketed: 3 · ...'
    rows: tuple[StatusRow, ...]


@dataclass(frozen=True)
class StatusTable:
    title: TitleBlock
    as_of: str  # 'As of 30 November 2026, 18:00'
    documents: tuple[StatusDocument, ...]
    options: ExportOptions


def build_status_table(
    sources: Sequence[DaySource],
    options: ExportOptions,
    *,
    as_of: str,
    delegation: str,
    initials: str = "",
    zone: tzinfo | None = None,
) -> StatusTable:
    """The room as of the stored moment `as_of`, written in `zone` (default this computer's)."""
    words = NegotiationWords(options.language)
    moment = from_stamp(as_of).astimezone(zone)
    block = title_block(
        [Source(s.document, s.items) for s in sources],
        options,
        words.vocab,
        title_key="briefing_note",
        delegation=delegation,
        issued=moment.date(),
        initials=initials,
    )
    documents = []
    for source in sources:
        entries = source.timeline.all_at(as_of)
        rows = []
        labels = source.labels()
        for item in source.items:
            entry = entries.get(item.id)
            rows.append(
                StatusRow(
                    labels[item.id],
                    entry.status if entry else None,
                    words.moment(from_stamp(entry.as_of).astimezone(zone)) if entry else "",
                    entry.note if entry and options.internal else "",
                )
            )
        counts = room_counts(
            {item.id: row.status for item, row in zip(source.items, rows, strict=True)}
        )
        documents.append(
            StatusDocument(
                heading=document_heading(source.document, words.vocab),
                unit=items_title(source.items, words.vocab),
                counts=" · ".join(
                    words["count"].format(status=words.room(status), n=n)
                    for status, n in counts.items()
                    if n
                ),
                rows=tuple(rows),
            )
        )
    return StatusTable(
        title=replace(block, title=words["status_table"]),
        as_of=words["as_of"].format(moment=words.moment(moment)),
        documents=tuple(documents),
        options=options,
    )
