"""Word documents: automatic numbering recovered exactly, and real UN files read as printed."""

import io
from datetime import date

import docx
import pytest
from docx.oxml import parse_xml

from cybertrack.domain.errors import ImportFailed
from cybertrack.importers import parse_bytes, read_document
from cybertrack.importers.docx_reader import docx_blocks
from cybertrack.importers.reflow import hard_wrapped
from tests.conftest import DATA
from tests.unit.docx_builder import W_NS, DocBuilder

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _labels(data: bytes) -> list[str | None]:
    return [b.auto_label for b in docx_blocks(data) if b.text.strip()]


def test_parenthesised_numbers_become_recommendations() -> None:
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "(%1)", 1)]))
    doc.para("The Expert Group adopted the following recommendations:")
    for text in ("States should cooperate.", "States should train judges.", "States should act."):
        doc.para(text, num)
    parsed = parse_bytes(doc.bytes(), "recs.docx")
    assert [(i.number, i.label, i.kind) for i in parsed.items] == [
        ("1", "(1)", "recommendation"),
        ("2", "(2)", "recommendation"),
        ("3", "(3)", "recommendation"),
    ]
    assert parsed.items[1].text == "States should train judges."
    assert parsed.source_format == "docx"


def test_start_override_and_dot_format() -> None:
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "%1.", 1)]), start_override={0: 5})
    for text in ("Fifth paragraph.", "Sixth paragraph.", "Seventh paragraph."):
        doc.para(text, num)
    parsed = parse_bytes(doc.bytes(), "override.docx")
    assert [(i.number, i.label) for i in parsed.items] == [("5", "5."), ("6", "6."), ("7", "7.")]


def test_multilevel_numbers_reset_the_deeper_level() -> None:
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "%1.", 1), ("decimal", "%1.%2", 1)]))
    doc.para("Mandates", num, 0)
    doc.para("The Office supports States.", num, 1)
    doc.para("The Office publishes studies.", num, 1)
    doc.para("Programme of work", num, 0)
    doc.para("The Office trains officers.", num, 1)
    assert _labels(doc.bytes()) == ["1.", "1.1", "1.2", "2.", "2.1"]
    parsed = parse_bytes(doc.bytes(), "multi.docx")
    assert [i.number for i in parsed.items] == ["1.1", "1.2", "2.1"]


def test_a_new_list_instance_with_start_override_restarts_the_count() -> None:
    doc = DocBuilder()
    abstract = doc.abstract([("decimal", "(%1)", 1)])
    first, second = doc.num(abstract), doc.num(abstract, start_override={0: 1})
    for text in ("One.", "Two.", "Three."):
        doc.para(text, first)
    doc.para("Annex")
    for text in ("Again one.", "Again two."):
        doc.para(text, second)
    assert _labels(doc.bytes()) == ["(1)", "(2)", "(3)", None, "(1)", "(2)"]


def test_formats_letters_and_romans() -> None:
    doc = DocBuilder()
    num = doc.num(
        doc.abstract(
            [("upperRoman", "%1.", 1), ("upperLetter", "%2.", 1), ("lowerRoman", "(%3)", 1)]
        )
    )
    doc.para("Chapter", num, 0)
    doc.para("Section", num, 1)
    doc.para("Section", num, 1)
    doc.para("Point", num, 2)
    doc.para("Point", num, 2)
    doc.para("Point", num, 2)
    doc.para("Point", num, 2)
    doc.para("Chapter", num, 0)
    assert _labels(doc.bytes()) == ["I.", "A.", "B.", "(i)", "(ii)", "(iii)", "(iv)", "II."]


def test_lettered_subitems_stay_inside_their_item() -> None:
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "%1.", 1), ("lowerLetter", "(%2)", 1)]))
    doc.para("Requests the Secretary-General:", num, 0)
    doc.para("To report on cooperation;", num, 1)
    doc.para("To convene a meeting;", num, 1)
    doc.para("Decides to remain seized of the matter.", num, 0)
    parsed = parse_bytes(doc.bytes(), "subitems.docx")
    assert [i.number for i in parsed.items] == ["1", "2"]
    assert parsed.items[0].text == (
        "Requests the Secretary-General: (a) To report on cooperation; (b) To convene a meeting;"
    )


def test_numbering_inherited_from_the_paragraph_style_and_num_id_zero() -> None:
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    doc.styled_list("Numbered Para", num)
    doc.para("First numbered by its style.", style="Numbered Para")
    doc.para("Second numbered by its style.", style="Numbered Para")
    doc.para("Unnumbered on purpose.", 0)
    assert _labels(doc.bytes()) == ["1.", "2.", None]


def test_tracked_changes_fields_and_footnote_marks_stay_out_of_item_text() -> None:
    doc = DocBuilder()
    doc.raw_paragraph(
        "<w:r><w:t xml:space='preserve'>1.\tStates </w:t></w:r>"
        "<w:ins w:id='1' w:author='X' w:date='2026-01-01T00:00:00Z'>"
        "<w:r><w:t xml:space='preserve'>shall </w:t></w:r></w:ins>"
        "<w:del w:id='2' w:author='X' w:date='2026-01-01T00:00:00Z'>"
        "<w:r><w:delText xml:space='preserve'>may </w:delText></w:r></w:del>"
        "<w:r><w:t>cooperate</w:t></w:r>"
        "<w:r><w:rPr><w:vertAlign w:val='superscript'/></w:rPr>"
        "<w:footnoteReference w:id='1'/></w:r>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText xml:space='preserve'> DOCVARIABLE sss1 </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        "<w:r><w:t>.</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
    )
    doc.para("2.\tStates should train judges.")
    parsed = parse_bytes(doc.bytes(), "tracked.docx")
    assert parsed.items[0].text == "States shall cooperate."


def test_headers_and_footers_are_not_body_text_and_the_first_page_header_is_metadata() -> None:
    doc = DocBuilder()
    section = doc.document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "A/80/999"
    section.first_page_header.add_paragraph("Distr.: General")
    section.first_page_header.add_paragraph("8 April 2026")
    section.header.paragraphs[0].text = "A/80/999 running header"
    section.footer.paragraphs[0].text = "26-04950 (E) 2/13"
    # A heading before the first paragraph is a title line (front matter); later ones are sections.
    doc.para("1.\tThe Committee met twice.")
    doc.para("Conclusions", style="Heading 1")
    doc.para("2.\tThe Committee recommends approval.")
    parsed = parse_bytes(doc.bytes(), "header.docx")
    assert parsed.symbol == "A/80/999"
    assert parsed.doc_date == date(2026, 4, 8)
    assert parsed.distribution == "General"
    assert [s.title for s in parsed.sections] == ["Conclusions"]
    text = " ".join(i.text for i in parsed.items)
    assert "running header" not in text and "26-04950" not in text


def test_a_docx_named_txt_is_still_read_as_word(tmp_path) -> None:
    doc = DocBuilder()
    doc.para("1.\tThe Committee met twice.")
    doc.para("2.\tThe Committee recommends approval.")
    path = tmp_path / "renamed.txt"
    path.write_bytes(doc.bytes())
    parsed = read_document(path)
    assert parsed.source_format == "docx"
    assert [i.number for i in parsed.items] == ["1", "2"]


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + b"\x00" * 200,
        (DATA / "A_80_604_Add.3.docx").read_bytes()[:5000],
    ],
    ids=["zip-header-only", "truncated-real-file"],
)
def test_damaged_word_files_give_one_clear_sentence(data: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"damaged|not a readable Word file"):
        parse_bytes(data, "broken.docx")


def test_a_pdf_named_file_that_is_not_a_pdf() -> None:
    with pytest.raises(ImportFailed, match="not a real PDF"):
        parse_bytes(b"hello, this is just text\n1. one\n", "fake.pdf")


# -- real UN documents: expected numbers read from the documents themselves -------------------


@pytest.fixture(scope="module")
def acabq():
    return read_document(DATA / "A_80_604_Add.3.docx")


def test_acabq_report_paragraphs_1_to_37(acabq) -> None:
    # The report numbers its paragraphs 1-37; the numbered headings "1. Military and police
    # personnel", "2. Civilian personnel", "3. Operational costs" are headings, not paragraphs.
    assert [i.number for i in acabq.items] == [str(n) for n in range(1, 38)]
    by_number = {i.number: i.text for i in acabq.items}
    assert by_number["17"] == (
        "The Advisory Committee recommends the approval of the proposals of the "
        "Secretary-General for military and police personnel."
    )
    assert by_number["23"].startswith("The Advisory Committee recommends approval of the proposals")
    assert "3. Operational costs" in [s.heading for s in acabq.sections]


def test_acabq_report_metadata(acabq) -> None:
    assert acabq.symbol == "A/80/604/Add.3"
    assert acabq.doc_date == date(2026, 4, 8)
    assert acabq.distribution == "General"
    assert acabq.original_language == "English"
    assert acabq.meeting.body == "General Assembly"
    assert acabq.meeting.session == "Eightieth session"
    assert acabq.agenda_item is not None and acabq.agenda_item.startswith("158. Financing")


def test_secretary_general_report_paragraphs_1_to_79() -> None:
    parsed = read_document(DATA / "A_80_590.docx")
    assert [i.number for i in parsed.items] == [str(n) for n in range(1, 80)]
    by_number = {i.number: i.text for i in parsed.items}
    assert by_number["59"] == (
        "MINUSMA did not issue loans to or borrow from other active peacekeeping missions "
        "during the reporting period."
    )
    assert parsed.symbol == "A/80/590"


def test_programme_budget_decimal_paragraphs() -> None:
    parsed = read_document(DATA / "A_81_6_Sect.16.docx")
    assert [i.number for i in parsed.items] == [f"16.{n}" for n in range(1, 148)]
    assert parsed.symbol == "A/81/6 (Sect. 16)"
    assert parsed.items[-1].text == "Table 16.24 lists all deliverables of the component."


def test_symbol_block_set_as_the_first_body_table_is_metadata() -> None:
    doc = DocBuilder()
    table = doc.document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "United Nations"
    table.cell(0, 1).text = "A/AC.291/11"
    table.cell(1, 0).text = "General Assembly"
    table.cell(1, 1).text = "Distr.: General\n1 March 2022"
    doc.para("1.\tThe Committee met.")
    doc.para("2.\tThe Committee adopted its agenda.")
    parsed = parse_bytes(doc.bytes(), "table-header.docx")
    assert parsed.symbol == "A/AC.291/11"
    assert parsed.doc_date == date(2022, 3, 1)
    assert [i.number for i in parsed.items] == ["1", "2"]


@pytest.mark.parametrize(
    "stem",
    ["a-res-74-173-cybercrime-technical-assistance-expert-group", "a-res-75-282-ahc-modalities"],
)
def test_a_text_pasted_into_word_line_by_line_reads_as_the_text(stem: str) -> None:
    # A resolution as pdftotext gives it, pasted into Word one paragraph per printed line
    # (the number "1." alone on its line, sentences cut at every line end): read as paragraphs
    # it gave 2 items of 29; the .docx must give what the text gives.
    text = (DATA / f"{stem}.txt").read_text(encoding="utf-8")
    body = text.split("=" * 72 + "\n", 1)[1]
    document = docx.Document()
    for line in body.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    pasted = parse_bytes(out.getvalue(), f"{stem}.docx")
    original = parse_bytes(body.encode(), f"{stem}.txt")
    assert [(i.number, i.text) for i in pasted.items] == [
        (i.number, i.text) for i in original.items
    ]
    assert len(original.items) > 15


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_a_short_report_pasted_line_by_line_reads_as_its_text(language: str) -> None:
    # Fifteen lines of Russian (fewer than a reflow asked for) and Arabic, a script with no
    # lower case, each line wrapped in bidi marks by pdftotext: read as paragraphs, the items
    # were each paragraph's last printed line ("1 киберпреступностью.") or none at all.
    text = (DATA / f"synthetic-report-{language}.pdftotext.txt").read_text(encoding="utf-8")
    lines = text.replace("\f", "\n").splitlines()
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    pasted = parse_bytes(out.getvalue(), f"report-{language}.docx")
    original = parse_bytes("\n".join(lines).encode(), f"report-{language}.txt")
    assert [(i.number, i.text) for i in pasted.items] == [
        (i.number, i.text) for i in original.items
    ]
    assert [i.number for i in pasted.items] == ["1", "2", "3", "4", "5"]
    assert len(pasted.sections) == 2  # Arabic's "أوال -" as drawn too: see test_text_layouts


def test_a_word_document_typed_as_paragraphs_is_not_reflowed() -> None:
    typed = [p for p in sorted(DATA.glob("*.docx")) if p.name != "password-protected.docx"]
    assert len(typed) >= 30
    for path in typed:
        assert not hard_wrapped(docx_blocks(path.read_bytes())), path.name


def test_an_articles_paragraphs_numbered_by_word_keep_their_numbers() -> None:
    """A convention drafted in Word numbers its articles ("Article %1") and each article's
    paragraphs (1., 2.) automatically: the paragraphs' numbers are printed, so the article's
    text keeps them, as a typed or PDF copy does ("Article 2, paragraph 2" is cited)."""
    builder = DocBuilder()
    article = builder.num(builder.abstract([("decimal", "Article %1", 1)]))
    paragraphs = builder.abstract([("decimal", "%1.", 1)])
    builder.para("Draft convention on countering cybercrime", style="Title")
    for title, texts in (
        ("Scope of application", ["This Convention shall apply.", "It shall not be necessary."]),
        ("Protection of sovereignty", ["States Parties shall act.", "Nothing shall entitle."]),
    ):
        builder.para(title, article, style="Heading 2")
        numbered = builder.num(paragraphs, {0: 1})
        for text in texts:
            builder.para(text, numbered)
    document = parse_bytes(builder.bytes(), "convention.docx")
    assert [(i.label, i.text) for i in document.items] == [
        (
            "Article 1",
            "Scope of application: 1. This Convention shall apply. 2. It shall not be necessary.",
        ),
        (
            "Article 2",
            "Protection of sovereignty: 1. States Parties shall act. 2. Nothing shall entitle.",
        ),
    ]


def _abstract_xml(abstract_id: int, inner: str) -> str:
    return f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">{inner}</w:abstractNum>'


def test_a_list_numbered_through_a_list_style_is_numbered() -> None:
    """Word's multilevel list styles: the list's definition holds no levels, only the name
    of the list style (w:numStyleLink), whose own definition (w:styleLink) holds them. Its
    paragraphs had no number, and the document no items."""
    builder = DocBuilder()
    numbering = builder._numbering
    levels = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/></w:lvl>'
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for xml in (
        _abstract_xml(300, f'<w:styleLink w:val="DelegationList"/>{levels}'),
        _abstract_xml(301, '<w:numStyleLink w:val="DelegationList"/>'),
    ):
        element = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)
    num = builder.num(301)
    builder.para("Statement by the delegation of Norway", style="Title")
    builder.para("Norway aligns itself with the statement of the European Union.", num, 0)
    builder.para("We make three points:", num, 0)
    builder.para("scope;", num, 1)
    builder.para("safeguards.", num, 1)
    builder.para("We thank the Chair.", num, 0)
    document = parse_bytes(builder.bytes(), "statement.docx")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "Norway aligns itself with the statement of the European Union."),
        ("2.", "We make three points: (a) scope; (b) safeguards."),
        ("3.", "We thank the Chair."),
    ]


def _two_chapters(paragraphs: tuple[str, str], extra: str) -> list[tuple[str, str]]:
    """A report whose chapters ("I.", level 0) and paragraphs (`paragraphs`: format and text
    of level 1, its own `extra` XML) are one Word list: the items' labels and sections'."""
    builder = DocBuilder()
    both = builder.abstract([("upperRoman", "%1.", 1), (*paragraphs, 1)], {1: extra})
    num = builder.num(both)
    builder.para("Report of the Expert Group", style="Title")
    builder.para("Introduction", num, 0, style="Heading 1")
    builder.para("The Expert Group met in Vienna.", num, 1)
    builder.para("It adopted its agenda.", num, 1)
    builder.para("Recommendations", num, 0, style="Heading 1")
    builder.para("States should cooperate.", num, 1)
    document = parse_bytes(builder.bytes(), "report.docx")
    assert not document.warnings
    return [("item", i.label) for i in document.items] + [
        ("section", s.label) for s in document.sections
    ]


def test_legal_numbering_prints_every_level_in_digits() -> None:
    """A level marked w:isLgl prints "1.1" under chapter "I." (Word's "legal style
    numbering"): read as "I.1", the paragraphs were no items."""
    assert _two_chapters(("decimal", "%1.%2"), "<w:isLgl/>") == [
        ("item", "1.1"),
        ("item", "1.2"),
        ("item", "2.1"),
        ("section", "I."),
        ("section", "II."),
    ]


def test_paragraphs_numbered_on_through_the_chapters_of_their_list() -> None:
    """Chapters "I.", "II." and paragraphs "1.", "2." in one Word list, the paragraphs' level
    never restarting (w:lvlRestart 0), as UN reports number them: paragraph 3 opens chapter
    II (it was numbered 1 again, and reported as a duplicate)."""
    assert _two_chapters(("decimal", "%2."), '<w:lvlRestart w:val="0"/>') == [
        ("item", "1."),
        ("item", "2."),
        ("item", "3."),
        ("section", "I."),
        ("section", "II."),
    ]


def test_chinese_russian_and_arabic_list_numbers_are_printed() -> None:
    """Word's own number formats for the other UN languages: a Chinese list "一、二、"
    (chineseCounting), Russian sub-items "а)", "б)" (russianLower), Arabic ones "(أ)", "(ب)"
    (arabicAlpha). They printed no number: the Chinese list was refused as unnumbered, the
    sub-items lost their letters."""
    chinese = DocBuilder()
    counted = chinese.num(chinese.abstract([("chineseCounting", "%1、", 1)]))
    chinese.para("中国关于公约草案的意见", style="Title")
    for text in ("各缔约国应加强国际合作。", "公约应尊重各国主权。", "应提供技术援助。"):
        chinese.para(text, counted)
    items = parse_bytes(chinese.bytes(), "意见.docx").items
    assert [(i.number, i.label) for i in items] == [("1", "一、"), ("2", "二、"), ("3", "三、")]

    for fmt, pattern, letters in (
        ("russianLower", "%2)", ("а)", "б)")),
        ("arabicAlpha", "(%2)", ("(أ)", "(ب)")),
    ):
        builder = DocBuilder()
        num = builder.num(builder.abstract([("decimal", "%1.", 1), (fmt, pattern, 1)]))
        builder.para("Statement", style="Title")
        builder.para("We thank the Chair.", num, 0)
        builder.para("We propose:", num, 0)
        builder.para("one;", num, 1)
        builder.para("two.", num, 1)
        builder.para("We thank you.", num, 0)
        texts = [i.text for i in parse_bytes(builder.bytes(), "s.docx").items]
        assert texts[1] == f"We propose: {letters[0]} one; {letters[1]} two.", fmt


def test_chinese_counting_numbers() -> None:
    from cybertrack.importers.docx_numbering import format_number

    written = {1: "一", 10: "十", 12: "十二", 20: "二十", 105: "一百零五", 110: "一百一十"}
    for value, chinese in written.items():
        assert format_number(value, "chineseCounting") == chinese


def test_an_empty_numbered_paragraph_is_counted_as_word_prints_it() -> None:
    # Word (and LibreOffice) print "2." on an empty numbered line and the next paragraph is
    # 3.: before, the empty one was not counted and "Third" was read as paragraph 2.
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    doc.para("Report of the meeting")
    doc.para("First paragraph of the report.", num)
    doc.para("", num)
    doc.para("Third paragraph of the report.", num)
    hidden = doc.para("", num)  # its mark hidden too: Word shows neither it nor its number
    hidden._p.get_or_add_pPr().append(parse_xml(f"<w:rPr {W_NS}><w:vanish/></w:rPr>"))
    doc.para("Fourth paragraph of the report.", num)
    document = parse_bytes(doc.bytes(), "empty.docx")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "First paragraph of the report."),
        ("2.", "2."),
        ("3.", "Third paragraph of the report."),
        ("4.", "Fourth paragraph of the report."),
    ]
