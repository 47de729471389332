"""Large pictures in a Word file (a scanned note verbale pasted into a compilation, a map, an
organization chart) hold what no text does: the import names them and says where."""

from __future__ import annotations

import io
import struct
import zlib

import docx
from docx.shared import Cm

from cybertrack.domain.messages import Code, Message, english
from cybertrack.importers import parse_bytes
from tests.conftest import DATA


def png() -> bytes:
    """A small grey PNG (the picture's printed size is set in the document)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\xc8" * 3 * 4 for _ in range(4))
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def compilation(picture_cm: tuple[float, float], *, in_table: bool = False) -> bytes:
    document = docx.Document()
    document.add_paragraph("Compilation of national submissions", style="Title")
    document.add_paragraph("1. Norway submitted the following note verbale, as received.")
    if in_table:
        cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
        cell.paragraphs[0].add_run().add_picture(
            io.BytesIO(png()), width=Cm(picture_cm[0]), height=Cm(picture_cm[1])
        )
    else:
        document.add_picture(io.BytesIO(png()), width=Cm(picture_cm[0]), height=Cm(picture_cm[1]))
    document.add_paragraph("2. Brazil submitted its comments in writing.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pictures(data: bytes) -> list[Message]:
    return [w for w in parse_bytes(data, "c.docx").warnings if w.code is Code.DOCX_LARGE_PICTURES]


def test_a_scanned_page_in_a_word_file_is_named_with_its_place() -> None:
    data = compilation((16, 22))
    (warning,) = pictures(data)
    assert warning.args["n"] == 1
    assert english(warning) == (
        "large pictures in the Word file (1, the first after '1. Norway submitted the "
        "following note verbale, as received.'): a scan, a map or a chart? What they show is "
        "not imported"
    )
    # The text around it is read as before.
    assert [i.number for i in parse_bytes(data, "c.docx").items] == ["1", "2"]


def test_a_logo_or_a_signature_is_no_warning() -> None:
    assert pictures(compilation((3, 2))) == []


def test_a_picture_in_a_table_is_placed_after_the_text_before_the_table() -> None:
    (warning,) = pictures(compilation((16, 22), in_table=True))
    assert warning.args["where"].args["excerpt"].startswith("1. Norway submitted")


def test_a_picture_before_any_text_is_at_the_start() -> None:
    document = docx.Document()
    document.add_picture(io.BytesIO(png()), width=Cm(16), height=Cm(22))
    document.add_paragraph("1. The Committee met.")
    document.add_paragraph("2. It met again.")
    out = io.BytesIO()
    document.save(out)
    (warning,) = pictures(out.getvalue())
    assert warning.args["where"].code is Code.AT_DOCUMENT_START


def test_the_organization_charts_and_the_map_of_a_budget_report_are_named() -> None:
    """A/80/600 ends with three organization charts and a map of the mission's area."""
    (warning,) = pictures((DATA / "A_80_600.docx").read_bytes())
    assert warning.args["n"] == 4
