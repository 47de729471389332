"""Rendering the internal dossier: every item in full, with its stance history."""

from __future__ import annotations

from typing import Any

from cybertrack.exporters.docx_blocks import Writer, keep_lines, write_group_headings, write_item
from cybertrack.exporters.dossier import Dossier
from cybertrack.exporters.product import ProductItem, stance_word


def write_dossier(writer: Writer, dossier: Dossier) -> None:
    vocab = writer.vocab
    options = dossier.options
    writer.paragraph("CT Heading", vocab["summary"])
    writer.paragraph("CT Summary", dossier.summary_text)
    for document in dossier.documents:
        writer.paragraph("CT Document Heading", document.heading.title, content=True)
        if document.heading.details:
            writer.paragraph("CT Document Details", document.heading.details)
        if len(dossier.documents) > 1:
            writer.paragraph("CT Summary", document.summary_text)
        for group in write_group_headings(writer, document.groups, document.heading.title):
            for item in group.items:
                write_item(
                    writer,
                    item,
                    tracked=options.tracked_changes,
                    internal=True,
                    history=_history if options.include_history else None,
                )


def _history(writer: Writer, item: ProductItem) -> list[Any]:
    """'Stance history:' and its entries as one paragraph, one entry a line, never split: a
    heading and its lines cannot then be parted by a page break."""
    vocab = writer.vocab
    lines = [vocab.label(vocab["history"]).rstrip()]
    if not item.history:
        lines.append(vocab["no_history"])
    for entry in item.history:
        old = stance_word(entry.old, vocab) if entry.old else vocab["none"]
        new = stance_word(entry.new, vocab) if entry.new else vocab["none"]
        when = entry.changed_at.replace("T", " ")[:16]
        lines.append(f"{when} UTC  {old}{vocab.arrow}{new}")
    paragraph = writer.paragraph("CT History", "\n".join(lines))
    keep_lines(paragraph)
    return [paragraph]
