"""PDF: the same items as the Word original, without page furniture; bad PDFs refused clearly."""

import io

import pypdfium2 as pdfium
import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.text import normalise_space
from cybertrack.importers import parse_bytes, read_document
from cybertrack.importers.pdf_words import join_lines, settle_words
from tests.conftest import DATA


def _pair(stem: str):
    return read_document(DATA / f"{stem}.docx"), read_document(DATA / f"{stem}.pdf")


@pytest.mark.parametrize("stem", ["A_80_604_Add.3", "A_80_590"])
def test_word_and_pdf_give_the_same_items(stem: str) -> None:
    word, pdf = _pair(stem)
    assert pdf.source_format == "pdf"
    assert [i.number for i in pdf.items] == [i.number for i in word.items]
    for from_word, from_pdf in zip(word.items, pdf.items, strict=True):
        assert normalise_space(from_pdf.text) == normalise_space(from_word.text), from_pdf.number


def test_programme_budget_pdf_has_every_decimal_paragraph() -> None:
    word, pdf = _pair("A_81_6_Sect.16")
    assert [i.number for i in pdf.items] == [f"16.{n}" for n in range(1, 148)]
    same = sum(a.text == b.text for a, b in zip(word.items, pdf.items, strict=True))
    # Known gap: a few words the PDF sets with a kerning space inside ("exc essive", "on line",
    # "20 25") that no rule can tell from two words without a dictionary.
    assert same >= len(word.items) - 5


def test_page_furniture_and_footnote_marks_are_not_in_items() -> None:
    pdf = read_document(DATA / "A_80_604_Add.3.pdf")
    text = " ".join(i.text for i in pdf.items)
    for furniture in ("26-04950", "/13", "A/80/604/Add.3 A/80/604/Add.3"):
        assert furniture not in text
    by_number = {i.number: i.text for i in pdf.items}
    # Footnote 1 is attached to "$60,129,500," in paragraph 7: the mark is dropped.
    assert "$60,129,500, representing an implementation rate" in by_number["7"]
    # A paragraph running over a page break is one item (paragraph 19, pages 6-7).
    assert "mission mandates and requirements, wherever appropriate" in by_number["19"]


def test_pdf_metadata_from_the_first_page() -> None:
    pdf = read_document(DATA / "A_80_604_Add.3.pdf")
    assert pdf.symbol == "A/80/604/Add.3"
    assert pdf.distribution == "General"
    assert pdf.original_language == "English"
    assert pdf.meeting.session == "Eightieth session"
    assert pdf.meeting.body == "General Assembly"


def test_hyphen_at_a_line_end() -> None:
    vocabulary = {"recommendation": 2, "secretary": 5, "general": 5}
    from collections import Counter

    counts = Counter(vocabulary)
    assert settle_words(join_lines(["a recom-", "mendation"]), counts) == "a recommendation"
    assert (
        settle_words(join_lines(["the Secretary-", "general"]), counts) == "the Secretary-general"
    )
    assert settle_words("its r eport", Counter({"report": 3, "r": 1})) == "its report"
    assert settle_words("as set out", Counter({"as": 9, "set": 1, "asset": 1})) == "as set out"


def test_truncated_pdf_is_refused() -> None:
    data = (DATA / "A_80_604_Add.3.pdf").read_bytes()[:3000]
    with pytest.raises(ImportFailed, match=r"not a readable PDF|damaged"):
        parse_bytes(data, "cut.pdf")


def test_pdf_without_text_layer_is_refused() -> None:
    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    out = io.BytesIO()
    document.save(out)
    with pytest.raises(ImportFailed, match="no text layer"):
        parse_bytes(out.getvalue(), "scan.pdf")


@pytest.mark.parametrize("stem", ["A_80_604_Add.3", "A_80_590", "A_81_6_Sect.16"])
def test_word_and_pdf_give_the_same_metadata(stem: str) -> None:
    word, pdf = _pair(stem)

    def facts(d):
        return (
            d.symbol,
            d.kind,
            d.doc_date,
            d.distribution,
            d.original_language,
            d.meeting,
            d.agenda_item,
            d.title,
        )

    assert facts(pdf) == facts(word)


def test_password_protected_pdf_is_refused() -> None:
    with pytest.raises(ImportFailed, match="password-protected"):
        read_document(DATA / "encrypted.pdf")


@pytest.mark.parametrize(
    "line",
    ["V.20-03812", "26-02934 (E)", "26-04950 (E) 220426", "2/27", "10/13 26-04950", "*2604950*"],
)
def test_running_furniture_lines_are_recognised(line: str) -> None:
    from cybertrack.importers.pdf_reader import _FURNITURE

    assert _FURNITURE.match(line)


@pytest.mark.parametrize("line", ["16.4 The Office supports States.", "2. Decides to act;"])
def test_paragraph_lines_are_not_furniture(line: str) -> None:
    from cybertrack.importers.pdf_reader import _FURNITURE

    assert not _FURNITURE.match(line)
