"""PDF to blocks, through pypdfium2 (PDFium).

Chosen by measurement on the UN PDFs in tests/data (text extraction of the whole file):
pypdfium2 0.14-0.63 s, pypdf 3.3-14 s, pdfplumber 5.5-28 s, with the same reading order and text.
PDFium also gives each character's box and font, which is what it takes to read the layout
rather than guess from patterns:
- pdf_lines: the printed lines, with word spacing from the glyph positions, footnote marks
  dropped, and the cells of table rows; a page the viewer turns (/Rotate) read as shown;
- pdf_direction: right-to-left documents (Arabic) mirrored, so the same layout rules read them;
- pdf_furniture: the running header and footer, found as what repeats at the pages' edges;
- pdf_line_numbers: a draft's line numbers in the margin, furniture too;
- pdf_columns: a page set in two columns read as two pages, one column each;
- pdf_regions: footnotes at the foot of a page and tables, kept apart from the running text;
- pdf_item_tables: a table of items (a compilation: number | text | proposals) read by row;
- pdf_layout: paragraphs and headings;
- pdf_plausibility: a text layer that is not text (a font that maps its glyphs wrongly);
- pdf_images: pages that are images without text (a scanned annex or letter), named;
- pdf_guard: a compression bomb is refused before PDFium inflates it.
"""

from __future__ import annotations

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code, Message
from cybertrack.importers.blocks import Block, Source
from cybertrack.importers.pdf_columns import split_columns
from cybertrack.importers.pdf_direction import orient
from cybertrack.importers.pdf_furniture import split_furniture
from cybertrack.importers.pdf_guard import check_pdf
from cybertrack.importers.pdf_images import image_pages
from cybertrack.importers.pdf_item_tables import item_table_rows
from cybertrack.importers.pdf_layout import layout_blocks
from cybertrack.importers.pdf_line_numbers import drop_line_numbers
from cybertrack.importers.pdf_lines import Line, page_lines
from cybertrack.importers.pdf_ocr import invisible_text, ocr_pages
from cybertrack.importers.pdf_plausibility import implausible_pages
from cybertrack.importers.pdf_regions import body_size, regions, text_column


def pdf_blocks(data: bytes, name: str) -> list[Block]:
    return read_pdf(data, name).blocks


def read_pdf(data: bytes, name: str) -> Source:
    import pypdfium2 as pdfium

    check_pdf(data, name)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ImportFailed(Code.PDF_PASSWORD, name=name) from exc
        raise ImportFailed(Code.PDF_UNREADABLE, name=name) from exc
    try:
        pages = [page_lines(document, index) for index in range(len(document))]
        scanned = image_pages(document, [sum(len(line.text) for line in p) for p in pages])
        ocr = invisible_text(document)
    except pdfium.PdfiumError as exc:
        raise ImportFailed(Code.PDF_PAGE_DAMAGED, name=name) from exc
    finally:
        document.close()
    if not any(line.text.strip() for lines in pages for line in lines):
        raise ImportFailed(Code.PDF_NO_TEXT, name=name)
    warnings = _warnings(pages, scanned)
    if ocr:
        pages = ocr_pages(pages)  # an OCR layer: its order and sizes are estimates
    orient(pages)
    pages, furniture = split_furniture(pages)
    pages = drop_line_numbers(pages)
    body = body_size(pages)
    pages = split_columns(pages, body)  # from here a column is a page of its own
    column = text_column(pages, body)
    found = [regions(lines, body, column, _on_cover(lines)) for lines in pages]
    item_table_rows(pages, found)
    return Source(layout_blocks(pages, found, body), furniture, warnings)


def _on_cover(lines: list[Line]) -> bool:
    return bool(lines) and lines[0].page == 0


def _warnings(pages: list[list[Line]], scanned: list[int]) -> tuple[Message, ...]:
    """Pages whose text the import cannot vouch for: a text layer that is not words, and
    pages that are images (1-based numbers)."""
    found = []
    if bad := implausible_pages([" ".join(line.text for line in lines) for lines in pages]):
        found.append(Message(Code.PDF_IMPLAUSIBLE_TEXT, pages=_page_list(bad)))
    if scanned:
        found.append(Message(Code.PDF_IMAGE_PAGES, pages=_page_list(scanned)))
    return tuple(found)


def _page_list(pages: list[int]) -> str:
    """1-based page numbers as ranges: "2-4, 7"."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
