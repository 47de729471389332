"""Refuse hostile or broken .docx and .odt containers before any XML parser sees them.

A .docx (and an OpenDocument .odt) is a zip of XML parts. Three things a mailed file can do
to a reader: unpack to gigabytes (a zip bomb), declare XML entities that expand or fetch files
(billion laughs, XXE), or lack the parts a reader relies on. Each is refused here with one
sentence. Word and LibreOffice never write a DOCTYPE, so refusing every entity declaration costs
real documents nothing.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code

MAX_PARTS = 5_000
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
# Real Word XML compresses 10-30 times; deflate bombs reach about 1,000.
MAX_RATIO = 200
RATIO_APPLIES_ABOVE = 1024 * 1024
REQUIRED_PARTS = ("[Content_Types].xml", "_rels/.rels", "word/document.xml")
ODT_REQUIRED_PARTS = ("content.xml",)
_XML_SUFFIXES = (".xml", ".rels")
MAX_MANIFEST = 4 * 1024 * 1024


def _declares_entities(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the part's prolog holds a DOCTYPE or ENTITY declaration.

    XML allows a declaration only before the root element (a parser refuses one after it), so
    the part is unpacked only until its root opens: a few hundred bytes of each part, where
    unpacking every part whole cost a tenth of a Word import. A prolog longer than any editor
    writes (comments the size of a document) is refused as the hostile thing it is."""
    head, size = b"", _PROLOG_CHUNK
    with archive.open(info) as part:
        while chunk := part.read(size):
            head += chunk
            found = _prolog_verdict(head)
            if found is not None:
                return found
            if len(head) >= _LONGEST_PROLOG:
                return True
            size *= 2  # read again only as often as the prolog doubles
    return bool(_prolog_verdict(head, complete=True))


_PROLOG_CHUNK = 4096
_LONGEST_PROLOG = 1024 * 1024
# The prolog's markup, in the three encodings a part may be written in: comments and
# processing instructions are passed over; "<!" opens a declaration; any other "<" the root.
_UTF16 = {
    b"\xff\xfe": "utf-16-le",
    b"\xfe\xff": "utf-16-be",
    b"<\x00": "utf-16-le",
    b"\x00<": "utf-16-be",
}


def _prolog_verdict(head: bytes, *, complete: bool = False) -> bool | None:
    """True: a declaration before the root; False: the root opens first (or text stands
    there, which no parser accepts); None: `head` ends inside the prolog."""
    encoding = _UTF16.get(head[:2])
    text = head.decode(encoding or "latin-1", errors="ignore")
    if encoding is not None:
        text = text.lstrip("\ufeff")
    elif text.startswith("\xef\xbb\xbf"):  # UTF-8's byte order mark, read as latin-1
        text = text[3:]
    at = 0
    while True:
        at = len(text) - len(text[at:].lstrip())
        if at == len(text):
            return False if complete else None
        if len(text) - at < len("<!--") and not complete:
            return None  # the chunk ends before the markup can be told
        if text.startswith("<!--", at) or text.startswith("<?", at):
            end = "-->" if text[at + 1] == "!" else "?>"
            close = text.find(end, at + 2)
            if close == -1:
                return False if complete else None
            at = close + len(end)
        else:  # "<!": a DOCTYPE, or a declaration no editor writes; any other "<": the root
            return text.startswith("<!", at)


def check_docx(data: bytes, name: str) -> None:
    """Raise ImportFailed unless `data` is a zip a .docx reader may safely open."""
    check_zip(data, name, odt=False)


def check_odt(data: bytes, name: str) -> None:
    """Raise ImportFailed unless `data` is a zip the .odt reader may safely open."""
    check_zip(data, name, odt=True)


def check_zip(data: bytes, name: str, *, odt: bool) -> None:
    damaged = Code.ODT_DAMAGED if odt else Code.ZIP_DAMAGED
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, NotImplementedError):
        raise ImportFailed(damaged, name=name) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise ImportFailed(Code.ZIP_TOO_MANY_PARTS, name=name, count=len(infos))
        total = sum(info.file_size for info in infos)
        if total > MAX_UNPACKED_BYTES:
            raise ImportFailed(Code.ZIP_TOO_LARGE, name=name, size=total // 2**20)
        for info in infos:
            if info.flag_bits & 0x1:
                raise ImportFailed(Code.ODT_PASSWORD if odt else Code.DOCX_PASSWORD, name=name)
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_APPLIES_ABOVE and ratio > MAX_RATIO:
                raise ImportFailed(Code.ZIP_BOMB, name=name, part=info.filename, ratio=round(ratio))
        names = {info.filename for info in infos}
        for required in ODT_REQUIRED_PARTS if odt else REQUIRED_PARTS:
            if required not in names:
                code = Code.ODT_PART_MISSING if odt else Code.DOCX_PART_MISSING
                raise ImportFailed(code, name=name, part=required)
        try:
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES) and _declares_entities(
                    archive, info
                ):
                    raise ImportFailed(Code.XML_ENTITIES, name=name, part=info.filename)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
            raise ImportFailed(
                Code.ODT_DAMAGED if odt else Code.ZIP_PART_DAMAGED, name=name
            ) from None
        if odt and _encrypted_odt(archive, names):
            raise ImportFailed(Code.ODT_PASSWORD, name=name)


def _encrypted_odt(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """OpenDocument encrypts parts itself and says so in its manifest, not in the zip."""
    if "META-INF/manifest.xml" not in names:
        return False
    with archive.open("META-INF/manifest.xml") as manifest:
        return b"encryption-data" in manifest.read(MAX_MANIFEST)
