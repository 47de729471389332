"""A letter to the Secretary-General circulated as a document of the General Assembly and the
Security Council: how a State puts a declaration, a proposal or a summit's outcome before a
meeting. Its first page names both organs, a joint symbol, the agenda item of the preliminary
list, then the letter ("Letter dated ... addressed to the Secretary-General") and its annex.

Before: the symbol lost its Security Council half ("A/79/123"), the agenda item of the
preliminary list was read as the title ("General and complete disarmament"), and in a text
form the letter's own sentence ("... under item 98 of the preliminary list, and of the
Security Council") was cut into an agenda item line."""

from __future__ import annotations

import pytest

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from cybertrack.importers.agenda_lines import agenda_line

LETTER = "\n\n".join(
    [
        "United Nations A/79/123-S/2024/456",
        # The organs' names run together, as a text form gives them.
        "General Assembly Security Council\nDistr.: General\n10 May 2024",
        "Original: English",
        "General Assembly\nSeventy-ninth session\nItem 98 of the preliminary list*\n"
        "General and complete disarmament",
        "Security Council\nSeventy-ninth year",
        "Letter dated 5 May 2024 from the Permanent Representative of Costa Rica to the United"
        " Nations addressed to the Secretary-General",
        "I have the honour to transmit herewith the Declaration of the San José Ministerial"
        " Meeting on Cybersecurity, adopted on 3 May 2024 (see annex).",
        "I should be grateful if the present letter and its annex could be circulated as a"
        " document of the General Assembly, under item 98 of the preliminary list, and of the"
        " Security Council.",
        "(Signed) Maritza Chan Valverde\nAmbassador, Permanent Representative",
        "Annex to the letter dated 5 May 2024 from the Permanent Representative of Costa Rica"
        " to the United Nations addressed to the Secretary-General",
        "Declaration of the San José Ministerial Meeting on Cybersecurity",
        "We, the Ministers,",
        "1. Reaffirm that international law applies in cyberspace;",
        "2. Commit to strengthen capacity-building;",
        "3. Decide to meet again in 2025.",
    ]
)


def test_a_letter_to_both_organs() -> None:
    document = parse_bytes(LETTER.encode(), "A_79_123.txt")
    assert document.symbol == "A/79/123-S/2024/456"
    assert document.title.startswith("Letter dated 5 May 2024 from the Permanent Representative")
    assert document.agenda_item == "98. General and complete disarmament"
    assert document.meeting.body == "General Assembly"
    assert document.meeting.session == "Seventy-ninth session"
    assert [(i.label, i.kind) for i in document.items] == [
        ("1.", Unit.OPERATIVE),
        ("2.", Unit.OPERATIVE),
        ("3.", Unit.OPERATIVE),
    ]


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Item 98 of the preliminary list*", "98"),
        ("Items 20 and 21 of the preliminary list", "20 and 21"),
        ("Point 98 de la liste préliminaire*", "98"),
        ("Tema 98 de la lista preliminar", "98"),
        ("Пункт 98 предварительного перечня", "98"),
    ],
)
def test_an_item_of_the_preliminary_list(line: str, number: str) -> None:
    assert agenda_line(line) == (number, "")


def test_a_security_council_document_takes_its_year_for_its_session() -> None:
    text = "\n\n".join(
        [
            "United Nations S/2024/789",
            "Security Council\nSeventy-ninth year\nDistr.: General\n1 June 2024",
            "Report of the Secretary-General on the situation in Haiti",
            "I. Introduction",
            "1. The present report is submitted pursuant to resolution 2692 (2023).",
            "2. It covers developments since the previous report.",
        ]
    )
    document = parse_bytes(text.encode(), "S_2024_789.txt")
    assert document.meeting.body == "Security Council"
    assert document.meeting.session == "Seventy-ninth year"
    assert document.title.endswith("Report of the Secretary-General on the situation in Haiti")


@pytest.mark.parametrize(
    "name", ["a-81-6-sect16-unodc-programme-plan.txt", "A_81_6_Sect.16.docx", "A_81_6_Sect.5.pdf"]
)
def test_a_budget_fascicle_under_two_items_of_the_preliminary_list(name: str) -> None:
    """ "Items 138 and 139 of the preliminary list" then each item's title on a line of its
    own. The first is the fascicle's own title too: it stays its title."""
    from tests.conftest import DATA

    document = parse_bytes((DATA / name).read_bytes(), name)
    assert document.agenda_item == (
        "138 and 139. Proposed programme budget for 2027; Programme planning"
    )
    assert document.title.split(": ", 1)[1].startswith("Proposed programme budget for 2027")


def test_a_french_letter_to_both_organs() -> None:
    """The first page's lines run together in French: the Assembly and its session, the
    Council and its year ("Soixante-dix-neuvième année"). Before, the body was "Assemblée
    générale Soixante-dix-neuvième session" and no session was read."""
    text = "\n\n".join(
        [
            "Nations Unies A/79/123-S/2024/456",
            "Assemblée générale\nConseil de sécurité\nDistr. générale\n10 mai 2024",
            "Original : anglais",
            "Assemblée générale\nSoixante-dix-neuvième session\nPoint 98 de la liste"
            " préliminaire*\nDésarmement général et complet",
            "Conseil de sécurité\nSoixante-dix-neuvième année",
            "Lettre datée du 5 mai 2024, adressée au Secrétaire général par la Représentante"
            " permanente du Costa Rica auprès de l'Organisation des Nations Unies",
            "Nous, ministres,",
            "1. Réaffirmons que le droit international s'applique au cyberespace ;",
            "2. Nous engageons à renforcer les capacités.",
        ]
    )
    document = parse_bytes(text.encode(), "A_79_123_fr.txt")
    assert document.symbol == "A/79/123-S/2024/456"
    assert document.title.endswith(
        "Lettre datée du 5 mai 2024, adressée au Secrétaire général"
        " par la Représentante permanente du Costa Rica auprès de"
        " l'Organisation des Nations Unies"
    )
    assert document.agenda_item == "98. Désarmement général et complet"
    assert document.meeting.body == "Assemblée générale"
    assert document.meeting.session == "Soixante-dix-neuvième session"
