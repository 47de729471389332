"""Opening the Word template a product is written into, and what leaves with the file.

Every look comes from the template's named styles. A delegation's own template may lack some of
ours: those are copied from the default template (with a warning), so the paper still renders.
A Word template (.dotx, or .dotm/.docm without its macros) is read as the document it starts.
Before saving, the file is cleared of anything personal: core properties carry the delegation,
and comments, people, custom properties, document variables, macros and the template's path
are removed; the paper's language is declared so spelling and hyphenation follow it.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.text import clean_text

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
    "CT Item Text",
    "CT Stance",
    "CT Rationale",
    "CT Note",
    "CT Amendment",
    "CT History",
    "CT Talking Point",
    "CT Table Heading",
    "CT Table Text",
    "CT Header",
    "CT Footer",
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
    "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
}
# The main part's content type of a template or a macro-enabled file, and of a document.
_MAIN_TYPES = re.compile(
    rb"application/vnd\.(?:openxmlformats-officedocument\.wordprocessingml\.template\.main|"
    rb"ms-word\.(?:template|document)\.macroEnabled(?:Template)?\.main)\+xml"
)
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
LANGUAGE_TAGS = {
    "en": "en-GB",
    "fr": "fr-FR",
    "es": "es-ES",
    "ar": "ar-SA",
    "ru": "ru-RU",
    "zh": "zh-CN",
}


def open_template(template: Path, default: Path) -> tuple[Any, list[Message]]:
    """Document(template) with an empty body and every style we use; warnings for the user."""
    document = _open(template)
    warnings = [] if template == default else _borrow_missing_styles(document, default)
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document, warnings


def _open(path: Path) -> Any:
    """python-docx's Document, for a template (.dotx/.dotm) or macro file too: their main part
    is a document under another content type, which python-docx refuses."""
    import docx  # lazily: python-docx costs ~90 ms at start-up

    data = path.read_bytes()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = archive.read("[Content_Types].xml")
    except (zipfile.BadZipFile, KeyError):
        return docx.Document(str(path))  # python-docx says what is wrong
    if not _MAIN_TYPES.search(types):
        return docx.Document(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "[Content_Types].xml":
                content = _MAIN_TYPES.sub(_DOCUMENT_TYPE, content)
            target.writestr(entry, content)
    return docx.Document(io.BytesIO(out.getvalue()))


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


def set_language(document: Any, language: str) -> None:
    """Declare the paper's language (spelling, hyphenation, the default direction of Arabic)."""
    tag = LANGUAGE_TAGS[language]
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    if language == "zh":
        lang.set(qn("w:eastAsia"), tag)
    elif language == "ar":
        lang.set(qn("w:bidi"), tag)
    else:
        lang.set(qn("w:val"), tag)
    document.core_properties.language = tag
    if language == "ar":  # the section too: columns and gutter right to left
        for section in document.sections:
            sect = section._sectPr
            if sect.find(qn("w:bidi")) is None:
                later = [
                    sect.find(qn(n)) for n in ("w:rtlGutter", "w:docGrid", "w:printerSettings")
                ]
                following = next((e for e in later if e is not None), None)
                bidi = OxmlElement("w:bidi")
                if following is not None:
                    following.addprevious(bidi)
                else:
                    sect.append(bidi)


def scrub(document: Any, *, delegation: str, title: str, issued: date) -> None:
    """Leave nothing personal in the file: the delegation is its author, nothing else is said."""
    delegation, title = clean_text(delegation), clean_text(title)
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
    for name in ("w:attachedTemplate", "w:docVars", "w:rsids"):
        for element in settings.findall(qn(name)):
            settings.remove(element)
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = re.sub(rb"<(Company|Manager)>[^<]*</\1>", rb"<\1></\1>", part.blob)


def _drop_relationships(rels: Any) -> None:
    for r_id, rel in list(rels.items()):
        if rel.reltype in _PERSONAL_RELATIONSHIPS:
            del rels[r_id]
