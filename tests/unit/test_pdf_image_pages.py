"""A PDF page that is an image without text (a scanned annex or letter, a map) cannot be read:
the import names it instead of leaving its content out without a word."""

from __future__ import annotations

import io
import subprocess
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from cybertrack.domain.messages import Code, english
from cybertrack.importers import parse_bytes
from tests.conftest import DATA, ROOT


def with_scanned_page(source: bytes, at: int, share: float = 0.8) -> bytes:
    """`source` with a page inserted at index `at` that is one grey image covering `share` of
    each side of the page, as a scanner makes it."""
    document = pdfium.PdfDocument(source)
    width, height = document[0].get_size()
    page = document.new_page(width, height, index=at)
    bitmap = pdfium.PdfBitmap.new_native(100, 140, raw.FPDFBitmap_BGR)
    bitmap.fill_rect((200, 200, 200, 255), 0, 0, 100, 140)
    image = pdfium.PdfImage.new(document)
    image.set_bitmap(bitmap)
    margin = (1 - share) / 2
    image.set_matrix(
        pdfium.PdfMatrix()
        .scale(width * share, height * share)
        .translate(width * margin, height * margin)
    )
    page.insert_obj(image)
    page.gen_content()
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def test_a_scanned_page_is_named_and_the_rest_imported_as_before() -> None:
    source = (DATA / "A_80_604_Add.3.pdf").read_bytes()
    before = parse_bytes(source, "report.pdf")
    after = parse_bytes(with_scanned_page(source, at=1), "report.pdf")
    (warning,) = after.warnings
    assert warning.code is Code.PDF_IMAGE_PAGES
    assert warning.args["pages"] == "2"
    assert "page(s) 2" in english(warning)
    assert [i.text for i in after.items] == [i.text for i in before.items]


def test_scanned_pages_in_a_row_are_named_as_a_range() -> None:
    source = (DATA / "A_80_604_Add.3.pdf").read_bytes()
    scanned = with_scanned_page(with_scanned_page(source, at=3), at=3)
    (warning,) = parse_bytes(scanned, "report.pdf").warnings
    assert warning.args["pages"] == "4-5"


def test_a_small_image_on_a_page_of_text_is_no_warning() -> None:
    """The UN emblem and the QR code of a first page, a logo or a signature: the page's text is
    read, nothing is missing."""
    assert parse_bytes((DATA / "A_80_604_Add.3.pdf").read_bytes(), "x.pdf").warnings == ()
    source = (DATA / "synthetic-recommendations.pdf").read_bytes()
    small = with_scanned_page(source, at=1, share=0.4)  # 16% of the page: a logo on a blank
    assert parse_bytes(small, "x.pdf").warnings == ()


def test_a_map_page_is_named() -> None:
    """A/80/600 ends with a map of the mission's area: what it shows is not imported."""
    document = parse_bytes((DATA / "A_80_600.pdf").read_bytes(), "A_80_600.pdf")
    named = [w.args["pages"] for w in document.warnings if w.code is Code.PDF_IMAGE_PAGES]
    assert named == ["35"]


def test_the_command_line_prints_the_warning(tmp_path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(with_scanned_page((DATA / "A_80_604_Add.3.pdf").read_bytes(), at=2))
    workspace = tmp_path / "w.cybertrack"
    result = subprocess.run(
        [sys.executable, "-m", "cybertrack", "--db", str(workspace), "import", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "warning: no text on page(s) 3, only images" in result.stderr
