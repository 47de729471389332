"""A Word file whose text is set in a one-cell table (a delegation's template boxes its
statement): the cell's numbered paragraphs are the document's."""

from __future__ import annotations

from cybertrack.importers import parse_bytes
from tests.unit.docx_builder import W_NS, DocBuilder

POINTS = (
    "Chile supports the draft convention as a whole.",
    "Chile proposes to delete article 5, paragraph 2.",
    "Chile supports the Chair's proposal on article 10.",
)


def _framed(doc: DocBuilder, texts: list[str]) -> list:
    cell = doc.document.add_table(rows=1, cols=1).rows[0].cells[0]
    paragraphs = [cell.paragraphs[0]]
    paragraphs[0].text = texts[0]
    paragraphs += [cell.add_paragraph(text) for text in texts[1:]]
    return paragraphs


def test_typed_numbers_in_a_frame() -> None:
    doc = DocBuilder()
    doc.para("Statement by the delegation of Chile", style="Title")
    _framed(doc, [f"{n}. {text}" for n, text in enumerate(POINTS, 1)])
    document = parse_bytes(doc.bytes(), "statement.docx")
    assert [(i.number, i.text) for i in document.items] == [
        (str(n), text) for n, text in enumerate(POINTS, 1)
    ]
    assert document.coverage.tables == 0 and document.coverage.left_out == 0


def test_word_numbering_in_a_frame_counts_on_after_it() -> None:
    from docx.oxml import parse_xml

    doc = DocBuilder()
    doc.para("Statement by the delegation of Chile", style="Title")
    numbered = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    for paragraph in _framed(doc, list(POINTS)):
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{numbered}"/></w:numPr>')
        )
    doc.para("Chile will continue to engage constructively.", numbered)
    document = parse_bytes(doc.bytes(), "statement.docx")
    # Each paragraph read once: the list counts 1, 2, 3 in the frame and 4 after it.
    assert [i.number for i in document.items] == ["1", "2", "3", "4"]


def test_a_box_of_unnumbered_text_in_a_report_stays_a_table() -> None:
    doc = DocBuilder()
    doc.para("Report of the Expert Group", style="Title")
    doc.para("1. The Group met in Vienna.")
    _framed(doc, ["Box 1", "Good practice: a national point of contact.", "It works."])
    doc.para("2. The Group adopted its report.")
    doc.para("3. The Group will meet again.")
    document = parse_bytes(doc.bytes(), "report.docx")
    assert [i.text for i in document.items] == [
        "The Group met in Vienna.",
        "The Group adopted its report.",
        "The Group will meet again.",
    ]
    assert document.coverage.tables > 0


def test_a_frame_beside_its_letterhead() -> None:
    doc = DocBuilder()
    row = doc.document.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].text = "Permanent Mission of Chile to the United Nations"
    row.cells[0].add_paragraph("Vienna")
    body = row.cells[1]
    body.paragraphs[0].text = "Statement by the delegation of Chile"
    for n, text in enumerate(POINTS, 1):
        body.add_paragraph(f"{n}. {text}")
    document = parse_bytes(doc.bytes(), "statement.docx")
    assert [i.text for i in document.items] == list(POINTS)
    assert document.coverage.tables == len(
        "Permanent Mission of Chile to the United Nations"
    ) + len("Vienna")


def test_a_table_of_numbered_rows_is_no_frame() -> None:
    doc = DocBuilder()
    doc.para("Compilation of proposals", style="Title")
    table = doc.document.add_table(rows=3, cols=2)
    for n, row in enumerate(table.rows, 1):
        row.cells[0].text = f"{n}. Draft text of paragraph {n}."
        row.cells[1].text = f"Proposal by delegation {n}"
    document = parse_bytes(doc.bytes(), "compilation.docx")
    # Rows numbered as items (the compilation reading), proposals kept as table text.
    assert [i.number for i in document.items] == ["1", "2", "3"]
    assert document.items[0].text == "Draft text of paragraph 1."
