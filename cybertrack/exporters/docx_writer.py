"""Rendering the products into a Word document built from a template, by style name only."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cybertrack.domain.messages import Message
from cybertrack.exporters.briefing import BriefingNote
from cybertrack.exporters.briefing_writer import write_briefing
from cybertrack.exporters.docx_blocks import STANCE_STYLES, Writer, write_group_headings, write_item
from cybertrack.exporters.docx_pages import furnish_pages
from cybertrack.exporters.docx_template import open_template, scrub, set_language
from cybertrack.exporters.dossier import Dossier
from cybertrack.exporters.dossier_writer import write_dossier
from cybertrack.exporters.excerpts import excerpt
from cybertrack.exporters.files import save_whole
from cybertrack.exporters.position_paper import PositionPaper
from cybertrack.exporters.product import TitleBlock, stance_word
from cybertrack.exporters.text_width import ems
from cybertrack.exporters.vocabulary import Vocabulary

Product = PositionPaper | BriefingNote | Dossier
# Table text is 9 pt (the template's CT Table Heading/Text); a cell has 85 twips of margin a side.
TABLE_POINTS = 9
CELL_MARGINS = 2 * 85


def write_product(product: Product, out: Path, *, template: Path, default: Path) -> list[Message]:
    """Write `product` to `out` from `template`; returns warnings about the template."""
    document, warnings = open_template(template, default)
    options = product.options
    title = product.title
    vocab = Vocabulary(options.language)
    set_language(document, options.language)
    writer = Writer(document, vocab, title.delegation, title.issued_on)
    write_title_block(writer, title)
    if isinstance(product, PositionPaper):
        write_position_paper(writer, product)
    elif isinstance(product, BriefingNote):
        write_briefing(writer, product)
    else:
        write_dossier(writer, product)
    furnish_pages(
        document,
        vocab,
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


def write_title_block(writer: Writer, title: TitleBlock) -> None:
    writer.paragraph("CT Delegation", title.delegation, content=True)
    writer.paragraph("CT Title", title.title)
    for style, text in (
        ("CT Meeting", title.meeting),
        ("CT Meeting Details", title.place_and_dates),
        ("CT Symbol", title.symbols),
        ("CT Date", title.issued),
        ("CT Classification", title.classification),
        ("CT Prepared By", title.prepared_by),
    ):
        if text:
            writer.paragraph(style, text)


def write_position_paper(writer: Writer, paper: PositionPaper) -> None:
    vocab = writer.vocab
    internal = paper.options.internal
    writer.paragraph("CT Heading", vocab["summary"])
    writer.paragraph("CT Summary", paper.summary_text)
    for document in paper.documents:
        writer.paragraph("CT Document Heading", document.heading.title, content=True)
        if document.heading.details:
            writer.paragraph("CT Document Details", document.heading.details)
        if not document.items:
            continue
        writer.paragraph("CT Heading", vocab["overview"])
        header = (vocab.unit_title(document.unit), vocab["text"], vocab["position"])
        rows = [
            (
                i.reference,
                excerpt(i.text),
                (stance_word(i.stance, vocab, internal=internal), STANCE_STYLES[i.stance]),
            )
            for i in document.items
        ]
        writer.table(header, rows, overview_widths(writer, header, rows))
        for group in write_group_headings(writer, document.groups, document.heading.title):
            for item in group.items:
                write_item(writer, item, tracked=paper.options.tracked_changes, internal=internal)


def overview_widths(
    writer: Writer,
    header: tuple[str, str, str],
    rows: list[tuple[str, str, tuple[str, str]]],
) -> list[int]:
    """Label and position columns as wide as their longest word (so 'Paragraphe' never breaks
    inside), at most a quarter of the page each; the text takes the rest."""
    section = writer.document.sections[-1]
    total = int((section.page_width - section.left_margin - section.right_margin) / 635)
    label = _fit([header[0], *(r[0] for r in rows)], whole=True)
    position = _fit([header[2], *(r[2][0] for r in rows)], whole=False)
    label, position = min(label, total // 4), min(position, total // 4)
    return [label, total - label - position, position]


def _fit(texts: Iterable[str], *, whole: bool) -> int:
    """Twips wide enough for the widest text (`whole`) or the widest word, in bold table text."""
    widest = 0.0
    for text in texts:
        for part in [text] if whole else text.split():
            widest = max(widest, ems(part))
    return int(widest * TABLE_POINTS * 20) + CELL_MARGINS + 60
