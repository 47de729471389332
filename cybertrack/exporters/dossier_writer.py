"""Rendering the internal dossier: every item in full, with its stance history."""

from __future__ import annotations

from cybertrack.exporters.docx_blocks import Writer, write_item
from cybertrack.exporters.dossier import Dossier
from cybertrack.exporters.product import ProductItem, stance_word, summary_text


def write_dossier(writer: Writer, dossier: Dossier) -> None:
    vocab = writer.vocab
    for document in dossier.documents:
        writer.paragraph("CT Document Heading", document.heading.title)
        if document.heading.details:
            writer.paragraph("CT Document Details", document.heading.details)
        writer.paragraph("CT Summary", summary_text(document.summary, vocab))
        for group in document.groups:
            if group.heading:
                writer.paragraph("CT Section Heading", group.heading)
            for item in group.items:
                write_item(writer, item, tracked=dossier.options.tracked_changes)
                if dossier.options.include_history:
                    _history(writer, item)


def _history(writer: Writer, item: ProductItem) -> None:
    vocab = writer.vocab
    writer.paragraph("CT History", f"{vocab['history']}:")
    if not item.history:
        writer.paragraph("CT History", vocab["no_history"])
    for entry in item.history:
        old = stance_word(entry.old, vocab) if entry.old else vocab["none"]
        new = stance_word(entry.new, vocab) if entry.new else vocab["none"]
        writer.paragraph(
            "CT History", f"{entry.changed_at.replace('T', ' ')[:16]} UTC  {old} → {new}"
        )
