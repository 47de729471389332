"""Rendering the briefing note: talking points, internal notes, undecided items."""

from __future__ import annotations

from collections.abc import Sequence

from cybertrack.exporters.agreed_language import write_citations
from cybertrack.exporters.briefing import BriefingNote
from cybertrack.exporters.docx_blocks import Writer
from cybertrack.exporters.product import ProductItem, summary_text


def write_briefing(writer: Writer, note: BriefingNote) -> None:
    vocab = writer.vocab
    writer.paragraph("CT Heading", vocab["summary"])
    writer.paragraph("CT Summary", summary_text(note.summary, vocab))
    for document in note.documents:
        writer.paragraph("CT Document Heading", document.heading.title)
        if document.heading.details:
            writer.paragraph("CT Document Details", document.heading.details)
        if document.points:
            writer.paragraph("CT Heading", vocab["talking_points"])
            for point in document.points:
                writer.paragraph("CT Talking Point", "–\t" + point.text)
        if document.wordings:
            write_wordings(writer, document.wordings)
        if document.noted:
            writer.paragraph("CT Heading", vocab["internal_notes"])
            for item in document.noted:
                writer.labelled("CT Item", item.label, item.note)
        writer.paragraph("CT Heading", vocab["undecided_items"])
        if not document.undecided:
            writer.paragraph("CT Summary", vocab["all_decided"])
        for item in document.undecided:
            writer.labelled("CT Item", item.label, item.text)


def write_wordings(writer: Writer, items: Sequence[ProductItem]) -> None:
    """Our proposed wording, item by item, each with the agreed language it cites."""
    writer.paragraph("CT Heading", writer.vocab["amendment"])
    for item in items:
        writer.labelled("CT Item", item.label, item.amendment or item.text)
        write_citations(writer, item.citations)
