"""Rendering the products into a Word document built from a template, by style name only."""

from __future__ import annotations

from pathlib import Path

from cybertrack.domain.messages import Message
from cybertrack.exporters.briefing import BriefingNote
from cybertrack.exporters.briefing_writer import write_briefing
from cybertrack.exporters.docx_blocks import STANCE_STYLES, Writer, write_item
from cybertrack.exporters.docx_template import fill_header, open_template, scrub
from cybertrack.exporters.dossier import Dossier
from cybertrack.exporters.dossier_writer import write_dossier
from cybertrack.exporters.position_paper import PositionPaper
from cybertrack.exporters.product import TitleBlock, stance_word
from cybertrack.exporters.vocabulary import Vocabulary

Product = PositionPaper | BriefingNote | Dossier
EXCERPT_WORDS = 14
# Item, text excerpt, position: proportions of the template's text width.
OVERVIEW_SHARES = (0.1, 0.68, 0.22)


def write_product(product: Product, out: Path, *, template: Path, default: Path) -> list[Message]:
    """Write `product` to `out` from `template`; returns warnings about the template."""
    document, warnings = open_template(template, default)
    options = product.options
    title = product.title
    writer = Writer(document, Vocabulary(options.language), title.delegation, title.issued_on)
    write_title_block(writer, title)
    if isinstance(product, PositionPaper):
        write_position_paper(writer, product)
    elif isinstance(product, BriefingNote):
        write_briefing(writer, product)
    else:
        write_dossier(writer, product)
    fill_header(document, f"{title.delegation} · {title.title} · {title.classification}")
    scrub(
        document,
        delegation=title.delegation,
        title=f"{title.title} – {title.delegation}",
        issued=title.issued_on,
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return warnings


def write_title_block(writer: Writer, title: TitleBlock) -> None:
    writer.paragraph("CT Delegation", title.delegation)
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
    writer.paragraph("CT Heading", vocab["summary"])
    writer.paragraph("CT Summary", paper.summary_text)
    for document in paper.documents:
        writer.paragraph("CT Document Heading", document.heading.title)
        if document.heading.details:
            writer.paragraph("CT Document Details", document.heading.details)
        writer.paragraph("CT Heading", vocab["overview"])
        writer.table(
            (vocab["item"], vocab["text"], vocab["position"]),
            [
                (i.label, excerpt(i.text), (stance_word(i.stance, vocab), STANCE_STYLES[i.stance]))
                for i in document.items
            ],
            OVERVIEW_SHARES,
        )
        for group in document.groups:
            if group.heading:
                writer.paragraph("CT Section Heading", group.heading)
            for item in group.items:
                write_item(writer, item, tracked=paper.options.tracked_changes)


def excerpt(text: str) -> str:
    words = text.split()
    return text if len(words) <= EXCERPT_WORDS else " ".join(words[:EXCERPT_WORDS]) + " …"
