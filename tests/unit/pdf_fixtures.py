"""PDFs written byte by byte in the tests: a text layer whose font maps its glyphs to the wrong
characters, and compression bombs. Nothing here is a parser: just enough PDF to be valid."""

from __future__ import annotations

import zlib


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file from its objects (object 1 is the catalogue), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _content(lines: list[str], font: str) -> bytes:
    out = [b"BT", f"/{font} 11 Tf".encode(), b"14 TL", b"72 770 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        out.append(f"({escaped}) Tj T*".encode("latin-1"))
    out.append(b"ET")
    return b"\n".join(out)


def _shifted_cmap(shift: int) -> bytes:
    """A ToUnicode map that sends each lower-case letter to the one `shift` places on: the
    glyphs print right (the font draws by code) and extract wrong."""
    pairs = [
        f"<{code:02x}> <{ord('a') + (code - ord('a') + shift) % 26:04x}>"
        for code in range(ord("a"), ord("z") + 1)
    ]
    body = "\n".join(
        [
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CMapName /Broken def /CMapType 2 def",
            "1 begincodespacerange <00> <ff> endcodespacerange",
            f"{len(pairs)} beginbfchar",
            *pairs,
            "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end",
        ]
    )
    return body.encode()


def broken_font_pdf(pages: list[list[str]], broken: set[int]) -> bytes:
    """One page per list of lines; the pages whose 1-based number is in `broken` use a font
    whose ToUnicode map shifts every lower-case letter by three."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"",  # fonts: filled below
    ]
    first_font = 3
    for index, lines in enumerate(pages):
        font = "F2" if index + 1 in broken else "F1"
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {first_font} 0 R /F2 FONT2 >> >> "
                f"/Contents {5 + 2 * index} 0 R >>"
            ).encode()
        )
        objects.append(_stream(_content(lines, font)))
    font2 = len(objects) + 1
    cmap = len(objects) + 2
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        b"/ToUnicode %d 0 R >>" % cmap
    )
    objects.append(_stream(_shifted_cmap(3)))
    objects[first_font - 1] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objects = [o.replace(b"FONT2", b"%d 0 R" % font2) for o in objects]
    return _pdf(objects)


def bomb_pdf(inflated_mb: int, layers: int = 1) -> bytes:
    """A one-page PDF whose content stream inflates to `inflated_mb` MB of spaces, deflated
    `layers` times over: built from one compressed megabyte repeated, so it is quick to make."""
    chunk = b" " * 2**20
    compressor = zlib.compressobj(9)
    head = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    # After a full flush every further megabyte of spaces compresses to the same bytes.
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(inflated_mb):
        adler = zlib.adler32(chunk, adler)
    data = head + again * (inflated_mb - 1) + compressor.flush() + b""
    # The trailer's checksum must be that of the whole inflated text.
    data = data[:-4] + adler.to_bytes(4, "big")
    for _ in range(layers - 1):
        data = zlib.compress(data, 9)
    filters = " ".join(["/FlateDecode"] * layers)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            _stream(data, b"/Filter [%s]" % filters.encode()),
        ]
    )


def spaced_pdf(lines: list[bytes]) -> bytes:
    """One page of Helvetica 11 pt; each line is the operand of a TJ operator, so a test
    places every glyph run itself: b"[(candidate) -250 (p) -120 (ool)]" sets a word gap
    of a quarter em and a kerning gap of 0.12 em, with no space glyph."""
    return spaced_pages([lines])


def spaced_pages(pages: list[list[bytes]], differences: bytes = b"") -> bytes:
    """`spaced_pdf` with several pages, one list of lines each; `differences` re-maps codes of
    the font's encoding to other glyphs (b"1 /fi 2 /fl": the ligature glyphs, as typeset)."""
    contents = []
    for lines in pages:
        content = [b"BT", b"/F1 11 Tf", b"14 TL", b"72 770 Td"]
        for line in lines:
            content.append(line + b" TJ T*")
        content.append(b"ET")
        contents.append(b"\n".join(content))
    encoding = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>"
    return _helvetica_pages(contents, encoding % differences)


def _helvetica_pages(contents: list[bytes], encoding: bytes = b"/WinAnsiEncoding") -> bytes:
    """A PDF of A4 pages, one content stream each, with Helvetica as /F1."""
    count = len(contents)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    font = 3 + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    for index, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, 4 + 2 * index)
        )
        objects.append(_stream(content))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s >>" % encoding
    )
    return _pdf(objects)


def watermarked_pdf(mark: bytes, *, pages: int = 2, diagonal: bool = True) -> bytes:
    """Pages of six numbered paragraphs (Helvetica 11 pt, three lines each) under a title, with
    `mark` set across each page in 80 pt light grey, before the text (as Word draws one)."""
    place = b"0.7071 0.7071 -0.7071 0.7071 140 260 Tm" if diagonal else b"1 0 0 1 150 420 Tm"
    verbs = "strengthen improve promote enhance support develop expand review consider adopt"
    contents = []
    for page in range(pages):
        content = [b"BT", b"/F1 80 Tf", b"0.85 g", place, b"(" + mark + b") Tj", b"ET", b"0 g"]
        content += [b"BT", b"/F1 11 Tf", b"14 TL", b"72 770 Td"]
        if page == 0:
            content += [b"(Draft recommendations of the Expert Group on Cybercrime) Tj T* T*"]
        for number in range(page * 6 + 1, page * 6 + 7):
            verb = verbs.split()[(number - 1) % 10]
            content += [
                b"(%d. States should %s international cooperation to prevent and combat) Tj T*"
                % (number, verb.encode()),
                b"(cybercrime, including through technical assistance and capacity building) Tj T*",
                b"(for developing countries \\(recommendation %d\\).) Tj T* T*" % number,
            ]
        content.append(b"ET")
        contents.append(b"\n".join(content))
    return _helvetica_pages(contents)


def typed_pdf(lines: list[str], leading: float) -> bytes:
    """One A4 page of Helvetica 11 lines, `leading` points apart: a text as typed in a word
    processor and printed (a blank line between paragraphs is a leading of twice the size)."""
    content = [b"BT", b"/F1 11 Tf", b"%.1f TL" % leading, b"72 770 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
    content.append(b"ET")
    return _helvetica_pages([b"\n".join(content)])
