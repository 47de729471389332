"""PDF: every numbered paragraph, the same items as the Word original, without page furniture;
bad PDFs refused clearly.

The expected numbers were read in the documents (pdftotext -layout of each file): the budget
sections number their paragraphs 16.1 ... without a gap, the reports 1. ... to their last
paragraph; A/80/611's annex II restarts at 1.
"""

import io
import re
from collections import Counter
from functools import cache

import pypdfium2 as pdfium
import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.model import ParsedDocument
from cybertrack.domain.text import normalise_space
from cybertrack.importers import parse_bytes, read_document
from cybertrack.importers.pdf_lines import _space_runs
from cybertrack.importers.pdf_words import DocumentWords, join_lines, settle_words
from tests.conftest import DATA


def _numbers(prefix: str, last: int) -> list[str]:
    return [f"{prefix}{n}" for n in range(1, last + 1)]


# Read in each PDF: its numbered paragraphs, in order.
EXPECTED = {
    "A_80_604_Add.3": _numbers("", 37),
    "A_80_590": _numbers("", 79),
    "A_80_600": _numbers("", 83),
    "A_81_6_Sect.11": _numbers("11.", 52),
    "A_81_6_Sect.14": _numbers("14.", 112),
    "A_81_6_Sect.16": _numbers("16.", 147),
    "A_81_6_Sect.20": _numbers("20.", 128),
    # Synthetic: A/80/604/Add.3's paragraphs laid out by LibreOffice (tests/data/README.md).
    "synthetic-jobnumber": _numbers("", 37),
    "synthetic-runningtitle": _numbers("", 37),
    "synthetic-twocolumn": _numbers("", 37),  # the same, its body set in two columns
    "synthetic-linenumbers": _numbers("", 37),  # the same, every line numbered in the margin
    # A compilation table: Article 7-11 of the Convention, one row each, proposals beside.
    "synthetic-compilation": [str(n) for n in range(7, 12)],
}


@cache
def _read(name: str) -> ParsedDocument:
    return read_document(DATA / name)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_pdf_has_every_numbered_paragraph(stem: str) -> None:
    pdf = _read(f"{stem}.pdf")
    assert pdf.source_format == "pdf"
    assert [i.number for i in pdf.items] == EXPECTED[stem]


def test_report_with_an_annex_numbered_from_1_again() -> None:
    # A/80/611: paragraphs 1 to 105, then annex II (review of support functions) 1 to 23;
    # "1. Other revenue and adjustments" (a heading over a table) is no paragraph.
    pdf = _read("A_80_611.pdf")
    assert [i.number for i in pdf.items] == _numbers("", 105) + _numbers("", 23)
    # "Evaluation activities", a bold heading atop a page, heads paragraph 76: it is not the
    # last words of paragraph 75.
    by_number = {i.number: i for i in pdf.items[:105]}
    assert not by_number["75"].text.endswith("Evaluation activities")
    headed = {s.key: s.heading for s in pdf.sections}
    assert headed[by_number["76"].section_key] == "Evaluation activities"


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_word_and_pdf_give_the_same_items(stem: str) -> None:
    word, pdf = _read(f"{stem}.docx"), _read(f"{stem}.pdf")
    assert [i.number for i in word.items] == [i.number for i in pdf.items]
    same = sum(
        normalise_space(a.text) == normalise_space(b.text)
        for a, b in zip(word.items, pdf.items, strict=True)
    )
    if stem.startswith("synthetic"):
        assert same == len(word.items)  # made from the Word file here: every item exact
    else:
        assert same >= 0.99 * len(word.items)


def test_page_furniture_and_footnote_marks_are_not_in_items() -> None:
    pdf = _read("A_80_604_Add.3.pdf")
    text = " ".join(i.text for i in pdf.items)
    for furniture in ("26-04950", "/13", "A/80/604/Add.3 A/80/604/Add.3"):
        assert furniture not in text
    by_number = {i.number: i.text for i in pdf.items}
    # Footnote 1 is attached to "$60,129,500," in paragraph 7: the mark is dropped.
    assert "$60,129,500, representing an implementation rate" in by_number["7"]
    # A paragraph running over a page break is one item (paragraph 19, pages 6-7).
    assert "mission mandates and requirements, wherever appropriate" in by_number["19"]


def test_body_size_furniture_of_every_kind_is_set_aside() -> None:
    # Word-made PDFs with the header and footer in the text's own size: a job number with
    # the page ("2/11 26-01234", mirrored on even pages), "Page 2 of 11", a running title.
    for stem, furniture in (
        ("synthetic-jobnumber", ("26-01234", "/11", "A/AC.999")),
        ("synthetic-runningtitle", ("Page ", " of 11", "Report of the Working Group")),
    ):
        text = " ".join(i.text for i in _read(f"{stem}.pdf").items)
        for piece in furniture:
            assert piece not in text, (stem, piece)


def test_two_columns_read_column_by_column() -> None:
    # The right column's lines start far right of the margin, and each column's head climbs
    # back up the page: read as one column they were a table's, and 35 paragraphs were lost.
    word, pdf = _read("synthetic-twocolumn.docx"), _read("synthetic-twocolumn.pdf")
    assert [s.heading for s in pdf.sections] == [s.heading for s in word.sections]
    assert "A. Mandate and planning assumptions" in [s.heading for s in pdf.sections]
    assert pdf.coverage.left_out == 0 and not pdf.warnings
    assert pdf.coverage.tables < 0.02 * pdf.coverage.placed  # the one table, nothing more
    # Paragraph 17's first line, justified in the narrow column, is no table row.
    assert next(i for i in pdf.items if i.number == "17").text.startswith(
        "The Advisory Committee recommends the approval"
    )


def test_a_compilation_table_is_read_row_by_row() -> None:
    # Each row: the article's number alone in its cell, its text in the next column (running
    # over a page break), the proposals in the last; read as a table, article 9 was lost and
    # the texts of others mixed with the proposals, without a warning.
    pdf = _read("synthetic-compilation.pdf")
    assert [i.label for i in pdf.items] == [f"Article {n}" for n in range(7, 12)]
    assert not pdf.warnings and pdf.coverage.left_out == 0
    assert not any("Delegation" in i.text for i in pdf.items)  # the proposals: table text
    assert pdf.items[1].text.endswith(
        "connected to another information and communications technology system."
    )


def test_line_numbers_in_the_margin_are_furniture() -> None:
    pdf = _read("synthetic-linenumbers.pdf")
    assert pdf.coverage.left_out == 0 and not pdf.warnings
    assert not any(re.search(r"\b(?:\d{1,2} ){3}", i.text) for i in pdf.items)


def test_symbol_printed_only_in_the_running_header() -> None:
    assert _read("synthetic-jobnumber.pdf").symbol == "A/AC.999/2026/L.7"


def test_cover_page_furniture_is_not_glued_to_paragraph_1() -> None:
    for stem in ("synthetic-jobnumber", "synthetic-runningtitle", "A_80_604_Add.3"):
        first = _read(f"{stem}.pdf").items[0]
        assert first.text.startswith("During its consideration of the report"), stem


def test_numbered_heading_at_the_foot_of_a_page_is_a_heading() -> None:
    # "2. Civilian personnel" ends its page; paragraph 18 opens the next one.
    pdf = _read("synthetic-jobnumber.pdf")
    assert "2. Civilian personnel" in [s.heading for s in pdf.sections]
    item = next(i for i in pdf.items if i.number == "18")
    assert item.text.startswith("The proposed resources for civilian personnel for 2026/27")
    assert "Civilian personnel" not in item.text


def test_table_between_paragraphs_flows_into_no_paragraph() -> None:
    pdf = _read("synthetic-jobnumber.pdf")
    text = " ".join(i.text for i in pdf.items)
    for cell in ("8,563.4", "Apportionment 2025/26", "Financial resources by category"):
        assert cell not in text
    headings = [s.heading for s in pdf.sections]
    assert "Table 1" not in headings and "Financial resources by category" not in headings


def test_words_are_spaced_from_the_glyph_positions() -> None:
    # Justified, letter-spaced lines: PDFium puts a space inside "ongoing", "excessive";
    # a non-breaking space stays ("19 August 2024") where the other spaces stretch.
    sect20 = {i.number: i.text for i in _read("A_81_6_Sect.20.pdf").items}
    assert "on the ongoing right-sizing" in sect20["20.14"]
    assert "informed decision-making" in sect20["20.58"]
    sect16 = " ".join(i.text for i in _read("A_81_6_Sect.16.pdf").items)
    assert "address excessive and arbitrary" in sect16
    assert "exc essive" not in sect16
    minusma = {i.number: i.text for i in _read("A_80_590.pdf").items}
    assert "on 19 August 2024" in minusma["10"]


def test_hyphen_at_a_line_end() -> None:
    counts = Counter({"recommendation": 2, "secretary": 5, "general": 5})
    assert settle_words(join_lines(["a recom-", "mendation"]), counts) == "a recommendation"
    compound = settle_words(join_lines(["the Secretary-", "General"]), counts)
    assert compound == "the Secretary-General"
    assert settle_words(join_lines(["cross-", "border"]), counts) == "cross-border"


def test_document_words_are_whole_words_whether_searched_or_collected() -> None:
    # The first questions are answered by a search of the text, later ones from the set of
    # its words: both know only whole words, in any case.
    text = "The Recommendations of 2024; a recommendation, programme2 and sub_total."
    searched = DocumentWords(lambda: text)
    collected = DocumentWords(lambda: text, searches=0)  # no searches: the set is made
    for words in (searched, collected):
        assert "recommendation" in words
        assert "recommendations" in words
        assert "recommend" not in words  # only a part of a word
        assert "programme" in words  # a digit ends a word
        assert "sub" in words and "total" in words  # so does an underscore
        assert "of 2024" not in words and "2024" not in words and "" not in words


def test_space_runs_start_where_each_run_of_spaces_starts() -> None:
    # Each run is asked about once (PDFium made up its first space or not).
    for text in ["", " ", "a", "a b", "  lead and  two", "trail  ", "x\r\n  y", "a   b c "]:
        assert _space_runs(text) == [m.start() for m in re.finditer(" +", text)]


def test_a_hanging_hyphen_at_a_line_end_keeps_its_space() -> None:
    # "troop- and police-contributing countries", cut after "troop-": two words stay two.
    counts = Counter({"troop": 3, "and": 9, "police": 3})
    joined = settle_words(
        join_lines(["of the troop-", "and police-contributing countries"]), counts
    )
    assert joined == "of the troop- and police-contributing countries"
    short = settle_words(join_lines(["for the short-", "to medium-term"]), counts)
    assert short == "for the short- to medium-term"
    # "head-" then "to-head" is one compound, cut after its first hyphen.
    assert settle_words(join_lines(["head-", "to-head talks"]), counts) == "head-to-head talks"


def test_an_en_dash_at_a_line_end_joins_without_a_space() -> None:
    # "Asia–Pacific", "2025–2027" cut after the dash; a spaced dash keeps its spaces.
    assert join_lines(["in the Asia–", "Pacific region"]) == "in the Asia–Pacific region"
    assert join_lines(["for 2025–", "2027"]) == "for 2025–2027"
    assert join_lines(["the plan –", "which is new"]) == "the plan – which is new"


def test_no_word_is_joined_from_a_dictionary() -> None:
    # Two words stay two words, whatever the document's vocabulary says.
    counts = Counter({"breakdown": 4, "break": 1, "asset": 3})
    assert settle_words("a break down by category", counts) == "a break down by category"
    assert settle_words("as set out", counts) == "as set out"


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
    word, pdf = _read(f"{stem}.docx"), _read(f"{stem}.pdf")

    def facts(d: ParsedDocument) -> tuple[object, ...]:
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


def test_pdf_metadata_from_the_first_page() -> None:
    pdf = _read("A_80_604_Add.3.pdf")
    assert pdf.symbol == "A/80/604/Add.3"
    assert pdf.distribution == "General"
    assert pdf.original_language == "English"
    assert pdf.meeting.session == "Eightieth session"
    assert pdf.meeting.body == "General Assembly"


def test_password_protected_pdf_is_refused() -> None:
    with pytest.raises(ImportFailed, match="password-protected"):
        read_document(DATA / "encrypted.pdf")


def test_a_page_cut_out_loses_its_paragraphs_and_nothing_else() -> None:
    # Page 5 of A/80/604/Add.3 holds the end of paragraph 12, paragraphs 13 and 14.
    source = pdfium.PdfDocument(DATA / "A_80_604_Add.3.pdf")
    cut = pdfium.PdfDocument.new()
    cut.import_pages(source, [i for i in range(len(source)) if i != 4])
    out = io.BytesIO()
    cut.save(out)
    document = parse_bytes(out.getvalue(), "cut.pdf")
    assert [i.number for i in document.items] == [str(n) for n in range(1, 38) if n not in (13, 14)]
    whole = {i.number: i.text for i in _read("A_80_604_Add.3.pdf").items}
    for item in document.items:
        if item.number not in ("12", "15"):
            assert item.text == whole[item.number], item.number
