"""The programme budget's fascicles: an income section ("A/81/6 (Income sect. 1)", its
paragraphs numbered "IS1.1", "IS1.2" ..., in every format) and the introduction's symbol."""

from __future__ import annotations

import pytest

from cybertrack.importers import parse_bytes
from tests.conftest import DATA

TEXT = """United Nations
A/81/6 (Income sect. 1)
General Assembly
Distr.: General

Proposed programme budget for 2027

Income section 1
Income from staff assessment

IS1.1 The estimates under this income section relate to staff assessment, deducted from
salaries.

IS1.2 The staff assessment income is credited to the Tax Equalization Fund.

IS1.3 The estimates for 2027 amount to 250 million dollars.
"""


def test_an_income_section_as_text() -> None:
    document = parse_bytes(TEXT.encode(), "income.txt")
    assert document.symbol == "A/81/6 (Income sect. 1)"
    assert [i.number for i in document.items] == ["IS1.1", "IS1.2", "IS1.3"]
    assert document.items[1].text == (
        "The staff assessment income is credited to the Tax Equalization Fund."
    )
    assert "Income section 1: Income from staff assessment" in document.title
    assert not document.warnings


@pytest.mark.parametrize("name", ["synthetic-income-section.docx", "synthetic-income-section.pdf"])
def test_an_income_section_in_word_and_pdf(name: str) -> None:
    # Before: no paragraph number was read ("IS1.1" is no number of any scheme known), the
    # paragraphs numbered 1, 2, 3 in reading order, and the PDF's last one read as a table row.
    document = parse_bytes((DATA / name).read_bytes(), name)
    assert document.symbol == "A/81/6 (Income sect. 1)"
    assert [i.number for i in document.items] == ["IS1.1", "IS1.2", "IS1.3", "IS1.4"]
    assert document.items[3].text.startswith("The estimates are based on the staff assessment")
    assert document.coverage.left_out == 0


def test_the_budget_introduction_s_symbol() -> None:
    text = TEXT.replace("A/81/6 (Income sect. 1)", "A/81/6 (Introduction)")
    assert parse_bytes(text.encode(), "intro.txt").symbol == "A/81/6 (Introduction)"
