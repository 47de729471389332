"""A scanned document's OCR text layer: invisible text, sizes estimated, blocks in its order."""

import pypdfium2 as pdfium

from cybertrack.importers import read_document
from cybertrack.importers.pdf_lines import Line
from cybertrack.importers.pdf_ocr import even_sizes, invisible_text
from tests.conftest import DATA

OCR = DATA / "A_80_604_Add.3.ocr-pages2-4.pdf"


def test_an_ocr_layer_is_recognised_by_its_invisible_text() -> None:
    for path, expected in ((OCR, True), (DATA / "A_80_604_Add.3.pdf", False)):
        document = pdfium.PdfDocument(path.read_bytes())
        try:
            assert invisible_text(document) is expected
        finally:
            document.close()


def test_a_scanned_reports_ocr_layer_gives_every_paragraph_and_chapter() -> None:
    # Pages 2-4 of A/80/604/Add.3 scanned and read by Tesseract: its lines come 8 or 9 points
    # as their letters fit, and "IV." in a block of its own before the paragraph above it.
    # Paragraphs 5, 9 and 10 were table text (their lines set "smaller"), the chapters'
    # numbers lost.
    document = read_document(OCR)
    assert [i.number for i in document.items] == [str(n) for n in range(1, 13)]
    headings = [s.heading for s in document.sections]
    assert headings[0] == "I. Introduction"
    assert any(h.startswith("IV. Proposed budget for the period") for h in headings)
    five = next(i for i in document.items if i.number == "5").text
    assert five.startswith("The unencumbered balance, in gross terms, amounts to $4,058,700")
    assert document.coverage.left_out_share < 0.01


def _line(size: float, text: str, y: float) -> Line:
    return Line(page=1, y=y, x0=72.0, x1=500.0, size=size, bold=False, text=text)


def test_sizes_near_the_bodys_are_the_bodys_within_the_text_only() -> None:
    # A paragraph's lines 12 points apart, one of them estimated a point smaller; then, well
    # below, the page's notes in smaller type, one estimated a point from the body's.
    page = [
        _line(9.0, "the first line of a paragraph of the body", 700.0),
        _line(8.0, "its second line, estimated smaller", 688.0),
        _line(9.0, "its third line", 676.0),
        _line(9.0, "another line of the body", 664.0),
        _line(7.0, "6 See A/CONF.234/16.", 100.0),
        _line(8.0, "7 Resolution 76/181, annex.", 90.0),
    ]
    assert [line.size for line in even_sizes([page])[0]] == [9.0, 9.0, 9.0, 9.0, 7.0, 8.0]
