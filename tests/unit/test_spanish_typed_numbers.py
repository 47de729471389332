"""Paragraph numbers as Latin American delegations type them: "1.- Los Estados ..."."""

from __future__ import annotations

from cybertrack.importers import parse_bytes


def test_spanish_paragraphs_typed_with_a_stop_and_dash() -> None:
    text = (
        "Propuesta de la delegación\n\n"
        "1.- Los Estados Partes adoptarán las medidas legislativas necesarias.\n\n"
        "2.- Los Estados Partes cooperarán entre sí.\n\n"
        "3.- La presente Convención entrará en vigor.\n"
    )
    document = parse_bytes(text.encode(), "propuesta.txt")
    assert [(i.number, i.label) for i in document.items] == [
        ("1", "1.-"),
        ("2", "2.-"),
        ("3", "3.-"),
    ]
    assert document.items[1].text == "Los Estados Partes cooperarán entre sí."
    assert not document.warnings  # numbered as printed: no "numbered in reading order"
