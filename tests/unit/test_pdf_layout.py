"""The PDF reader's blocks: page and page start on each, tables and footnotes in blocks of
their own role, headings marked, centred headings kept, the furniture set aside and told."""

from functools import cache

from cybertrack.importers import parse_bytes
from cybertrack.importers.blocks import BlockRole, Source
from cybertrack.importers.pdf_lines import Line, join
from cybertrack.importers.pdf_reader import read_pdf
from tests.conftest import DATA
from tests.unit.pdf_fixtures import spaced_pages, spaced_pdf


@cache
def _source(name: str) -> Source:
    return read_pdf((DATA / name).read_bytes(), name)


def _body(name: str) -> list:
    return [b for b in _source(name).blocks if b.role is BlockRole.BODY]


def test_every_block_has_its_page_and_each_page_one_start() -> None:
    blocks = _source("synthetic-jobnumber.pdf").blocks
    assert all(b.page is not None and b.page >= 1 for b in blocks)
    starts = [b.page for b in blocks if b.page_start]
    assert starts == sorted(set(starts))  # at most one first block per page, in order
    body_pages = {b.page for b in blocks if b.role is BlockRole.BODY}
    assert set(starts) == body_pages


def test_paragraphs_that_open_a_page_are_marked() -> None:
    # Paragraph 22 has a page break before it; paragraph 18 follows a heading that ends its page.
    starts = [b.text for b in _body("synthetic-jobnumber.pdf") if b.page_start]
    assert any(text.startswith("22. The Advisory Committee trusts") for text in starts)
    assert any(text.startswith("18. The proposed resources for civilian") for text in starts)


def test_a_page_that_continues_a_paragraph_starts_with_the_continuation() -> None:
    # A/80/604/Add.3, paragraph 19 runs from page 7 onto page 8.
    page8 = next(b for b in _body("A_80_604_Add.3.pdf") if b.page == 8 and b.page_start)
    assert page8.text.startswith("and requirements, wherever appropriate.")


def test_table_text_is_a_table_block() -> None:
    tables = [
        b.text for b in _source("synthetic-jobnumber.pdf").blocks if b.role is BlockRole.TABLE
    ]
    assert any("Military and police personnel 8,563.4 6,748.5 (1,814.9)" in t for t in tables)
    assert any(t.startswith("Table 1 Financial resources by category") for t in tables)
    body = " ".join(b.text for b in _body("synthetic-jobnumber.pdf"))
    assert "8,563.4" not in body


def test_numbered_heading_is_marked_as_a_heading() -> None:
    headings = [b.text for b in _body("synthetic-jobnumber.pdf") if b.heading_hint]
    assert "2. Civilian personnel" in headings
    assert "1. Military and police personnel" in headings
    # A bold recommendation or any numbered paragraph is no heading.
    assert not any(text.startswith("17. The Advisory Committee recommends") for text in headings)


def test_footnotes_are_footnote_blocks_and_their_marks_leave_the_text() -> None:
    blocks = _source("A_80_604_Add.3.pdf").blocks
    notes = [b.text for b in blocks if b.role is BlockRole.FOOTNOTE]
    assert (
        "1 Excludes one-time requirements for termination entitlements payable to staff "
        "members." in notes
    )
    paragraph7 = next(b.text for b in blocks if b.text.startswith("7. "))
    assert "$60,129,500, representing" in paragraph7


def test_marks_set_on_lines_of_their_own_leave_the_text() -> None:
    # A/C.3/80/L.3: "... of 1971,³ the United Nations Convention ..." (PDFium splits the mark).
    text = next(b.text for b in _body("A_C.3_80_L.3.pdf") if b.text.startswith("Reaffirming also"))
    assert "Psychotropic Substances of 1971, the United Nations Convention against Illicit" in text


def test_a_mark_that_opens_the_rest_of_its_line_leaves_the_text() -> None:
    # "... adopted on 8 September 2006,¹³ and its successive ...": PDFium ends a line after
    # the comma and starts the next at the raised mark, the rest of the line after it.
    body = _body("A_C.3_80_L.3.pdf")
    text = next(b.text for b in body if b.text.startswith("Reaffirming the commitments made"))
    assert "adopted on 8 September 2006, and its successive biennial reviews" in text
    text = next(b.text for b in body if b.text.startswith("Recalling the adoption of its"))
    assert "May 2022, and" in text and "May 2022, 41" not in text
    # A note's own number opens its text the same way, and stays.
    notes = [b.text for b in _source("A_C.3_80_L.3.pdf").blocks if b.role is BlockRole.FOOTNOTE]
    assert any(note.startswith("13 ") for note in notes)


def test_centred_article_headings_are_kept() -> None:
    headings = [b.text for b in _body("A_RES_79_243.pdf") if b.heading_hint]
    assert "Article 5 Protection of sovereignty" in headings
    assert "Article 68 Depositary and languages" in headings
    adp = [b.text for b in _body("ADP_draft_agreement_decision_2015-12-04.pdf")]
    assert "Article 2 (PURPOSE)" in adp  # small bold capitals, centred: not a table


def test_an_annex_heading_holds_the_annexed_treatys_whole_title() -> None:
    # "Annex" over five bold lines, the title cut by a clause mark and a gap after
    # "Cybercrime;": one heading, not two paragraphs reported as left out.
    headings = [b.text for b in _body("A_RES_79_243.pdf") if b.heading_hint]
    annexes = [text for text in headings if text.startswith("Annex")]
    assert [text[:60] for text in annexes] == [
        "Annex United Nations Convention against Cybercrime; Strength",
        "Annex Interpretative notes on specific articles of the Unite",
    ]
    assert all(text.endswith("in Electronic Form of Serious Crimes") for text in annexes)


def test_italic_opening_words_do_not_make_a_heading() -> None:
    preamble = [
        b for b in _body("A_RES_80_229.pdf") if b.text.startswith("Taking note of the World")
    ]
    assert len(preamble) == 1 and not preamble[0].heading_hint
    assert "Protected Species, prepared by the United Nations Office" in preamble[0].text


def test_furniture_is_set_aside_and_told() -> None:
    furniture = _source("synthetic-jobnumber.pdf").furniture
    assert "A/AC.999/2026/L.7" in furniture
    assert "26-01234 (E) 010326" in furniture  # the cover page's foot
    cover = [b.text for b in _source("A_80_604_Add.3.pdf").blocks if b.page == 1]
    assert not any("26-04950" in text for text in cover)
    assert not any("2604950" in text for text in cover)  # the barcode


def test_kerning_gaps_inside_words_are_no_spaces() -> None:
    # PDFium makes up a space at a gap of 0.17 em; a word gap here is a quarter em (line 1,
    # no space glyph at all) or a space glyph (line 2). "break down" stays two words.
    data = spaced_pdf(
        [
            b"[(1.) -1500 (The) -250 (candidate) -250 (p) -170 (ool) -250 (is) -250 (large)"
            b" -250 (and) -250 (the) -250 (Vice) -170 (-) -170 (President) -250 (will) -250"
            b" (break) -250 (down) -250 (the) -250 (list.)]",
            b"[(2. The candidate ) (p) -170 (ool is large, so as to ) (s) -170 (ustain the"
            b" Vice) -170 (-) -170 (President; we break down the list.)]",
        ]
    )
    texts = [b.text for b in read_pdf(data, "kerned.pdf").blocks]
    assert texts == [
        "1. The candidate pool is large and the Vice-President will break down the list.",
        "2. The candidate pool is large, so as to sustain the Vice-President; we break down "
        "the list.",
    ]


def test_a_word_gap_without_a_space_glyph_stays_a_space() -> None:
    # A/RES/79/243, article 4's centred title: "and protocols" set as two runs, no glyph.
    headings = [b.text for b in _body("A_RES_79_243.pdf") if b.heading_hint]
    title = "Article 4 Offences established in accordance with other United Nations conventions"
    assert f"{title} and protocols" in headings


def test_footnotes_with_addresses_at_the_foot_are_footnotes() -> None:
    # A/HRC/27/12 sets its footnotes in 9 pt under 10 pt text; the addresses stay there.
    source = _source("A_HRC_27_12.pdf")
    notes = " ".join(b.text for b in source.blocks if b.role is BlockRole.FOOTNOTE)
    assert "http://webtv.un.org/watch/costa-rica-review-19th-session-of" in notes
    assert "https://extranet.ohchr.org/sites/upr/Sessions/19session/CostaRica" in notes
    assert not any("http" in b.text for b in source.blocks if b.role is BlockRole.BODY)


def test_a_justified_line_of_a_few_words_is_text_not_a_table_row() -> None:
    # In a narrow column (wide margins, a large font) a justified line of five words
    # stretches every space past two ems, all by the same width: still running text. The
    # row under it spaces its cells unevenly and stays a table row.
    data = spaced_pdf(
        [
            b"[(6. The Advisory Committee trusts that the report will be ready and the)]",
            b"[(Committee) -2100 (further) -2100 (trusts) -2100 (that) -2100 (the)]",
            b"[(recommendations of the Board of Auditors will be implemented.)]",
        ]
    )
    blocks = read_pdf(data, "justified.pdf").blocks
    assert [b.text for b in blocks if b.role is BlockRole.BODY] == [
        "6. The Advisory Committee trusts that the report will be ready and the Committee "
        "further trusts that the recommendations of the Board of Auditors will be implemented."
    ]
    row = spaced_pdf([b"[(Military) -2400 (observers) -5000 (218) -3300 (149)]"])
    assert [b.role for b in read_pdf(row, "row.pdf").blocks] == [BlockRole.TABLE]


def _line(text: str, x0: float, x1: float, y: float, size: float) -> Line:
    return Line(0, y, x0, x1, size, False, text, cells=[(x0, x1)], cell_texts=[text])


def test_a_unit_power_set_on_a_line_of_its_own_stays_with_its_unit() -> None:
    # LibreOffice's PDF of A/80/590: PDFium gives "2,050 m", then the raised "3" as a line of
    # its own, then " of general waste"; a footnote mark set so is dropped, a power is not.
    lines: list[Line] = []
    for piece in (
        _line("2,050 m", 123.5, 158.3, 347.6, 10.0),
        _line("3", 159.0, 161.4, 351.5, 5.8),
        _line("of general waste", 161.9, 250.0, 347.6, 10.0),
    ):
        join(lines, piece)
    assert [line.text for line in lines] == ["2,050 m3 of general waste"]
    marked: list[Line] = []
    for piece in (
        _line("the programme", 123.5, 190.0, 347.6, 10.0),
        _line("3", 190.5, 193.0, 351.5, 5.8),
        _line("is large", 194.0, 230.0, 347.6, 10.0),
    ):
        join(marked, piece)
    assert [line.text for line in marked] == ["the programme is large"]


def test_paragraphs_on_one_and_a_half_spacing_are_told_apart() -> None:
    # 1.5 line spacing (a 19-point pitch on 11-point text) with 6 points between paragraphs:
    # the gap is a smaller share of the pitch than on single spacing, still a paragraph's end.
    # A full line ending a sentence, then "2." alone: the layout's gap is what tells them.
    data = spaced_pdf(
        [
            b"19 TL [(1. The Advisory Committee recalls that the second phase of the review of)]",
            b"[(mine action programmes across the Secretariat is scheduled for the period and)]",
            b"[(trusts that the Secretary-General will provide updated information to it in the)]",
            b"[(context of its consideration of the present report on the peacekeeping budget.)]",
            b"0 -6 Td [(2. Subject to its recommendations in paragraphs 25 and 26, the Committee)]",
            b"[(recommends approval of the proposals of the Secretary-General for operational)]",
            b"[(costs, as set out in the present report of the Advisory Committee on the budget.)]",
        ]
    )
    texts = [b.text for b in read_pdf(data, "spaced.pdf").blocks]
    assert [text[:3] for text in texts] == ["1. ", "2. "]
    assert texts[0].endswith("on the peacekeeping budget.")


def test_a_figure_title_under_a_caption_in_the_margin_is_the_figures() -> None:
    # A/81/6 (Sect. 16) as LibreOffice prints it: "Figure 16.III" at the page's left edge,
    # left of the text's margin, its title in the column over four lines, then the chart (a
    # picture: a blank). The title is the figure's, not a paragraph of running text.
    text = b"[(progress towards the objective is set out in the measure below and in the table.)]"
    opening = b"50 0 Td [(16.27 The lesson for the subprogramme was that the direct impact of)]"
    data = spaced_pages(
        [
            [opening, *[text] * 6],
            [
                b"50 0 Td [(16.28 Expected progress towards the objective is presented in the)]",
                *[text] * 6,
                b"[(below \\(see figure 16.III\\).)]",
                b"-62 0 Td [(Figure 16.III)]",
                b"62 0 Td [(Performance measure: number of Member States with strengthened)]",
                b"[(normative, policy and institutional frameworks to prevent and counter)]",
                b"[(organized crime, in line with the United Nations Convention against)]",
                b"[(Transnational Organized Crime \\(cumulative\\))]",
                b"0 -140 Td [(16.29 Table 16.3 lists all deliverables of the subprogramme.)]",
                *[text] * 6,
            ],
        ]
    )
    blocks = read_pdf(data, "figure.pdf").blocks
    tables = [b.text for b in blocks if b.role is BlockRole.TABLE]
    assert tables == [
        "Figure 16.III Performance measure: number of Member States with strengthened normative,"
        " policy and institutional frameworks to prevent and counter organized crime, in line"
        " with the United Nations Convention against Transnational Organized Crime (cumulative)"
    ]
    assert not any("Performance" in b.text for b in blocks if b.role is BlockRole.BODY)


def test_paragraphs_with_no_space_between_them_are_told_apart_by_their_numbers() -> None:
    # A text pasted into Word with no space after its paragraphs: the last line of 1 runs to
    # the margin and ends its sentence, "2. The ..." follows at the same pitch. A citation
    # cut after "para." stays in its sentence.
    data = spaced_pdf(
        [
            b"[(1. The Mission reported the disposal of equipment with a net book value of)]",
            b"[(the amount indicated and nonserialized equipment valued at $12.9 million.)]",
            b"[(2. The original liquidation plan included the closure of all locations in)]",
            b"[(Mali by 31 March 2025, as requested by the Council in resolution 2690, para.)]",
            b"[(13. The Mission also handed over the camp in Gao before the end of the year.)]",
        ]
    )
    texts = [b.text for b in read_pdf(data, "unspaced.pdf").blocks]
    assert [text[:3] for text in texts] == ["1. ", "2. "]
    assert texts[1].endswith(
        "para. 13. The Mission also handed over the camp in Gao before the end of the year."
    )


def test_a_narrow_table_column_in_body_size_type_is_the_tables() -> None:
    # A/81/6 (Sect. 16) as LibreOffice prints it: a results table whose first column is a
    # few ems wide wraps its words one or two to a line, in body-size type, at the text's
    # margin ("courier", "industr", "y,", ...). None of it is a paragraph's text.
    text = b"[(enforcement authorities to strengthen maritime, air and land border control.)]"
    data = spaced_pages(
        [
            [b"[(16.140 The subprogramme will support law enforcement authorities and the)]", text],
            [
                b"[(16.141 The subprogramme will work with the private sector, including the)]",
                text,
                b"0 -20 Td [(courier)]",
                b"[(industr)]",
                b"[(y, freight)]",
                b"[(forwar)]",
                b"[(ding)]",
                b"0 -20 Td [(16.142 The subprogramme will also support national authorities.)]",
            ],
        ]
    )
    blocks = read_pdf(data, "narrow.pdf").blocks
    assert [b.text for b in blocks if b.role is BlockRole.TABLE] == [
        "courier industr y, freight forwar ding"
    ]
    assert not any("courier" in b.text for b in blocks if b.role is BlockRole.BODY)


def test_an_indented_table_column_of_a_few_words_a_line_is_the_tables() -> None:
    # A/81/6 (Sect. 20): a column of a results table, indented, up to three words a line,
    # the widest a little over a fifth of the text's width.
    text = (
        b"[(enforcement authorities to strengthen maritime, air and land border control and also)]"
    )
    data = spaced_pages(
        [
            [b"[(20.68 The subprogramme will support member States and the private sector)]", text],
            [
                b"[(20.69 Progress towards the objective is presented in the table below.)]",
                *[text] * 4,
                b"80 -20 Td [(Sustainable)]",
                b"[(Development Goals)]",
                b"[(and targets,)]",
                b"[(including on)]",
                b"[(innovation)]",
                b"-80 -20 Td [(20.70 While private sector finance can help to scale up.)]",
                *[text] * 4,
            ],
        ]
    )
    blocks = read_pdf(data, "column.pdf").blocks
    assert not any("Sustainable" in b.text for b in blocks if b.role is BlockRole.BODY)


def test_the_word_gap_after_a_dropped_footnote_mark_stays() -> None:
    # FCCC/PA/CMA/2021/10/Add.3 as LibreOffice prints it: "events⁸¹ and", the space PDFium
    # makes up after the raised mark is narrow when measured from the mark.
    data = spaced_pdf(
        [
            b"[(1. Conduct for UNFCCC conferences, meeting and events)] TJ /F1 5.2 Tf 3.6 Ts"
            b" (81) Tj 0 Ts /F1 11 Tf [-150 (and the Code of Ethics, as agreed by the Parties.)]"
        ]
    )
    assert [b.text for b in read_pdf(data, "mark.pdf").blocks] == [
        "1. Conduct for UNFCCC conferences, meeting and events and the Code of Ethics, as "
        "agreed by the Parties."
    ]


def test_a_starred_note_in_the_texts_size_at_a_pages_foot_is_a_footnote() -> None:
    # A/HRC/26/5, page 13: "II. Conclusions and/or recommendations**" and, at the foot, "**
    # Conclusions and recommendations have not been edited." in 10 pt like the text: it was
    # reported as text in no item, and the heading kept the mark.
    source = _source("A_HRC_26_5.pdf")
    note = "** Conclusions and recommendations have not been edited."
    roles = {b.text: b.role for b in source.blocks if b.text in (note,)}
    assert roles == {note: BlockRole.FOOTNOTE}
    document = parse_bytes((DATA / "A_HRC_26_5.pdf").read_bytes(), "A_HRC_26_5.pdf")
    assert ("II.", "Conclusions and/or recommendations") in {
        (s.label, s.title) for s in document.sections
    }
