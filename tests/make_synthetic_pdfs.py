"""Write the synthetic Word files tests/data/synthetic-*.docx and their PDFs (LibreOffice).

The text is real: the numbered paragraphs of A/80/604/Add.3 (tests/data/A_80_604_Add.3.docx).
The layout is what State delegations and secretariats make in Word, the PDF import's hard
cases: running headers and footers in body-size type (a job number with the page number,
"Page N of M", a running title, the symbol only in the header, different on even pages),
paragraphs that start at the top of a page, numbered headings at the foot of a page, and
tables in body-size type between paragraphs, with a caption. The two-column one sets its body
in two columns under a cover in one, as verbatim records and journals are printed; the
line-numbered one numbers every line in the margin, as drafts for line-by-line reference are.

    python -m tests.make_synthetic_pdfs      (needs soffice on the PATH)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SOURCE = DATA / "A_80_604_Add.3.docx"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = f'xmlns:w="{W_URI}"'
_NUMBERED = re.compile(r"^(\d+)\.\t(.*)$", re.DOTALL)

# Where the layout does something hard: (paragraph number, what comes before it).
HEADINGS = {
    1: ("I.", "Introduction"),
    2: ("II.", "Budget performance report"),
    7: ("III.", "Information on performance for the current period"),
    11: ("A.", "Mandate and planning assumptions"),
    14: ("1.", "Military and police personnel"),  # numbered like the paragraphs, bold
    18: ("2.", "Civilian personnel"),
    25: ("3.", "Operational costs"),
}
TABLE_AFTER = 9  # a table between paragraphs 9 and 10
PAGE_BREAK_AFTER_HEADING = 18  # heading "2. Civilian personnel" ends its page
PAGE_BREAK_BEFORE = 22  # paragraph 22 starts a page


def source_paragraphs() -> list[tuple[str, str]]:
    """(number, text) of every typed-number paragraph of A/80/604/Add.3."""
    found = []
    for paragraph in docx.Document(str(SOURCE)).paragraphs:
        match = _NUMBERED.match(paragraph.text)
        if match:
            found.append((match[1], " ".join(match[2].split())))
    return found


def _field(paragraph: object, instruction: str, shown: str) -> None:
    element = parse_xml(
        f'<w:fldSimple {W_NS} w:instr=" {instruction} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'
    )
    paragraph._p.append(element)  # type: ignore[attr-defined]


def _furniture(paragraph: object, parts: list[str]) -> None:
    """Text and fields ("{PAGE}", "{NUMPAGES}") into a header or footer paragraph."""
    for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", " ".join(parts)):
        if part == "{PAGE}":
            _field(paragraph, "PAGE", "1")
        elif part == "{NUMPAGES}":
            _field(paragraph, "NUMPAGES", "1")
        elif part:
            paragraph.add_run(part)  # type: ignore[attr-defined]


def build(kind: str) -> docx.document.Document:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)
    style.paragraph_format.space_after = Pt(6)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    if kind in ("jobnumber", "twocolumn"):
        # The symbol only in the running header; job number and page in the footer, even
        # pages mirrored.
        document.settings.odd_and_even_pages_header_footer = True
        _furniture(section.header.paragraphs[0], ["A/AC.999/2026/L.7"])
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _furniture(section.even_page_header.paragraphs[0], ["A/AC.999/2026/L.7"])
        _furniture(section.footer.paragraphs[0], ["26-01234\t\t{PAGE}/{NUMPAGES}"])
        _furniture(section.even_page_footer.paragraphs[0], ["{PAGE}/{NUMPAGES}\t\t26-01234"])
        _furniture(section.first_page_footer.paragraphs[0], ["26-01234 (E)    010326"])
        front = [
            "Working Group on Examples",
            "First session",
            "Distr.: General",
            "1 March 2026",
            "Original: English",
            "Report of the Working Group on Examples on its first session",
        ]
    else:
        # A running title in the header, "Page N of M" in every footer, the first page too.
        symbol = "A/AC.999/2026/2"
        _furniture(section.header.paragraphs[0], ["Report of the Working Group on Examples"])
        _furniture(section.footer.paragraphs[0], ["Page {PAGE} of {NUMPAGES}"])
        _furniture(section.first_page_footer.paragraphs[0], ["Page {PAGE} of {NUMPAGES}"])
        section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        section.first_page_footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        front = [
            symbol,
            "Working Group on Examples",
            "First session",
            "Distr.: General",
            "2 March 2026",
            "Original: English",
            "Report of the Working Group on Examples on its first session",
        ]
    for line in front:
        document.add_paragraph(line)
    if kind == "twocolumn":
        _two_columns(document)
    if kind == "linenumbers":
        # Every line numbered in the margin, from 1 on each page, as a draft for reference.
        section._sectPr.append(
            parse_xml(f'<w:lnNumType {W_NS} w:countBy="1" w:restart="newPage"/>')
        )
    for number, text in source_paragraphs():
        n = int(number)
        if n in HEADINGS:
            label, title = HEADINGS[n]
            heading = document.add_paragraph()
            heading.paragraph_format.keep_with_next = n != PAGE_BREAK_AFTER_HEADING
            run = heading.add_run(f"{label}\t{title}")
            run.bold = True
            if n == PAGE_BREAK_AFTER_HEADING:
                heading.add_run().add_break(WD_BREAK.PAGE)
        paragraph = document.add_paragraph(f"{number}.\t{text}")
        paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if n == PAGE_BREAK_BEFORE:
            paragraph.paragraph_format.page_break_before = True
        if n == TABLE_AFTER:
            _table(document)
    return document


def _two_columns(document: docx.document.Document) -> None:
    """What follows is set in two columns, under the cover set in one (a continuous break)."""
    section = document.add_section(WD_SECTION.CONTINUOUS)
    columns = section._sectPr.find(f"{{{W_URI}}}cols")
    if columns is None:
        columns = parse_xml(f"<w:cols {W_NS}/>")
        section._sectPr.append(columns)
    columns.set(f"{{{W_URI}}}num", "2")
    columns.set(f"{{{W_URI}}}space", "567")  # 1 cm between the columns


def _table(document: docx.document.Document) -> None:
    document.add_paragraph("Table 1")
    caption = document.add_paragraph()
    caption.add_run("Financial resources by category").bold = True
    rows = [
        ("Category", "Apportionment 2025/26", "Proposed 2026/27", "Variance"),
        ("Military and police personnel", "8,563.4", "6,748.5", "(1,814.9)"),
        ("Civilian personnel", "26,275.3", "23,699.0", "(2,576.3)"),
        (
            "Operational costs, including air operations and communications",
            "35,855.4",
            "32,261.8",
            "(3,593.6)",
        ),
        ("Total", "70,694.1", "62,709.3", "(7,984.8)"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def convert(source: Path, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                f"-env:UserInstallation=file://{profile}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            start_new_session=True,
        )
    return out_dir / (source.stem + ".pdf")


def main() -> None:
    for kind in ("jobnumber", "runningtitle", "twocolumn", "linenumbers"):
        target = DATA / f"synthetic-{kind}.docx"
        build(kind).save(str(target))
        with tempfile.TemporaryDirectory() as out:
            pdf = convert(target, Path(out))
            shutil.copyfile(pdf, DATA / f"synthetic-{kind}.pdf")
        print("wrote", target.name, "and its PDF")


if __name__ == "__main__":
    main()
