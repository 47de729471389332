"""Every real Word document of the corpus, and the text forms: items as the documents print them.

Expected numbers and texts are written from reading the documents (LibreOffice's rendering of
each .docx, which prints Word's numbers), never from the importer's output.
"""

import pytest

from cybertrack.domain.messages import Code
from cybertrack.domain.units import Unit
from cybertrack.importers import read_document, strict_problems
from tests.conftest import DATA


def _parts(stem: str, parts: list[tuple[str, int]]) -> list[str]:
    """ "5.I.1" ... for a budget section numbered by part: [("I", 65), ("II", 24)]."""
    return [f"{stem}.{part}.{n}" for part, last in parts for n in range(1, last + 1)]


# document, expected numbers (read from the document), its symbol
BUDGET_SECTIONS = [
    ("A_81_6_Sect.5.docx", _parts("5", [("I", 65), ("II", 24), ("III", 22)]), "A/81/6 (Sect. 5)"),
    ("A_81_6_Sect.11.docx", [f"11.{n}" for n in range(1, 53)], "A/81/6 (Sect. 11)"),
    ("A_81_6_Sect.14.docx", [f"14.{n}" for n in range(1, 113)], "A/81/6 (Sect. 14)"),
    ("A_81_6_Sect.16.docx", [f"16.{n}" for n in range(1, 148)], "A/81/6 (Sect. 16)"),
    ("A_81_6_Sect.20.docx", [f"20.{n}" for n in range(1, 129)], "A/81/6 (Sect. 20)"),
    ("A_81_6_Sect.27.docx", _parts("27", [("I", 69), ("II", 26)]), "A/81/6 (Sect. 27)"),
    ("A_81_6_Sect.29B.docx", [f"29B.{n}" for n in range(1, 109)], "A/81/6 (Sect. 29B)"),
]


@pytest.mark.parametrize(("name", "expected", "symbol"), BUDGET_SECTIONS)
def test_budget_sections_every_paragraph_in_order(name, expected, symbol) -> None:
    document = read_document(DATA / name)
    assert [i.number for i in document.items] == expected
    assert document.symbol == symbol
    assert not any(w.code in (Code.GAP, Code.DUPLICATE) for w in document.warnings)
    assert document.title.startswith(f"{symbol}: Proposed programme budget for 2027, Section")


@pytest.mark.parametrize("name", [n for n, _, _ in BUDGET_SECTIONS if "Sect.16" not in n])
def test_budget_sections_leave_no_text_out_but_their_notes_and_dashes(name) -> None:
    # A table's note set in Word's footnote style under it ("a The survey is conducted
    # biennially ...") is a note, and a dash alone (an empty value under a chart) no text:
    # neither is "text in no item" (Sect.16 leaves its real lists of instruments out, said).
    document = read_document(DATA / name)
    assert document.left_out == ()
    assert document.coverage.left_out == 0
    assert not any(w.code is Code.LEFT_OUT_SHARE for w in document.warnings)


def test_a_tables_note_in_words_footnote_style_is_a_note() -> None:
    document = read_document(DATA / "A_81_6_Sect.29B.docx")
    assert not any("The survey is conducted biennially" in i.text for i in document.items)
    assert document.coverage.footnotes >= len("The survey is conducted biennially.")


def test_budget_section_numbered_by_part() -> None:
    document = read_document(DATA / "A_81_6_Sect.5.docx")
    text = {i.number: i.text for i in document.items}
    assert text["5.I.1"].startswith("The Department of Peace Operations is responsible")
    assert text["5.II.1"].startswith("The United Nations Truce Supervision Organization (UNTSO)")
    assert text["5.III.22"] == "Table 5.III.2 lists all deliverables of UNMOGIP."
    # The strategy's lettered goals stay inside 5.I.2.
    assert "(a) To enhance political strategies" in text["5.I.2"]
    assert "(b) To implement the women and peace and security agenda" in text["5.I.2"]
    assert document.title.endswith("Section 5: Peacekeeping operations")


def test_budget_sections_last_paragraphs() -> None:
    last = {
        "A_81_6_Sect.27.docx": (
            "27.II.26",
            "Table 27.II.2 lists all deliverables of the programme.",
        ),
        "A_81_6_Sect.29B.docx": (
            "29B.108",
            "Table 29B.26 lists all deliverables of the subprogramme.",
        ),
        "A_81_6_Sect.11.docx": ("11.52", "Table 11.8 lists all deliverables of the subprogramme."),
        "A_81_6_Sect.14.docx": (
            "14.112",
            "Table 14.12 lists all deliverables of the subprogramme.",
        ),
        "A_81_6_Sect.20.docx": (
            "20.128",
            "Table 20.24 lists all deliverables of the subprogramme.",
        ),
    }
    for name, (number, text) in last.items():
        document = read_document(DATA / name)
        assert (document.items[-1].number, document.items[-1].text) == (number, text), name


def test_secretary_general_budget_report_paragraphs_1_to_83() -> None:
    document = read_document(DATA / "A_80_600.docx")
    assert [i.number for i in document.items] == [str(n) for n in range(1, 84)]
    assert document.items[0].text.startswith(
        "The mandate of the United Nations Mission for the Referendum in Western Sahara (MINURSO)"
    )
    assert document.items[-1].text.startswith(
        "The actions to be taken by the General Assembly in connection with the financing of "
        "MINURSO are:"
    )
    # The numbered heading "1. Other revenue and adjustments" is a heading, not paragraph 1.
    assert "1. Other revenue and adjustments" in [s.heading for s in document.sections]
    assert document.symbol == "A/80/600"


CHAPTERS_OF_A_80_600 = [
    "I. Mandate, results achieved and planned outcome",
    "II. Financial resources",
    "III. Analysis of variances",
    "IV. Actions to be taken by the General Assembly",
    "V. Summary of follow-up action taken to implement the decisions and requests of the "
    "General Assembly in its resolutions 76/274 and 79/310, including the requests and "
    "recommendations of the Advisory Committee on Administrative and Budgetary Questions "
    "endorsed by the Assembly",
]


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_a_budget_reports_chapters_are_all_headings(form: str) -> None:
    """Chapters II and III stand right above their tables: they were taken for the tables'
    captions (no chapter in the navigator, their paragraphs under chapter I). Chapter V's
    title wraps over six lines in the PDF: its first line was the heading, the rest left out."""
    document = read_document(DATA / f"A_80_600.{form}")
    chapters = [s.heading for s in document.sections if s.level == 1]
    assert chapters[: len(CHAPTERS_OF_A_80_600)] == CHAPTERS_OF_A_80_600
    assert document.coverage.left_out_share < 0.002


def test_budget_reports_hold_all_their_text() -> None:
    for name in ("A_80_590.docx", "A_80_604_Add.3.docx", "A_81_6_Sect.29B.docx"):
        document = read_document(DATA / name)
        assert document.coverage.left_out_share < 0.01, name
        assert strict_problems(document) == [], name


def test_decisions_keep_their_preambles_and_restart_their_numbers() -> None:
    # FCCC/PA/CMA/2021/10/Add.3: decisions 6/CMA.3 to 24/CMA.3, each with its preamble
    # (unnumbered, italic openers) and operative paragraphs restarting at 1.
    document = read_document(DATA / "FCCC_PA_CMA_2021_10_Add.3.docx")
    assert document.symbol == "FCCC/PA/CMA/2021/10/Add.3"
    sections = {s.key: s.heading for s in document.sections}
    by_decision: dict[str, list[str]] = {}
    for item in document.items:
        heading = sections[item.section_key] if item.section_key is not None else ""
        if heading.startswith("Decision"):
            by_decision.setdefault(heading.split(" ")[1], []).append(item.label)
    assert by_decision["6/CMA.3"] == ["PP1", "PP2", "1.", "2."]
    assert by_decision["7/CMA.3"] == [f"PP{n}" for n in range(1, 9)] + [
        f"{n}." for n in range(1, 21)
    ]
    assert by_decision["8/CMA.3"] == [f"{n}." for n in range(1, 8)]
    assert by_decision["24/CMA.3"] == ["PP1", "PP2", "PP3", "PP4", "1.", "2.", "3."]
    decision_6 = [i for i in document.items if i.label in ("PP1", "PP2")][:2]
    assert decision_6[0].text == "Recalling Article 4 of the Paris Agreement,"
    assert decision_6[1].text == "Also recalling decision 6/CMA.1, paragraph 2,"
    assert {i.kind for i in document.items if i.label.startswith("PP")} == {Unit.PREAMBULAR}
    assert not any(w.code is Code.GAP for w in document.warnings)


def test_recommendations_listed_by_theme_in_a_table() -> None:
    # OHCHR's thematic list for China: one table, recommendations 28.1 to 28.346 ordered by
    # theme; each is an item, none is missing, and the theme order is no gap.
    document = read_document(DATA / "UPR_CHN_cycle3_thematic_list.docx")
    numbers = [i.number for i in document.items]
    assert numbers[:3] == ["28.212", "28.346", "28.219"]
    assert sorted(numbers, key=lambda n: int(n.split(".")[1])) == [f"28.{n}" for n in range(1, 347)]
    assert document.warnings == ()
    # Each ends with where its position was given: the paragraph's number is no footnote mark.
    assert document.items[0].text.endswith("Source of position: A/HRC/40/6/Add.1 - Para. 2")


def test_recommendations_in_a_tables_first_column_of_a_pdf() -> None:
    # The same list printed to PDF: each column of the table a flow of its own, every
    # recommendation in the first, with its position, themes and comments beside it; a theme's
    # heading in bold atop a page after a row that ends with no stop ("... - Para. 2").
    word = read_document(DATA / "UPR_CHN_cycle3_thematic_list.docx")
    pdf = read_document(DATA / "UPR_CHN_cycle3_thematic_list.libreoffice.pdf")
    assert [(i.number, i.text) for i in pdf.items] == [(i.number, i.text) for i in word.items]
    assert pdf.warnings == () and pdf.coverage.left_out == 0
    assert "Theme: A43 Human rights policies" in [s.heading for s in pdf.sections]


def test_upr_report_paragraphs_and_recommendations_from_its_pdf_text() -> None:
    # A/HRC/26/5 (Chile), as `pdftotext -layout` prints it: paragraphs 1-121, paragraph 121
    # introducing ("...in June 2014:") recommendations 121.1-121.184, numbered under it;
    # paragraph 122 is a sentence of its own ("...resolution 5/1."), then recommendation 122.1
    # and paragraph 123. Paragraphs 121 and 122 are paragraphs of the report like the others
    # (its PDF gives the same items: test_pdf_structure).
    document = read_document(DATA / "A_HRC_26_5.layout.txt")
    numbers = [i.number for i in document.items]
    assert numbers[:121] == [str(n) for n in range(1, 122)]
    assert numbers[121:305] == [f"121.{n}" for n in range(1, 185)]
    assert numbers[305:] == ["122", "122.1", "123"]
    text = {i.number: i.text for i in document.items}
    assert text["121.118"] == (
        "Guarantee an effective and sufficient specialization of the stakeholders in the "
        "juvenile justice system (Egypt);"
    )
    assert {i.kind for i in document.items if i.number.startswith("121.")} == {Unit.RECOMMENDATION}
    assert document.symbol == "A/HRC/26/5"
    # The State reviewed, under the Working Group's name and its note's star, names it.
    assert document.title == "Report of the Working Group on the Universal Periodic Review: Chile"
    # The annex (the delegation's members, a bulleted list) is in no item, and said so, as
    # its PDF says it: the text form's pages read like the PDF's.
    pdf = read_document(DATA / "A_HRC_26_5.pdf")
    assert [w.code for w in document.warnings] == [w.code for w in pdf.warnings]
    assert document.warnings[0].args["chars"] == pytest.approx(pdf.coverage.left_out, rel=0.05)
    assert "Annex" in [section.label for section in document.sections]


TEXT_FORMS = [
    ("a-80-590-sg-minusma-performance.txt", "A_80_590.docx", [str(n) for n in range(1, 80)]),
    ("a-80-600-sg-minurso-budget.txt", "A_80_600.docx", [str(n) for n in range(1, 84)]),
    ("a-80-604-add3-acabq-minurso.txt", "A_80_604_Add.3.docx", [str(n) for n in range(1, 38)]),
    (
        "a-81-6-sect16-unodc-programme-plan.txt",
        "A_81_6_Sect.16.docx",
        [f"16.{n}" for n in range(1, 148)],
    ),
]


@pytest.mark.parametrize(("text_form", "word", "expected"), TEXT_FORMS)
def test_text_forms_give_the_items_of_their_word_file(text_form, word, expected) -> None:
    from_text = read_document(DATA / text_form)
    from_word = read_document(DATA / word)
    assert [i.number for i in from_text.items] == expected
    assert [i.number for i in from_word.items] == expected
    same = sum(
        1
        for a, b in zip(from_text.items, from_word.items, strict=True)
        if " ".join(a.text.split()) == " ".join(b.text.split())
    )
    assert same >= 0.9 * len(expected)
    assert from_text.symbol == from_word.symbol


@pytest.mark.parametrize(
    ("name", "preambular", "operative"),
    [
        # Read from each resolution: its preambular paragraphs, then operative 1 to N.
        ("a-res-74-173-cybercrime-technical-assistance-expert-group.txt", 15, 14),
        ("a-res-74-247-establishing-ahc-cybercrime.txt", 17, 6),
        ("a-res-75-282-ahc-modalities.txt", 3, 14),
        ("a-res-76-19-ict-security-oewg.txt", 13, 7),
    ],
)
def test_resolutions_as_text(name, preambular, operative) -> None:
    document = read_document(DATA / name)
    labels = [i.label for i in document.items]
    assert labels == [f"PP{n}" for n in range(1, preambular + 1)] + [
        f"{n}." for n in range(1, operative + 1)
    ]
    assert document.warnings == ()


def test_a_resolution_closing_paragraph_mark_and_looking_forward() -> None:
    resolution_74_173 = read_document(
        DATA / "a-res-74-173-cybercrime-technical-assistance-expert-group.txt"
    )
    preamble = {i.label: i.text for i in resolution_74_173.items}
    assert preamble["PP14"].startswith("Looking forward to the discussions")
    resolution_75_282 = read_document(DATA / "a-res-75-282-ahc-modalities.txt")
    first = resolution_75_282.items[3]
    assert first.label == "1." and first.text.endswith("on 10 May 2021;")
