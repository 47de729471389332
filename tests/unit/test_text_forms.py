"""Text forms beyond the seed: a resolution, a treaty in markdown, text pasted from an e-mail."""

from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from cybertrack.importers import parse_bytes, read_document
from cybertrack.importers.text_tables import tabbed_row, table_lines
from tests.conftest import DATA


def test_resolution_operative_paragraphs_with_numbers_on_their_own_line() -> None:
    # pdftotext puts "1." on one line and the paragraph on the next; the resolution has
    # unnumbered preambular paragraphs and operative paragraphs 1-6.
    parsed = read_document(DATA / "a-res-74-247-establishing-ahc-cybercrime.txt")
    operative = [i for i in parsed.items if i.kind == "operative paragraph"]
    assert [i.number for i in operative] == ["1", "2", "3", "4", "5", "6"]
    assert operative[1].text.startswith("Decides to establish an open-ended ad hoc")
    # The adoption line after paragraph 6 is not part of it.
    assert operative[-1].text.endswith("technologies for criminal purposes”.")


def test_resolution_preambular_paragraphs_pp1_to_pp17() -> None:
    # Read from the resolution: 17 paragraphs from "Noting that information and communications
    # technologies" to "Reaffirming the importance of respect for human rights".
    parsed = read_document(DATA / "a-res-74-247-establishing-ahc-cybercrime.txt")
    preamble = [i for i in parsed.items if i.kind == "preambular paragraph"]
    assert [i.label for i in preamble] == [f"PP{n}" for n in range(1, 18)]
    assert list(parsed.items[: len(preamble)]) == preamble  # they come first, in order
    assert preamble[0].text.startswith("Noting that information and communications technologies")
    assert preamble[16].text.startswith("Reaffirming the importance of respect for human rights")
    # PP14 runs over a page break; the footnotes printed in between stay out of it.
    assert preamble[13].text.endswith(
        "reaffirming the role of the United Nations Office on Drugs and Crime,"
    )
    assert "Official Records" not in preamble[13].text
    assert parsed.symbol == "A/RES/74/247"
    assert parsed.kind == "resolution"
    assert parsed.distribution == "General"
    assert parsed.meeting.session == "Seventy-fourth session"
    assert parsed.agenda_item == (
        "107. Countering the use of information and communications technologies for criminal "
        "purposes"
    )
    assert parsed.title.startswith("Resolution: Countering the use of information")


def test_treaty_articles_hold_their_paragraphs() -> None:
    parsed = read_document(DATA / "budapest-convention-ets185.txt")
    # The preamble, run into one line in this copy, is its 16 recitals (read from it).
    preamble, articles = parsed.items[:16], parsed.items[16:]
    assert [i.label for i in preamble] == [f"PP{n}" for n in range(1, 17)]
    assert preamble[0].text == (
        "Considering that the aim of the Council of Europe is to achieve a greater unity "
        "between its members;"
    )
    assert preamble[-1].text.startswith("Having also regard to the Action Plan adopted by")
    assert [i.number for i in articles] == [str(n) for n in range(1, 49)]
    assert {i.kind for i in articles} == {"article"}
    assert parsed.kind == "treaty"
    article_4 = articles[3]
    assert article_4.label == "Article 4"
    assert article_4.text.startswith("Data interference: 1. Each Party shall adopt")
    assert "2. A Party may reserve the right" in article_4.text
    # The Dutch translation that follows the English text adds no items.
    assert not any("Artikel" in i.text for i in parsed.items)


def test_a_conventions_run_in_preamble_is_its_recitals() -> None:
    # UNCAC as the Dutch treaty database's markdown prints it: "Preamble The States Parties
    # to this Convention, Concerned about ..., ..., Have agreed as follows:" on one line.
    # Those 5,400 characters were the cover page's, in no item and unreported.
    parsed = read_document(DATA / "uncac-convention-against-corruption.txt")
    preamble = [i for i in parsed.items if i.label.startswith("PP")]
    openers = [i.text.split(" ", 2)[:2] for i in preamble]
    assert [" ".join(words) for words in openers] == [
        "Concerned about",
        "Concerned also",
        "Concerned further",
        "Convinced that",
        "Convinced also",
        "Convinced further",
        "Convinced that",
        "Determined to",
        "Acknowledging the",
        "Bearing in",
        "Bearing also",
        "Commending the",
        "Recalling the",
        "Taking note",
        "Welcoming the",
    ]
    assert preamble[-1].text == (
        "Welcoming the entry into force on 29 September 2003 of the United Nations Convention "
        "against Transnational Organized Crime,"
    )
    articles = parsed.items[len(preamble) :]
    assert [i.label for i in articles] == [f"Article {n}" for n in range(1, 72)]
    # Its Dutch title comes first: the title is the one the English text speaks.
    assert parsed.title == "Treaty: United Nations Convention against corruption"
    assert parsed.coverage.front < 1500  # the title and the source's notes only


def test_pasted_email_with_bracket_numbers_and_decimal_numbers() -> None:
    email = (
        b"From: Delegation\r\nSubject: comments\r\n\r\nDear colleagues,\r\n\r\n"
        b"1) States should cooperate.\r\n2) States should train\r\njudges.\r\n"
        b"3) States should act.\r\n\r\nBest regards\r\n"
    )
    parsed = parse_bytes(email, "email.txt")
    assert [(i.number, i.label) for i in parsed.items] == [("1", "1)"), ("2", "2)"), ("3", "3)")]
    assert parsed.items[1].text == "States should train judges."


def test_decimal_numbers_in_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "16.1 The Office supports Member States.\n16.2 The Office publishes studies.\n"
        "16.10 The Office trains officers.\n",
        encoding="utf-8",
    )
    parsed = read_document(path)
    assert [i.number for i in parsed.items] == ["16.1", "16.2", "16.10"]


def test_libreoffices_text_of_a_word_report_reads_as_the_word_file() -> None:
    # LibreOffice's "Text" of a budget section: a paragraph to a line, a table a cell to a
    # line ("1.<tab>Mission/field- and police-specific issues" over "14", "15", "14", "12"),
    # the caption "Table 11.2" on the line after the paragraph that names it. Its tables'
    # numbered rows were items, its captions and headings the end of the paragraph above.
    word = read_document(DATA / "A_81_6_Sect.11.docx")
    text = read_document(DATA / "A_81_6_Sect.11.libreoffice.txt")
    assert [(i.number, " ".join(i.text.split())) for i in text.items] == [
        (i.number, " ".join(i.text.split())) for i in word.items
    ]
    assert text.coverage.tables > 5000  # the deliverables tables, kept apart


def test_a_table_printed_a_cell_to_a_line_is_table_text() -> None:
    assert table_lines(["Substantive services for meetings", "27", "25", "27", "21"]) == [True] * 5
    assert table_lines(["–", "2023"]) == [True, True]  # a chart's axis
    assert table_lines(["–"]) == [True]
    # A year on a line of its own, a paragraph's hanging number: no table.
    assert table_lines(["as decided in", "2025", "and after"]) == [False] * 3
    assert table_lines(["16.18"]) == [False]


def _words_text(path: Path) -> str:
    """A Word file's text as Word saves it as plain text: a paragraph to a line, a table's
    row to a line with its cells parted by tabs (a merged cell once)."""
    document = docx.Document(str(path))
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            lines.append(Paragraph(element, document).text)
        elif element.tag == qn("w:tbl"):
            for row in Table(element, document).rows:
                cells = {id(cell._tc): cell for cell in row.cells}.values()
                lines.append("\t".join(" ".join(p.text for p in c.paragraphs) for c in cells))
    return "\n".join(lines)


def test_words_text_of_a_report_reads_as_the_word_file() -> None:
    # Rows such as "1.<tab>Mission/field- and police-specific issues<tab>14<tab>15<tab>14<tab>
    # 12" were items 1 to 13 after paragraph 5.III.22.
    path = DATA / "A_81_6_Sect.5.docx"
    text = parse_bytes(_words_text(path).encode(), "A_81_6_Sect.5.txt")
    word = read_document(path)
    assert [(i.number, " ".join(i.text.split())) for i in text.items] == [
        (i.number, " ".join(i.text.split())) for i in word.items
    ]


def test_a_tables_row_parted_by_tabs_is_table_text() -> None:
    assert tabbed_row("1.\tMission/field- and police-specific issues\t14\t15\t14\t12")
    assert tabbed_row("Category and subcategory\t2025 planned\t2025 actual\t2026 planned")
    assert not tabbed_row("\t16.1\tThe United Nations Office on Drugs and Crime is responsible")
    assert not tabbed_row("A.\tProposed programme plan for 2027\t3")  # a contents line


def test_a_list_of_mandates_printed_a_cell_to_a_line_is_table_text() -> None:
    # A budget section's legislative mandates, as LibreOffice's text of it prints them.
    mandates = ["32/197", "Restructuring of the economic and social sectors", "57/2", "NEPAD"]
    assert table_lines(mandates) == [True] * 4
    assert table_lines(["671 (XXV)", "Establishment of an Economic Commission for Africa"]) == [
        True,
        True,
    ]
    assert tabbed_row("80/84 B\tQuestions relating to information")
    # A paragraph naming a resolution on a line of its own is not a list of them.
    assert (
        table_lines(["The Assembly, in resolution", "79/243", "adopted the Convention."])
        == [False] * 3
    )
    text = read_document(DATA / "A_81_6_Sect.11.libreoffice.txt")
    assert not [p for p in text.left_out if "resolution" in (p.heading or "")]
