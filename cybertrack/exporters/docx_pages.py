"""Page furniture: the classification marking and "Page N of M" on every page, whatever the
template, with a first page of its own.

A delegation's template may bring a letterhead in its header and its own page numbers in the
footer. Its header content is kept on every page it was meant for, and copied to the first page
when the template had no first page of its own; our marking is added below it (on later pages
with a running head naming the delegation and the paper). Page-number lines of the template's
footer are replaced by ours, in the paper's language.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from cybertrack.domain.text import clean_text
from cybertrack.exporters.docx_blocks import make_right_to_left
from cybertrack.exporters.vocabulary import Vocabulary

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PAGE_FIELD = re.compile(r"\b(PAGE|NUMPAGES|SECTIONPAGES)\b")
_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}


def furnish_pages(
    document: Any, vocab: Vocabulary, *, running_head: str, classification: str
) -> None:
    styles = {style.name for style in document.styles}
    for section in document.sections:
        had_first_page = section.different_first_page_header_footer
        section.different_first_page_header_footer = True
        pairs = [
            (section.header, section.footer, False),
            (section.first_page_header, section.first_page_footer, True),
        ]
        if document.settings.odd_and_even_pages_header_footer:
            pairs.append((section.even_page_header, section.even_page_footer, False))
        if not had_first_page:  # the template's header (a letterhead) opens page 1 too
            _copy_content(section.header, section.first_page_header)
            _copy_content(section.footer, section.first_page_footer)
        for header, footer, first in pairs:
            _drop_empty_and_page_lines(header)
            _drop_empty_and_page_lines(footer)
            marking = classification if first else f"{running_head} · {classification}"
            _add_line(header, vocab, "CT Header" if "CT Header" in styles else None, marking)
            _add_page_line(footer, vocab, "CT Footer" if "CT Footer" in styles else None)


def _copy_content(source: Any, target: Any) -> None:
    """Copy a header's or footer's paragraphs and tables (a letterhead, with its pictures)."""
    target.is_linked_to_previous = False
    target_element = target._element
    for child in list(target_element):
        target_element.remove(child)
    if source.is_linked_to_previous:
        return
    source_part, target_part = source.part, target.part
    for child in source._element:
        duplicate = copy.deepcopy(child)
        for element in duplicate.iter():
            for name, value in list(element.attrib.items()):
                if name.startswith(_R) and value in source_part.rels:
                    rel = source_part.rels[value]
                    if rel.is_external:
                        new = target_part.relate_to(rel.target_ref, rel.reltype, is_external=True)
                    else:
                        new = target_part.relate_to(rel.target_part, rel.reltype)
                    element.set(name, new)
        target_element.append(duplicate)


def _drop_empty_and_page_lines(part: Any) -> None:
    """Remove empty paragraphs and lines holding a page-number field (ours replaces them)."""
    element = part._element
    for p in element.findall(qn("w:p")):
        instructions = [f.get(qn("w:instr"), "") for f in p.iter(qn("w:fldSimple"))]
        instructions += [t.text or "" for t in p.iter(qn("w:instrText"))]
        has_page = any(_PAGE_FIELD.search(text) for text in instructions)
        has_content = any((t.text or "").strip() for t in p.iter(qn("w:t"))) or any(
            True for _ in p.iter(qn("w:drawing"), qn("w:pict"), qn("w:object"))
        )
        if has_page or not has_content:
            element.remove(p)


def _paragraph(part: Any, vocab: Vocabulary, style: str | None) -> Any:
    paragraph = part.add_paragraph()
    if style:
        paragraph.style = style
    if vocab.right_to_left:
        make_right_to_left(paragraph)
    return paragraph


def _add_line(part: Any, vocab: Vocabulary, style: str | None, text: str) -> None:
    paragraph = _paragraph(part, vocab, style)
    paragraph.add_run(clean_text(text))


def _add_page_line(part: Any, vocab: Vocabulary, style: str | None) -> None:
    """'Page 3 of 7' with Word's PAGE and NUMPAGES fields, in the paper's language."""
    paragraph = _paragraph(part, vocab, style)
    for piece in re.split(r"(\{page\}|\{pages\})", vocab["page_of"]):
        if not piece:
            continue
        field = _FIELDS.get(piece.strip("{}")) if piece.startswith("{") else None
        if field is None:
            paragraph.add_run(piece)
            continue
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), f" {field} ")
        run = OxmlElement("w:r")
        result = OxmlElement("w:t")
        result.text = "1"
        run.append(result)
        simple.append(run)
        paragraph._p.append(simple)
