"""A heading right under the title heads the first items; Markdown's "1. 1. 1." lists are
numbered as a Markdown viewer shows them, and the import says so."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cybertrack.domain.messages import Code
from cybertrack.domain.model import ParsedDocument
from cybertrack.importers import parse_bytes, read_document
from tests.conftest import ROOT
from tests.unit.docx_builder import DocBuilder

DATA = ROOT / "tests" / "data"

SUMMARY_MD = """# Chair's summary of the second session

## International cooperation

1. States should strengthen mutual legal assistance.
2. States should designate a 24/7 point of contact.

## Technical assistance

3. States should share good practices in capacity-building.
4. UNODC should continue to provide technical assistance.
"""


def headed(document: ParsedDocument) -> list[tuple[str, str | None]]:
    """Each item's number with the heading it stands under."""
    titles = {s.key: s.title for s in document.sections}
    return [
        (i.number, titles.get(i.section_key) if i.section_key is not None else None)
        for i in document.items
    ]


def test_a_markdown_heading_under_the_title_heads_the_first_items() -> None:
    document = parse_bytes(SUMMARY_MD.encode(), "summary.md")
    assert document.title == "Chair's summary of the second session"
    assert headed(document) == [
        ("1", "International cooperation"),
        ("2", "International cooperation"),
        ("3", "Technical assistance"),
        ("4", "Technical assistance"),
    ]
    # The heading is counted with the headings, not with the cover.
    assert document.coverage.front == len("Chair's summary of the second session")


def test_a_word_heading_under_the_title_heads_the_first_items() -> None:
    doc = DocBuilder()
    doc.para("Draft elements for the outcome of the session", style="Title")
    doc.para("International cooperation", style="Heading 1")
    numbered = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    doc.para("States should strengthen mutual legal assistance.", numbered)
    doc.para("States should designate a 24/7 point of contact.", numbered)
    doc.para("Technical assistance", style="Heading 1")
    doc.para("UNODC should continue to provide technical assistance.", numbered)
    document = parse_bytes(doc.bytes(), "elements.docx")
    assert document.title == "Draft elements for the outcome of the session"
    assert headed(document) == [
        ("1", "International cooperation"),
        ("2", "International cooperation"),
        ("3", "Technical assistance"),
    ]


@pytest.mark.parametrize(
    "above",
    [
        # The report's byline, its kind, a header fact: lines of the cover, never a heading.
        "**Report of the Advisory Committee on Administrative and Budgetary Questions**",
        "**Draft resolution**",
        "**Provisional agenda**",
        "**Distr.: General**",
    ],
)
def test_a_cover_line_above_the_first_item_stays_on_the_cover(above: str) -> None:
    title = "**Financing of the United Nations Mission**"
    text = f"{title}\n\n{above}\n\n1. The Committee met.\n\n2. It met again.\n"
    document = parse_bytes(text.encode(), "report.txt")
    assert document.sections == ()
    assert [i.number for i in document.items] == ["1", "2"]


def test_a_title_alone_above_the_first_item_is_not_a_heading() -> None:
    text = "# Chair's summary of the second session\n\n1. States met.\n\n2. States agreed.\n"
    document = parse_bytes(text.encode(), "summary.md")
    assert document.title == "Chair's summary of the second session"
    assert document.sections == ()


LAZY_MD = """# Draft recommendations on international cooperation

## Recommendations

1. States should strengthen mutual legal assistance.
1. States should designate a 24/7 point of contact.
1. States should consider joining existing instruments:
   - including regional instruments;
   - and bilateral arrangements.
1. The Expert Group should continue its work.

## Conclusions

1. The work was useful.
1. It should go on.
"""


def test_a_lazy_markdown_list_is_numbered_as_a_viewer_shows_it() -> None:
    document = parse_bytes(LAZY_MD.encode(), "draft.md")
    assert headed(document) == [
        ("1", "Recommendations"),
        ("2", "Recommendations"),
        ("3", "Recommendations"),
        ("4", "Recommendations"),
        ("1", "Conclusions"),  # a new list under a new heading starts again
        ("2", "Conclusions"),
    ]
    assert [i.label for i in document.items][:4] == ["1.", "2.", "3.", "4."]
    assert "bilateral arrangements" in document.items[2].text  # the bullets stay with it
    said = [w for w in document.warnings if w.code is Code.IMPORT_LAZY_LIST]
    assert len(said) == 1 and said[0].args["n"] == 6
    # Numbered as shown, nothing repeats: no duplicate is reported.
    assert not any(w.code is Code.DUPLICATE for w in document.warnings)


def test_a_lazy_list_with_the_other_marker() -> None:
    text = "Draft elements\n\n1) First point here.\n\n1) Second point here.\n\n1) Third point.\n"
    document = parse_bytes(text.encode(), "elements.txt")
    assert [(i.number, i.label) for i in document.items] == [("1", "1)"), ("2", "2)"), ("3", "3)")]


def test_a_number_repeated_inside_a_counted_list_is_kept_and_reported() -> None:
    text = (
        "Draft elements\n\n1. First point.\n\n2. Second point.\n\n2. Second again.\n\n3. Third.\n"
    )
    document = parse_bytes(text.encode(), "elements.txt")
    assert [i.number for i in document.items] == ["1", "2", "2", "3"]
    assert not any(w.code is Code.IMPORT_LAZY_LIST for w in document.warnings)
    assert [w.args["number"] for w in document.warnings if w.code is Code.DUPLICATE] == ["2"]


def test_a_word_list_is_never_renumbered() -> None:
    doc = DocBuilder()
    doc.para("Draft elements", style="Title")
    for text in ("1. Typed number one.", "1. Typed number one again."):
        doc.para(text)
    document = parse_bytes(doc.bytes(), "typed.docx")
    assert [i.number for i in document.items] == ["1", "1"]
    assert not any(w.code is Code.IMPORT_LAZY_LIST for w in document.warnings)


def test_the_command_line_says_the_list_was_numbered_as_shown(tmp_path) -> None:
    source = tmp_path / "draft.md"
    source.write_text(LAZY_MD, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cybertrack",
            "--db",
            str(tmp_path / "w.cybertrack"),
            "import",
            str(source),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (
        "warning: 6 items are numbered as a Markdown viewer shows them: the text repeats the "
        "same list number before each" in done.stderr
    )


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_the_headed_draft_reads_alike_from_word_and_pdf(form: str) -> None:
    """Word's Title over Heading 1 over the first paragraphs, and LibreOffice's PDF of it (the
    title's wrapped lines large, the headings bold and coloured on the first page)."""
    document = read_document(DATA / f"synthetic-headed-elements.{form}")
    assert document.title == "Elements for the outcome of the session on international cooperation"
    assert [(number, heading) for number, heading in headed(document)] == [
        ("1", "International cooperation"),
        ("2", "International cooperation"),
        ("3", "International cooperation"),
        ("4", "Technical assistance"),
        ("5", "Technical assistance"),
    ]
    assert document.items[0].text.startswith("The efficiency of international cooperation")
    assert document.coverage.left_out == 0


def test_a_bold_line_of_a_text_form_is_a_heading_as_in_word() -> None:
    """The UN's text forms set headings in bold ('**Recommendations**'): unnumbered, right
    under the title, it heads the first items as Word's bold heading does."""
    text = (
        "Evaluation of the Global Programme on Cybercrime\n\n**Recommendations**\n\n"
        "Recommendation 1: UNODC should strengthen its support.\n\n"
        "Recommendation 2: Donors should provide multi-year funding.\n\n"
        "**Lessons learned**\n\n"
        "Recommendation 3: UNODC should plan for the long term.\n"
    )
    document = parse_bytes(text.encode(), "evaluation.txt")
    assert document.title == "Evaluation of the Global Programme on Cybercrime"
    assert headed(document) == [
        ("1", "Recommendations"),
        ("2", "Recommendations"),
        ("3", "Lessons learned"),
    ]
    # Bold inside a sentence is emphasis, not a heading.
    inline = parse_bytes(
        b"Draft\n\n1. States **should** act.\n\n2. States **shall** report.\n", "d.txt"
    )
    assert [i.text for i in inline.items] == ["States should act.", "States shall report."]


DRAFT_CONVENTION = """United Nations A/AC.291/22/Rev.1

General Assembly

Distr.: General
6 August 2024

Revised draft text of the convention

{chapter}

Article 1
Statement of purpose

The purposes of this Convention are to promote measures to combat cybercrime.

Article 2
Use of terms

For the purposes of this Convention, terms shall have the meanings below.

Chapter II
Criminalization

Article 3
Illegal access

1. Each State Party shall establish as a criminal offence the access without right.

2. A State Party may require that the offence be committed by infringing security measures.
"""


@pytest.mark.parametrize(
    "chapter",
    [
        "Chapter I\nGeneral provisions",
        "CHAPTER I\n\nGeneral provisions",
        "Chapter I. General provisions",
    ],
)
def test_a_plain_text_chapter_under_the_title_heads_the_first_articles(chapter: str) -> None:
    """A plain text has no styles: "Chapter I" names the heading above the first article (it
    went to the cover, and articles 1 and 2 stood under no chapter)."""
    document = parse_bytes(DRAFT_CONVENTION.format(chapter=chapter).encode(), "draft.txt")
    # The label as printed ("CHAPTER I", "Chapter I."), compared without case or stop.
    labels = {s.key: (s.label.rstrip(".").casefold(), s.title) for s in document.sections}
    assert [(i.number, labels.get(i.section_key)) for i in document.items] == [
        ("1", ("chapter i", "General provisions")),
        ("2", ("chapter i", "General provisions")),
        ("3", ("chapter ii", "Criminalization")),
    ]
    assert document.title.endswith("Revised draft text of the convention")
    assert document.coverage.left_out == 0


def test_a_plain_text_heading_not_named_a_chapter_stays_on_the_cover() -> None:
    """Without a style or a chapter's name, a line under the title may be the title's second
    line: it stays on the cover (no section is invented)."""
    text = DRAFT_CONVENTION.format(chapter="General provisions").split("Chapter II")[0]
    document = parse_bytes(text.encode(), "draft.txt")
    assert document.sections == ()
    assert [i.number for i in document.items] == ["1", "2"]


@pytest.mark.parametrize(
    ("masthead", "symbol"),
    [
        ("United Nations A/AC.291/22/Rev.1", "A/AC.291/22/Rev.1"),
        ("Nations Unies E/CN.15/2024/L.3", "E/CN.15/2024/L.3"),
        ("A/AC.291/22/Rev.1", "A/AC.291/22/Rev.1"),
    ],
)
def test_the_symbol_is_read_from_a_masthead_run_together(masthead: str, symbol: str) -> None:
    """A text form copied from the printed page runs the masthead's "United Nations" and the
    symbol on one line: the symbol was lost."""
    text = DRAFT_CONVENTION.format(chapter="Chapter I").replace(
        "United Nations A/AC.291/22/Rev.1", masthead
    )
    assert parse_bytes(text.encode(), "draft.txt").symbol == symbol
