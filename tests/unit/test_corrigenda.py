"""A corrigendum (synthetic, in the form the UN issues them): its numbered lines are its
corrections, each with the instruction under it, not headings; the document is refused no
more as holding no numbered paragraph."""

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes

CORRIGENDUM = """United Nations

A/80/604/Add.3/Corr.1

General Assembly

Distr.: General
20 April 2026

Original: English

Eightieth session
Agenda item 158
Financing of the United Nations Mission for the Referendum in Western Sahara

Report of the Advisory Committee on Administrative and Budgetary Questions

Corrigendum

1. Paragraph 12, second sentence

For 1,234,500 read 1,243,500

2. Paragraph 23

The paragraph should read

23. The Advisory Committee recommends approval of the proposals of the Secretary-General.
"""


def test_a_corrigendum_lists_its_corrections() -> None:
    document = parse_bytes(CORRIGENDUM.encode(), "A_80_604_Add.3_Corr.1.txt")
    assert document.symbol == "A/80/604/Add.3/Corr.1"
    # The Committee's many reports told apart by their agenda item.
    assert document.title == (
        "Report of the Advisory Committee on Administrative and Budgetary Questions: "
        "Financing of the United Nations Mission for the Referendum in Western Sahara"
    )
    assert [(i.label, i.kind) for i in document.items] == [
        ("1.", Unit.PARAGRAPH),
        ("2.", Unit.PARAGRAPH),
    ]
    # Each with its instruction; the last group of a number's digits is no footnote mark.
    assert document.items[0].text == "Paragraph 12, second sentence For 1,234,500 read 1,243,500"
    assert document.items[1].text == (
        "Paragraph 23 The paragraph should read 23. The Advisory Committee recommends approval"
        " of the proposals of the Secretary-General."
    )
    assert document.coverage.left_out == 0 and not document.warnings
