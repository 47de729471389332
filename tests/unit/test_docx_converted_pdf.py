"""A PDF converted to Word (Word's reflow, Acrobat, pdf2docx): its pages, running lines,
footnotes and marks in the body, read as the PDF reads."""

from __future__ import annotations

import re

import pytest

from cybertrack.domain.model import ParsedDocument
from cybertrack.importers import parse_bytes
from tests.conftest import DATA
from tests.unit.docx_builder import W_NS, DocBuilder


def _words(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _same_texts(pdf: ParsedDocument, word: ParsedDocument) -> int:
    theirs = {item.number: _words(item.text) for item in word.items}
    return sum(1 for item in pdf.items if theirs.get(item.number) == _words(item.text))


@pytest.fixture(scope="module")
def resolution() -> tuple[ParsedDocument, ParsedDocument]:
    pdf = parse_bytes((DATA / "A_C.3_80_L.3.pdf").read_bytes(), "A_C.3_80_L.3.pdf")
    name = "A_C.3_80_L.3.pdf2docx.docx"
    return pdf, parse_bytes((DATA / name).read_bytes(), name)


def test_a_converted_draft_resolution_reads_as_its_pdf(resolution) -> None:
    pdf, word = resolution
    # Before: the running title, job number and page number of each page read as preambular
    # paragraphs, and each page's footnotes too (65 texts of 145 as the PDF's).
    assert [i.number for i in word.items][:70] == [i.number for i in pdf.items][:70]
    assert _same_texts(pdf, word) >= 135
    texts = " ".join(item.text for item in word.items)
    assert "_____" not in texts and "Treaty Series" not in texts  # the footnotes
    assert not re.search(r"\b\d{2}-\d{5}\b", texts)  # the job number
    assert word.symbol == "A/C.3/80/L.3"


def test_footnote_marks_set_small_are_left_out(resolution) -> None:
    _pdf, word = resolution
    second = next(item for item in word.items if item.number == "PP2")
    # "Protocols thereto,<small>1</small> the Single Convention": the mark is no text.
    assert "Protocols thereto, the Single Convention" in second.text


def test_a_paragraph_cut_by_a_page_goes_on_past_the_running_lines() -> None:
    pdf_name, word_name = "A_80_604_Add.3.pdf", "A_80_604_Add.3.pdf2docx.docx"
    pdf = parse_bytes((DATA / pdf_name).read_bytes(), pdf_name)
    word = parse_bytes((DATA / word_name).read_bytes(), word_name)
    assert [i.number for i in word.items] == [str(n) for n in range(1, 38)]
    assert _same_texts(pdf, word) >= 36  # before: 30, each paragraph cut at its page's end
    eighth = next(item for item in word.items if item.number == "8")
    assert eighth.text.endswith(next(i.text for i in pdf.items if i.number == "8")[-60:])
    assert not [w for w in word.warnings if "no item" in str(w.args)]


def _page_break() -> str:
    return "<w:r><w:br w:type='page'/></w:r>"


def _pages(doc: DocBuilder, pages: list[list[str]], footer: str | None) -> None:
    for number, paragraphs in enumerate(pages, start=1):
        for text in paragraphs:
            doc.para(text)
        if footer is not None:
            doc.para(footer.format(page=number, pages=len(pages)))
        if number < len(pages):
            doc.raw_paragraph(_page_break())


PAGES = [
    ["Draft report", "1. The Committee met in Vienna and heard the reports of"],
    ["Annex 1", "the expert groups on the items before it.", "2. It adopted the agenda."],
    ["Annex 1", "3. It elected its officers.", "4. It closed the session."],
]


def test_a_word_file_with_page_breaks_but_no_printed_pages_is_read_as_it_is() -> None:
    doc = DocBuilder()
    _pages(doc, PAGES, footer=None)
    parsed = parse_bytes(doc.bytes(), "breaks.docx")
    # A heading repeated at the top of pages is no running title without page numbers, and
    # a paragraph that ends mid-sentence in Word ends there.
    assert parsed.items[0].text == "The Committee met in Vienna and heard the reports of"
    assert parsed.coverage.left_out > 0  # "the expert groups ..." is said, not joined


def test_a_word_file_printing_its_page_numbers_in_the_body_is_read_as_pages() -> None:
    doc = DocBuilder()
    _pages(doc, PAGES, footer="25-01234\t{page}/{pages}")
    parsed = parse_bytes(doc.bytes(), "converted.docx")
    assert [i.number for i in parsed.items] == ["1", "2", "3", "4"]
    assert parsed.items[0].text == (
        "The Committee met in Vienna and heard the reports of the expert groups on the items "
        "before it."
    )
    assert all("25-01234" not in item.text for item in parsed.items)


def _row_table(*rows: tuple[str, str]) -> str:
    cells = "".join(
        f"<w:tr><w:tc><w:p><w:r><w:t>{number}</w:t></w:r></w:p></w:tc>"
        f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr>"
        for number, text in rows
    )
    return f"<w:tbl {W_NS}>{cells}</w:tbl>"


def test_a_list_set_as_a_table_of_labels_and_texts_is_the_items_sub_paragraphs() -> None:
    doc = DocBuilder()
    doc.para("1. States shall adopt measures to:")
    doc.raw_block(_row_table(("(a)", "Train judges;"), ("(b)", "Protect victims.")))
    doc.para("2. States shall cooperate.")
    parsed = parse_bytes(doc.bytes(), "list-table.docx")
    assert [i.text for i in parsed.items] == [
        "States shall adopt measures to: (a) Train judges; (b) Protect victims.",
        "States shall cooperate.",
    ]


def test_a_digit_in_the_text_s_own_size_after_a_comma_stays() -> None:
    doc = DocBuilder()
    run = "<w:r><w:rPr><w:sz w:val='{size}'/></w:rPr><w:t xml:space='preserve'>{text}</w:t></w:r>"
    for page, mark_size in ((1, 20), (2, 13), (3, 20)):
        doc.raw_paragraph(
            run.format(size=20, text=f"{page}. Adopted in 2021,")
            + run.format(size=mark_size, text="7")
            + run.format(size=20, text=" members voting.")
        )
        doc.para(f"25-01234\t{page}/3")
        if page < 3:
            doc.raw_paragraph(_page_break())
    parsed = parse_bytes(doc.bytes(), "marks.docx")
    assert [i.text for i in parsed.items] == [
        "Adopted in 2021,7 members voting.",
        "Adopted in 2021, members voting.",
        "Adopted in 2021,7 members voting.",
    ]


def _lines_paragraph(*lines: str) -> str:
    runs = "<w:r><w:br/></w:r>".join(
        f"<w:r><w:t xml:space='preserve'>{line}</w:t></w:r>" for line in lines
    )
    return runs


def test_numbered_lines_in_one_paragraph_are_paragraphs_of_their_own() -> None:
    # A converter sets a PDF's lines in one paragraph with line breaks; so does a delegate
    # typing with Shift+Enter.
    doc = DocBuilder()
    doc.raw_paragraph(
        _lines_paragraph("Recommendations", "Recommendation 1", "UNODC should train judges.")
    )
    doc.raw_paragraph(_lines_paragraph("Recommendation 2", "Donors should fund the programme."))
    parsed = parse_bytes(doc.bytes(), "lines.docx")
    assert [(i.label, i.text) for i in parsed.items] == [
        ("Recommendation 1", "UNODC should train judges."),
        ("Recommendation 2", "Donors should fund the programme."),
    ]
    assert all("Recommendations" not in item.text for item in parsed.items)


def test_a_sub_item_s_line_stays_in_its_paragraph() -> None:
    doc = DocBuilder()
    doc.raw_paragraph(_lines_paragraph("1. States shall:", "(a) Train judges;", "(b) Cooperate."))
    doc.para("2. States should report.")
    parsed = parse_bytes(doc.bytes(), "sub-lines.docx")
    assert [i.text for i in parsed.items] == [
        "States shall: (a) Train judges; (b) Cooperate.",
        "States should report.",
    ]


def test_a_converted_page_s_lines_set_as_paragraphs_are_joined() -> None:
    doc = DocBuilder()
    pages = [
        [
            "127. The State accepted the recommendations below.",
            "128. The following recommendations will be examined by the State, which will",
            "respond to them no later than the twenty-seventh session of the",
            "Human Rights Council:",
            "128.1 Ratify the instruments to which it is not yet a party",
            "(Benin);",
        ],
        ["128.2 Consider the ratification of the Convention (Chad);"],
        ["128.3 Adopt a national plan (Peru)."],
    ]
    _pages(doc, pages, footer="GE.14-01234\t{page}")
    parsed = parse_bytes(doc.bytes(), "lines-as-paragraphs.docx")
    assert [i.number for i in parsed.items] == ["127", "128", "128.1", "128.2", "128.3"]
    assert parsed.items[1].text == (
        "The following recommendations will be examined by the State, which will respond to "
        "them no later than the twenty-seventh session of the Human Rights Council:"
    )
    assert parsed.items[2].text == "Ratify the instruments to which it is not yet a party (Benin);"


def test_a_converted_paragraph_whose_number_stands_in_a_cell_of_its_own() -> None:
    # A converter sets a hanging number in a table cell beside its text; a table of figures
    # ("40.4" | "Formed police units") is no paragraph, its number not the next one.
    doc = DocBuilder()
    for page, last in ((1, False), (2, False), (3, True)):
        if page == 1:
            doc.para("38. Bhutan commended the State for its national policies.")
        if page == 2:
            doc.raw_block(_row_table(("39.", "Bolivia highlighted institutional progress.")))
        if page == 3:
            doc.para("40. Botswana welcomed the efforts of the State.")
            doc.raw_block(_row_table(("40.4", "Formed police units"), ("37.9", "Officers")))
        doc.para(f"GE.14-01234\t{page}/3")
        if not last:
            doc.raw_paragraph(_page_break())
    parsed = parse_bytes(doc.bytes(), "hanging-numbers.docx")
    assert [(i.number, i.text) for i in parsed.items] == [
        ("38", "Bhutan commended the State for its national policies."),
        ("39", "Bolivia highlighted institutional progress."),
        ("40", "Botswana welcomed the efforts of the State."),
    ]
    assert parsed.coverage.tables > 0  # the figures stay a table's


def test_a_converted_page_s_footnotes_set_small_with_no_rule_over_them() -> None:
    doc = DocBuilder()
    run = "<w:r><w:rPr><w:sz w:val='{size}'/></w:rPr><w:t xml:space='preserve'>{text}</w:t></w:r>"
    pages = [
        ["Draft report", "1. The Committee met in Vienna and heard the reports of"],
        ["the expert groups on the items before it.", "2. It adopted the agenda."],
        ["3. It elected its officers.", "4. It closed the session."],
    ]
    for number, paragraphs in enumerate(pages, start=1):
        for text in paragraphs:
            doc.raw_paragraph(run.format(size=20, text=text))
        doc.raw_paragraph(run.format(size=17, text=f"{number} See A/76/760/Add.{number}."))
        doc.para(f"25-01234\t{number}/3")
        if number < 3:
            doc.raw_paragraph(_page_break())
    parsed = parse_bytes(doc.bytes(), "small-notes.docx")
    assert [(i.number, i.text) for i in parsed.items] == [
        (
            "1",
            "The Committee met in Vienna and heard the reports of the expert groups on the "
            "items before it.",
        ),
        ("2", "It adopted the agenda."),
        ("3", "It elected its officers."),
        ("4", "It closed the session."),
    ]
    assert parsed.coverage.footnotes > 0


def test_a_rule_set_as_a_paragraph_s_last_line_and_a_footer_of_single_spaces() -> None:
    doc = DocBuilder()
    pages = [
        ["Draft resolution", "1. States shall return assets under the Convention against"],
        ["Corruption as its chapter V provides.", "2. States shall cooperate."],
        ["3. States shall report.", "4. States shall meet again."],
    ]
    for number, paragraphs in enumerate(pages, start=1):
        for at, text in enumerate(paragraphs):
            last = at == len(paragraphs) - 1
            doc.para(text + (" _______________" if last else ""))
        doc.para(f"{number} See resolution 58/4, annex.")
        doc.para(f"25-20947 {number}/3")  # the footer's marks one space apart
        if number < 3:
            doc.raw_paragraph(_page_break())
    parsed = parse_bytes(doc.bytes(), "trailing-rule.docx")
    assert [(i.number, i.text) for i in parsed.items] == [
        (
            "1",
            "States shall return assets under the Convention against Corruption as its "
            "chapter V provides.",
        ),
        ("2", "States shall cooperate."),
        ("3", "States shall report."),
        ("4", "States shall meet again."),
    ]
    assert parsed.coverage.footnotes > 0
