"""Opening the Word template a product is written into, and what leaves with the file.

Every look comes from the template's named styles. A delegation's own template may lack some of
ours: those are copied from the default template (with a warning), so the paper still renders.
Before saving, the file is cleared of anything personal: core properties carry the delegation,
and comments, people, custom properties and the template's path are removed.
"""

from __future__ import annotations

import copy
import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from cybertrack.domain.messages import Code, Message

PARAGRAPH_STYLES = (
    "CT Delegation",
    "CT Title",
    "CT Meeting",
    "CT Meeting Details",
    "CT Symbol",
    "CT Date",
    "CT Classification",
    "CT Prepared By",
    "CT Heading",
    "CT Summary",
    "CT Document Heading",
    "CT Document Details",
    "CT Section Heading",
    "CT Item",
    "CT Stance",
    "CT Rationale",
    "CT Note",
    "CT Amendment",
    "CT History",
    "CT Talking Point",
    "CT Table Heading",
    "CT Table Text",
    "CT Header",
)
CHARACTER_STYLES = (
    "CT Label",
    "CT Field Name",
    "CT Stance Support",
    "CT Stance Oppose",
    "CT Stance Amend",
    "CT Stance Undecided",
    "CT Red Line",
    "CT Priority",
)
TABLE_STYLES = ("CT Table",)
ALL_STYLES = (*PARAGRAPH_STYLES, *CHARACTER_STYLES, *TABLE_STYLES)

# Parts that can carry a person's name, private remarks or a picture of an earlier document (a
# template's thumbnail, document-management metadata in custom XML); a product needs none.
_PERSONAL_RELATIONSHIPS = {
    RT.COMMENTS,
    RT.CUSTOM_PROPERTIES,
    RT.CUSTOM_XML,
    RT.GLOSSARY_DOCUMENT,
    RT.THUMBNAIL,
    "http://schemas.microsoft.com/office/2011/relationships/people",
    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
}


def open_template(template: Path, default: Path) -> tuple[Any, list[Message]]:
    """Document(template) with an empty body and every style we use; warnings for the user."""
    import docx  # lazily: python-docx costs ~90 ms at start-up

    document = docx.Document(str(template))
    warnings = [] if template == default else _borrow_missing_styles(document, default)
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document, warnings


def _borrow_missing_styles(document: Any, default: Path) -> list[Message]:
    import docx

    present = {style.name for style in document.styles}
    missing = [name for name in ALL_STYLES if name not in present]
    if not missing:
        return []
    fallback = docx.Document(str(default)).styles
    for name in missing:
        document.styles.element.append(copy.deepcopy(fallback[name].element))
    return [Message(Code.EXPORT_STYLE_BORROWED, style=name) for name in missing]


def fill_header(document: Any, text: str) -> None:
    """Put `text` in the page header unless the template's header already says something."""
    for section in document.sections:
        paragraphs = section.header.paragraphs
        if any(p.text.strip() for p in paragraphs):
            continue
        paragraph = paragraphs[0] if paragraphs else section.header.add_paragraph()
        if "CT Header" in {s.name for s in document.styles}:
            paragraph.style = document.styles["CT Header"]
        paragraph.add_run(text)


def scrub(document: Any, *, delegation: str, title: str, issued: date) -> None:
    """Leave nothing personal in the file: the delegation is its author, nothing else is said."""
    props = document.core_properties
    props.author = delegation
    props.last_modified_by = delegation
    props.title = title
    for name in ("subject", "keywords", "comments", "category", "content_status"):
        setattr(props, name, "")
    props.revision = 1
    stamp = datetime.combine(issued, time(12))
    props.created = props.modified = stamp
    props.last_printed = stamp
    _drop_relationships(document.part.rels)
    _drop_relationships(document.part.package.rels)
    settings = document.settings.element
    for element in settings.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}attachedTemplate"
    ):
        settings.remove(element)
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = re.sub(rb"<(Company|Manager)>[^<]*</\1>", rb"<\1></\1>", part.blob)


def _drop_relationships(rels: Any) -> None:
    for r_id, rel in list(rels.items()):
        if rel.reltype in _PERSONAL_RELATIONSHIPS:
            del rels[r_id]
