"""PDFs of every kind in the corpus against the numbers printed in them (issue 13): budget
sections numbered by part or letter, resolutions with their preambles, a resolution with an
annexed convention, UPR reports with recommendations under their paragraph, a negotiating
text, an unnumbered NGO statement, and a page cut out of a report.

Expected numbers were read in the documents (pdftotext -layout of each file):
- A/81/6 (Sect. 5): 5.I.1-5.I.65, 5.II.1-5.II.24, 5.III.1-5.III.22 (three parts).
- A/81/6 (Sect. 27): 27.I.1-27.I.69, 27.II.1-27.II.26.
- A/81/6 (Sect. 29B): 29B.1-29B.108.
- A/RES/80/229: 78 preambular paragraphs (italic openers, first line indented; one opens
  each of the 78 indented lines from "Reaffirming its resolutions 46/152" to "Stressing the
  need to enhance coordination"), then operative paragraphs 1-79.
- A/C.3/80/L.3 (its draft): 72 preambular paragraphs, operative 1-73.
- A/RES/79/243: 5 preambular paragraphs ("Recalling its resolution 74/247", "Recalling also",
  "Strongly convinced", "Strongly convinced also", "Expressing its appreciation"), operative
  1-12, then the annexed Convention: Articles 1 to 68 under centred headings.
- A/HRC/26/5: paragraphs 1-123; paragraph 121 lists recommendations 121.1.-121.184., and
  paragraph 122 one recommendation, 122.1.
- A/HRC/27/12: paragraphs 1-129; recommendations 127.1-127.5 (no final dot) in paragraph 127
  and 128.1-128.188 in paragraph 128.
- ADP draft agreement (4 December 2015): preamble Pp1-Pp16, then Articles 1, 2, 2bis, 3, 4,
  5, 6, 7, 8, 8bis, 9, 10, ..., 26 (centred "Article N (TITLE)").
- ADP negotiating text (12 February 2015), sections read in full: I. Capacity-building 58-63
  with 62.1 and 63.1-63.3; J. Transparency 64-69 with their "bis" to "novies" insertions; M.
  Procedural provisions 89-99, where paragraph 97 has two options numbered 97.1-97.5 and
  97.1-97.6. Its other sections (options, alternatives, bracketed headings run into the
  text) are not checked here.
- UPR Info joint NGO statement: five unnumbered paragraphs between "Mr. President," and the
  closing "Thank you."; the list of signatories is no paragraph.
"""

import io
from functools import cache

import pypdfium2 as pdfium
import pytest

from cybertrack.domain.messages import english
from cybertrack.domain.model import ParsedDocument
from cybertrack.domain.text import normalise_space
from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes, read_document
from tests.conftest import DATA


def _numbers(prefix: str, first: int, last: int) -> list[str]:
    return [f"{prefix}{n}" for n in range(first, last + 1)]


@cache
def _read(name: str) -> ParsedDocument:
    return read_document(DATA / name)


BUDGET_SECTIONS = {
    "A_81_6_Sect.5": _numbers("5.I.", 1, 65) + _numbers("5.II.", 1, 24) + _numbers("5.III.", 1, 22),
    "A_81_6_Sect.27": _numbers("27.I.", 1, 69) + _numbers("27.II.", 1, 26),
    "A_81_6_Sect.29B": _numbers("29B.", 1, 108),
}


@pytest.mark.parametrize("stem", sorted(BUDGET_SECTIONS))
def test_budget_section_pdf_numbered_by_part_or_letter(stem: str) -> None:
    assert [i.number for i in _read(f"{stem}.pdf").items] == BUDGET_SECTIONS[stem]


@pytest.mark.parametrize("stem", sorted(BUDGET_SECTIONS))
def test_word_and_pdf_give_the_same_items_by_part(stem: str) -> None:
    word, pdf = _read(f"{stem}.docx"), _read(f"{stem}.pdf")
    assert [i.number for i in word.items] == [i.number for i in pdf.items]
    same = sum(
        normalise_space(a.text) == normalise_space(b.text)
        for a, b in zip(word.items, pdf.items, strict=True)
    )
    assert same >= 0.99 * len(word.items)


def test_resolution_preamble_cut_by_page_breaks_keeps_every_paragraph() -> None:
    document = _read("A_RES_80_229.pdf")
    assert [i.number for i in document.items] == _numbers("PP", 1, 78) + _numbers("", 1, 79)
    first = document.items[0].text
    assert first.startswith("Reaffirming its resolutions 46/152 of 18 December 1991")
    assert document.items[77].text.startswith("Stressing the need to enhance coordination")


def test_draft_resolution_has_its_preamble() -> None:
    document = _read("A_C.3_80_L.3.pdf")
    assert [i.number for i in document.items] == _numbers("PP", 1, 72) + _numbers("", 1, 73)


def test_resolution_with_an_annexed_convention() -> None:
    document = _read("A_RES_79_243.pdf")
    labels = [i.label for i in document.items]
    assert labels[:17] == _numbers("PP", 1, 5) + [f"{n}." for n in range(1, 13)]
    articles = [label for label in labels if label.startswith("Article")]
    assert articles[:68] == [f"Article {n}" for n in range(1, 69)]
    by_label = {i.label: i.text for i in document.items}
    assert "Protection of sovereignty" in by_label["Article 5"]
    # The convention's own preamble (15 paragraphs, pages 3-4) is in its annex, not left out.
    annexes = [s for s in document.sections if s.label == "Annex"]
    assert [s.title[:45] for s in annexes] == [
        "United Nations Convention against Cybercrime;",
        "Interpretative notes on specific articles of ",
    ]
    convention = [i for i in document.items if i.section_key == annexes[0].key + 1]
    assert [i.label for i in convention] == _numbers("PP", 1, 15)
    assert convention[0].text == (
        "Bearing in mind the purposes and principles of the Charter of the United Nations,"
    )
    assert convention[-1].text.startswith("Taking into account the existing international")
    # The annex holds the convention's chapters; the second annex is the next division.
    chapters = [s for s in document.sections if s.label.startswith("Chapter")]
    assert len(chapters) == 9 and {s.parent_key for s in chapters} == {annexes[0].key}
    assert annexes[1].parent_key is None
    # Article 68 ends with its paragraph 2: the testimonium and the second annex (the
    # interpretative notes, paragraphs 1-5 under the articles they explain) are not in it.
    assert by_label["Article 68"].endswith("with the Secretary-General of the United Nations.")
    notes = labels[labels.index("Article 68") + 1 :]
    assert notes == [f"{n}." for n in range(1, 6)]
    assert {i.kind for i in document.items[-5:]} == {Unit.PARAGRAPH}
    assert document.coverage.left_out == 0 and not document.warnings


def test_upr_report_recommendations_under_their_paragraph() -> None:
    numbers = [i.number for i in _read("A_HRC_26_5.pdf").items]
    assert numbers == (_numbers("", 1, 121) + _numbers("121.", 1, 184) + ["122", "122.1", "123"])


def test_upr_recommendations_without_a_final_dot() -> None:
    numbers = [i.number for i in _read("A_HRC_27_12.pdf").items]
    assert numbers == (
        _numbers("", 1, 127) + _numbers("127.", 1, 5) + ["128"] + _numbers("128.", 1, 188) + ["129"]
    )


def test_negotiating_text_preamble_and_articles() -> None:
    document = _read("ADP_draft_agreement_decision_2015-12-04.pdf")
    labels = [i.label for i in document.items]
    assert labels[:16] == _numbers("Pp", 1, 16)
    articles = [label for label in labels if label.lstrip("[").startswith("Article")]
    # Articles 3 bis and 3 ter are bracketed whole ("[Article 3 bis] (REDD-PLUS)"): not agreed.
    expected = [f"Article {n}" for n in ("1", "2", "2bis", "3")]
    expected += ["[Article 3 bis]", "[Article 3 ter]"]
    expected += [f"Article {n}" for n in ("4", "5", "6", "7", "8", "8bis")]
    expected += [f"Article {n}" for n in range(9, 27)]
    assert articles[: len(expected)] == expected
    # The draft decision after the agreement (its heading "B. DRAFT DECISION" atop page 24)
    # has its preamble, Pp1-Pp5, and numbers its own paragraphs: items, not "text in no item"
    # as numbered paragraphs after a treaty's articles once were, nor glued to article 26.
    after = labels[labels.index("Article 26") + 1 :]
    assert after[:22] == _numbers("Pp", 1, 5) + [f"{n}." for n in range(1, 18)]
    assert document.items[labels.index("Article 26")].text.endswith("[Placeholder for annexes] ]")
    assert "DRAFT DECISION" in [s.title for s in document.sections]
    assert document.items[labels.index("1.")].text.startswith("[Decides to adopt the [Paris")
    # Its frame ("[The Parties to this Agreement,", "Have agreed as follows:") is no gap.
    said = " ".join(english(w) for w in document.warnings)
    assert "Parties to this Agreement" not in said and "agreed as follows" not in said


def _in_section(document: ParsedDocument, label: str) -> list[str]:
    keys = {s.key for s in document.sections if s.label == label}
    return [i.number for i in document.items if i.section_key in keys]


def _inserted(number: int, *suffixes: str) -> list[str]:
    return [str(number)] + [f"{number} {suffix}" for suffix in suffixes]


def test_negotiating_text_sections_with_inserted_and_optional_paragraphs() -> None:
    document = _read("ADP_negotiating_text_2015-02-12.pdf")
    section_i = ["58", "59", "60", "61", "62", "62.1", "63", "63.1", "63.2", "63.3"]
    assert _in_section(document, "I.") == section_i
    many = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies")
    assert _in_section(document, "J.") == (
        _inserted(64, "bis")
        + _inserted(65, "bis")
        + _inserted(66, "bis", "ter")
        + _inserted(67, "bis", "ter")
        + ["68"]
        + _inserted(69, *many)
    )
    assert _in_section(document, "M.") == (
        _inserted(89, "bis", "ter", "quater", "quinquies", "sexies", "septies")
        + _inserted(90)
        + _inserted(91, "bis")
        + _inserted(92, "bis")
        + ["93", "94", "94.1", "94.2", "94.2 bis", "94.2 ter", "94.3"]
        + ["95"]
        + _numbers("95.", 1, 5)
        + ["96"]
        + _numbers("96.", 1, 6)
        + ["97"]
        + _numbers("97.", 1, 5)  # option 1
        + _numbers("97.", 1, 6)  # option 2
        + ["98", "99", "99.1", "99.1 bis", "99.1 ter", "99.2"]
    )
    # "13." alone on its line over its options 13.1 and 13.2: the options are read too.
    assert _in_section(document, "D.")[:4] == ["13", "13.1", "13.2", "14"]
    texts = {i.number: i.text for i in document.items}
    # Sub-items set with a hanging indent stay whole: "a. Enhancing ... best / practices".
    assert "sharing experiences, best practices and lessons learned" in texts["62.1"]
    assert texts["89 quater"].startswith("[The governing body shall keep under regular review")


def test_statement_without_numbers_has_its_paragraphs() -> None:
    items = _read("UPRInfo_HRC23_item6_joint_NGO_statement.pdf").items
    openings = [
        "Civil society is deeply concerned by the current attacks",
        "The format of the Report of the Working Group should be the same",
        "Both accepted and noted recommendations should be included",
        "Comments from States under Review on the reasons",
        "We therefore call on you, Mr. President,",
    ]
    assert [i.number for i in items] == ["1", "2", "3", "4", "5"]
    for item, opening in zip(items, openings, strict=True):
        assert item.text.startswith(opening)


def test_a_page_cut_out_is_reported_as_a_gap() -> None:
    # Page 5 of A/80/604/Add.3 holds the end of paragraph 12 and paragraphs 13 and 14.
    source = pdfium.PdfDocument(DATA / "A_80_604_Add.3.pdf")
    cut = pdfium.PdfDocument.new()
    cut.import_pages(source, [i for i in range(len(source)) if i != 4])
    out = io.BytesIO()
    cut.save(out)
    document = parse_bytes(out.getvalue(), "cut.pdf")
    warnings = [english(w) for w in document.warnings]
    assert any("13" in w and "14" in w for w in warnings), warnings


def test_a_review_is_titled_by_the_state_it_reviews() -> None:
    # The title set large over two lines, its second not in bold ("Periodic Review*"), the
    # State under it; in A/HRC/27/12 a starred note under the State, once read as a table the
    # State was the caption of.
    assert [_read(name).title for name in ("A_HRC_26_5.pdf", "A_HRC_27_12.pdf")] == [
        "Report of the Working Group on the Universal Periodic Review: Chile",
        "Report of the Working Group on the Universal Periodic Review: Costa Rica",
    ]


def test_a_negotiating_texts_cover_names_its_meeting_and_title() -> None:
    """The cover of a UNFCCC working group's draft: the group's name in capitals, its session
    in parts, the title wrapped after "of the". Before, the session line was the body, the
    title stopped at "... workstreams 1 and 2 of the" and was headed "Treaty:"."""
    document = _read("ADP_draft_agreement_decision_2015-12-04.pdf")
    assert document.title == (
        "Draft agreement and draft decision on workstreams 1 and 2 of the Ad Hoc Working Group"
        " on the Durban Platform for Enhanced Action"
    )
    meeting = document.meeting
    assert meeting.body == "AD HOC WORKING GROUP ON THE DURBAN PLATFORM FOR ENHANCED ACTION"
    assert meeting.session == "Second session, part twelve"
    assert (meeting.venue, str(meeting.start_date), str(meeting.end_date)) == (
        "Paris",
        "2015-11-29",
        "2015-12-05",
    )
