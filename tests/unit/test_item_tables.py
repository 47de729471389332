"""A compilation set as a table, each row a provision: its number alone in the first
cell, its draft text in the next, the proposals on it after. The item is the number and the
draft text; the proposals stay table text (they are counted, not lost)."""

import pytest

from cybertrack.importers import parse_bytes, read_document
from tests.conftest import DATA
from tests.unit.docx_builder import DocBuilder

ROWS = [
    ("Article 6", "Illegal access. Each State Party shall adopt such measures.", "Egypt: retain."),
    ("Article 7", "Illegal interception. Each State Party shall adopt measures.", "EU: delete."),
    ("Article 8", "Data interference. Each State Party shall adopt measures.", ""),
    ("Article 9", "System interference. Each State Party shall adopt measures.", "China: merge."),
]


def _compilation(rows: list[tuple[str, str, str]]) -> bytes:
    doc = DocBuilder()
    doc.para("Compilation of proposals received")
    doc.para("Chapter II. Criminalization")  # a compilation goes chapter by chapter
    table = doc.document.add_table(rows=1, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ("Provision", "Draft text", "Proposals"), strict=True
    ):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return doc.bytes()


def test_a_number_alone_in_its_cell_numbers_the_next_cell() -> None:
    document = parse_bytes(_compilation(ROWS), "compilation.docx")
    assert [(i.number, i.label, i.text) for i in document.items] == [
        (number, label, text) for label, text, _ in ROWS for number in [label.split()[1]]
    ]
    proposals = sum(len(p) for _, _, p in ROWS) + len("ProvisionDraft textProposals")
    assert document.coverage.tables >= proposals  # counted apart, with the column headings
    assert not any(p and p in i.text for _, _, p in ROWS for i in document.items)
    assert not document.warnings


def test_paragraph_numbers_alone_in_their_cells() -> None:
    rows = [(f"{n}.", f"Paragraph {n} of the draft, as proposed.", "") for n in range(1, 5)]
    document = parse_bytes(_compilation(rows), "compilation.docx")
    assert [(i.number, i.text) for i in document.items] == [
        (str(n), f"Paragraph {n} of the draft, as proposed.") for n in range(1, 5)
    ]


@pytest.mark.parametrize("suffix", [".pdf", ".odt", ".html"])
def test_a_compilation_reads_alike_in_every_format(suffix: str) -> None:
    # LibreOffice's conversions of one compilation (articles 7-11 of the Convention against
    # Cybercrime, their proposals beside): the same items as the Word file, each number with
    # the text of its row, the proposals table text.
    word = read_document(DATA / "synthetic-compilation.docx")
    other = read_document(DATA / f"synthetic-compilation{suffix}")
    assert [(i.label, i.text) for i in other.items] == [(i.label, i.text) for i in word.items]
    assert [i.label for i in word.items] == [f"Article {n}" for n in range(7, 12)]
    assert not any("Delegation" in i.text for i in other.items)
