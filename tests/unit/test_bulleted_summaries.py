"""A text that is one list of bullets (a chair's summary, a non-paper): each bullet is a
paragraph of its own, numbered in reading order, under the sentence that announces them."""

from __future__ import annotations

from cybertrack.domain.messages import Code
from cybertrack.importers import parse_bytes
from tests.unit.docx_builder import DocBuilder

POINTS = (
    "Many delegations stressed the importance of capacity-building for developing countries.",
    "Several delegations called for a clear definition of the scope of the convention.",
    "Some delegations expressed concern about human rights safeguards.",
    "One delegation proposed a new article on data protection.",
)


def _check(document) -> None:
    assert [(i.number, i.text) for i in document.items] == [
        (str(n), text) for n, text in enumerate(POINTS, 1)
    ]
    heading = document.sections[document.items[0].section_key]
    assert heading.title == "Key points raised by delegations:"
    assert document.coverage.left_out == 0
    said = [w for w in document.warnings if w.code is Code.IMPORT_UNNUMBERED]
    assert len(said) == 1 and said[0].args["n"] == 4


def test_a_bulleted_summary_in_text() -> None:
    bullets = "\n\n".join(f"• {point}" for point in POINTS)
    title = "Chair's summary of the informal consultations"
    text = f"{title}\n\nKey points raised by delegations:\n\n{bullets}\n"
    _check(parse_bytes(text.encode(), "summary.txt"))


def test_a_bulleted_summary_typed_line_by_line_in_markdown() -> None:
    bullets = "\n".join(f"- {point}" for point in POINTS)
    text = f"# Chair's summary\n\nKey points raised by delegations:\n\n{bullets}\n"
    _check(parse_bytes(text.encode(), "summary.md"))


def test_a_bulleted_summary_in_word() -> None:
    doc = DocBuilder()
    doc.para("Chair's summary of the informal consultations", style="Title")
    doc.para("Key points raised by delegations:")
    bullets = doc.num(doc.abstract([("bullet", "•", 1)]))
    for point in POINTS:
        doc.para(point, bullets)
    _check(parse_bytes(doc.bytes(), "summary.docx"))


def test_bullets_inside_a_statement_stay_in_their_paragraph() -> None:
    text = (
        "Statement by the delegation of Chile\n\n"
        "Mr. Chair,\n\n"
        "Chile supports the draft. We propose the following:\n\n"
        "• a clear scope;\n\n"
        "• strong safeguards.\n\n"
        "We also support the work programme as proposed by the Bureau.\n\n"
        "Thank you.\n"
    )
    document = parse_bytes(text.encode(), "statement.txt")
    assert [i.text for i in document.items] == [
        "Chile supports the draft. We propose the following: • a clear scope; • strong safeguards.",
        "We also support the work programme as proposed by the Bureau.",
    ]


def test_the_bulleted_summary_from_word_and_its_pdf() -> None:
    from tests.conftest import DATA

    for form in ("docx", "pdf"):
        _check(parse_bytes((DATA / f"synthetic-bulleted-summary.{form}").read_bytes(), f"s.{form}"))
