"""One entry point for every format, chosen by content first and file name second."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ParsedDocument
from cybertrack.domain.units import RevisionView
from cybertrack.importers.binary import read_source
from cybertrack.importers.blocks import Source
from cybertrack.importers.build import build_document
from cybertrack.importers.email_reader import looks_like_email
from cybertrack.importers.encodings import NAMES, declared_charset, decode
from cybertrack.importers.guards import guard_input
from cybertrack.importers.metadata import SYMBOL
from cybertrack.importers.reflow import reflowed
from cybertrack.importers.table_items import items_from_tables
from cybertrack.importers.text_report import text_blocks

SUPPORTED_SUFFIXES = (
    ".txt",
    ".md",
    ".markdown",
    ".text",
    ".docx",
    ".pdf",
    ".odt",
    ".rtf",
    ".html",
    ".htm",
    ".doc",
    ".eml",
)
# Meeting documents are a few MB; a 100 MB file is refused before it is read, not parsed slowly.
MAX_BYTES = 50 * 1024 * 1024
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body)", re.IGNORECASE)
# A file may open on a tag alone and be markdown or text under it (the Dutch treaty
# database's copies open on "<meta http-equiv=...>"): HTML only if its tags follow.
_HTML_FRAGMENT = re.compile(rb"^\s*(?:<meta|<!--)", re.IGNORECASE)
_HTML_TAGS = re.compile(rb"<(?:html|body|p|div|ol|h[1-6]|table)\b", re.IGNORECASE)
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_BINARY_NAMES = (".pdf", ".docx", ".odt", ".rtf", ".doc")
# Parts of Office files that are not Word documents: workbooks, presentations, diagrams.
_OTHER_PARTS = ("xl/", "ppt/", "visio/")


def _zip_kind(data: bytes, name: str) -> str:
    """'odt' for an OpenDocument text, else 'docx' (whose reader names what is damaged in one).
    A zip that is plainly something else (a workbook, a presentation, an OpenDocument
    spreadsheet, an archive with no document in it) is refused as what it is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            # An OpenDocument file names its kind in its "mimetype" part (stored or compressed).
            small = "mimetype" in names and archive.getinfo("mimetype").file_size <= 200
            mimetype = archive.read("mimetype") if small else None
    except (
        zipfile.BadZipFile,
        ValueError,
        OSError,
        EOFError,
        KeyError,
        RuntimeError,
        NotImplementedError,
    ):
        return "docx"
    if "word/document.xml" in names:
        return "docx"
    if mimetype is not None:
        if mimetype.strip() == _ODT_MIMETYPE:
            return "odt"
        raise ImportFailed(Code.IMPORT_OTHER_ARCHIVE, name=name)
    if "content.xml" in names:
        return "odt"
    wordish = "[Content_Types].xml" in names or any(n.startswith("word/") for n in names)
    if not wordish or any(n.startswith(_OTHER_PARTS) for n in names):
        raise ImportFailed(Code.IMPORT_OTHER_ARCHIVE, name=name)
    return "docx"


# The stream a password-protected Word, Excel or PowerPoint file keeps its encrypted package in,
# named in the compound file's directory (UTF-16).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


# Stream names of compound files (UTF-16 in the directory): Outlook keeps a message's fields in
# "__substg1.0_..." streams; a Word 97-2003 document has its text in "WordDocument".
_OUTLOOK_STREAM = "__substg1.0_".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
# What Excel, PowerPoint and Visio name their main streams ("Book": Excel 5).
_OTHER_OFFICE_STREAMS = tuple(
    name.encode("utf-16-le") + b"\x00\x00"
    for name in ("Workbook", "Book", "PowerPoint Document", "VisioDocument")
)


def _compound_kind(data: bytes, name: str) -> str:
    """'doc' for an old Word document in its compound file; another Office file (an Outlook
    message, an Excel workbook, a PowerPoint presentation) is refused as what it is. A name is
    matched whole, with the NUL that ends it ("Book" is no "Bookmarks")."""
    if _ENCRYPTED_PACKAGE in data:
        # Word's password protection: the .docx sealed in a compound file (not a .doc).
        raise ImportFailed(Code.DOCX_PASSWORD, name=name)
    word = _WORD_STREAM in data  # a Word document may embed a message: the name decides then
    if _OUTLOOK_STREAM in data and (not word or name.lower().endswith(".msg")):
        raise ImportFailed(Code.IMPORT_OUTLOOK_MESSAGE, name=name)
    if not word and any(stream in data for stream in _OTHER_OFFICE_STREAMS):
        raise ImportFailed(Code.IMPORT_OTHER_OFFICE, name=name)
    return "doc"  # a damaged one too: LibreOffice's conversion says what it can


def detect_format(data: bytes, name: str) -> str:
    """'text', 'docx', 'pdf', 'odt', 'rtf', 'html', 'email' or 'doc', from the file's first
    bytes; the name only breaks ties."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _compound_kind(data, name)
    if name.lower().endswith(_BINARY_NAMES):
        # Named as a binary format but not one: a clear word beats reading it as text.
        kind = name.rsplit(".", 1)[-1].upper()
        raise ImportFailed(Code.IMPORT_FAKE_FORMAT, name=name, kind=kind)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(Code.IMPORT_BINARY, name=name)
    tagged = name.lower().endswith((".html", ".htm")) or bool(_HTML_FRAGMENT.match(head))
    if _HTML.match(head) or (tagged and _HTML_TAGS.search(head)):
        return "html"
    if looks_like_email(data):
        return "email"
    return "text"


def _source(kind: str, data: bytes, name: str, revisions: RevisionView) -> Source:
    if kind in ("docx", "pdf"):
        return read_source(kind, data, name, revisions)
    try:
        return _markup_source(kind, data, name)
    except (ImportFailed, RecursionError, MemoryError):
        raise
    except Exception as exc:
        # A file no reader expected: one sentence, no traceback.
        reason = f"{type(exc).__name__}: {exc}"
        raise ImportFailed(
            Code.IMPORT_READER_FAILED, name=name, kind=kind.upper(), reason=reason
        ) from exc


def _markup_source(kind: str, data: bytes, name: str) -> Source:
    if kind in ("text", "html"):
        declared = declared_charset(data) if kind == "html" else None
        text, encoding = decode(data, name, declared)
        # A code page guessed (not declared), other than the Western one most such files are
        # in: said, so that a delegate looks before trusting it.
        guessed = encoding is not None and encoding not in (declared, "cp1252")
        shown = NAMES.get(encoding or "", encoding or "")
        said = Message(Code.IMPORT_LEGACY_ENCODING, name=name, encoding=shown)
        if kind == "text":
            source = Source(text_blocks(text))
        else:
            from cybertrack.importers.html_reader import html_source

            source = html_source(text)
        return replace(source, warnings=((said,) if guessed else ()) + source.warnings)
    if kind == "email":
        from cybertrack.importers.email_reader import email_source

        return email_source(data, name)
    if kind == "rtf":
        from cybertrack.importers.rtf_reader import rtf_source

        return rtf_source(data, name)
    if kind == "odt":
        from cybertrack.importers.odt_reader import odt_source

        return odt_source(data, name)
    raise ImportFailed(Code.IMPORT_UNSUPPORTED, name=name, kind=kind)


def parse_bytes(
    data: bytes, name: str, *, revisions: RevisionView = RevisionView.PROPOSED
) -> ParsedDocument:
    """Parse a document held in memory. Raises ImportFailed with one clear sentence.

    `revisions` chooses which version of a Word file with tracked changes is read.
    """
    if not data.strip():
        raise ImportFailed(Code.IMPORT_EMPTY, name=name)
    kind = detect_format(data, name)
    if kind == "email":
        return _email_document(data, name, revisions)
    return _parse(data, kind, name, revisions)


def _email_document(data: bytes, name: str, revisions: RevisionView) -> ParsedDocument:
    """An e-mail's text; when that holds no numbered paragraphs and one document is attached
    (a chair's draft sent "as attached"), that document."""
    from cybertrack.importers.email_reader import attached_documents, named_files

    try:
        return _parse(data, "email", name, revisions)
    except ImportFailed as failure:
        unread = (Code.IMPORT_NO_ITEMS, Code.IMPORT_EMPTY, Code.IMPORT_EMAIL_ATTACHED_ONLY)
        attached = attached_documents(data)
        if failure.message.code not in unread or not attached:
            raise
        if len(attached) > 1:
            files = named_files([file for file, _ in attached])
            raise ImportFailed(Code.IMPORT_EMAIL_ATTACHED_ONLY, name=name, files=files) from None
    file, content = attached[0]
    document = parse_bytes(content, file, revisions=revisions)
    said = Message(Code.IMPORT_EMAIL_ATTACHMENT_READ, name=name, file=file)
    return replace(document, warnings=(said, *document.warnings))


def _parse(data: bytes, kind: str, name: str, revisions: RevisionView) -> ParsedDocument:
    content_hash = hashlib.sha256(data).hexdigest()
    source_format = kind
    if kind == "doc":
        from cybertrack.importers.doc_convert import convert_doc

        data, kind = convert_doc(data, name), "docx"
    guard_input(data, kind, name)  # zip bombs, XML entities, oversized text: refused first
    source = _source(kind, data, name, revisions)
    if kind in ("docx", "odt", "rtf", "html", "email"):
        source = reflowed(source)  # a text pasted line by line: read as the text it is
    if kind in ("text", "odt", "rtf", "html", "email"):
        source = items_from_tables(source)  # a list of recommendations set as a table
    tracked = any(block.revision is not None for block in source.blocks)
    document = build_document(
        source.blocks,
        source_name=name,
        content_hash=content_hash,
        source_format=source_format,
        revisions=revisions if tracked else None,
        header_symbol=_header_symbol(source),
    )
    if not document.items:
        raise ImportFailed(Code.IMPORT_NO_ITEMS, name=name)
    document = _with_source_facts(document, source)
    if tracked:
        touched = sum(1 for item in document.items if item.revision is not None)
        word = Code.WORD_PROPOSED if revisions is RevisionView.PROPOSED else Code.WORD_ORIGINAL
        note = Message(Code.TRACKED_CHANGES, n=touched, view=Message(word))
        document = replace(document, warnings=(note, *document.warnings))
    return document


def _header_symbol(source: Source) -> str | None:
    """The symbol a running header prints, for a document whose first page does not."""
    found = (SYMBOL.search(text) for text in source.furniture)
    return next((" ".join(m.group(0).split()) for m in found if m), None)


def _with_source_facts(document: ParsedDocument, source: Source) -> ParsedDocument:
    """The reader's warnings after the document's own."""
    return replace(document, warnings=document.warnings + source.warnings)


def read_document(path: Path, *, revisions: RevisionView = RevisionView.PROPOSED) -> ParsedDocument:
    """Read and parse the file at `path`."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ImportFailed(Code.IMPORT_FOLDER, path=str(path))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailed(Code.IMPORT_TOO_LARGE, name=path.name, size=round(size / 2**20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(Code.FILE_MISSING, path=str(path)) from None
    except PermissionError:
        raise ImportFailed(Code.IMPORT_PERMISSION, path=str(path)) from None
    except OSError as exc:
        raise ImportFailed(
            Code.IMPORT_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)
        ) from None
    return parse_bytes(data, _printable_name(path.name), revisions=revisions)


def _printable_name(name: str) -> str:
    """A file name as the workspace can store and print it: bytes no encoding names (a name
    written in Latin-1 on a UTF-8 system, "r\udce9s.docx") become U+FFFD. Stored as they
    were, they failed the database's write after other files of the batch were saved."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
