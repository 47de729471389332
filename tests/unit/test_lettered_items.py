"""A text numbered by letters alone (a decision's "(a) To extend ...; (b) To request ..."):
its lettered paragraphs are the items, the sentence that announces them heads them."""

from __future__ import annotations

from cybertrack.importers import parse_bytes
from tests.unit.docx_builder import DocBuilder

DECISION = """Decision 10/1

Review of the implementation of the United Nations Convention against Corruption

The Conference of the States Parties to the United Nations Convention against Corruption decides:

(a) To extend the mandate of the Implementation Review Group for a further period;

(b) To request the secretariat to continue to provide support to the Group, including:

(i) Substantive servicing of its sessions;

(ii) Technical assistance to States parties under review;

(c) To invite States parties to make voluntary contributions for that purpose;

(d) To review the progress made at its eleventh session.
"""


def test_a_decision_numbered_by_letters_is_read_item_by_item() -> None:
    document = parse_bytes(DECISION.encode(), "decision.txt")
    assert [(i.number, i.label) for i in document.items] == [
        ("a", "(a)"),
        ("b", "(b)"),
        ("c", "(c)"),
        ("d", "(d)"),
    ]
    # (i) and (ii) are (b)'s own sub-items, not letters of the list.
    assert document.items[1].text == (
        "To request the secretariat to continue to provide support to the Group, including: "
        "(i) Substantive servicing of its sessions; (ii) Technical assistance to States "
        "parties under review;"
    )
    # The sentence that announces the list heads it, under the decision's own heading.
    chapeau = document.sections[document.items[0].section_key]
    assert chapeau.title.endswith("decides:") and chapeau.level == 3
    assert document.coverage.left_out == 0
    assert not document.warnings


def test_a_lettered_list_typed_line_by_line() -> None:
    letters = "abcdefghij"
    lines = "\n".join(f"({c}) Point {n} of the list;" for n, c in enumerate(letters, 1))
    document = parse_bytes(
        f"Draft decision\n\nThe Commission decides:\n\n{lines}\n".encode(), "d.txt"
    )
    # "(i)" after "(h)" is the ninth letter, not a roman one.
    assert [i.number for i in document.items] == list(letters)
    assert document.items[8].text == "Point 9 of the list;"


def test_a_missing_letter_is_a_gap() -> None:
    text = DECISION.replace("(c) To invite", "(d) To invite").replace(
        "(d) To review", "(e) To review"
    )
    document = parse_bytes(text.encode(), "decision.txt")
    assert [i.number for i in document.items] == ["a", "b", "d", "e"]
    gaps = [w.args for w in document.warnings if w.code.key == "import.gap"]
    assert [(g["missing"], g["before"], g["after"]) for g in gaps] == [("c", "b", "d")]


def test_a_roman_sub_list_up_to_v_stays_in_its_item() -> None:
    subs = "".join(f"({r}) Element {r};\n\n" for r in ("i", "ii", "iii", "iv", "v", "vi"))
    text = f"Draft decision\n\nThe Commission decides:\n\n(a) To note:\n\n{subs}(b) To close.\n"
    document = parse_bytes(text.encode(), "d.txt")
    assert [i.number for i in document.items] == ["a", "b"]
    assert document.items[0].text.endswith("(v) Element v; (vi) Element vi;")


def test_word_letters_from_automatic_numbering() -> None:
    doc = DocBuilder()
    doc.para("Draft decision submitted by the Chair", style="Title")
    doc.para("The General Assembly decides:")
    letters = doc.num(doc.abstract([("lowerLetter", "(%1)", 1)]))
    for text in (
        "That the Ad Hoc Committee shall hold its sessions in Vienna and New York;",
        "That the Committee shall take into account existing international instruments;",
        "To include the item in the provisional agenda of its eightieth session.",
    ):
        doc.para(text, letters)
    document = parse_bytes(doc.bytes(), "decision.docx")
    assert [(i.label, i.text[:20]) for i in document.items] == [
        ("(a)", "That the Ad Hoc Comm"),
        ("(b)", "That the Committee s"),
        ("(c)", "To include the item "),
    ]


def test_letters_inside_numbered_paragraphs_stay_sub_items() -> None:
    text = (
        "Draft report\n\n"
        "1. The Group recommended that States:\n"
        "(a) Strengthen cooperation;\n"
        "(b) Designate a point of contact.\n\n"
        "2. The Group will meet again.\n"
    )
    document = parse_bytes(text.encode(), "report.txt")
    assert [i.number for i in document.items] == ["1", "2"]
    assert document.items[0].text == (
        "The Group recommended that States: (a) Strengthen cooperation; (b) Designate a point "
        "of contact."
    )
