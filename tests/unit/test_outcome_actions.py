"""An outcome document's actions, numbered among its paragraphs (the Pact for the Future's
"Action 1. We will ..."), each an item of its unit, named so in the papers; the resolution
that adopts it keeps its own title."""

from __future__ import annotations

from cybertrack.domain.library import ParagraphPlace, paragraph_place
from cybertrack.domain.units import Unit
from cybertrack.exporters.vocabulary import Vocabulary
from cybertrack.importers import parse_bytes

PACT = """Resolution adopted by the General Assembly on 22 September 2024

79/1. The Pact for the Future

The General Assembly

Adopts the following Pact for the Future:

Pact for the Future

I. Sustainable development and financing for development

17. We recognize that the eradication of poverty in all its forms and dimensions is the
greatest global challenge.

Action 1. We will take bold, ambitious, accelerated, just and transformative actions to
implement the 2030 Agenda, achieve the Sustainable Development Goals and leave no one behind.

18. We decide to:

(a) Urgently accelerate progress towards achieving the Sustainable Development Goals;

(b) Strengthen the means of implementation.

Action 2. We will place the eradication of poverty at the centre of our efforts to achieve
the 2030 Agenda.

19. We decide to:

(a) Work to eradicate poverty in all its forms.
"""


def test_actions_among_the_paragraphs() -> None:
    # Before: "Action 1. We will ..." was text in no item (42% of the text, said), and the
    # title read "The Pact for the Future The General Assembly".
    document = parse_bytes(PACT.encode(), "pact.txt")
    assert [(i.label, i.kind) for i in document.items] == [
        ("OP1", Unit.OPERATIVE),  # "Adopts the following Pact for the Future:", unnumbered
        ("17.", Unit.PARAGRAPH),
        ("Action 1", Unit.ACTION),
        ("18.", Unit.PARAGRAPH),
        ("Action 2", Unit.ACTION),
        ("19.", Unit.PARAGRAPH),
    ]
    assert document.items[2].text.startswith("We will take bold, ambitious")
    assert "(b) Strengthen the means of implementation." in document.items[3].text
    assert document.title == "The Pact for the Future"


def test_papers_and_citations_name_actions() -> None:
    actions = [("action", [("1", "Action 1"), ("2", "Action 2"), ("3", "Action 3")], "")]
    assert Vocabulary("en").refer("we_support", actions) == "We support actions 1–3."
    assert Vocabulary("fr").refer("we_support", actions) == "Nous appuyons les mesures 1–3."
    assert Vocabulary("ru").count("action", 5) == "5 мер"
    assert paragraph_place("Action 36", "36") == ParagraphPlace("action", "36")
    assert paragraph_place("Medida 4", "4") == ParagraphPlace("action", "4")
