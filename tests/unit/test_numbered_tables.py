"""A list of recommendations or proposals set as a table with a "No." column of bare numbers
("No. | Recommendation | Responsible"), in Word, Markdown or a web page: its rows are the
items (it was refused as "contains no numbered paragraphs", or read cell by cell as prose)."""

from __future__ import annotations

import io

import docx
import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.importers import parse_bytes, read_document
from tests.conftest import DATA

TITLE = "Recommendations of the Expert Group"
ROWS = [
    ("1", "States should strengthen mutual legal assistance.", "Member States"),
    ("2", "States should designate a 24/7 point of contact.", "Member States"),
    ("3", "UNODC should continue to provide technical assistance.", "UNODC"),
    ("4", "Donors should fund capacity-building.", "Donors"),
]


def word(rows: list[tuple[str, str, str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ("No.", "Recommendation", "Responsible"), strict=True
    ):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def markdown(rows: list[tuple[str, str, str]]) -> bytes:
    lines = [f"# {TITLE}", "", "| No. | Recommendation | Responsible |", "|---|---|:---|"]
    lines += [f"| {n} | {text} | {who} |" for n, text, who in rows]
    return "\n".join(lines).encode()


def web_page(rows: list[tuple[str, str, str]]) -> bytes:
    cells = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{w}</td></tr>" for n, t, w in rows)
    return (
        f"<html><body><h1>{TITLE}</h1><table><tr><th>No.</th><th>Recommendation</th>"
        f"<th>Responsible</th></tr>{cells}</table></body></html>"
    ).encode()


FORMS = {"docx": word, "md": markdown, "html": web_page}


@pytest.mark.parametrize("form", list(FORMS))
def test_the_rows_of_a_numbered_table_are_the_items(form: str) -> None:
    document = parse_bytes(FORMS[form](ROWS), f"recommendations.{form}")
    assert [(i.number, i.text) for i in document.items] == [(n, t) for n, t, _ in ROWS]
    assert document.title == TITLE  # the line above the table is the document's title
    assert document.coverage.left_out == 0
    assert document.coverage.tables > 0  # "Responsible" and its cells stay table text


@pytest.mark.parametrize("form", list(FORMS))
def test_a_table_of_figures_is_no_list_of_items(form: str) -> None:
    """Years counting up by one beside amounts: figures, not items."""
    figures = [("2024", "1,000", "n/a"), ("2025", "2,500", "n/a"), ("2026", "3,100", "n/a")]
    with pytest.raises(ImportFailed):
        parse_bytes(FORMS[form](figures), f"figures.{form}")


def test_numbers_that_do_not_count_up_are_no_numbering_column() -> None:
    """A Word table whose first column holds quantities: 3, 12, 7 are no row numbers."""
    rows = [("3", "Posts of the Professional category.", "x"), ("12", "Posts of field staff.", "y")]
    rows += [("7", "Posts of national staff.", "z")]
    with pytest.raises(ImportFailed):
        parse_bytes(word(rows), "posts.docx")


def test_an_action_plan_reads_alike_from_word_and_pdf() -> None:
    """tests/data's action plan: five recommendations wrapping in a narrow column, with who
    and when beside them; LibreOffice's PDF of it gives the same items (the PDF prints the
    number without a stop; its label is "1.", its number 1)."""
    word_items = read_document(DATA / "synthetic-numbered-table.docx").items
    pdf_items = read_document(DATA / "synthetic-numbered-table.pdf").items
    assert [i.number for i in word_items] == ["1", "2", "3", "4", "5"]
    assert [(i.number, i.text) for i in pdf_items] == [(i.number, i.text) for i in word_items]
    assert word_items[0].text.endswith("with adequate resources and training.")
    assert all("Member States" not in i.text for i in word_items)  # the next column: a table
