"""The parts of a .docx the reader needs, opened with plain lxml.

python-docx parses every part of the package (themes, settings, fonts, comments ...) into its
own element classes, whose every lookup passes through Python. The import needs four kinds of
part only: the main document, its styles, its numbering and the first section's headers. They
are found as Word finds them, through the package's relationships, and parsed with a plain
parser (no entities, no network; `zip_guard` has refused DOCTYPEs before this runs). A Strict
Open XML document is read in the transitional namespaces.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from cybertrack.importers.docx_numbering import W

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_MAIN = _TYPES + "officeDocument"


# Word's "Strict Open XML Document" (ISO/IEC 29500 Strict) names the same elements in other
# namespaces; read as the transitional ones Word saves by default, it is the same document.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W[1:-1].encode()),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (
        b"http://purl.oclc.org/ooxml/drawingml/main",
        b"http://schemas.openxmlformats.org/drawingml/2006/main",
    ),
)


def transitional(xml: bytes) -> bytes:
    """A part of a Strict document in the transitional namespaces (others as they are)."""
    if b"purl.oclc.org/ooxml" not in xml:
        return xml
    for strict, usual in _STRICT:
        xml = xml.replace(strict, usual)
    return xml


@dataclass
class DocxPackage:
    """The main document's body, styles and numbering roots, and the first section's headers
    (first-page, default, even: those the section itself names)."""

    body: Any
    styles: Any | None
    numbering: Any | None
    headers: list[Any] = field(default_factory=list)
    # The main document numbers paragraphs by fields (AUTONUM, LISTNUM: `docx_fields`).
    numbering_fields: bool = False
    # Its comments part (the notes reviewers put in the margin), when it has one.
    comments: Any | None = None


# What the reader never asks of the main document, and that makes up most of its elements: a
# paragraph's tab stops (a report has some twenty thousand), and a run's language, sizes,
# kerning, spacing and fonts. Taken out of the bytes before parsing (in C, by one pattern),
# the tree is built in half the time and walked in half the time. A reader that comes to
# need one of them takes it out of this list (tests/unit/test_docx_package.py checks that
# no reader names them). The run's size (`w:sz`) is kept when asked for (`sizes`): a PDF
# converted to Word, read again so (docx_reader.docx_source).
UNREAD = ("tabs", "lang", "szCs", "kern", "spacing", "rFonts")
_UNREAD = re.compile(
    rb"<w:tabs>.*?</w:tabs>|<w:(?:lang|sz|szCs|kern|spacing|rFonts)\b[^>]*/>", re.DOTALL
)
_UNREAD_BUT_SIZES = re.compile(
    rb"<w:tabs>.*?</w:tabs>|<w:(?:lang|szCs|kern|spacing|rFonts)\b[^>]*/>", re.DOTALL
)


def without_unread(xml: bytes, *, sizes: bool = False) -> bytes:
    """The main document's XML without the elements no reader asks for (`UNREAD`), and
    without the runs' sizes unless `sizes`."""
    return (_UNREAD_BUT_SIZES if sizes else _UNREAD).sub(b"", xml)


def open_package(data: bytes, *, sizes: bool = False) -> DocxPackage:
    """The package's parts (`sizes`: keep the main document's run sizes, `without_unread`)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:

        def parse(name: str) -> Any:
            return etree.fromstring(transitional(archive.read(name)), parser)

        main = _main_part(archive, parse)
        rels = _relationships(archive, main, parse)
        xml = transitional(archive.read(main))
        root = etree.fromstring(without_unread(xml, sizes=sizes), parser)
        body = root.find(W + "body")
        if body is None:
            raise KeyError(W + "body")  # a package without a body: DOCX_UNREADABLE

        def related(kind: str) -> Any | None:
            target = next((t for t, k in rels.values() if k == _TYPES + kind), None)
            return parse(target) if target is not None and target in archive.NameToInfo else None

        headers = [
            parse(rels[rid][0])
            for rid in _first_section_headers(body)
            if rid in rels and rels[rid][0] in archive.NameToInfo
        ]
        fields = b"AUTONUM" in xml or b"LISTNUM" in xml
        comments = related("comments") if b"commentReference" in xml else None
        return DocxPackage(body, related("styles"), related("numbering"), headers, fields, comments)


def _main_part(archive: zipfile.ZipFile, parse: Any) -> str:
    """The main document's part name, from the package's relationships."""
    for rel in parse("_rels/.rels").iterfind(_PACKAGE_RELS + "Relationship"):
        if rel.get("Type") == _MAIN:
            return str(rel.get("Target", "")).lstrip("/")
    return "word/document.xml"


def _relationships(archive: zipfile.ZipFile, part: str, parse: Any) -> dict[str, tuple[str, str]]:
    """The part's relationships: id -> (target part name, type). External ones are left out."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    if rels_name not in archive.NameToInfo:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for rel in parse(rels_name).iterfind(_PACKAGE_RELS + "Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = str(rel.get("Target", ""))
        target = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found[str(rel.get("Id"))] = (posixpath.normpath(target), str(rel.get("Type", "")))
    return found


def _first_section_headers(body: Any) -> list[str]:
    """The relationship ids of the first section's headers, in the order the symbol is looked
    for: first-page (only when the section has a distinct first page), default, even."""
    section = next(
        (s for p in body.iterfind(f"{W}p") if (s := p.find(f"{W}pPr/{W}sectPr")) is not None),
        body.find(W + "sectPr"),
    )
    if section is None:
        return []
    by_type = {
        ref.get(W + "type", "default"): ref.get(_R + "id")
        for ref in section.iterfind(W + "headerReference")
    }
    title_page = section.find(W + "titlePg")
    first = title_page is not None and title_page.get(W + "val", "true") not in ("0", "false")
    kinds = (["first"] if first else []) + ["default", "even"]
    return [by_type[kind] for kind in kinds if by_type.get(kind)]
