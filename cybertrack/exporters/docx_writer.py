"""Rendering a PositionPaper into a Word document built from a template, by style name only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cybertrack.domain.model import Stance
from cybertrack.exporters.position_paper import PaperItem, PositionPaper

STANCE_WORDS = {
    Stance.SUPPORT: "Support",
    Stance.OPPOSE: "Oppose",
    Stance.AMEND: "Amend",
    None: "No position yet",
}
STANCE_STYLES = {
    Stance.SUPPORT: "CT Stance Support",
    Stance.OPPOSE: "CT Stance Oppose",
    Stance.AMEND: "CT Stance Amend",
    None: "CT Stance Undecided",
}
PARAGRAPH_STYLES = (
    "CT Delegation",
    "CT Title",
    "CT Meeting",
    "CT Classification",
    "CT Summary",
    "CT Document Heading",
    "CT Document Details",
    "CT Section Heading",
    "CT Item",
    "CT Stance",
    "CT Note",
    "CT Amendment",
)
CHARACTER_STYLES = ("CT Label", "CT Field Name", *STANCE_STYLES.values())


def _empty_document(template: Path) -> Any:
    import docx  # lazily: python-docx costs ~90 ms at start-up

    document = docx.Document(str(template))
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


def write_position_paper(paper: PositionPaper, template: Path, out: Path) -> None:
    document = _empty_document(template)
    add = document.add_paragraph
    add(paper.delegation, style="CT Delegation")
    add(paper.title, style="CT Title")
    add(f"{paper.issued.day} {paper.issued:%B %Y}", style="CT Meeting")
    add(paper.classification, style="CT Classification")
    s = paper.summary
    add(
        f"Support: {s.support} · Oppose: {s.oppose} · Amend: {s.amend} · "
        f"No position yet: {s.undecided}",
        style="CT Summary",
    )
    for doc in paper.documents:
        add(doc.title, style="CT Document Heading")
        details = [x for x in (doc.symbol, doc.body, doc.place_and_dates) if x]
        if details:
            add(" · ".join(details), style="CT Document Details")
        for section in doc.sections:
            if section.heading:
                add(section.heading, style="CT Section Heading")
            for item in section.items:
                _write_item(document, item, paper.include_notes)
    props = document.core_properties
    props.author = paper.delegation
    props.last_modified_by = paper.delegation
    props.title = paper.title
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))


def _write_item(document: Any, item: PaperItem, include_notes: bool) -> None:
    paragraph = document.add_paragraph(style="CT Item")
    paragraph.add_run(item.label, style="CT Label")
    paragraph.add_run("\t" + item.text)
    stance = document.add_paragraph(style="CT Stance")
    stance.add_run("Position: ", style="CT Field Name")
    stance.add_run(STANCE_WORDS[item.stance], style=STANCE_STYLES[item.stance])
    if include_notes and item.note:
        note = document.add_paragraph(style="CT Note")
        note.add_run("Note: ", style="CT Field Name")
        note.add_run(item.note)
    if item.amendment:
        amendment = document.add_paragraph(style="CT Amendment")
        amendment.add_run("Proposed wording: ", style="CT Field Name")
        amendment.add_run(item.amendment)
