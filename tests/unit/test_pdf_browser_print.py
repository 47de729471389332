"""A web page printed to PDF by a browser: its text scaled by the page's matrix, a unit's
power set as a <sup> (0.83 of the text, on a line of its own in PDFium's reading)."""

from __future__ import annotations

from cybertrack.importers import parse_bytes
from cybertrack.importers.pdf_reader import read_pdf
from tests.conftest import DATA


def test_words_of_a_page_the_browser_shrank_to_fit_are_apart() -> None:
    # LibreOffice's web page of A/80/600 printed by Chromium: its text set at 10.66 points and
    # scaled by 0.54. Gaps measured against 10.66 joined words ("Temporaryposition").
    source = read_pdf((DATA / "A_80_600.browser-page14.pdf").read_bytes(), "page14.pdf")
    text = " ".join(block.text for block in source.blocks)
    assert "Temporary position" in text
    assert "Programme Management Officer" in text
    assert "Temporaryposition" not in text


def test_a_unit_s_power_printed_as_a_web_page_s_superscript_stays() -> None:
    document = parse_bytes((DATA / "synthetic-browser-print.pdf").read_bytes(), "print.pdf")
    first = document.items[0].text
    assert first.endswith(
        "2 million m2 of land in 2025, and that the mission plans to clear 5 million m2 more."
    )
    assert document.coverage.left_out == 0
