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
_DECLARATIONS = (b"<!doctype", b"<!entity")
_CHUNK = 1024 * 1024
MAX_MANIFEST = 4 * 1024 * 1024


def _patterns() -> tuple[bytes, ...]:
    """The declarations as they look in UTF-8 and in the UTF-16 a part may be written in."""
    found: list[bytes] = []
    for word in _DECLARATIONS:
        text = word.decode("ascii")
        found += [word, text.encode("utf-16-le"), text.encode("utf-16-be")]
    return tuple(found)


_PATTERNS = _patterns()


def _declares_entities(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Stream the part, looking for a DOCTYPE or ENTITY declaration (chunk edges overlap)."""
    tail = b""
    keep = max(len(p) for p in _PATTERNS)
    with archive.open(info) as part:
        while chunk := part.read(_CHUNK):
            window = tail + chunk
            if _declaration_in(window):
                return True
            tail = window[-keep:]
    return False


# "<!" as UTF-8, UTF-16-LE and UTF-16-BE write it: found at memchr speed, and only what follows
# one is lowered and compared (Word's XML has none; lowering every part cost more).
_OPENERS = (b"<!", "<!".encode("utf-16-le"), "<!".encode("utf-16-be"))


def _declaration_in(window: bytes) -> bool:
    if b"!" not in window:
        return False  # every opener has this byte: one memchr pass clears most parts
    for opener in _OPENERS:
        start = window.find(opener)
        while start != -1:
            head = window[start : start + 2 * len("<!doctype")].lower()
            if any(head.startswith(pattern) for pattern in _PATTERNS):
                return True
            start = window.find(opener, start + 1)
    return False


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
