"""Meeting records: each speaker's turn is an item, and who spoke is the document's participants.

The record read here is A/75/PV.71 (the General Assembly's 71st plenary meeting, 26 May 2021):
its first pages as text extracted from the PDF, in tests/data from ../shared/corpus, and the same
turns set as the UN prints a record (a cover, then two columns) in the synthetic .docx and its
LibreOffice .pdf. The turns were read in the text: the Acting President gives the floor four
times, to the Russian Federation, Brazil, Haiti (for CARICOM) and the United Kingdom; the record
breaks off in the United States' statement.
"""

from functools import cache
from pathlib import Path

import pytest

from cybertrack.domain.messages import Code
from cybertrack.domain.model import ParsedDocument
from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes, read_document
from cybertrack.importers.blocks import Block
from cybertrack.importers.bodies import is_known_body
from cybertrack.importers.build import build_document
from cybertrack.importers.speakers import reported_delegation, speaker
from tests.conftest import DATA

TEXT = "a-75-pv71-ga-plenary-26may2021-statements-PARTIAL.txt"
SPEAKERS = [
    "The Acting President",
    "Mr. Kuzmin (Russian Federation) (spoke in Russian)",
    "The Acting President",
    "Mr. De Souza Monteiro (Brazil)",
    "The Acting President",
    "Mr. Rodrigue (Haiti)",
    "The Acting President",
    "Mr. Roscoe (United Kingdom)",
    "Ms. Nemroff (United States of America)",
]
DELEGATIONS = [
    "Russian Federation",
    "Brazil",
    "Haiti",
    "United Kingdom",
    "United States of America",
]


@cache
def _read(name: str) -> ParsedDocument:
    return read_document(Path(DATA / name))


@pytest.mark.parametrize(
    "name",
    [
        TEXT,
        "synthetic-verbatim-record.docx",
        "synthetic-verbatim-record.pdf",
        # Its narrow columns through pdftotext: the header run into the first turn, a
        # speaker named over two lines ("... (spoke in" / "Russian): Russia has ...").
        "synthetic-verbatim-record.pdftotext.txt",
    ],
)
def test_each_turn_is_a_statement_by_its_speaker(name: str) -> None:
    record = _read(name)
    assert [i.number for i in record.items] == [str(n) for n in range(1, 10)]
    assert [i.text.split(":", 1)[0] for i in record.items] == SPEAKERS
    assert {i.kind for i in record.items} == {Unit.STATEMENT}
    assert [p.name for p in record.participants] == DELEGATIONS
    assert record.warnings[0].code is Code.IMPORT_RECORD
    assert record.warnings[0].args == {"n": 9, "speakers": 6}
    subject = (
        "Countering the use of information and communications technologies for criminal purposes"
    )
    # The drafts under the agenda item ("Draft resolution A/75/L.87/Rev.1") are not its title.
    assert record.title == f"71st plenary meeting: {subject}"
    assert record.agenda_item == f"112. {subject}"
    assert record.meeting.body == "General Assembly"
    # The text form prints it "A /75/PV.71" on the first page.
    assert record.symbol == "A/75/PV.71"
    # The running header (the symbol atop each page) is in no turn, nor the date beside it,
    # which the columns put mid-page ("26/05/2021" alone between two turns' lines).
    assert not [i.number for i in record.items if "A/75/PV.71" in i.text]
    assert not [i.number for i in record.items if "26/05/2021" in i.text]
    # A turn runs over its paragraphs, up to the next speaker.
    russia = record.items[1].text
    assert "It is a very balanced and subtle compromise text." in russia
    assert russia.endswith(
        "so that we can start the substantive work on the text of the convention."
    )


def test_word_and_pdf_give_the_same_record() -> None:
    word, pdf = _read("synthetic-verbatim-record.docx"), _read("synthetic-verbatim-record.pdf")
    assert [i.text for i in pdf.items] == [i.text for i in word.items]
    assert (pdf.symbol, pdf.doc_date, pdf.agenda_item) == (
        word.symbol,
        word.doc_date,
        word.agenda_item,
    )
    assert str(pdf.doc_date) == "2021-05-26"  # "Wednesday, 26 May 2021, 3 p.m."
    assert pdf.agenda_item == (
        "112. Countering the use of information and communications technologies for criminal "
        "purposes"
    )  # "Agenda item 112 (continued)": the item, taken up again
    assert pdf.coverage.left_out == 0


@pytest.mark.parametrize(
    ("opening", "designation", "delegation"),
    [
        (
            "M. Kuzmin (Fédération de Russie) (parle en russe) : La Russie a présenté",
            "M. Kuzmin (Fédération de Russie) (parle en russe)",
            "Fédération de Russie",
        ),
        ("La Présidente par intérim : Je donne la parole", "La Présidente par intérim", None),
        (
            "El Sr. Kuzmin (Federación de Rusia) (habla en ruso): Rusia ha presentado",
            "El Sr. Kuzmin (Federación de Rusia) (habla en ruso)",
            "Federación de Rusia",
        ),
        ("El Presidente interino: Tiene la palabra", "El Presidente interino", None),
        (
            "Г-н Кузьмин (Российская Федерация) (говорит по-русски): Россия внесла",
            "Г-н Кузьмин (Российская Федерация) (говорит по-русски)",
            "Российская Федерация",
        ),
        (
            "Исполняющий обязанности Председателя: Слово предоставляется",
            "Исполняющий обязанности Председателя",
            None,
        ),
        (
            "库兹明先生（俄罗斯联邦）（以俄语发言）：俄罗斯提交了",
            "库兹明先生（俄罗斯联邦）（以俄语发言）",
            "俄罗斯联邦",
        ),
        ("代理主席：我现在请俄罗斯联邦代表发言", "代理主席", None),
        (
            "السيد كوزمين (الاتحاد الروسي) (تكلم بالروسية): قدمت روسيا",
            "السيد كوزمين (الاتحاد الروسي) (تكلم بالروسية)",
            "الاتحاد الروسي",
        ),
        ("الرئيس بالنيابة: أعطي الكلمة الآن", "الرئيس بالنيابة", None),
        (
            "Mr. Abdelaziz (Egypt), speaking on behalf of the Arab Group: We",
            "Mr. Abdelaziz (Egypt), speaking on behalf of the Arab Group",
            "Egypt",
        ),
    ],
)
def test_speakers_in_the_six_languages(
    opening: str, designation: str, delegation: str | None
) -> None:
    found = speaker(opening)
    assert found is not None
    assert (found.designation, found.delegation) == (designation, delegation)


@pytest.mark.parametrize(
    "text",
    [
        "President: Mr. Bozkir (Turkey)",  # the cover: who presides
        "Председатель: г-н Бозкыр (Турция)",
        "Recalling its resolution 74/247 (2019): the Assembly",
        "Mr. President, thank you: we have listened",
        "The Security Council (resolution 2100): decided",
    ],
)
def test_lines_that_open_no_turn(text: str) -> None:
    assert speaker(text) is None


def test_a_statement_that_names_the_chair_is_no_record() -> None:
    # One turn-like line and no delegation's: a statement read paragraph by paragraph.
    document = build_document(
        [
            Block("Statement by Norway"),
            Block("The President: we thank you for convening this meeting today."),
            Block("We welcome the report and its conclusions on cooperation."),
            Block("We support the recommendations on technical assistance."),
        ],
        source_name="t",
        content_hash="h",
    )
    assert document.warnings[0].code is Code.IMPORT_UNNUMBERED
    assert {i.kind for i in document.items} == {Unit.PARAGRAPH}
    assert not document.participants


def test_a_summary_records_delegations_are_its_participants() -> None:
    # A summary record numbers its paragraphs and reports who spoke in them.
    text = (
        "Summary record of the 5th meeting\n\n"
        "1. The Chair opened the meeting.\n\n"
        "2. Mr. Kuzmin (Russian Federation) said that his delegation supported the draft.\n\n"
        "3. Ms. Nemroff (United States of America), speaking also on behalf of Canada, said that "
        "the text needed more work.\n\n"
        "4. Mr. Kuzmin (Russian Federation) replied that the draft was balanced.\n\n"
        "5. The report (see A/AC.291/5) was adopted.\n"
    )
    document = parse_bytes(text.encode(), "summary.txt")
    assert [i.number for i in document.items] == ["1", "2", "3", "4", "5"]
    assert [p.name for p in document.participants] == [
        "Russian Federation",
        "United States of America",
    ]
    assert {i.kind for i in document.items} == {Unit.PARAGRAPH}


@pytest.mark.parametrize(
    ("paragraph", "delegation"),
    [
        ("M. Dupont (France) dit que sa délégation appuie le projet.", "France"),
        ("El Sr. Pérez (España) dice que su delegación apoya el proyecto.", "España"),
        (
            "Г-н Кузьмин (Российская Федерация) говорит, что проект сбалансирован.",
            "Российская Федерация",
        ),
        ("库兹明先生（俄罗斯联邦）说，草案是平衡的。", "俄罗斯联邦"),
        ("السيد كوزمين (الاتحاد الروسي) قال إن المشروع متوازن.", "الاتحاد الروسي"),
        ("Mr. Smith (see A/75/PV.71) noted it.", None),
        ("The Committee (A/80/600) recommends approval.", None),
    ],
)
def test_delegations_reported_in_the_six_languages(paragraph: str, delegation: str | None) -> None:
    assert reported_delegation(paragraph) == delegation


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("General Assembly", True),
        ("Security Council", True),
        ("Генеральная Ассамблея", True),
        ("Human Rights Council", True),
        # A record's two columns side by side (pdftotext -layout): a sentence's subject.
        ("General Assembly is seeing now as draft resolution", False),
        ("Security Council resolution 2722 (2024)", False),
    ],
)
def test_an_organs_name_opening_a_sentence_is_no_body(line: str, body: bool) -> None:
    assert is_known_body(line) is body
