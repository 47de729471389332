"""A conference's report that sets its resolutions out in its first chapter, each numbered from
1 under its own heading, and then goes on with its own paragraphs ("II. Organization of the
session", "2. The Conference held ..."), as the Conferences of the Parties to the UN crime
conventions and many treaty bodies report. Before, the report's paragraph 2 was text in no
item (2 after resolution 11/2's paragraph 3 read as a number out of its sequence), and the
meeting's place, dates and session, said only in the title ("on its eleventh session, held
in Vienna from 17 to 21 October 2022"), were not read."""

from __future__ import annotations

from datetime import date

import pytest

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes

REPORT = "\n\n".join(
    [
        "United Nations CTOC/COP/2022/10",
        "Conference of the Parties to the United Nations Convention against Transnational"
        " Organized Crime\nDistr.: General\n2 December 2022",
        "Original: English",
        "Report of the Conference of the Parties to the United Nations Convention against"
        " Transnational Organized Crime on its eleventh session, held in Vienna from 17 to 21"
        " October 2022",
        "I. Resolutions and decisions adopted by the Conference of the Parties",
        "1. At its eleventh session, the Conference of the Parties adopted the following"
        " resolutions:",
        "Resolution 11/1\nImplementation of the review mechanism",
        "The Conference of the Parties to the United Nations Convention against Transnational"
        " Organized Crime,",
        "Recalling its resolution 9/1 of 19 October 2018,",
        "1. Welcomes the progress made in the review process;",
        "2. Requests the secretariat to continue to support the review process;",
        "Resolution 11/2\nCombating trafficking in firearms",
        "The Conference of the Parties to the United Nations Convention against Transnational"
        " Organized Crime,",
        "Noting with concern the links between firearms trafficking and organized crime,",
        "1. Urges States parties to ratify the Firearms Protocol;",
        "2. Invites States to share information;",
        "3. Requests the secretariat to report to the Conference at its twelfth session.",
        "II. Organization of the session",
        "2. The Conference held its eleventh session in Vienna from 17 to 21 October 2022.",
        "3. The session was opened by the President of the Conference.",
    ]
)


def test_the_reports_paragraphs_go_on_after_its_resolutions() -> None:
    document = parse_bytes(REPORT.encode(), "CTOC_COP_2022_10.txt")
    headings = {s.key: s.heading for s in document.sections}
    got = [(i.label, i.kind, headings.get(i.section_key)) for i in document.items]
    first, second, chapter = (
        "Resolution 11/1 Implementation of the review mechanism",
        "Resolution 11/2 Combating trafficking in firearms",
        "II. Organization of the session",
    )
    assert got[1:] == [
        ("PP1", Unit.PREAMBULAR, first),
        ("1.", Unit.OPERATIVE, first),
        ("2.", Unit.OPERATIVE, first),
        ("PP1", Unit.PREAMBULAR, second),
        ("1.", Unit.OPERATIVE, second),
        ("2.", Unit.OPERATIVE, second),
        ("3.", Unit.OPERATIVE, second),
        ("2.", Unit.PARAGRAPH, chapter),
        ("3.", Unit.PARAGRAPH, chapter),
    ]
    assert got[0][0] == "1."
    assert not document.warnings  # no order break, nothing left out


@pytest.mark.parametrize(
    ("title", "venue", "first", "last", "session"),
    [
        (
            "Report of the Working Group on Firearms on its ninth session, held in Vienna from"
            " 2 to 4 May 2022",
            "Vienna",
            date(2022, 5, 2),
            date(2022, 5, 4),
            "Ninth session",
        ),
        (
            "Rapport de la Conférence des Parties sur les travaux de sa onzième session, tenue à"
            " Vienne du 17 au 21 octobre 2022",
            "Vienne",
            date(2022, 10, 17),
            date(2022, 10, 21),
            None,
        ),
        (
            "Informe de la Conferencia de las Partes sobre su 11º período de sesiones, celebrado"
            " en Viena del 17 al 21 de octubre de 2022",
            "Viena",
            date(2022, 10, 17),
            date(2022, 10, 21),
            None,
        ),
    ],
)
def test_the_meeting_said_in_the_title(
    title: str, venue: str, first: date, last: date, session: str | None
) -> None:
    text = "\n\n".join(["United Nations CTOC/COP/WG.6/2022/4", title, "1. The meeting opened."])
    document = parse_bytes(text.encode(), "report.txt")
    meeting = document.meeting
    assert (meeting.venue, meeting.start_date, meeting.end_date) == (venue, first, last)
    assert meeting.session == session


def test_a_conferences_draft_decision_not_yet_numbered() -> None:
    """ "Draft decision -/CMA.6" over the President's proposal names the kind of text it is:
    before, the document had no kind (its title had no "Draft decision:")."""
    text = "\n\n".join(
        [
            "United Nations FCCC/PA/CMA/2024/L.22",
            "Distr.: Limited\n24 November 2024",
            "Original: English",
            "Conference of the Parties serving as the meeting of the Parties to the Paris"
            " Agreement\nSixth session\nBaku, 11–22 November 2024\nAgenda item 10(a)\nMatters"
            " relating to finance: New collective quantified goal on climate finance",
            "Proposal by the President",
            "Draft decision -/CMA.6",
            "New collective quantified goal on climate finance",
            "The Conference of the Parties serving as the meeting of the Parties to the Paris"
            " Agreement,",
            "Recalling Article 9 of the Paris Agreement,",
            "1. Decides to set a goal;",
            "2. Also decides to review the goal in 2030.",
        ]
    )
    document = parse_bytes(text.encode(), "FCCC_PA_CMA_2024_L.22.txt")
    assert document.kind == "draft decision"
    assert document.title == "Draft decision: New collective quantified goal on climate finance"
    assert [(i.label, i.kind) for i in document.items] == [
        ("PP1", Unit.PREAMBULAR),
        ("1.", Unit.OPERATIVE),
        ("2.", Unit.OPERATIVE),
    ]
    assert document.meeting.venue == "Baku"
