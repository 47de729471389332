"""Rendering the briefing note: talking points, the wording to table with its reasons, internal
notes and (internal) the items still undecided."""

from __future__ import annotations

from cybertrack.exporters.agreed_language import write_citations
from cybertrack.exporters.briefing import BriefingNote
from cybertrack.exporters.docx_blocks import Writer, item_paragraphs, keep_together


def write_briefing(writer: Writer, note: BriefingNote) -> None:
    vocab = writer.vocab
    options = note.options
    writer.paragraph("CT Heading", vocab["summary"])
    writer.paragraph("CT Summary", note.summary_text)
    for document in note.documents:
        writer.paragraph("CT Document Heading", document.heading.title, content=True)
        if document.heading.details:
            writer.paragraph("CT Document Details", document.heading.details)
        if document.points or document.still_open:
            writer.paragraph("CT Heading", vocab["talking_points"])
            for point in document.points:
                writer.paragraph("CT Talking Point", "–\t" + point.text)
            if document.still_open:
                writer.paragraph("CT Talking Point", "–\t" + document.still_open)
        if document.proposals:
            writer.paragraph("CT Heading", vocab["proposals"])
            for item in document.proposals:
                block = [writer.headline(item, internal=options.internal)]
                if item.rationale:
                    direction = writer.direction_of(item.text)
                    reason = writer.field(
                        "CT Rationale", vocab["rationale"], item.rationale, direction
                    )
                    block.append(reason)
                if item.amendment:
                    block.append(writer.amendment(item, tracked=options.tracked_changes))
                if cited := write_citations(writer, item.citations):
                    block.append(cited)
                keep_together(block)
        if document.noted:
            writer.paragraph("CT Heading", vocab["internal_notes"])
            for item in document.noted:
                keep_together(item_paragraphs(writer, item.reference, item.note, subdivide=False))
        if options.internal:
            writer.paragraph("CT Heading", vocab.unit_heading("undecided_items", document.unit))
            if not document.undecided:
                writer.paragraph("CT Summary", vocab["all_decided"])
            for item in document.undecided:
                keep_together(item_paragraphs(writer, item.reference, item.text))
