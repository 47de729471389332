"""One entry point for every format, chosen by content first and file name second."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.domain.model import ParsedDocument
from cybertrack.importers.binary import read_source
from cybertrack.importers.blocks import Source
from cybertrack.importers.guards import guard_input
from cybertrack.importers.metadata import SYMBOL
from cybertrack.importers.structure import build_document
from cybertrack.importers.text_report import text_blocks

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".docx", ".pdf")
# Meeting documents are a few MB; a 100 MB file is refused before it is read, not parsed slowly.
MAX_BYTES = 50 * 1024 * 1024


def detect_format(data: bytes, name: str) -> str:
    """'text', 'docx' or 'pdf', from the file's first bytes; the name only breaks ties."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if name.lower().endswith((".pdf", ".docx")):
        # Named as a binary format but not one: a clear word beats reading it as text.
        kind = name.rsplit(".", 1)[-1].upper()
        raise ImportFailed(Code.IMPORT_FAKE_FORMAT, name=name, kind=kind)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFailed(Code.IMPORT_OLD_WORD, name=name)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(Code.IMPORT_BINARY, name=name)
    return "text"


def decode_text(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFailed(Code.IMPORT_ENCODING, name=name) from None


def parse_bytes(data: bytes, name: str) -> ParsedDocument:
    """Parse a document held in memory. Raises ImportFailed with one clear sentence."""
    if not data.strip():
        raise ImportFailed(Code.IMPORT_EMPTY, name=name)
    kind = detect_format(data, name)
    guard_input(data, kind, name)  # zip bombs, XML entities, oversized text: refused first
    content_hash = hashlib.sha256(data).hexdigest()
    if kind == "text":
        source = Source(text_blocks(decode_text(data, name)))
    else:
        source = read_source(kind, data, name)
    document = build_document(
        source.blocks, source_name=name, content_hash=content_hash, source_format=kind
    )
    if not document.items:
        raise ImportFailed(Code.IMPORT_NO_ITEMS, name=name)
    return _with_source_facts(document, source)


def _with_source_facts(document: ParsedDocument, source: Source) -> ParsedDocument:
    """The reader's warnings, and the symbol when it is printed only in a running header."""
    symbol = document.symbol
    if symbol is None:
        found = (SYMBOL.search(text) for text in source.furniture)
        symbol = next((" ".join(m.group(0).split()) for m in found if m), None)
    return replace(document, symbol=symbol, warnings=document.warnings + source.warnings)


def read_document(path: Path) -> ParsedDocument:
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
    return parse_bytes(data, path.name)
