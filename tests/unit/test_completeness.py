"""Completeness: what share of the text the items hold, and every gap, repeat and order break."""

import re

from cybertrack.domain.messages import Code, Message, english
from cybertrack.importers import parse_bytes, read_document, strict_problems
from cybertrack.importers.blocks import Block
from cybertrack.importers.build import build_document
from tests.conftest import DATA


def build(*blocks: Block | str):
    made = [b if isinstance(b, Block) else Block(b) for b in blocks]
    return build_document(made, source_name="t", content_hash="h")


def codes(document) -> list[Code]:
    return [w.code for w in document.warnings]


def test_a_gap_is_named_with_the_heading_above_it() -> None:
    document = build(
        "I. Introduction",
        "24. The Committee met.",
        "26. The Committee recommends approval.",
    )
    (gap,) = [w for w in document.warnings if w.code is Code.GAP]
    assert english(gap) == "25 missing between 24 and 26 (under 'I. Introduction')"


def test_a_gap_of_several_numbers_in_a_budget_section_names_the_page() -> None:
    document = build(
        Block("16.22 The Office publishes studies.", page=7),
        Block("16.23 The Office advises States.", page=7),
        Block("16.24 The Office supports States.", page=7),
        Block("16.28 The Office trains officers.", page=8),
    )
    (gap,) = [w for w in document.warnings if w.code is Code.GAP]
    assert gap == Message(
        Code.GAP,
        missing="16.25–16.27",
        before="16.24",
        after="16.28",
        where=Message(Code.AT_PAGE, page=8),
    )


def test_a_lost_number_after_a_numbered_list_does_not_lose_the_rest() -> None:
    # "16.8" deleted (or set in a table a converter mangled) after a list numbered 1., 2.:
    # 16.9 and every paragraph after it were read as text in no item.
    paragraphs = [f"16.{n} The Office will carry on with task {n} of its plan." for n in (6, 7)]
    listed = ["1. The first point the Office noted.", "2. The second point it noted."]
    after = [f"16.{n} The Office will carry on with task {n} of its plan." for n in (9, 10, 11)]
    document = build(*paragraphs, *listed, *after)
    assert [i.number for i in document.items] == [
        "16.6",
        "16.7",
        "1",
        "2",
        "16.9",
        "16.10",
        "16.11",
    ]
    (gap,) = [w for w in document.warnings if w.code is Code.GAP]
    assert gap.args["missing"] == "16.8"


def test_duplicates_and_order_breaks() -> None:
    document = build(
        "1. One.",
        "2. Two.",
        "2. Two again.",
        "3. Three.",
        "5. Five.",
        "4. Four.",
        "6. Six.",
    )
    found = [english(w) for w in document.warnings]
    assert "2 appears twice (before the first heading)" in found
    assert "4 missing between 3 and 5 (before the first heading)" in found
    assert "4 comes after 5, out of order (before the first heading)" in found


def test_a_number_that_goes_back_and_leads_nowhere_is_reported_as_text() -> None:
    document = build("1. One.", "2. Two.", "3. Three.", "1. Quoted elsewhere.", "4. Four.")
    assert [i.number for i in document.items] == ["1", "2", "3", "4"]
    (passage,) = document.left_out
    assert passage.text == "1. Quoted elsewhere."


def test_a_restart_in_a_new_section_or_annex_is_no_gap() -> None:
    document = build(
        "1. The report covers the year.",
        "2. The Committee met twice.",
        "Annex I",
        "1. The list of participants follows.",
        "2. The list of documents follows.",
        "Annex II",
        "1. The statement of the Chair follows.",
    )
    assert [i.number for i in document.items] == ["1", "2", "1", "2", "1"]
    assert document.warnings == ()


def test_a_list_ordered_by_theme_is_no_gap_but_a_missing_number_is() -> None:
    order = [12, 3, 7, 1, 9, 4, 11, 2, 8, 5, 10, 6]
    complete = build(*(f"28.{n} Recommendation {n} (State);" for n in order))
    assert [i.number for i in complete.items] == [f"28.{n}" for n in order]
    assert complete.warnings == ()
    missing = build(*(f"28.{n} Recommendation {n} (State);" for n in order if n != 9))
    assert [english(w).split(" (")[0] for w in missing.warnings] == [
        "28.9 missing between 28.8 and 28.10"
    ]


def test_text_in_no_item_is_reported_with_where_it_stands() -> None:
    document = build(
        "A. Military personnel",
        "1. The mission deployed 200 observers.",
        "The Committee was informed, upon enquiry, that the deployment was delayed.",
        "2. The Committee recommends approval.",
    )
    left = [w for w in document.warnings if w.code is Code.LEFT_OUT]
    assert len(left) == 1 and left[0].args["where"] == Message(
        Code.AT_HEADING, heading="A. Military personnel"
    )
    (passage,) = document.left_out
    assert passage.text.startswith("The Committee was informed") and passage.after == 0
    share = [w for w in document.warnings if w.code is Code.LEFT_OUT_SHARE]
    assert share and 0 < document.coverage.left_out_share < 1


def test_strict_refuses_a_gap_or_more_than_two_per_cent_left_out() -> None:
    clean = build("1. One.", "2. Two.")
    assert strict_problems(clean) == []
    gap = build("1. One.", "3. Three.")
    assert [p.code for p in strict_problems(gap)] == [Code.STRICT_GAP]
    loose = build("1. One paragraph.", "Forty characters of text, in no item.", "2. Two.")
    assert [p.code for p in strict_problems(loose)] == [Code.STRICT_LEFT_OUT]


def _damaged_acabq() -> bytes:
    """The ACABQ report's text form with paragraph 25's number deleted and the text of
    paragraphs 30 to 32 removed (a page that went missing)."""
    text = (DATA / "a-80-604-add3-acabq-minurso.txt").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^25\.\t", "", text, count=1)
    start = re.search(r"(?m)^30\.\t", text)
    end = re.search(r"(?m)^33\.\t", text)
    assert start and end
    return (text[: start.start()] + text[end.start() :]).encode("utf-8")


def test_a_damaged_report_says_what_is_missing() -> None:
    intact = read_document(DATA / "a-80-604-add3-acabq-minurso.txt")
    assert [i.number for i in intact.items] == [str(n) for n in range(1, 38)]
    assert strict_problems(intact) == []
    damaged = parse_bytes(_damaged_acabq(), "damaged.txt")
    found = [english(w) for w in damaged.warnings]
    assert any(f.startswith("25 missing between 24 and 26") for f in found)
    assert any(f.startswith("30–32 missing between 29 and 33") for f in found)
    # Paragraph 25's text, without its number, is reported, not silently glued or dropped.
    left = [p.text for p in damaged.left_out]
    assert any(t.startswith("A provision of $545,900 is proposed for 2026/27") for t in left)
    assert {p.code for p in strict_problems(damaged)} >= {Code.STRICT_GAP}


def test_every_real_document_reports_its_coverage() -> None:
    document = read_document(DATA / "A_80_604_Add.3.docx")
    coverage = document.coverage
    assert coverage.left_out == 0 and coverage.placed > 30_000
    assert coverage.tables > 4_000  # the first-page summary and the tables of the report
    assert document.warnings == ()
