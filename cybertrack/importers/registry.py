"""One entry point for every format, chosen by content first and file name second."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.model import ParsedDocument
from cybertrack.importers.binary import read_binary
from cybertrack.importers.guards import guard_input
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
        raise ImportFailed(f"{name} is not a real {kind} file (its content is of another kind)")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFailed(f"{name} is an old binary Word (.doc) file; save it as .docx in Word")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(f"{name} is not a document CyberTrack can read (binary content)")
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
        raise ImportFailed(f"{name} is not valid text (unknown character encoding)") from None


def parse_bytes(data: bytes, name: str) -> ParsedDocument:
    """Parse a document held in memory. Raises ImportFailed with one clear sentence."""
    if not data.strip():
        raise ImportFailed(f"{name} is empty")
    kind = detect_format(data, name)
    guard_input(data, kind, name)  # zip bombs, XML entities, oversized text: refused first
    content_hash = hashlib.sha256(data).hexdigest()
    if kind == "text":
        blocks = text_blocks(decode_text(data, name))
    else:
        blocks = read_binary(kind, data, name)
    document = build_document(
        blocks, source_name=name, content_hash=content_hash, source_format=kind
    )
    if not document.items:
        raise ImportFailed(f"{name} contains no numbered paragraphs or recommendations")
    return document


def read_document(path: Path) -> ParsedDocument:
    """Read and parse the file at `path`."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ImportFailed(f"{path} is a folder, not a document")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailed(
                f"{path.name} is too large to be a meeting document ({size:,} bytes)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"{path} does not exist") from None
    except PermissionError:
        raise ImportFailed(f"{path} cannot be read (permission denied)") from None
    except OSError as exc:
        raise ImportFailed(f"{path} cannot be read: {exc.strerror or exc}") from None
    return parse_bytes(data, path.name)
