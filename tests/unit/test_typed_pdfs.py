"""PDFs of texts typed in a word processor (synthetic, written here): a paragraph to a line
with a blank line after each, as a short draft or statement is typed; and a double-spaced
text whose paragraphs wrap."""

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from tests.unit.pdf_fixtures import typed_pdf

DRAFT = [
    "Draft decision -/CMA.3",
    "Glasgow Climate Pact",
    "The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,",
    "Recalling Articles 2, 3 and 4 of the Paris Agreement,",
    "Noting the importance of ensuring the integrity of all ecosystems,",
    "I. Science and urgency",
    "1. Recognizes the importance of the best available science;",
    "2. Expresses alarm and utmost concern;",
    "II. Adaptation",
    "3. Notes with serious concern the findings;",
]


def test_a_paragraph_to_a_line_with_blank_lines_between() -> None:
    # Every line a blank line below the last (23 points on 11-point type): each line is a
    # paragraph; the title, the addressee and the preamble were once one block on the cover.
    document = parse_bytes(typed_pdf(DRAFT, 23), "draft.pdf")
    assert document.title == "Draft decision: Glasgow Climate Pact"  # the kind its heading names
    assert [(i.label, i.kind) for i in document.items] == [
        ("PP1", Unit.PREAMBULAR),
        ("PP2", Unit.PREAMBULAR),
        ("1.", Unit.OPERATIVE),
        ("2.", Unit.OPERATIVE),
        ("3.", Unit.OPERATIVE),
    ]
    assert document.items[0].text == "Recalling Articles 2, 3 and 4 of the Paris Agreement,"
    assert document.coverage.left_out == 0 and not document.warnings


def test_a_double_spaced_text_keeps_its_wrapped_paragraphs_whole() -> None:
    # Double spacing, paragraphs that wrap to the margin: the lines of one paragraph stay
    # one paragraph; a line stopping short ends it.
    first = [
        "1. The Expert Group recalled that States had agreed to strengthen international",
        "cooperation in criminal matters, including mutual legal assistance, extradition and",
        "the exchange of information between competent authorities at all levels of government,",
        "and to report on progress.",
    ]
    second = [
        "2. The Group also noted that technical assistance should be provided to developing",
        "countries upon request.",
    ]
    lines = ["Report of the Expert Group on Cybercrime", *first, *second]
    document = parse_bytes(typed_pdf(lines, 25), "report.pdf")
    assert [i.label for i in document.items] == ["1.", "2."]
    assert document.items[0].text == " ".join(first)[3:]
    assert document.items[1].text == " ".join(second)[3:]


def test_a_bodys_name_wrapped_on_the_cover_stays_whole() -> None:
    # The committee's name runs to the margin and on to a second line: one line of the
    # cover, not a title "Communications Technologies for Criminal Purposes".
    lines = [
        "A/AC.291/1",
        "Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering",
        "the Use of Information and Communications Technologies for Criminal Purposes",
        "Provisional agenda and annotations",
        "1. Opening of the session.",
        "2. Organizational matters.",
        "3. Adoption of the report.",
    ]
    document = parse_bytes(typed_pdf(lines, 14), "A_AC.291_1.pdf")
    assert document.title == "A/AC.291/1: Provisional agenda and annotations"
