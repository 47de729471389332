"""Rendering the report to capital and the status table into the papers' Word template.

The same frame as the papers (title block, header line, nothing personal left in the file) and
their named styles only. A proposal's text is shown as Word tracked changes against the
paragraph, authored by the delegation that proposed it, so capital reads who wants what changed.
"""

from __future__ import annotations

from pathlib import Path

from cybertrack.domain.messages import Message
from cybertrack.domain.positions import Priority, RoomStatus, Stance
from cybertrack.exporters.capital_report import CapitalReport, ProposalEntry
from cybertrack.exporters.docx_blocks import STANCE_STYLES, Cell, Writer, item_paragraphs
from cybertrack.exporters.docx_pages import furnish_pages
from cybertrack.exporters.docx_template import open_template, scrub, set_language
from cybertrack.exporters.docx_writer import write_title_block
from cybertrack.exporters.files import save_whole
from cybertrack.exporters.negotiation_words import NegotiationWords
from cybertrack.exporters.product import ProductItem
from cybertrack.exporters.status_table import StatusTable

DayProduct = CapitalReport | StatusTable
# Paragraph, change or status, as of, our stance, instruction: shares of the text width.
MOVED_SHARES = (0.12, 0.34, 0.14, 0.2, 0.2)
OPEN_SHARES = (0.14, 0.28, 0.18, 0.2, 0.2)
STATUS_SHARES = (0.2, 0.4, 0.4)
STATUS_NOTE_SHARES = (0.14, 0.24, 0.24, 0.38)


def write_day_product(
    product: DayProduct, out: Path, *, template: Path, default: Path
) -> list[Message]:
    """Write `product` to `out` from `template`; returns warnings about the template."""
    document, warnings = open_template(template, default)
    title = product.title
    words = NegotiationWords(product.options.language)
    set_language(document, product.options.language)
    writer = Writer(document, words.vocab, title.delegation, title.issued_on)
    write_title_block(writer, title)
    if isinstance(product, CapitalReport):
        _write_report(writer, words, product)
    else:
        _write_status_table(writer, words, product)
    furnish_pages(
        document,
        words.vocab,
        running_head=f"{title.delegation} · {title.title}",
        classification=title.classification,
    )
    scrub(
        document,
        delegation=title.delegation,
        title=f"{title.title} – {title.delegation}",
        issued=title.issued_on,
    )
    save_whole(document.save, out)
    return warnings


def _widths(writer: Writer, shares: tuple[float, ...]) -> list[int]:
    """Column widths in twips: `shares` of the page's text width."""
    section = writer.document.sections[-1]
    total = int((section.page_width - section.left_margin - section.right_margin) / 635)
    return [int(total * share) for share in shares]


def _stance(words: NegotiationWords, stance: Stance | None) -> Cell:
    return (words.stance(stance), STANCE_STYLES[stance])


def _path(words: NegotiationWords, path: tuple[RoomStatus | None, ...]) -> str:
    """'Pending → Agreed'; in a right-to-left paper the arrow points the way it is read."""
    return words.vocab.arrow.join(words.room(status) for status in path)


def _write_report(writer: Writer, words: NegotiationWords, report: CapitalReport) -> None:
    writer.paragraph("CT Heading", report.day)
    writer.paragraph("CT Summary", report.summary)
    tracked = report.options.tracked_changes
    for document in report.documents:
        writer.paragraph("CT Document Heading", document.heading.title)
        if document.heading.details:
            writer.paragraph("CT Document Details", document.heading.details)
        section(writer, words["deviations"], words["no_deviations"], document.deviations)
        for deviation in document.deviations:
            item_paragraphs(writer, deviation.label, deviation.text)
            line = writer.paragraph("CT Stance")
            writer.text(line, words.vocab.label(words["instruction"]), "CT Field Name")
            writer.text(line, words.instruction(deviation.instruction), "CT Red Line")
            writer.text(line, " · " + words.vocab.label(words["our_stance"]), "CT Field Name")
            writer.text(line, words.stance(deviation.stance), STANCE_STYLES[deviation.stance])
            if deviation.fallback:
                writer.field("CT Rationale", words["fallback"], deviation.fallback)
            if deviation.note:
                writer.field("CT Note", words["instruction_note"], deviation.note)
        section(writer, words["moved"], words["no_moves"], document.moved)
        if document.moved:
            writer.table(
                _header(words, document.unit, "change"),
                [
                    (
                        m.label,
                        _path(words, m.path) + (f"\n{m.note}" if m.note else ""),
                        m.as_of,
                        _stance(words, m.stance),
                        words.instruction(m.instruction),
                    )
                    for m in document.moved
                ],
                _widths(writer, MOVED_SHARES),
            )
        section(writer, words["proposals"], words["no_proposals"], document.proposals)
        for proposal in document.proposals:
            _write_proposal(writer, words, proposal, tracked=tracked)
        section(writer, words["still_open"], words["nothing_open"], document.still_open)
        if document.still_open:
            writer.table(
                _header(words, document.unit, "status"),
                [
                    (
                        o.label,
                        words.room(o.status),
                        o.as_of,
                        _stance(words, o.stance),
                        words.instruction(o.instruction),
                    )
                    for o in document.still_open
                ],
                _widths(writer, OPEN_SHARES),
            )
        if document.not_taken_up:
            writer.paragraph(
                "CT Summary", words["not_taken_up"].format(items=document.not_taken_up)
            )


def section(writer: Writer, heading: str, empty: str, entries: tuple[object, ...]) -> None:
    """A section heading, and a line saying there is nothing when there is nothing."""
    writer.paragraph("CT Heading", heading)
    if not entries:
        writer.paragraph("CT Summary", empty)


def _header(words: NegotiationWords, unit: str, second: str) -> tuple[str, ...]:
    return (
        unit,
        words[second],
        words["as_of_column"],
        words["our_stance"],
        words["instruction"],
    )


def _write_proposal(
    writer: Writer, words: NegotiationWords, proposal: ProposalEntry, *, tracked: bool
) -> None:
    """'(5 bis)  India, 17:40 (new paragraph)', the wording as India's tracked changes, sides."""
    notes = [words["new_paragraph"]] if proposal.new_paragraph else []
    if proposal.withdrawn:
        notes.append(words["withdrawn"])
    head = words["proposed_by"].format(by=proposal.by, time=proposal.time)
    said = head + (f" ({', '.join(notes)})" if notes else "")
    item_paragraphs(writer, proposal.label, said, subdivide=False)
    as_item = ProductItem(
        number="",
        label=proposal.label,
        unit="paragraph",
        section=None,
        text=proposal.original,
        stance=None,
        priority=Priority.NORMAL,
        rationale="",
        amendment=proposal.text,
    )
    with _author(writer, proposal.by):
        writer.amendment(as_item, tracked=tracked)
    for key, names in (
        ("supported_by", proposal.supported_by),
        ("opposed_by", proposal.opposed_by),
    ):
        if names:
            writer.field("CT Rationale", words[key], ", ".join(names))


class _author:
    """Tracked changes written inside are authored by `name` (the proposing delegation)."""

    def __init__(self, writer: Writer, name: str) -> None:
        self._writer, self._name, self._saved = writer, name, writer.author

    def __enter__(self) -> None:
        self._writer.author = self._name

    def __exit__(self, *exc: object) -> None:
        self._writer.author = self._saved


def _write_status_table(writer: Writer, words: NegotiationWords, table: StatusTable) -> None:
    writer.paragraph("CT Heading", table.as_of)
    notes = table.options.internal
    for document in table.documents:
        writer.paragraph("CT Document Heading", document.heading.title)
        if document.heading.details:
            writer.paragraph("CT Document Details", document.heading.details)
        writer.paragraph("CT Summary", document.counts)
        header = [document.unit, words["status"], words["as_of_column"]]
        rows: list[tuple[str, ...]] = [
            (r.label, words.room(r.status), r.as_of) for r in document.rows
        ]
        if notes:  # the internal profile: the room notes as a last column
            header.append(words["room_note"])
            rows = [(*cells, r.note) for cells, r in zip(rows, document.rows, strict=True)]
        writer.table(header, rows, _widths(writer, STATUS_NOTE_SHARES if notes else STATUS_SHARES))
