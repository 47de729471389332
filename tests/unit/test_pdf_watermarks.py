"""A watermark set across the text of every page ("DRAFT", "Advance unedited", Word's
watermarks) is page furniture, whatever its angle.

Before, PDFium gave the watermark first on each page: "Advance unedited" became the document's
title, and the paragraph under it on page 2 was taken for a table row ("7 missing")."""

from __future__ import annotations

import pytest

from cybertrack.importers import parse_bytes
from tests.unit.pdf_fixtures import watermarked_pdf


@pytest.mark.parametrize(
    ("mark", "diagonal"),
    [(b"Advance unedited", True), (b"DRAFT", False), (b"DRAFT", True), (b"Confidential", False)],
)
def test_a_watermark_on_every_page_is_no_text(mark: bytes, diagonal: bool) -> None:
    document = parse_bytes(watermarked_pdf(mark, diagonal=diagonal), "draft.pdf")
    assert document.title == "Draft recommendations of the Expert Group on Cybercrime"
    assert [i.number for i in document.items] == [str(n) for n in range(1, 13)]
    assert not any(mark.decode() in i.text for i in document.items)
    assert not document.warnings
    assert document.items[6].text.startswith("States should expand international cooperation")


def test_a_watermark_on_a_document_of_one_page() -> None:
    document = parse_bytes(watermarked_pdf(b"Advance unedited", pages=1), "one.pdf")
    assert document.title == "Draft recommendations of the Expert Group on Cybercrime"
    assert len(document.items) == 6 and not document.warnings
