"""Real UN documents as `pdftotext` gives them (the text files of GitHub `yuiseki/undocs`),
none of them tuned on before: what a delegate pastes from a PDF or gets as its text form.
The expected numbers are written from reading each document.

Before: the report's paragraph 1 was "At its", the rest of the paragraph cut off without a
word ("At its 3rd plenary meeting, on 16 September 2022, ..." read as a resolution's adoption
line); the resolution lost its first twelve preambular paragraphs, the line "(2009) of 11
November 2009 ..." (a citation's year at a line start) taken for paragraph number 2009.
"""

from __future__ import annotations

from datetime import date

from cybertrack.domain.units import Unit
from cybertrack.importers import read_document
from cybertrack.importers.openers import drop_adoption
from tests.conftest import DATA


def test_a_reports_first_paragraph_that_names_a_plenary_meeting_is_whole() -> None:
    parsed = read_document(DATA / "A_77_376.pdftotext.txt")
    report = [i for i in parsed.items if i.kind not in (Unit.PREAMBULAR, Unit.OPERATIVE)]
    assert [i.label for i in report] == [f"{n}." for n in range(1, 8)]
    assert report[0].text.startswith(
        "At its 3rd plenary meeting, on 16 September 2022, the General Assembly, on the "
        "recommendation of the General Committee, decided to include"
    )
    assert report[0].text.endswith("and to allocate it to the First Committee.")
    # The recommended draft: 14 preambular paragraphs, operative paragraphs 1 to 10.
    preamble = [i for i in parsed.items if i.kind is Unit.PREAMBULAR]
    operative = [i for i in parsed.items if i.kind is Unit.OPERATIVE]
    assert len(preamble) == 14
    assert [i.label for i in operative] == [f"{n}." for n in range(1, 11)]
    assert parsed.coverage.left_out == 0


def test_a_citations_year_at_a_line_start_is_no_paragraph_number() -> None:
    parsed = read_document(DATA / "A_RES_77_107.pdftotext.txt")
    preamble = [i for i in parsed.items if i.kind is Unit.PREAMBULAR]
    operative = [i for i in parsed.items if i.kind is Unit.OPERATIVE]
    assert len(preamble) == 32
    assert preamble[0].text.startswith("Recalling its biennial resolutions on the status")
    assert preamble[11].text.startswith(
        "Taking note also of the fact that, in paragraphs 8 and 9 of its resolution 1894 "
        "(2009) of 11 November 2009 on the protection of civilians"
    )
    assert [i.label for i in operative] == [f"{n}." for n in range(1, 18)]
    assert not parsed.sections[1:]  # "Taking note also of ... 1894" is no heading
    assert parsed.coverage.left_out == 0


def test_the_adoption_line_still_closes_a_resolution() -> None:
    assert drop_adoption(
        "Decides to remain seized of the matter. 52nd plenary meeting 5 May 2023"
    ) == ("Decides to remain seized of the matter.")
    # Its date follows it (a footnote's mark may stand before it), in any language.
    assert drop_adoption(
        "instruments.17 12th plenary meeting 13 November 2021 Decision 12/CMA.3"
    ) == ("instruments.17")
    assert drop_adoption("la question. 52e séance plénière 5 octobre 2023") == "la question."
    sentence = "At its 3rd plenary meeting on 16 September 2022 the Assembly decided."
    assert drop_adoption(sentence) == sentence


def test_a_security_council_resolution_its_symbol_and_title() -> None:
    # "S/RES/2601 (2021)": the year is part of the symbol; "Adopted by the Security Council at
    # its 8889th meeting, on" | "29 October 2021" is when, not the title's second half.
    parsed = read_document(DATA / "S_RES_2601_2021.pdftotext.txt")
    assert parsed.symbol == "S/RES/2601 (2021)"
    assert parsed.kind == "resolution"
    assert parsed.title == "Resolution 2601 (2021)"
    assert parsed.meeting.start_date == date(2021, 10, 29)
    preamble = [i for i in parsed.items if i.kind is Unit.PREAMBULAR]
    operative = [i for i in parsed.items if i.kind is Unit.OPERATIVE]
    assert (len(preamble), [i.label for i in operative]) == (15, [f"{n}." for n in range(1, 29)])


def test_an_agenda_item_printed_without_its_title() -> None:
    # "Agenda item 76" alone, then "Resolution adopted by the General Assembly on ...": no
    # title of the item (it was "76. Resolution adopted by the General Assembly on ...").
    parsed = read_document(DATA / "A_RES_72_3.pdftotext.txt")
    assert parsed.agenda_item == "76"
    assert parsed.title == "Resolution: Report of the International Criminal Court"


def test_a_resolution_adopting_a_declaration() -> None:
    # "The General Assembly" alone between the title and "Adopts the following political
    # declaration ...", then "We, Heads of State ...," over paragraph 1, no blank line: the
    # title was "Resolution adopted by the General Assembly on 10 October 2018" (the agenda
    # item's supposed title) and the opening clause in no item.
    parsed = read_document(DATA / "A_RES_73_2.pdftotext.txt")
    assert parsed.title == (
        "Resolution: Political declaration of the third high-level meeting of the General "
        "Assembly on the prevention and control of non-communicable diseases"
    )
    assert parsed.agenda_item == "119"
    # Its one operative paragraph, unnumbered; before, reported as text in no item.
    sole = parsed.items[0]
    assert (sole.label, sole.kind) == ("OP1", Unit.OPERATIVE)
    assert sole.text.startswith("Adopts the following political declaration approved by")
    assert sole.text.endswith("on 27 September 2018:")  # its title, a heading, not glued on
    assert parsed.coverage.left_out == 0
    # "The General Assembly", who speaks, is no section; the declaration's title is one.
    assert [s.title[:32] for s in parsed.sections] == ["Political declaration of the thi"] * 2
    assert parsed.items[1].label == "PP1"
    assert parsed.items[1].text.startswith("We, Heads of State and Government and representatives")
    assert [i.label for i in parsed.items[2:]] == [f"{n}." for n in range(1, 51)]


def test_a_main_committees_report_is_known_by_its_item() -> None:
    parsed = read_document(DATA / "A_77_376.pdftotext.txt")
    assert parsed.agenda_item == "90. Reduction of military budgets"
    assert parsed.title == "Report of the First Committee: Reduction of military budgets"
    assert parsed.kind == "report"


def test_a_note_marked_again_loses_its_mark_there_too() -> None:
    # Notes 1 and 2 marked after "the International Criminal Court", then again in
    # operative paragraphs 2 and 11, the mark glued to the comma ("Court,1 and").
    parsed = read_document(DATA / "A_RES_72_3.pdftotext.txt")
    operative = {i.label: i.text for i in parsed.items if i.kind is Unit.OPERATIVE}
    assert "International Criminal Court, and calls upon all States" in operative["2."]
    assert "International Criminal Court, and also notes in this regard" in operative["11."]


def test_a_sentence_repeated_atop_pages_under_its_number_is_no_running_title() -> None:
    # "46." alone, then "Takes note of paragraph 5 of the report of the Advisory Committee;"
    # atop a page, as other paragraphs atop other pages with other numbers: it was taken
    # for a running title and dropped, paragraphs 46 and 55 empty, without a word.
    parsed = read_document(DATA / "A_77_818.pdftotext.txt")
    operative = {i.label: i.text for i in parsed.items if i.kind is Unit.OPERATIVE}
    assert operative["46."] == "Takes note of paragraph 5 of the report of the Advisory Committee;"
    assert operative["55."] == (
        "Takes note of paragraph 19 of the report of the Advisory Committee;"
    )
    assert [i.label for i in parsed.items if i.kind is Unit.OPERATIVE] == [
        f"{n}." for n in range(1, 77)
    ]


def test_a_reports_sections_lettered_alone_over_their_titles() -> None:
    # "II. Consideration of proposals" over "A." atop a page, "A." alone over "Draft
    # resolution A/C.3/77/L.30": section II was the end of paragraph 13 ("... before the
    # Committee. II. Consideration of proposals A."), "B." was reported left out, "C."
    # ended paragraph 28.
    parsed = read_document(DATA / "A_77_462.pdftotext.txt")
    sections = [(s.label, s.title) for s in parsed.sections if s.level <= 2]
    assert sections == [
        ("I.", "Introduction"),
        ("II.", "Consideration of proposals"),
        ("A.", "Draft resolution A/C.3/77/L.30"),
        ("B.", "Draft resolution A/C.3/77/L.48"),
        ("C.", "Draft resolution A/C.3/77/L.50"),
        ("III.", "Recommendations of the Third Committee"),
    ]
    report = {i.label: i.text for i in parsed.items[:35]}
    assert report["13."].endswith("with regard to the draft resolutions before the Committee.")
    assert report["28."].endswith("Northern Ireland and Spain.")
    assert parsed.coverage.left_out == 0


def test_the_recommended_drafts_title_is_no_part_of_the_paragraph_announcing_it() -> None:
    # "... recommends ... the adoption of the following draft resolution:" | "Crimes against
    # humanity" | "The General Assembly,": the title ran on paragraph 7.
    parsed = read_document(DATA / "A_77_416.pdftotext.txt")
    seventh = next(i for i in parsed.items if i.label == "7.")
    assert seventh.text.endswith("the adoption of the following draft resolution:")
    assert "Crimes against humanity" in [s.title for s in parsed.sections]


def test_a_job_number_run_into_a_pages_last_word() -> None:
    # "... one from a low23-01821" | "3/5" | the next page: the job number is no text.
    parsed = read_document(DATA / "A_77_L.51.pdftotext.txt")
    fourth = next(i for i in parsed.items if i.label == "4.")
    assert "one from a low tuberculosis-burden country with successful" in fourth.text
    assert not any("23-01821" in i.text for i in parsed.items)
    # "Panel 2:" names a panel; the note marks around it go.
    assert "Panel 2: Scaling up" in fourth.text


def test_an_emergency_special_sessions_drafts() -> None:
    # The symbol has a hyphen ("A/ES-11/L.7": it was none, so no kind), the session two
    # words before "session" (it was the title), and the agenda item's title runs straight
    # into the sponsors' list (the agenda item read "... (S/2014/136) Albania, Andorra, ...:
    # draft resolution", the first sponsor "Letter dated ... Albania").
    drafts = {
        "A_ES-11_L.1.pdftotext.txt": ("A/ES-11/L.1", "Aggression against Ukraine", "Afghanistan"),
        "A_ES-11_L.7.pdftotext.txt": (
            "A/ES-11/L.7",
            "Principles of the Charter of the United Nations underlying a comprehensive, just "
            "and lasting peace in Ukraine",
            "Albania",
        ),
    }
    for name, (symbol, title, first) in drafts.items():
        parsed = read_document(DATA / name)
        assert parsed.symbol == symbol
        assert parsed.kind == "draft resolution"
        assert parsed.title == f"Draft resolution: {title}"
        assert parsed.meeting.session == "Eleventh emergency special session"
        assert parsed.agenda_item == (
            "5. Letter dated 28 February 2014 from the Permanent Representative of Ukraine to "
            "the United Nations addressed to the President of the Security Council (S/2014/136)"
        )
        assert parsed.participants[0].name == first
        assert parsed.participants[-1].name in ("Uruguay", "United States of America")


def test_an_annex_atop_the_next_page_is_no_part_of_the_last_paragraph() -> None:
    # "7. The Director General will continue to report as appropriate." then, atop the next
    # page, "Annex", the joint statement's title and its text, no blank line: all of it
    # was paragraph 7's, without a word.
    parsed = read_document(DATA / "S_2021_1001.pdftotext.txt")
    last = next(i for i in parsed.items if i.label == "7.")
    assert last.text == "The Director General will continue to report as appropriate."
    assert any("Annex Joint Statement" in str(w) for w in parsed.warnings)


def test_a_drafts_parts_numbered_alone_count_from_one_again() -> None:
    # The report's chapters I-III, then the draft's parts "I" | "System of administration of
    # justice" ... "IV" | "Other issues", no stop, no blank line: parts I, II and IV ran on
    # the paragraph before them, and operative paragraphs 3-24 sat under the report's
    # chapter III.
    parsed = read_document(DATA / "A_77_654.pdftotext.txt")
    titles = [s.title for s in parsed.sections]
    parts = [t for t in titles if t.endswith(("justice", "Informal system", "Formal system"))]
    assert len(parts) == 3
    assert any(t.endswith("Other issues") for t in titles)
    operative = {i.label: i for i in parsed.items if i.kind is Unit.OPERATIVE}
    assert operative["2."].text.endswith("subject to the provisions in the present resolution;")
    assert operative["13."].text.endswith(
        "to promote protection against retaliation across the system;"
    )
    assert operative["35."].text.endswith("against a judgment rendered by the Dispute Tribunal;")
    # Each part holds its paragraphs: 3-13, 14-24, 25-35, 36.
    keys = [operative[f"{n}."].section_key for n in (3, 13, 14, 24, 25, 35, 36)]
    assert keys[0] == keys[1] != keys[2] == keys[3] != keys[4] == keys[5] != keys[6]


def test_a_draft_endorsing_an_annexed_declaration() -> None:
    # A/78/L.1: "The General Assembly" | "Endorses the political declaration ..., which is
    # contained in the annex to the present resolution." | "Annex" | the declaration. Before,
    # the one operative paragraph and the annex's heading were the cover page, and a paper
    # named the declaration's 43 paragraphs "operative paragraphs".
    parsed = read_document(DATA / "A_78_L.1.pdftotext.txt")
    sole, *declaration = parsed.items
    assert (sole.label, sole.kind) == ("OP1", Unit.OPERATIVE)
    assert sole.text.startswith("Endorses the political declaration adopted by the high-level")
    assert sole.text.endswith("which is contained in the annex to the present resolution.")
    annex = parsed.sections[0]
    assert annex.label == "Annex"
    assert annex.title.startswith("Political Declaration adopted at the High-level Political")
    assert [i.number for i in declaration] == [str(n) for n in range(1, 44)]
    assert {i.kind for i in declaration} == {Unit.PARAGRAPH}
    assert not any(w.code.value[0] == "import.cover_prose" for w in parsed.warnings)
