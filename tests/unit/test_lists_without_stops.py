"""Numbered lists whose lines end with no stop: a provisional agenda's items, the 2030
Agenda's targets. A numbered line with no stop heads what follows it; one whose next number
follows on the very next line heads nothing and is an item."""

from __future__ import annotations

from cybertrack.importers import parse_bytes
from tests.unit.docx_builder import DocBuilder

AGENDA = """United Nations                                                    A/AC.291/1

General Assembly                                                  Distr.: General
                                                                  10 January 2022

Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use
of Information and Communications Technologies for Criminal Purposes
First session
New York, 17-28 January 2022

Provisional agenda

1. Opening of the session

2. Election of officers

3. Adoption of the agenda and organization of work

4. Elaboration of a comprehensive international convention

5. Other matters

6. Adoption of the report
"""

TARGETS = """Transforming our world: the 2030 Agenda for Sustainable Development

Sustainable Development Goals and targets

Goal 1. End poverty in all its forms everywhere

1.1 By 2030, eradicate extreme poverty for all people everywhere, currently measured as
people living on less than $1.25 a day

1.2 By 2030, reduce at least by half the proportion of men, women and children of all ages
living in poverty in all its dimensions according to national definitions

1.a Ensure significant mobilization of resources from a variety of sources, including
through enhanced development cooperation

1.b Create sound policy frameworks at the national, regional and international levels

Goal 2. End hunger, achieve food security and improved nutrition and promote sustainable
agriculture

2.1 By 2030, end hunger and ensure access by all people to safe, nutritious and sufficient
food all year round

2.2 By 2030, end all forms of malnutrition

2.a Increase investment, including through enhanced international cooperation, in rural
infrastructure

2.b Correct and prevent trade restrictions and distortions in world agricultural markets
"""


def test_a_provisional_agenda_is_its_items() -> None:
    # Before: every item read as a heading, and the agenda refused as "contains no numbered
    # paragraphs".
    document = parse_bytes(AGENDA.encode(), "agenda.txt")
    assert [(i.number, i.text) for i in document.items] == [
        ("1", "Opening of the session"),
        ("2", "Election of officers"),
        ("3", "Adoption of the agenda and organization of work"),
        ("4", "Elaboration of a comprehensive international convention"),
        ("5", "Other matters"),
        ("6", "Adoption of the report"),
    ]
    assert not document.warnings


def test_an_agenda_numbered_by_word() -> None:
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    doc.para("Provisional agenda")
    for text in ("Opening of the session", "Election of officers", "Other matters"):
        doc.para(text, num)
    document = parse_bytes(doc.bytes(), "agenda.docx")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "Opening of the session"),
        ("2.", "Election of officers"),
        ("3.", "Other matters"),
    ]


def test_the_sdg_targets_under_their_goals() -> None:
    # Before: the text was refused ("contains no numbered paragraphs"): the targets read as
    # headings, "1.a" as no number at all.
    document = parse_bytes(TARGETS.encode(), "sdgs.txt")
    assert [(i.number, i.section_key) for i in document.items] == [
        ("1.1", 0),
        ("1.2", 0),
        ("1.a", 0),
        ("1.b", 0),
        ("2.1", 1),
        ("2.2", 1),
        ("2.a", 1),
        ("2.b", 1),
    ]
    assert [(s.label, s.title[:20]) for s in document.sections] == [
        ("Goal 1.", "End poverty in all i"),
        ("Goal 2.", "End hunger, achieve "),
    ]
    assert document.items[2].text.startswith("Ensure significant mobilization")
    assert not document.warnings


def test_a_lost_lettered_target_is_named_by_its_letter() -> None:
    doc = DocBuilder()
    for text in (
        "Goal 1. End poverty in all its forms everywhere",
        "1.1 By 2030, eradicate extreme poverty for all people everywhere",
        "1.2 By 2030, reduce at least by half the proportion of men, women and children",
        "1.a Ensure significant mobilization of resources from a variety of sources",
        "1.c Create sound policy frameworks at the national, regional and international levels",
    ):
        doc.para(text)
    document = parse_bytes(doc.bytes(), "sdgs.docx")
    assert [i.number for i in document.items] == ["1.1", "1.2", "1.a", "1.c"]
    assert str(document.warnings[0]).startswith("1.b missing between 1.a and 1.c")


def test_headings_with_text_under_them_stay_headings() -> None:
    # "1. Introduction" over its paragraph, "2. Findings" over its: headings, as before.
    text = (
        "Report of the meeting\n\n1. Introduction\n\nThe meeting was opened by the Chair.\n\n"
        "2. Findings\n\nThe experts found that cooperation had improved.\n\n"
        "(1) States should share information.\n\n(2) States should train officials.\n"
    )
    document = parse_bytes(text.encode(), "report.txt")
    assert [s.title for s in document.sections][:2] == ["Introduction", "Findings"]
    assert [i.label for i in document.items] == ["(1)", "(2)"]


def test_an_agenda_with_an_item_lost_keeps_the_rest_and_says_so() -> None:
    # Before: with item 3 gone, items 4 to 6 read as headings, and nothing said.
    damaged = AGENDA.replace("3. Adoption of the agenda and organization of work\n\n", "")
    document = parse_bytes(damaged.encode(), "agenda.txt")
    assert [i.number for i in document.items] == ["1", "2", "4", "5", "6"]
    assert [str(w) for w in document.warnings] == [
        "3 missing between 2 and 4 (before the first heading)"
    ]


def test_a_lost_lettered_target_in_a_text_file() -> None:
    damaged = TARGETS.replace("1.b Create", "1.c Create")
    document = parse_bytes(damaged.encode(), "sdgs.txt")
    assert [i.number for i in document.items][:4] == ["1.1", "1.2", "1.a", "1.c"]
    assert str(document.warnings[0]).startswith("1.b missing between 1.a and 1.c")
