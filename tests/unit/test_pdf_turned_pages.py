"""A page stored on its side and turned by the viewer (its /Rotate, as Acrobat, scanners and
some printers to PDF leave a landscape section or a page turned by hand) is read as it is
shown: its glyph boxes, which PDFium gives in the page's own space, are turned first."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from cybertrack.importers import parse_bytes
from tests.conftest import DATA

SOURCE = DATA / "A_80_604_Add.3.pdf"


def with_page_turned(source: bytes, index: int, turn: int) -> bytes:
    """`source` with page `index` stored turned back by `turn` degrees and marked to be shown
    turned by `turn`: it looks the same in a viewer."""
    original = pdfium.PdfDocument(source)
    width, height = original[0].get_size()
    made = pdfium.PdfDocument.new()
    for k in range(len(original)):
        if k != index:
            made.import_pages(original, [k])
            continue
        page = made.new_page(width, height) if turn == 180 else made.new_page(height, width)
        content = original.page_as_xobject(k, made).as_pageobject()
        if turn == 180:
            matrix = pdfium.PdfMatrix().rotate(180).translate(width, height)
        elif turn == 90:
            matrix = pdfium.PdfMatrix().rotate(90, ccw=True).translate(height, 0)
        else:
            matrix = pdfium.PdfMatrix().rotate(90, ccw=False).translate(0, width)
        content.set_matrix(matrix)
        page.insert_obj(content)
        page.gen_content()
        page.set_rotation(turn)
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_turned_page_reads_as_the_page_it_shows(turn: int) -> None:
    source = SOURCE.read_bytes()
    before = parse_bytes(source, "report.pdf")
    # Page 4 holds paragraphs 8 to 12, one of them running on from page 3, one on to page 5.
    after = parse_bytes(with_page_turned(source, 3, turn), "report.pdf")
    assert [(i.number, i.text) for i in after.items] == [(i.number, i.text) for i in before.items]
    assert after.warnings == before.warnings
