"""The International Law Commission's texts, as the Sixth Committee takes them up: draft
conclusions, guidelines and principles numbered by name, each an item of its unit, under the
parts that group them, and named so in the papers."""

from __future__ import annotations

from cybertrack.domain.library import ParagraphPlace, paragraph_place
from cybertrack.domain.units import Unit
from cybertrack.exporters.vocabulary import Vocabulary
from cybertrack.importers import parse_bytes

CONCLUSIONS = """Identification of customary international law

Text of the draft conclusions adopted by the Commission

Part One
Introduction

Draft conclusion 1
Scope

The present draft conclusions concern the way in which the existence and content of rules of
customary international law are to be determined.

Part Two
Basic approach

Draft conclusion 2
Two constituent elements

To determine the existence and content of a rule of customary international law, it is
necessary to ascertain whether there is a general practice that is accepted as law.

Draft conclusion 3
Assessment of evidence for the two constituent elements

1. In assessing evidence for the purpose of ascertaining whether there is a general practice
and whether that practice is accepted as law, regard must be had to the overall context.

2. Each of the two constituent elements is to be separately ascertained.
"""

GUIDELINES = """Guide to Practice on Reservations to Treaties

Guideline 1.1
Definition of reservations

"Reservation" means a unilateral statement made by a State when signing a treaty.

Guideline 1.1.1
Statements purporting to limit the obligations of their author

A unilateral statement by which a State purports to limit the obligations imposed on it by the
treaty constitutes a reservation.

Guideline 1.2
Definition of interpretative declarations

"Interpretative declaration" means a unilateral statement made by a State.
"""

PRINCIPES = """Protection de l'environnement en rapport avec les conflits armés

Projet de principe 1
Champ d'application

Les présents projets de principe s'appliquent à la protection de l'environnement avant,
pendant ou après un conflit armé.

Projet de principe 2
Objet

Les présents projets de principe visent à améliorer la protection de l'environnement.

Projet de principe 3
Mesures visant à améliorer la protection de l'environnement

Les États prennent des mesures efficaces pour améliorer la protection de l'environnement.
"""


def test_draft_conclusions_under_their_parts() -> None:
    # Before: no "Draft conclusion" was a number: conclusions 1 and 2 were read as the cover
    # page (with a warning) and only conclusion 3's paragraphs 1. and 2. came out as items.
    document = parse_bytes(CONCLUSIONS.encode(), "ilc.txt")
    assert [(i.label, i.kind, i.section_key) for i in document.items] == [
        ("Draft conclusion 1", Unit.CONCLUSION, 0),
        ("Draft conclusion 2", Unit.CONCLUSION, 1),
        ("Draft conclusion 3", Unit.CONCLUSION, 1),
    ]
    assert document.items[0].text.startswith("Scope: The present draft conclusions concern")
    assert "2. Each of the two constituent elements" in document.items[2].text
    assert [(s.label, s.title) for s in document.sections] == [
        ("Part One", "Introduction"),
        ("Part Two", "Basic approach"),
    ]
    assert not document.warnings


def test_guidelines_numbered_by_level() -> None:
    document = parse_bytes(GUIDELINES.encode(), "guide.txt")
    assert [(i.label, i.kind) for i in document.items] == [
        ("Guideline 1.1", Unit.GUIDELINE),
        ("Guideline 1.1.1", Unit.GUIDELINE),
        ("Guideline 1.2", Unit.GUIDELINE),
    ]
    assert document.items[1].text.startswith("Statements purporting to limit")


def test_draft_principles_in_french() -> None:
    document = parse_bytes(PRINCIPES.encode(), "principes.txt")
    assert [(i.label, i.number, i.kind) for i in document.items] == [
        ("Projet de principe 1", "1", Unit.PRINCIPLE),
        ("Projet de principe 2", "2", Unit.PRINCIPLE),
        ("Projet de principe 3", "3", Unit.PRINCIPLE),
    ]
    assert not document.warnings


def test_papers_and_citations_name_them() -> None:
    conclusions = [("conclusion", [("1", "Draft conclusion 1"), ("3", "Draft conclusion 3")], "")]
    assert Vocabulary("en").refer("we_support", conclusions) == "We support conclusions 1 and 3."
    assert Vocabulary("fr").refer("we_oppose", conclusions) == (
        "Nous nous opposons aux conclusions 1 et 3."
    )
    assert Vocabulary("ru").count("guideline", 5) == "5 руководящих положений"
    assert Vocabulary("es").count("principle", 2) == "2 principios"
    assert paragraph_place("Draft conclusion 3", "3") == ParagraphPlace("conclusion", "3")
    assert paragraph_place("Projet de directive 2.1", "2.1") == ParagraphPlace("guideline", "2.1")
