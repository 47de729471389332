"""Paragraphs of a text wrapped at a printed width with no blank line between them."""

from cybertrack.importers import parse_bytes
from cybertrack.importers.wrapped_lines import UNWRAPPED, ends_short, wrap_width
from tests.conftest import DATA

# A State's statement as a PDF viewer's copy and paste gives it (the joint NGO statement of
# tests/data, its first paragraphs): lines wrapped at about 90 characters, no blank line.
STATEMENT = """Mr. President,
Civil society is deeply concerned by the current attacks on the format of the Working Group
report. In this regard, we note with satisfaction the comments made by States earlier this
morning on this issue. This document, the Working Group report, bears great importance as it
represents the official record of the review process in Geneva on which implementation of
recommendations will be based.
Both accepted and noted recommendations should be included in the report, irrespective of
the country making them and the issue raised. All States have the right to suggest any
recommendation. Similarly, any State under Review is entitled not to accept recommendations.
However, under no circumstances should States have the possibility to remove
recommendations from the list, not even on the grounds that recommendations are considered
as being “not relevant”.
Comments from States under Review on the reasons why they do not accept recommendations
should be incorporated in the addendum. The chapeau or headers of the categories of
recommendations in Section two of the Working Group report should be streamlined.
"""


def test_an_unnumbered_statement_is_cut_where_a_line_ends_a_sentence_short() -> None:
    document = parse_bytes(STATEMENT.encode(), "statement.txt")
    texts = [item.text for item in document.items]
    assert len(texts) == 3
    assert texts[0].endswith("implementation of recommendations will be based.")
    assert texts[1].startswith("Both accepted and noted recommendations")
    assert texts[1].endswith("as being “not relevant”.")
    assert texts[2].startswith("Comments from States under Review")
    # A line that ends a sentence near the margin goes on ("...any State under Review is
    # entitled not to accept recommendations." over "However, ...").
    assert "recommendations. However, under no circumstances" in texts[1]


def test_a_text_typed_a_paragraph_to_a_line_is_unwrapped() -> None:
    text = (DATA / "a-81-6-sect16-unodc-programme-plan.txt").read_text(encoding="utf-8")
    assert wrap_width(text.splitlines()) == UNWRAPPED
    assert wrap_width(STATEMENT.splitlines()) == 91  # the longest lines but one in ten
    assert wrap_width(["A heading", "Another short line"] * 20) is None
    # Each line that closes a sentence closes its paragraph: the heading on the next line
    # ("Lessons learned and planned change") went into paragraph 16.53.
    document = parse_bytes(text.encode(), "a-81-6-sect16.txt")
    paragraph = next(i for i in document.items if i.number == "16.53")
    assert paragraph.text.endswith("emerging from the work of UNODC.")


def test_in_a_numbered_text_only_a_heading_is_cut_from_the_paragraph_above() -> None:
    # A budget section through pdftotext: "Lessons learned and planned change" on the line
    # after paragraph 16.40's short last line went into 16.40.
    text = (DATA / "A_81_6_Sect.16.pdftotext.txt").read_bytes()
    document = parse_bytes(text, "A_81_6_Sect.16.txt")
    paragraph = next(i for i in document.items if i.number == "16.40")
    assert paragraph.text.endswith("used in their manufacture.")
    assert "Lessons learned and planned change" in [s.heading for s in document.sections]
    # A sentence ending short inside a numbered paragraph (an option's end in a negotiating
    # text) is not cut when a sentence, not a heading, follows.
    short = "the Bali Action Plan."
    following = (
        "Nationally appropriate mitigation actions by all developing country Parties, in the"
    )
    assert not ends_short(short, following, 90, numbered=True)
    assert ends_short(short, following, 90, numbered=False)
    assert ends_short(short, "Lessons learned and planned change", 90, numbered=True)
    assert not ends_short("Article 13.", "Information and communications", 90, numbered=False)
