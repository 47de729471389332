"""Every form a document arrives in: Word, OpenDocument, RTF, HTML, old .doc; tracked changes."""

import io
import zipfile

import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.domain.units import Revision, RevisionView, Unit
from cybertrack.importers import doc_convert, parse_bytes, read_document
from tests.conftest import DATA
from tests.unit.docx_builder import DocBuilder

STATEMENT = [
    ("1", "Norway aligns itself with the statement delivered on behalf of the European Union."),
    (
        "2",
        "We welcome the consolidated negotiating document prepared by the Chair and wish to make "
        "three points on chapter II: (a) The criminalization provisions must be limited to core "
        "cyber-dependent crimes; (b) Every procedural power must be subject to conditions and "
        "safeguards; (c) The convention must not criminalize the legitimate work of security "
        "researchers.",
    ),
    (
        "3",
        "On international cooperation, we support: • expedited preservation of stored data; "
        "• the 24/7 network of contacts.",
    ),
    ("4", "We remain ready to work constructively with all delegations towards consensus."),
]


@pytest.mark.parametrize("suffix", ["docx", "odt", "rtf", "html", "doc", "pdf"])
def test_a_states_statement_reads_the_same_in_every_format(suffix) -> None:
    # Typeset in Word by a delegation: its numbered style takes the list from a base style and
    # its sub-item style sets only the level; bullets (a point smaller in the PDF: still the
    # paragraph's list, not a table); a footnote mark typed as a superscript.
    document = read_document(DATA / f"synthetic-statement.{suffix}")
    assert [(i.number, i.text) for i in document.items] == STATEMENT
    # The letterhead is the title, in the PDF too, where it and "Madam Chair," are set a point
    # smaller than the paragraphs (they were read as a table, the heading as its caption).
    assert document.title == "Permanent Mission of Norway to the United Nations (Vienna)"
    assert {i.kind for i in document.items} == {Unit.PARAGRAPH}
    assert document.source_format == suffix
    assert document.coverage.tables > 0  # the table of positions, kept apart
    # The closing thanks ("I thank you, Madam Chair.") is the statement's formula: no text left
    # out (set a point smaller in the PDF, it is counted with the tables' text).
    assert [p.text for p in document.left_out] == []
    assert document.coverage.left_out == 0


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
@pytest.mark.parametrize(
    ("language", "opener", "first_operative"),
    [
        ("fr", "Guidée par les buts et principes", "Se félicite de l’élection"),
        ("es", "Guiada por los propósitos y principios", "Acoge con beneplácito la elección"),
    ],
)
def test_resolutions_in_french_and_spanish_keep_their_preamble(
    language, opener, first_operative, suffix
) -> None:
    document = read_document(DATA / f"synthetic-resolution-{language}.{suffix}")
    assert [i.label for i in document.items] == ["PP1", "PP2", "PP3"] + [
        f"{n}." for n in range(1, 7)
    ]
    assert document.items[0].text.startswith(opener)
    assert document.items[3].text.startswith(first_operative)
    kinds = [i.kind for i in document.items]
    assert kinds == [Unit.PREAMBULAR] * 3 + [Unit.OPERATIVE] * 6
    assert document.symbol == "A/RES/75/282"  # only in the default page header
    # The symbol in the running header names the kind, as one on the first page does (the
    # PDF's was the bare title, no kind).
    assert document.kind == "resolution"
    assert document.warnings == ()


@pytest.mark.parametrize(
    ("addressee", "preamble", "operative"),
    [
        (
            "Генеральная Ассамблея,",
            ["ссылаясь на свою резолюцию 74/247,", "Отмечая работу Специального комитета,"],
            ["Постановляет созвать сессию;", "Просит Генерального секретаря оказать поддержку."],
        ),
        (
            "إن الجمعية العامة،",
            ["إذ تشير إلى قرارها 74/247،", "وإذ تلاحظ عمل اللجنة المخصصة،"],
            ["تقرر عقد دورة؛", "تطلب إلى الأمين العام تقديم الدعم."],
        ),
        (
            "大会，",
            ["回顾其第74/247号决议，", "注意到特设委员会的工作，"],
            ["决定召开一届会议；", "请秘书长提供支助。"],
        ),
    ],
    ids=["ru", "ar", "zh"],
)
def test_a_preamble_is_found_by_its_place_in_any_language(addressee, preamble, operative) -> None:
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    doc.para(addressee)
    for text in preamble:
        doc.para(text[0].upper() + text[1:])
    for text in operative:
        doc.para(text, num)
    document = parse_bytes(doc.bytes(), "resolution.docx")
    assert [i.label for i in document.items] == ["PP1", "PP2", "1.", "2."]
    assert [i.kind for i in document.items][:2] == [Unit.PREAMBULAR] * 2


UN_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>A/RES/99/1</title><style>p {margin: 0}</style></head>
<body>
<nav><a href="/">Home</a> | <a href="/documents">Documents</a></nav>
<header>United Nations Official Document System</header>
<p>A/RES/99/1</p>
<h1>Resolution adopted by the General Assembly</h1>
<h2>I. Cooperation</h2>
<ol start="5">
  <li><p>Requests the Secretary-General to report on cooperation,<sup>1</sup> including:</p>
    <ol type="a"><li>Technical assistance;</li><li>Training</ol>
  <li>Decides to remain seized of the matter.
</ol>
<table><tr><td>Budget</td><td>1,000</td></tr></table>
<h2>II. Follow-up</h2>
<ol start="7"><li value="7">Invites Member States to contribute.</li></ol>
<footer>Please recycle</footer>
<script>var x = "1. not an item";</script>
</body></html>"""


def test_a_un_web_page_with_automatic_numbering() -> None:
    document = parse_bytes(UN_PAGE.encode(), "page.html")
    assert document.source_format == "html"
    assert [(i.label, i.text) for i in document.items] == [
        (
            "5.",
            "Requests the Secretary-General to report on cooperation, including: "
            "(a) Technical assistance; (b) Training",
        ),
        ("6.", "Decides to remain seized of the matter."),
        ("7.", "Invites Member States to contribute."),
    ]
    assert [s.heading for s in document.sections] == ["I. Cooperation", "II. Follow-up"]
    assert document.coverage.tables == len("Budget1,000")
    assert document.symbol == "A/RES/99/1"


RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}}{\stylesheet{\s1 heading 1;}}"
    r"{\info{\title Secret title}}{\header A/80/999 running header\par}"
    r"\pard\outlinelevel0 I. Introduction\par"
    r"\pard{\listtext 1.\tab}The Committee met in Vienna.{\super 2}\par"
    r"\pard{\listtext 2.\tab}The Committee thanks the h\'f4te and \u8220?Chair\u8221?."
    r"{\footnote \chftn See A/80/5.}\par"
    r"\pard\intbl Posts\cell 12\cell\row"
    r"\pard{\listtext 3.\tab}The Committee \deleted removed text\deleted0 recommends approval.\par}"
)


def test_rtf_list_numbers_tables_footnotes_and_code_pages() -> None:
    document = parse_bytes(RTF.encode("latin-1"), "report.rtf")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "The Committee met in Vienna."),
        ("2.", "The Committee thanks the hôte and “Chair”."),
        ("3.", "The Committee recommends approval."),
    ]
    assert [s.heading for s in document.sections] == ["I. Introduction"]
    assert document.coverage.footnotes == len("See A/80/5.")
    assert document.coverage.tables == len("Posts12")
    assert "running header" not in " ".join(i.text for i in document.items)


@pytest.mark.parametrize("suffix", ["odt", "html"])
def test_libreoffice_formats_of_a_real_report_keep_its_symbol_and_title(suffix) -> None:
    # LibreOffice moves the first page's masthead (the symbol, "Addendum", the date) out of
    # the text: into the first page style's header in an .odt, to a table atop an .html.
    word = read_document(DATA / "A_80_604_Add.3.docx")
    other = read_document(DATA / f"A_80_604_Add.3.{suffix}")
    assert word.symbol == other.symbol == "A/80/604/Add.3"
    assert other.title == word.title
    assert other.title.startswith("Addendum: Budget performance for the period from 1 July 2024")
    assert [(i.label, i.text) for i in other.items] == [(i.label, i.text) for i in word.items]


def test_a_web_page_saved_by_libreoffice_or_word_keeps_its_footnotes_apart() -> None:
    # The mark in the text links to its note; the notes are divisions at the page's end; the
    # page footer (the job number) is a division LibreOffice titles "footer".
    page = (
        '<html><body><div title="header"><p>A/81/5</p></div>'
        '<ol><li><p>Expenditure was $60,129,500,<a class="sdfootnoteanc" '
        'href="#sdfootnote1sym"><sup>1</sup></a> or 85 per cent.</p></li>'
        '<li><p>Staff were recruited.<a href="#_ftn2" name="_ftnref2"><span>[2]</span></a>'
        "</p></li></ol>"
        '<div id="sdfootnote1"><p><a class="sdfootnotesym" href="#sdfootnote1anc">1</a> '
        "Excludes one-time requirements.</p></div>"
        '<div id="ftn2"><p><a href="#_ftnref2" name="_ftn2">[2]</a> See the Workforce '
        "Portal.</p></div>"
        '<div title="footer"><p>26-04411 (E)</p></div></body></html>'
    )
    document = parse_bytes(page.encode(), "page.html")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "Expenditure was $60,129,500, or 85 per cent."),
        ("2.", "Staff were recruited."),
    ]
    assert document.coverage.footnotes == len(
        "Excludes one-time requirements.See the Workforce Portal."
    )
    assert document.coverage.left_out == 0
    assert document.symbol == "A/81/5"


def test_a_web_pages_header_paragraph_is_the_masthead_line_by_line() -> None:
    # LibreOffice's page header of the UPR list: one paragraph, its parts tabbed apart; the
    # title ran on into "Thematic list of recommendations Page 18 of 18".
    page = (
        '<html><body><div title="header"><p><b>UPR of China (3rd Cycle \u2013 31st session)'
        "\t\t\tThematic\n\tlist of recommendations \t\t\t\tPage 18 of 18</b></p></div>"
        "<ol><li>Continue to implement the national human rights action plan (Chile);</li>"
        "<li>Strengthen the independence of the judiciary (Kenya);</li>"
        "<li>Continue cooperation with the treaty bodies (Ghana);</li></ol></body></html>"
    )
    document = parse_bytes(page.encode(), "upr.html")
    assert document.title == "UPR of China (3rd Cycle \u2013 31st session)"
    assert [i.number for i in document.items] == ["1", "2", "3"]


@pytest.mark.parametrize("suffix", ["odt", "rtf"])
def test_a_symbol_printed_only_in_the_following_pages_header(suffix) -> None:
    # The first page's own header holds no symbol (only its footer has the job number): the
    # symbol is in the header of the pages after it, as Word's default header.
    document = read_document(DATA / f"synthetic-jobnumber.{suffix}")
    assert document.symbol == read_document(DATA / "synthetic-jobnumber.docx").symbol
    assert document.symbol == "A/AC.999/2026/L.7"


MASTHEAD_RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}}"
    r"{\*\pgdsctbl{\pgdsc0{\header A/00/000 a page style's header\par}}}"
    r"\titlepg{\headerf\pard\intbl United Nations\cell A/81/999\cell\row"
    r"\pard\intbl General Assembly\cell Distr.: General\cell\row}"
    r"{\header\pard A/81/999\par}"
    r"\pard Report of the Committee\par"
    r"\pard{\listtext 1.\tab}The Committee met in Vienna.\par"
    r"\sect{\header\pard Another section's header\par}"
    r"\pard{\listtext 2.\tab}The Committee recommends approval.\par}"
)


def test_rtf_first_sections_headers_open_the_document() -> None:
    from cybertrack.importers.rtf_reader import rtf_source

    source = rtf_source(MASTHEAD_RTF.encode("latin-1"), "report.rtf")
    texts = [b.text for b in source.blocks]
    # First page's header (a table), then the default one, each line once; LibreOffice's
    # page-style table and later sections' headers are not the first page's.
    assert texts[:4] == ["United Nations", "A/81/999", "General Assembly", "Distr.: General"]
    assert "A/00/000 a page style's header" not in " ".join(texts)
    assert source.furniture == ("Another section's header",)
    document = parse_bytes(MASTHEAD_RTF.encode("latin-1"), "report.rtf")
    assert document.symbol == "A/81/999"
    assert [i.text for i in document.items] == [
        "The Committee met in Vienna.",
        "The Committee recommends approval.",
    ]


def test_a_symbol_only_in_a_later_sections_rtf_header_is_found() -> None:
    text = MASTHEAD_RTF.replace(r"A/81/999", "").replace("Another section's header", "A/81/7")
    assert parse_bytes(text.encode("latin-1"), "report.rtf").symbol == "A/81/7"


def test_rtf_nested_deeper_than_any_document_is_refused() -> None:
    with pytest.raises(ImportFailed, match="not a readable RTF file"):
        parse_bytes(b"{\\rtf1 " + b"{" * 5000 + b"x" + b"}" * 5000 + b"}", "deep.rtf")


def _odt(content: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def test_hostile_opendocument_files_are_refused() -> None:
    entity = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(_odt(entity), "entity.odt")
    assert caught.value.message.code is Code.XML_ENTITIES
    bomb = _odt(b"<x>" + b" " * (30 * 1024 * 1024) + b"</x>")
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(bomb, "bomb.odt")
    assert caught.value.message.code is Code.ZIP_BOMB
    encrypted = _odt(b"<x/>", {"META-INF/manifest.xml": b"<manifest:encryption-data/>"})
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(encrypted, "secret.odt")
    assert caught.value.message.code is Code.ODT_PASSWORD
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(_odt(b"<not-closed"), "broken.odt")
    assert caught.value.message.code is Code.ODT_DAMAGED


def test_hostile_web_pages_are_refused() -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(b'<!DOCTYPE html [<!ENTITY a "x">]><html><body>1. &a;</body></html>', "e.html")
    assert caught.value.message.code is Code.HTML_ENTITIES
    huge = b"<html><body>" + b"<p>1. x</p>" * (4 * 1024 * 1024) + b"</body></html>"
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(huge, "huge.html")
    assert caught.value.message.code is Code.MARKUP_TOO_LARGE


def test_an_old_word_file_without_libreoffice_is_refused_clearly(monkeypatch) -> None:
    monkeypatch.setattr(doc_convert, "office_program", lambda: None)
    with pytest.raises(ImportFailed, match=r"old binary Word \(\.doc\) file; save it as \.docx"):
        read_document(DATA / "synthetic-statement.doc")


def test_a_damaged_old_word_file_says_libreoffice_could_not_convert_it() -> None:
    data = (DATA / "synthetic-statement.doc").read_bytes()[:2048]
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(data, "broken.doc")
    assert caught.value.message.code in (Code.DOC_CONVERT_FAILED, Code.IMPORT_NO_ITEMS)


def test_tracked_changes_as_proposed_by_default() -> None:
    document = read_document(DATA / "synthetic-tracked-changes.docx")
    assert document.revisions is RevisionView.PROPOSED
    rows = [(i.label, i.text, i.revision) for i in document.items]
    assert rows == [
        ("1.", "States shall cooperate to the widest extent possible.", Revision.CHANGED),
        ("2.", "States should exchange information on threats.", Revision.DELETED),
        ("2.", "States should train judges and prosecutors.", None),
        ("3.", "States should protect the rights of victims.", Revision.INSERTED),
        ("4.", "The Working Group will meet again in 2027.", None),
    ]
    assert document.items[0].other_text == "States may cooperate to the widest extent possible."
    assert document.warnings[0].code is Code.TRACKED_CHANGES
    assert not any(w.code is Code.GAP for w in document.warnings)


def test_tracked_changes_as_in_the_original() -> None:
    document = read_document(
        DATA / "synthetic-tracked-changes.docx", revisions=RevisionView.ORIGINAL
    )
    assert [(i.label, i.text, i.revision) for i in document.items] == [
        ("1.", "States may cooperate to the widest extent possible.", Revision.CHANGED),
        ("2.", "States should exchange information on threats.", Revision.DELETED),
        ("3.", "States should train judges and prosecutors.", None),
        ("3.", "States should protect the rights of victims.", Revision.INSERTED),
        ("4.", "The Working Group will meet again in 2027.", None),
    ]


@pytest.mark.parametrize(("suffix", "kind"), [("odt", "OpenDocument"), ("rtf", "RTF")])
def test_tracked_changes_in_libreoffices_formats_are_read_as_proposed_and_said(
    suffix, kind
) -> None:
    # The Word file's changes as LibreOffice keeps them: an .odt holds each deletion apart
    # from the text, an .rtf marks runs \\deleted and \\revised. Read as proposed, as before,
    # but no longer in silence: the paragraph proposed for deletion is not in the items.
    document = read_document(DATA / f"synthetic-tracked-changes.{suffix}")
    texts = " ".join(i.text for i in document.items)
    assert "States shall cooperate" in texts and "States may cooperate" not in texts
    assert "exchange information on threats" not in texts
    said = [w for w in document.warnings if w.code is Code.MARKUP_TRACKED_CHANGES]
    assert len(said) == 1 and said[0].args["kind"] == kind and said[0].args["n"] >= 3


def test_tracked_changes_in_a_word_web_page_are_read_as_proposed_and_said() -> None:
    page = (
        "<html><body><ol><li>States <del>may</del><ins>shall</ins> cooperate.</li>"
        "<li><del>States should exchange information.</del></li>"
        "<li>States should train judges.</li></ol></body></html>"
    )
    document = parse_bytes(page.encode(), "page.html")
    assert document.items[0].text == "States shall cooperate."
    assert "exchange information" not in " ".join(i.text for i in document.items)
    said = [w for w in document.warnings if w.code is Code.MARKUP_TRACKED_CHANGES]
    assert [(w.args["n"], w.args["kind"]) for w in said] == [(3, "HTML")]


def test_a_document_without_tracked_changes_has_no_revisions() -> None:
    document = read_document(DATA / "A_80_604_Add.3.docx")
    assert document.revisions is None
    assert all(i.revision is None for i in document.items)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("budget.xlsx", {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<w/>"}),
        ("slides.pptx", {"[Content_Types].xml": b"<x/>", "ppt/presentation.xml": b"<p/>"}),
        (
            "table.ods",
            {
                "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                "content.xml": b"<x/>",
            },
        ),
        ("papers.zip", {"report.txt": b"1. A paragraph.", "notes/a.txt": b"2. Another."}),
        ("renamed.docx", {"xl/workbook.xml": b"<w/>", "[Content_Types].xml": b"<x/>"}),
    ],
)
def test_an_archive_of_another_kind_is_refused_as_what_it_is(name, parts) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(_zip(parts), name)
    assert caught.value.message.code is Code.IMPORT_OTHER_ARCHIVE
    assert "spreadsheet, a presentation" in str(caught.value)


def _compound(*streams: str) -> bytes:
    """A compound file's magic and a directory naming `streams` (UTF-16), as Office writes it."""
    directory = b"".join(s.encode("utf-16-le").ljust(64, b"\x00") for s in ("Root Entry", *streams))
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + directory


@pytest.mark.parametrize(
    ("name", "streams", "code"),
    [
        # An Outlook message dragged from the mail client: its fields are "__substg1.0_" streams.
        ("instructions.msg", ("__substg1.0_0037001F", "__properties_version1.0"), "outlook"),
        ("budget.xls", ("Workbook", "SummaryInformation"), "office"),
        ("slides.ppt", ("PowerPoint Document", "Current User"), "office"),
        ("renamed.doc", ("Workbook",), "office"),
    ],
)
def test_an_office_file_of_another_kind_is_refused_as_what_it_is(name, streams, code) -> None:
    """Old Office files share Word 97's container: they went to LibreOffice as a .doc, and an
    Outlook message came back as "contains no numbered paragraphs"."""
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(_compound(*streams), name)
    expected = Code.IMPORT_OUTLOOK_MESSAGE if code == "outlook" else Code.IMPORT_OTHER_OFFICE
    assert caught.value.message.code is expected
    assert name in str(caught.value)


def test_a_word_file_missing_its_document_part_is_still_a_damaged_word_file() -> None:
    damaged = _zip({"[Content_Types].xml": b"<x/>", "word/styles.xml": b"<s/>"})
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(damaged, "report.docx")
    assert caught.value.message.code is not Code.IMPORT_OTHER_ARCHIVE
    assert "Word" in str(caught.value)


def test_a_list_of_recommendations_set_as_a_table_has_its_items_in_html() -> None:
    # The OHCHR thematic list of UPR recommendations is one table (tests/data's .docx);
    # saved as a web page (or .odt, .rtf), its numbered cells reach the structure as table
    # text, and the import found no item at all.
    rows = [
        ("28.1", "Continue to implement the national human rights action plan", "Supported"),
        ("28.2", "Consider ratifying the International Covenant on Civil Rights", "Noted"),
        ("28.3", "Strengthen the independence of the judiciary", "Supported"),
        ("28.4", "Continue cooperation with the treaty bodies", "Supported"),
    ]
    cells = "".join(
        f"<tr><td><p>{number} {text} (Country)</p></td><td><p>{position}</p></td></tr>"
        for number, text, position in rows
    )
    page = f"<html><body><h1>Thematic list of recommendations</h1><table>{cells}</table>"
    parsed = parse_bytes(f"{page}</body></html>".encode(), "upr.html")
    assert [(i.number, i.text) for i in parsed.items] == [
        (number, f"{text} (Country)") for number, text, _ in rows
    ]


UPR_ROWS = [  # three recommendations of the OHCHR list (tests/data's .docx), renumbered
    (
        "28.1",
        "Continue its legislative, judicial and administrative reforms to prepare for "
        "accession to the International Covenant on Economic, Social and Cultural Rights "
        "(Tunisia);",
    ),
    (
        "28.2",
        "That the Hong Kong Special Administrative Region introduce internal legislation to "
        "implement the Convention on the Rights of the Child (Croatia).",
    ),
    (
        "28.3",
        "Continue advancing administrative and judicial reforms in preparation for the "
        "ratification of the International Covenant on Civil and Political Rights (Greece);",
    ),
]
UPR_SOURCE = "Position: supported (A/HRC/40/6/Add.1, para. 2)."


@pytest.mark.parametrize("suffix", ["html", "rtf"])
def test_a_table_cells_paragraphs_stay_in_its_item(suffix) -> None:
    # A list's recommendation cell holds the recommendation, then the State's position
    # in a paragraph of its own: the item is the whole cell, as the Word file reads it.
    if suffix == "html":
        cells = "".join(
            f"<tr><td><p>{n} {text}</p><p>{UPR_SOURCE}</p></td><td><p>Supported</p></td></tr>"
            for n, text in UPR_ROWS
        )
        data = f"<html><body><h1>Thematic list</h1><table>{cells}</table></body></html>"
    else:
        cells = "".join(
            rf"\pard\intbl {n} {text}\par\pard\intbl {UPR_SOURCE}\cell"
            r"\pard\intbl Supported\cell\row"
            for n, text in UPR_ROWS
        )
        data = r"{\rtf1\ansi\pard Thematic list\par" + cells + "}"
    parsed = parse_bytes(data.encode(), f"upr.{suffix}")
    assert [(i.number, " ".join(i.text.split())) for i in parsed.items] == [
        (n, f"{text} {UPR_SOURCE}") for n, text in UPR_ROWS
    ]
    assert parsed.coverage.tables == len("Supported") * 3


def test_a_web_page_holding_a_text_file_in_pre_reads_as_the_text() -> None:
    """An archive's or a mirror's copy of a document: the whole text in one <pre>, its lines
    and blank lines as a text file has them. Read as one block, it was refused as "contains
    no numbered paragraphs"."""
    text = (
        "United Nations A/RES/74/247\n\nGeneral Assembly\n\n74/247. Countering the use of "
        "information and communications technologies\nfor criminal purposes\n\n"
        "The General Assembly,\n\nRecalling its resolution 73/187 of 17 December 2018,\n\n"
        "1. Decides to establish an open-ended ad hoc intergovernmental committee\nof "
        "experts;\n\n2. Requests the Secretary-General to provide the necessary resources.\n"
    )
    page = f"<html><head><title>A/RES/74/247</title></head><body><pre>\n{text}</pre></body></html>"
    from_page = parse_bytes(page.encode(), "resolution.html")
    from_text = parse_bytes(text.encode(), "resolution.txt")
    assert [i.label for i in from_page.items] == ["PP1", "1.", "2."]
    assert [(i.label, i.text) for i in from_page.items] == [
        (i.label, i.text) for i in from_text.items
    ]
    assert from_page.symbol == "A/RES/74/247"


def _odt_list(formats: tuple[str, str], items: str, suffix: str = ".") -> bytes:
    """An OpenDocument text with one list style of two levels (`formats`: num-format of each,
    as LibreOffice names them) and `items` (the body's text:list)."""
    return _odt(
        (
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">'
            '<office:automatic-styles><text:list-style style:name="L1">'
            f'<text:list-level-style-number text:level="1" style:num-suffix="{suffix}" '
            f'style:num-format="{formats[0]}"/>'
            '<text:list-level-style-number text:level="2" style:num-suffix=")" '
            f'style:num-format="{formats[1]}"/>'
            "</text:list-style></office:automatic-styles><office:body><office:text>"
            f'<text:list text:style-name="L1">{items}</text:list>'
            "</office:text></office:body></office:document-content>"
        ).encode()
    )


def test_libreoffice_lists_in_chinese_russian_and_arabic_numbering() -> None:
    """LibreOffice's "一, 二, 三, ..." and "а, б, .., аа, аб, ... (ru)" formats were read as
    1, 2, 3: a Chinese list lost its numbers' form, and Russian sub-items "а)", "б)" became
    items "1)", "2)" of their own."""
    texts = ("各缔约国应加强国际合作。", "公约应尊重各国主权。", "应提供技术援助。")
    chinese = _odt_list(
        ("一, 二, 三, ...", "1"),
        "".join(f"<text:list-item><text:p>{t}</text:p></text:list-item>" for t in texts),
        suffix="、",
    )
    assert [i.label for i in parse_bytes(chinese, "意见.odt").items] == ["一、", "二、", "三、"]
    sub = (
        "<text:list><text:list-item><text:p>расширить сферу;</text:p></text:list-item>"
        "<text:list-item><text:p>укрепить сотрудничество.</text:p></text:list-item></text:list>"
    )
    russian = _odt_list(
        ("1", "а, б, .., аа, аб, ... (ru)"),
        "<text:list-item><text:p>Мы благодарим Председателя.</text:p></text:list-item>"
        f"<text:list-item><text:p>Мы предлагаем:</text:p>{sub}</text:list-item>"
        "<text:list-item><text:p>Спасибо.</text:p></text:list-item>",
    )
    items = parse_bytes(russian, "заявление.odt").items
    assert [(i.label, i.text) for i in items] == [
        ("1.", "Мы благодарим Председателя."),
        ("2.", "Мы предлагаем: а) расширить сферу; б) укрепить сотрудничество."),
        ("3.", "Спасибо."),
    ]
