"""Byte-level mutations for fuzzing importers, and crafted hostile .docx containers."""

from __future__ import annotations

import io
import random
import zipfile

_INTERESTING = (
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\x81",
    b"(1)",
    b"(99999999999999999999)",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    b"PK\x03\x04",
    b"%PDF-1.7",
    b"\n\n",
    b"**",
    b"\r",
    b"\xc3\x28",
    "٣. ١٢".encode(),
)


def mutate(data: bytes, rng: random.Random, rounds: int = 0) -> bytes:
    """Apply 1-6 random edits: flip, overwrite, insert, delete, duplicate, truncate, splice."""
    buf = bytearray(data)
    for _ in range(rounds or rng.randint(1, 6)):
        if not buf:
            buf += rng.choice(_INTERESTING)
            continue
        at = rng.randrange(len(buf))
        op = rng.randrange(7)
        if op == 0:
            buf[at] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[at] = rng.randrange(256)
        elif op == 2:
            buf[at:at] = rng.choice(_INTERESTING)
        elif op == 3:
            del buf[at : at + rng.randint(1, 64)]
        elif op == 4:
            buf[at:at] = buf[at : at + rng.randint(1, 256)]
        elif op == 5:
            del buf[at:]
        else:
            buf[at : at + 4] = rng.randbytes(4)
    return bytes(buf)


def docx_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def build_docx(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def mutate_docx_part(data: bytes, rng: random.Random) -> bytes:
    """Mutate one XML part inside a valid .docx (reaches the XML reader, not just the zip)."""
    parts = docx_parts(data)
    names = sorted(n for n in parts if n.endswith(".xml"))
    target = rng.choice(names)
    parts[target] = mutate(parts[target], rng)
    return build_docx(parts)


XXE_DOCUMENT = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>(1) &xxe;</w:t></w:r></w:p></w:body></w:document>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&lol9;</w:styles>"""

# A PDF whose cross-reference table points nowhere and whose trailer is cut short.
BROKEN_XREF_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 12 Tf 72 712 Td ((1) Recommendation) Tj ET
endstream endobj
xref
0 5
0000000000 65535 f
0000099999 00000 n
0000088888 00000 n
garbage garbage
trailer << /Size 5 /Root 1 0 R >>
startxref
123456789
%%EO"""
