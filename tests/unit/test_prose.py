"""Texts with no printed paragraph numbers (statements, non-papers): one item per paragraph.

The statements here are written for the tests (synthetic), in the form delegations and NGOs
deliver them: a cover, a salutation, paragraphs, the closing thanks, a list of signatories.
"""

import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.build import build_document


def build(*blocks: Block | str):
    made = [b if isinstance(b, Block) else Block(b) for b in blocks]
    return build_document(made, source_name="t", content_hash="h")


def test_a_statement_between_its_salutation_and_its_thanks() -> None:
    document = build(
        "Déclaration conjointe au titre du point 4",
        "Genève, 3 mars 2025",
        "Merci, Monsieur le Président.",
        "Monsieur le Président,",
        "Nous saluons le rapport du Groupe de travail et ses conclusions.",
        Block("Nous regrettons toutefois que les recommandations adressées", page=1),
        Block("aux États aient été déplacées en note de bas de page.", page=2, page_start=True),
        Block("Tableau des signataires", role=BlockRole.TABLE, page=2),
        "Nous appelons le Conseil à agir :",
        "• publier le rapport sans délai ;",
        "Je vous remercie.",
        "Liste des signataires :",
        "Amnesty International Human Rights Watch",
    )
    assert [(i.number, i.text) for i in document.items] == [
        ("1", "Nous saluons le rapport du Groupe de travail et ses conclusions."),
        (
            "2",
            "Nous regrettons toutefois que les recommandations adressées aux États aient été "
            "déplacées en note de bas de page.",
        ),
        ("3", "Nous appelons le Conseil à agir : • publier le rapport sans délai ;"),
    ]
    assert {i.kind for i in document.items} == {Unit.PARAGRAPH}
    assert document.warnings[0].code is Code.IMPORT_UNNUMBERED
    assert document.warnings[0].args["n"] == 3
    # What follows the thanks is no paragraph of the statement, and is reported, not lost.
    assert [p.text for p in document.left_out] == [
        "Liste des signataires :\nAmnesty International Human Rights Watch"
    ]
    assert document.coverage.tables == len("Tableau des signataires")


def test_a_non_paper_without_salutation_starts_at_its_first_sentence() -> None:
    document = build(
        "Non-paper on capacity-building",
        "Submitted by the co-facilitators",
        "This non-paper sets out options for the programme of work.",
        "Capacity-building should be demand-driven and sustainable.",
        Block("Next steps", heading_hint=True),
        "The co-facilitators will circulate a revised text.",
    )
    assert [i.number for i in document.items] == ["1", "2", "3"]
    assert document.items[2].text == "The co-facilitators will circulate a revised text."
    assert [s.title for s in document.sections] == ["Next steps"]
    assert document.items[2].section_key == document.sections[0].key
    assert document.left_out == ()


def test_a_plain_text_statement_in_spanish() -> None:
    text = (
        "Declaración de la delegación\n\n"
        "Señor Presidente:\n\n"
        "Gracias, señor Presidente.\n\n"
        "Mi delegación agradece la presentación del informe.\n\n"
        "Apoyamos la creación de un mecanismo permanente.\n\n"
        "Muchas gracias.\n"
    ).encode()
    document = parse_bytes(text, "declaracion.txt")
    assert [i.text for i in document.items] == [
        "Gracias, señor Presidente.",  # thanks for the floor open the body; the last close it
        "Mi delegación agradece la presentación del informe.",
        "Apoyamos la creación de un mecanismo permanente.",
    ]


def test_numbered_paragraphs_leave_no_room_for_the_unnumbered_reading() -> None:
    document = build(
        "Mr. President,",
        "1. We welcome the report.",
        "We also note its timing.",
        "2. We support recommendation 4.",
        "Thank you.",
    )
    assert [i.number for i in document.items] == ["1", "2"]
    assert all(w.code is not Code.IMPORT_UNNUMBERED for w in document.warnings)


@pytest.mark.parametrize(
    "text", [b"Just a note with no numbered paragraphs.", b"Mr. President,\n\nThank you.\n"]
)
def test_a_text_without_paragraphs_to_number_is_still_refused(text: bytes) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(text, "note.txt")
    assert caught.value.message.code is Code.IMPORT_NO_ITEMS
