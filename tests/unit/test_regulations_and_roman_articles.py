"""The Financial and Staff Regulations and Rules, and treaties that number their articles in
Roman numerals: every regulation, rule and article an item of its kind, the Staff
Regulations' "Article I" the heading over its regulations and rules."""

from __future__ import annotations

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from tests.conftest import DATA
from tests.unit.docx_builder import DocBuilder

FINANCIAL = """United Nations                                          ST/SGB/2013/4
Secretariat
                                                                  1 July 2013

Secretary-General's bulletin

Financial Regulations and Rules of the United Nations

ARTICLE V
Appropriations

Regulation 5.1: The appropriations voted by the General Assembly shall constitute an
authorization to the Secretary-General to incur obligations and make payments.

Rule 105.1 The Controller shall issue allotments to the heads of departments and offices.

Rule 105.2 Obligations shall be recorded in the accounts.

Regulation 5.2: Appropriations shall be available for obligation during the financial period
to which they relate.

Regulation 5.3: Appropriations shall remain available for twelve months following the end of
the financial period.

Rule 105.3 Unliquidated obligations shall be reviewed.
"""

STAFF = """United Nations                                          ST/SGB/2023/1
Secretariat
                                                                  1 January 2023

Secretary-General's bulletin

Staff Regulations and Rules of the United Nations

Article I
Duties, obligations and privileges

Regulation 1.1
Status of staff

(a) Staff members are international civil servants. Their responsibilities as staff members
are not national but exclusively international;

(b) By accepting appointment, they pledge themselves to discharge their functions with the
interests of the Organization only in view.

Rule 1.1
Status of staff

(a) Staff members shall make the written declaration provided for in staff regulation 1.1 (b).

Regulation 1.2
Basic rights and obligations of staff

(a) Staff members shall uphold and respect the principles set out in the Charter.

Rule 1.2
Basic rights and obligations of staff

(a) Staff members shall follow the directions and instructions properly issued by the
Secretary-General.

Article II
Classification of posts and staff

Regulation 2.1
Appropriate provision for the classification of posts and staff according to the nature of
the duties and responsibilities required shall be made by the Secretary-General.

Rule 2.1
Classification of posts

(a) The Secretary-General shall establish standards for the classification of posts.
"""

TREATY = """Treaty on the Non-Proliferation of Nuclear Weapons

The States concluding this Treaty, hereinafter referred to as the "Parties to the Treaty",

Considering the devastation that would be visited upon all mankind by a nuclear war,

Have agreed as follows:

Article I

Each nuclear-weapon State Party to the Treaty undertakes not to transfer to any recipient
whatsoever nuclear weapons or other nuclear explosive devices.

Article II

Each non-nuclear-weapon State Party to the Treaty undertakes not to receive the transfer from
any transferor whatsoever of nuclear weapons.

Article III

1. Each non-nuclear-weapon State Party to the Treaty undertakes to accept safeguards.

2. Each State Party to the Treaty undertakes not to provide source or special fissionable
material.

Article IV

Nothing in this Treaty shall be interpreted as affecting the inalienable right of all the
Parties to the Treaty to develop research.
"""


def test_financial_regulations_and_rules_interleaved() -> None:
    # Before: "Regulation 5.1" was read as the cover page, 5.2 and 5.3 went into rule 105.2's
    # text, and the import said 100% of the text was in items.
    document = parse_bytes(FINANCIAL.encode(), "sgb.txt")
    assert [(i.label, i.kind, i.text[:16]) for i in document.items] == [
        ("Regulation 5.1", Unit.REGULATION, "The appropriatio"),
        ("Rule 105.1", Unit.RULE, "The Controller s"),
        ("Rule 105.2", Unit.RULE, "Obligations shal"),
        ("Regulation 5.2", Unit.REGULATION, "Appropriations s"),
        ("Regulation 5.3", Unit.REGULATION, "Appropriations s"),
        ("Rule 105.3", Unit.RULE, "Unliquidated obl"),
    ]
    assert [(s.label, s.title) for s in document.sections] == [("ARTICLE V", "Appropriations")]
    assert not document.warnings
    assert "treaty" not in (document.kind or "")


def test_staff_regulation_and_rule_of_one_number_are_two_items_under_their_article() -> None:
    # Before: rule 1.1 repeated regulation 1.1's number and went into its text; "Article II"
    # went into rule 1.2's.
    document = parse_bytes(STAFF.encode(), "sgb.txt")
    assert [(i.label, i.section_key) for i in document.items] == [
        ("Regulation 1.1", 0),
        ("Rule 1.1", 0),
        ("Regulation 1.2", 0),
        ("Rule 1.2", 0),
        ("Regulation 2.1", 1),
        ("Rule 2.1", 1),
    ]
    assert [(s.label, s.title) for s in document.sections] == [
        ("Article I", "Duties, obligations and privileges"),
        ("Article II", "Classification of posts and staff"),
    ]
    rule = document.items[1]
    assert rule.text.startswith("Status of staff: (a) Staff members shall make")
    assert not document.warnings


def test_staff_regulations_in_word_with_their_titles_in_paragraphs_of_their_own() -> None:
    # As the bulletin sets them: each title in bold under its number.
    doc = DocBuilder()
    for text, bold in (
        ("Staff Regulations and Rules of the United Nations", True),
        ("Article I", True),
        ("Duties, obligations and privileges", True),
        ("Regulation 1.1", True),
        ("Status of staff", True),
        ("(a) Staff members are international civil servants.", False),
        ("Rule 1.1", True),
        ("Status of staff", True),
        ("(a) Staff members shall make the written declaration.", False),
        ("Article II", True),
        ("Classification of posts and staff", True),
        ("Regulation 2.1", True),
        ("Appropriate provision for the classification of posts shall be made.", False),
    ):
        doc.para(text).runs[0].bold = bold
    document = parse_bytes(doc.bytes(), "staff.docx")
    assert [(i.label, i.kind, i.section_key) for i in document.items] == [
        ("Regulation 1.1", Unit.REGULATION, 0),
        ("Rule 1.1", Unit.RULE, 0),
        ("Regulation 2.1", Unit.REGULATION, 1),
    ]
    assert [s.label for s in document.sections] == ["Article I", "Article II"]
    assert document.items[1].text == (
        "Status of staff: (a) Staff members shall make the written declaration."
    )


def test_a_treaty_numbering_its_articles_in_roman_numerals() -> None:
    # Before: "Article I" was a preambular paragraph of its own, its text another, and
    # article IV's text was in no item.
    document = parse_bytes(TREATY.encode(), "npt.txt")
    articles = [i for i in document.items if i.kind == Unit.ARTICLE]
    assert [(i.label, i.number) for i in articles] == [
        ("Article I", "1"),
        ("Article II", "2"),
        ("Article III", "3"),
        ("Article IV", "4"),
    ]
    assert articles[2].text.startswith("1. Each non-nuclear-weapon State")
    assert "2. Each State Party" in articles[2].text
    assert articles[3].text.startswith("Nothing in this Treaty")
    assert not document.warnings
    assert document.title == "Treaty on the Non-Proliferation of Nuclear Weapons"


def test_the_same_texts_in_word_and_in_a_pdf_give_the_same_items() -> None:
    for name, text in (
        ("synthetic-staff-regulations", STAFF),
        ("synthetic-roman-articles", TREATY),
    ):
        expected = parse_bytes(text.encode(), f"{name}.txt")
        for suffix in (".docx", ".pdf"):
            found = parse_bytes((DATA / f"{name}{suffix}").read_bytes(), f"{name}{suffix}")
            assert [(i.label, i.kind, i.text) for i in found.items] == [
                (i.label, i.kind, i.text) for i in expected.items
            ], suffix
            assert [(s.label, s.title) for s in found.sections] == [
                (s.label, s.title) for s in expected.sections
            ]
            assert not found.warnings, suffix


def test_roman_articles_numbered_by_word() -> None:
    doc = DocBuilder()
    num = doc.num(doc.abstract([("upperRoman", "Article %1", 1)]))
    doc.para("Convention on the Prohibition of Biological Weapons")
    for text in (
        "Each State Party undertakes never to develop or produce biological agents.",
        "Each State Party undertakes to destroy all agents and toxins.",
        "Each State Party undertakes not to transfer to any recipient whatsoever.",
    ):
        doc.para("", num)
        doc.para(text)
    document = parse_bytes(doc.bytes(), "bwc.docx")
    assert [(i.label, i.number, i.text[:28]) for i in document.items] == [
        ("Article I", "1", "Each State Party undertakes "),
        ("Article II", "2", "Each State Party undertakes "),
        ("Article III", "3", "Each State Party undertakes "),
    ]


ARABIC_TREATY = """معاهدة عدم انتشار الأسلحة النووية

إن الدول التي تعقد هذه المعاهدة،

إذ تضع في اعتبارها الدمار الذي تجره حرب نووية على البشرية جمعاء،

قد اتفقت على ما يلي:

المادة الأولى

تتعهد كل دولة من الدول الحائزة للأسلحة النووية بعدم نقل أية أسلحة نووية إلى أي مستلم كان.

المادة الثانية

تتعهد كل دولة من الدول غير الحائزة للأسلحة النووية بعدم قبول أي نقل للأسلحة النووية.

المادة الثالثة

تتعهد كل دولة من الدول غير الحائزة للأسلحة النووية بقبول الضمانات.
"""


def test_an_arabic_treaty_numbering_its_articles_by_ordinal_words() -> None:
    # Before: "المادة الأولى" (the first article) was no number: the text was read as four
    # unnumbered paragraphs, numbered 1 to 4 in reading order.
    document = parse_bytes(ARABIC_TREATY.encode(), "npt-ar.txt")
    articles = [i for i in document.items if i.kind == Unit.ARTICLE]
    assert [(i.label, i.number) for i in articles] == [
        ("المادة الأولى", "1"),
        ("المادة الثانية", "2"),
        ("المادة الثالثة", "3"),
    ]
    assert articles[0].text.startswith("تتعهد كل دولة من الدول الحائزة")
    assert not document.warnings
