"""Plain text as other tools leave it: lines wrapped at a width, pages cut by form feeds.

The same document must give the same items whatever the wrapping or the page breaks."""

import re

import pytest

from cybertrack.domain.messages import Code
from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from tests.conftest import DATA


def _items(text: str, name: str = "x.txt") -> list[tuple[str, str]]:
    document = parse_bytes(text.encode(), name)
    return [(item.number, " ".join(item.text.split())) for item in document.items]


def _paged(text: str, every: int = 3000) -> str:
    """A form feed at a blank line every `every` characters, as pdftotext cuts pages."""
    out, last = [], 0
    at = text.find("\n\n", 2000)
    while at != -1:
        out += [text[last:at], "\n\f\n"]
        last = at + 2
        at = text.find("\n\n", at + every)
    return "".join([*out, text[last:]])


def test_a_treaty_cut_into_pages_keeps_every_article():
    """Each page opens with an article's heading: "Article #" at the top of many pages is
    not a running header (its number changes), so no article is dropped as furniture."""
    text = (DATA / "budapest-convention-ets185.txt").read_text(encoding="utf-8")
    paged = _paged(text)
    assert paged.count("\f") > 20
    whole, cut = _items(text), _items(paged)
    assert [n for n, _ in cut] == [n for n, _ in whole]
    assert len(whole) == 16 + 48  # the recitals of its preamble, then its articles


def test_a_running_title_with_a_section_number_is_still_furniture():
    """The same heading, number and all, at the top of every page is a running title."""
    pages = []
    for page in range(1, 7):
        body = "\n\n".join(
            f"{page * 2 + k}. The Committee considered item {page * 2 + k} of its agenda and "
            "adopted the conclusions set out below after a long discussion."
            for k in (1, 2)
        )
        pages.append(f"Section 16 International drug control\n\n{body}\n\n{page}/6")
    found = _items("\f".join(pages))
    assert [n for n, _ in found] == [str(n) for n in range(3, 15)]
    assert not any("Section 16" in text for _, text in found)


def test_a_wrapped_line_that_opens_like_a_preambular_paragraph_continues_its_report_paragraph():
    """Outside a resolution, "Strengthening International ..." after a line ending in ";" and
    "United Nations ..." after one ending in "," are the same paragraph wrapped there."""
    text = "\n".join(
        [
            "1. On 24 December 2024, the General Assembly adopted the United Nations",
            "Convention against Cybercrime;",
            "Strengthening International Cooperation for Combating Certain Crimes",
            "(see resolution 79/243).",
            "",
            "2. The Office worked with the World Bank, the International Monetary Fund,",
            "United Nations Development Programme and others on the project.",
        ]
    )
    assert _items(text) == [
        (
            "1",
            "On 24 December 2024, the General Assembly adopted the United Nations Convention "
            "against Cybercrime; Strengthening International Cooperation for Combating "
            "Certain Crimes (see resolution 79/243).",
        ),
        (
            "2",
            "The Office worked with the World Bank, the International Monetary Fund, United "
            "Nations Development Programme and others on the project.",
        ),
    ]


def test_a_resolution_pasted_without_blank_lines_is_still_cut_at_each_preambular_paragraph():
    text = "\n".join(
        [
            "The General Assembly,",
            "Recalling its resolution 74/247 of 27 December 2019,",
            "Noting with appreciation the work of the Ad Hoc Committee,",
            "Welcoming the adoption of the Convention,",
            "1. Decides to open the Convention for signature;",
            "2. Requests the Secretary-General to report on its implementation.",
        ]
    )
    numbers = [n for n, _ in _items(text)]
    assert numbers == ["PP1", "PP2", "PP3", "1", "2"]


def test_an_opener_after_an_adverb_starts_a_preambular_paragraph_in_each_language():
    """ "Deeply concerned", "Also encouraging": the participle after an adverb is in lower
    case; so in French and Spanish ("Profondément préoccupée", "Profundamente preocupada")."""
    for lines, numbers in [
        (
            [
                "The General Assembly,",
                "Recalling its resolution 74/247 of 27 December 2019,",
                "Deeply concerned about the growing links between forms of",
                "transnational organized crime and terrorism,",
                "Also encouraging Member States to take note of the recommendations,",
                "Fully aware of the challenges,",
            ],
            ["PP1", "PP2", "PP3", "PP4"],
        ),
        (
            [
                "L'Assemblée générale,",
                "Rappelant sa résolution 74/247 du 27 décembre 2019,",
                "Profondément préoccupée par les liens entre la criminalité",
                "transnationale organisée et le terrorisme,",
            ],
            ["PP1", "PP2"],
        ),
        (
            [
                "La Asamblea General,",
                "Recordando su resolución 74/247, de 27 de diciembre de 2019,",
                "Profundamente preocupada por los vínculos entre la delincuencia",
                "organizada transnacional y el terrorismo,",
            ],
            ["PP1", "PP2"],
        ),
    ]:
        text = "\n".join([*lines, "1. Decides to remain seized of the matter."])
        assert [n for n, _ in _items(text)] == [*numbers, "1"], lines[0]


def test_line_endings_and_byte_order_marks_change_nothing():
    text = (DATA / "a-res-75-282-ahc-modalities.txt").read_text(encoding="utf-8")
    whole = _items(text)
    assert _items(text.replace("\n", "\r\n")) == whole
    assert parse_bytes(b"\xef\xbb\xbf" + text.encode(), "x.txt").items[0].number == whole[0][0]
    tabbed = re.sub(r"(?m)^(\d+\.)\s+", lambda m: m.group(1) + "\t", text)
    assert _items(tabbed) == whole


def test_a_budget_section_as_pdftotext_layout_prints_it():
    """A/81/6 (Sect. 16) as `pdftotext -layout` prints its PDF: justified lines with gaps
    inside words, footers of a job number and a page number on one line, result headings
    atop a page after a paragraph that ended on the page before."""
    document = parse_bytes(
        (DATA / "A_81_6_Sect.16.layout.txt").read_bytes(), "A_81_6_Sect.16.layout.txt"
    )
    text = {item.number: item.text for item in document.items}
    # Every paragraph; no row of a deliverables table ("1. Reports to the Commission ..."
    # down to its figures, "3   3   3   2", on the row's last line).
    assert list(text) == [f"16.{n}" for n in range(1, 148)]
    assert text["16.21"].endswith("in the performance measure below (see figure 16.I).")
    assert "Cybercrime, including by developing tools" in text["16.18"]
    assert "treaty-based, governing and other Member State-driven bodies" in text["16.2"]
    assert "scientific evidence and assist" in text["16.31"]
    assert not any("26-03369" in t or "/67" in t for t in text.values())


def test_a_budget_section_as_pdftotext_prints_it_without_layout():
    """The same PDF through `pdftotext` with no -layout (what a viewer's copy and paste
    gives): each hanging number stands on a line of its own, apart from its paragraph, and
    "Strategy" over "16.18", or the job number between "16.18" and its text, part them."""
    document = parse_bytes(
        (DATA / "A_81_6_Sect.16.pdftotext.txt").read_bytes(), "A_81_6_Sect.16.pdftotext.txt"
    )
    text = {item.number: item.text for item in document.items}
    # Every paragraph, and no row of the deliverables tables ("1. Reports to the Commission
    # ..." over "3", "3", "3", "2", each figure a line of its own).
    assert list(text) == [f"16.{n}" for n in range(1, 148)]
    assert text["16.18"].startswith(
        "To contribute to the objective, the subprogramme will: (a) Promote the signature"
    )
    assert text["16.15"].startswith("Through the evaluations referenced above, and Unite")
    # The figures of the table under it ("–", "–", "[3]" ...), a cell to a line, are no part.
    assert text["16.69"].endswith("lists all deliverables of the subprogramme.")
    assert not any("26-03369" in t for t in text.values())
    assert "Strategy" in [section.heading for section in document.sections]


def test_a_resolution_as_pdftotext_layout_prints_it_is_cut_at_each_first_line():
    """A/RES/80/229 as `pdftotext -layout` prints it: a paragraph starts where a line is set
    in from the lines around it ("      Deeply concerned ..." under "... into the economy,"),
    even after a footnote's mark ("... June 2021, 13"); a line flush with the text's edge
    after a semicolon goes on ("Strengthening International Cooperation ..." is a title)."""
    document = parse_bytes(
        (DATA / "A_RES_80_229.layout.txt").read_bytes(), "A_RES_80_229.layout.txt"
    )
    labels = [item.label for item in document.items]
    assert labels == [f"PP{n}" for n in range(1, 79)] + [f"{n}." for n in range(1, 80)]
    text = {item.label: item.text for item in document.items}
    assert text["PP7"].endswith("and their financial and economic resources into the economy,")
    assert text["PP8"].startswith("Deeply concerned about the growing links, in some cases,")
    assert text["PP26"].startswith("Stressing the importance of strengthened international")
    assert "Strengthening International Cooperation for Combating" in text["PP2"]
    assert document.warnings == ()


def test_the_rule_over_each_pages_footnotes_is_no_running_furniture():
    """pdftotext prints "_______________" over a note's number on every page with notes: the
    chunk repeats (digits masked) like a running footer, yet the notes under it are notes."""
    topics = ["organized crime", "corruption", "trafficking in persons"]
    pages = [
        "\n".join(
            [
                f"Recalling its resolutions on {topic} and their implementation,",
                f"Welcoming the report of the Commission on {topic}, which addressed",
                f"the practical application of the rules on {topic} and their challenges,",
                "",
                "_______________",
                f"{20 + page}",
                "",
                f"See Official Records of the Economic and Social Council, 202{page},",
                "Supplement No. 10 (E/2025/30), chap. I, sect. C.",
            ]
        )
        for page, topic in enumerate(topics, start=1)
    ]
    text = "The General Assembly,\n" + "\f".join([*pages, "1. Decides to remain seized."])
    items = _items(text)
    assert not any("Official Records" in t for _, t in items)
    assert [n for n, _ in items] == ["PP1", "PP2", "PP3", "PP4", "PP5", "PP6", "1"]


def test_the_convention_as_pdftotext_prints_it_gives_the_items_of_its_pdf():
    """A/RES/79/243 through `pdftotext` (no -layout): the resolution (preambular paragraphs
    1-5, operative 1-12), the Convention (preambular paragraphs 1-15, articles 1-68 under
    chapters I-IX, each named on a line of its own over its title) and the annex of
    interpretative notes (paragraphs 1-5 under "Article 2", "Article 17", "Article 35")."""
    document = parse_bytes(
        (DATA / "A_RES_79_243.pdftotext.txt").read_bytes(), "A_RES_79_243.pdftotext.txt"
    )
    labels = [item.label for item in document.items]
    assert labels == (
        [f"PP{n}" for n in range(1, 6)]
        + [f"{n}." for n in range(1, 13)]
        + [f"PP{n}" for n in range(1, 16)]
        + [f"Article {n}" for n in range(1, 69)]
        + [f"{n}." for n in range(1, 6)]
    )
    headings = [(section.label, section.title) for section in document.sections]
    assert ("Chapter I", "General provisions") in headings
    assert ("Chapter IX", "Final provisions") in headings
    assert [label for label, _ in headings].count("Annex") == 2
    text = {item.label: item.text for item in document.items if item.label.startswith("Art")}
    assert text["Article 1"].startswith("Statement of purpose: The purposes of this Convention")
    assert document.warnings == ()
    # The job number and a page's number run into the paragraph above them, no blank line
    # between ("... natural person." over "24-24621", "2/46" under a paragraph).
    every = [" ".join(item.text.split()) for item in document.items]
    assert not [t for t in every if re.search(r"24-24621|\b\d{1,2}/46\b", t)]


def test_an_arabic_report_as_pdftotext_prints_it():
    """pdftotext wraps each run of an Arabic page in bidi embedding marks and writes a
    paragraph's number ("1 -" as read) as "- 1" in a left-to-right run of its own."""
    document = parse_bytes(
        (DATA / "synthetic-report-ar.pdftotext.txt").read_bytes(), "report-ar.txt"
    )
    assert [item.label for item in document.items] == [f"{n} -" for n in range(1, 6)]
    first = document.items[0].text
    assert first.startswith("عقد الفريق العامل دورته")
    assert "في الفترة من 27 إلى 29 تموز/يوليه" in first
    assert not any(0x202A <= ord(c) <= 0x202E for item in document.items for c in item.text)
    # "أولا - مقدمة" drawn with its ligature first ("أوال -"): the first chapter's heading, not
    # the title's last words.
    assert document.title == "تقرير الفريق العامل"
    assert [(s.label, s.title) for s in document.sections][:1] == [("أولا", "مقدمة")]


def test_the_arabic_article_before_a_hamza_alef_as_pdftotext_draws_it():
    """pdftotext gives the ligature of "لأ" in the order drawn: "األولى" for "الأولى". An alef
    before a hamza-alef is no Arabic spelling: the pair is put back."""
    text = "\n".join(
        [
            "1 - عقد الفريق العامل دورته األولى في فيينا.",
            "2 - وأوصى الفريق العامل بأن تواصل الدول األعضاء احترام حقوق اإلنسان.",
        ]
    )
    document = parse_bytes(text.encode(), "report-ar.txt")
    assert "دورته الأولى في فيينا" in document.items[0].text
    assert "الدول الأعضاء احترام حقوق الإنسان" in document.items[1].text


def test_a_year_wrapped_onto_a_line_of_its_own_is_no_paragraph_number():
    text = "\n".join(
        [
            "        11.30   The strategy was endorsed by the Executive Council, marking a",
            "                milestone in advancing the objectives of Agenda",
            "                2063.",
            "        11.31   Progress towards the objective is presented below.",
        ]
    )
    assert _items(text) == [
        (
            "11.30",
            "The strategy was endorsed by the Executive Council, marking a milestone in "
            "advancing the objectives of Agenda 2063.",
        ),
        ("11.31", "Progress towards the objective is presented below."),
    ]


def test_a_running_title_set_in_at_the_centre_is_furniture():
    """`pdftotext -layout` keeps a running title's indentation and the gap between it and the
    symbol: measured with them, the title was too long to be a running title, and read as a
    preambular paragraph wherever a page began with it."""
    title = [
        " " * 50 + "United Nations Convention against Cybercrime; Strengthening International",
        " " * 47 + "Cooperation for Combating Certain Crimes Committed by Means of Information",
        " " * 50 + "and Communications Technology Systems and for the Sharing of Evidence in",
        "A/RES/79/243" + " " * 77 + "Electronic Form of Serious Crimes",
    ]
    openers = ["Recalling", "Noting", "Welcoming", "Stressing"]
    pages = [
        "\n".join(
            [
                *(title if n > 1 else ["The General Assembly,"]),  # the first page has none
                "",
                f"      {opener} the work of the Ad Hoc Committee on its session {n},",
                f"and the report of the Committee on that session {n},",
            ]
        )
        for n, opener in enumerate(openers, start=1)
    ]
    text = "\f".join(pages) + "\f1. Decides to remain seized."
    items = _items(text)
    assert [n for n, _ in items] == ["PP1", "PP2", "PP3", "PP4", "1"]
    assert not any("Electronic Form of Serious Crimes" in t for _, t in items)


def test_a_drafts_line_numbers_in_the_margin_are_no_paragraph_numbers():
    """A draft numbered line by line, as pdftotext prints it: each line opens with its number
    in the margin, counting up; paragraph 1 starts on line 3, paragraph 2 on line 8."""
    body = [
        "Report of the Working Group on its first session",
        "I.      Introduction",
        "1.       During its consideration of the report on the financing of the Mission,",
        "the Advisory Committee met with representatives of the Secretary-General, who",
        "provided additional information and clarification, concluding with written",
        "responses received on 3 March 2026. The comments of the Committee on cross-cutting",
        "issues are contained in its report (A/80/604).",
        "2.       By its resolution 78/307, the General Assembly appropriated an amount of",
        "$68,791,100 gross for the maintenance of the Mission for the period from 1 July",
        "2024 to 30 June 2025. Expenditure for the period totalled $64,732,400 gross, for a",
        "budget implementation rate of 94.1 per cent.",
        "3.       Upon enquiry, the Committee was informed of the redeployments.",
    ]
    text = "\n".join(f"{n:>2}   {line}" for n, line in enumerate(body, start=1))
    items = _items(text)
    assert [n for n, _ in items] == ["1", "2", "3"]
    assert items[0][1].startswith("During its consideration of the report on the financing")
    assert items[1][1].endswith("for a budget implementation rate of 94.1 per cent.")


def test_a_numbered_heading_printed_apart_from_its_number_stays_a_heading():
    """pdftotext prints A/80/590's numbered sub-heading as its number, then its words, then
    the next paragraph: "2." over "Borrowing" over "59. MINUSMA did not issue loans ...". The
    number and its words are one heading; paragraph 59 stays paragraph 59."""
    document = parse_bytes(
        (DATA / "A_80_590.pdftotext-pages20-21.txt").read_bytes(), "A_80_590-p20.txt"
    )
    numbers = [item.number for item in document.items]
    # "1." over "Other revenue and adjustments" stands over a table, not a paragraph: it is
    # still read as an item 1, and the break in the numbering is reported.
    assert [n for n in numbers if n != "1"] == ["58", "59", "60", "61", "62"]
    assert any(w.code is Code.GAP for w in document.warnings)
    text = {item.number: item.text for item in document.items}
    assert text["59"].startswith("MINUSMA did not issue loans to or borrow from")
    assert "Borrowing" in [section.title for section in document.sections]


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_a_chapter_heading_between_paragraphs_without_a_blank_line_is_a_heading(language):
    # pdftotext puts no blank line where the PDF set no wider gap: "II. Recommendations" stood
    # on the line after paragraph 3's last and was read as the end of paragraph 3.
    if language == "en":
        text = (
            "I. Introduction\n"
            "1. The Working Group held its first session in Vienna and discussed\n"
            "international cooperation.\n"
            "2. The Working Group stressed respect for human rights in all measures.\n"
            "II. Recommendations\n"
            "3. States should consider establishing points of contact available\n"
            "24 hours a day.\n"
        )
    else:
        text = (DATA / f"synthetic-report-{language}.pdftotext.txt").read_text(encoding="utf-8")
    document = parse_bytes(text.encode(), f"report-{language}.txt")
    last = {"en": "2", "ru": "3", "ar": "3"}[language]
    before = next(i for i in document.items if i.number == last)
    assert before.text.endswith(".")
    headings = [s.heading for s in document.sections]
    second = {"en": "II. Recommendations", "ru": "II. Рекомендации", "ar": "ثانيا التوصيات"}
    assert second[language] in headings
    # The chapter before paragraph 1 too; in Arabic "أولا" (first) comes out of pdftotext as
    # "أوال", its lam-alef drawn first, and is put back.
    assert len(headings) == 2


def test_the_printers_lines_run_into_a_paragraph_are_taken_out():
    """Pages 7-8 of A/80/590 through `pdftotext`: the job number "26-00248" and the page's
    number "8/27" come right under a paragraph's last line, no blank line between, as do
    a sub-heading and the next paragraph's number. The pages print 7 and 8 though they
    are the text's first and second: the extract's numbering is learned, not assumed."""
    name = "A_80_590.pdftotext-pages7-8.txt"
    document = parse_bytes((DATA / name).read_bytes(), name)
    text = {item.number: item.text for item in document.items}
    assert list(text) == [str(n) for n in range(10, 26)]
    assert text["17"].endswith("refurbishment and reuse (3R) programme.")
    assert "training staff of the entity on reporting and disposal procedures" in text["17"]
    assert text["24"].endswith("holding areas outside Mali, including Dakar and Lomé.")
    assert text["25"].endswith("A bilaterally signed certificate confirmed that MINUSMA")
    assert not any("26-00248" in t or "/27" in t for t in text.values())


def test_a_sub_heading_between_a_sentences_end_and_a_numbered_paragraph_is_a_heading():
    """pdftotext sets no blank line around a bold sub-heading: between a paragraph that
    closes a sentence and the next numbered one, a short line with no stop is a heading,
    not the paragraph's last words."""
    lines = [
        "24. The disposal of United Nations property in Gao was carried out in compliance with",
        "the Financial Regulations and Rules of the United Nations. The remaining assets were",
        "transferred to holding areas outside Mali, including Dakar and Lomé.",
        "Closure of Bamako headquarters",
        "25. By July 2024, all milestones and liquidation objectives for the headquarters in",
        "Bamako had been met, and the residual team took over the remaining tasks of the entity.",
    ]
    document = parse_bytes("\n".join(lines).encode(), "x.txt")
    text = {item.number: item.text for item in document.items}
    assert text["24"].endswith("including Dakar and Lomé.")
    assert [section.title for section in document.sections] == ["Closure of Bamako headquarters"]
    # A paragraph's last line that goes on in lower case is its own, however short.
    lines[3] = "Closure of the camp"
    lines[2] = lines[2][:-1] + ";"
    document = parse_bytes("\n".join(lines).encode(), "x.txt")
    assert document.items[0].text.endswith("Dakar and Lomé; Closure of the camp")


def test_a_draft_resolution_as_pdftotext_prints_it():
    """A/C.3/80/L.3 through `pdftotext` (no -layout): the agenda item's title and the sponsor
    line in one block, footnote marks glued to what they follow. The first page's facts and
    the paragraphs are the PDF's."""
    name = "A_C.3_80_L.3.pdftotext.txt"
    document = parse_bytes((DATA / name).read_bytes(), name)
    pdf = parse_bytes((DATA / "A_C.3_80_L.3.pdf").read_bytes(), "A_C.3_80_L.3.pdf")
    assert document.kind == "draft resolution"
    assert [p.name for p in document.participants] == ["Italy"]
    assert document.agenda_item == "107. Crime prevention and criminal justice"
    assert (document.meeting.body, document.meeting.session) == (
        "General Assembly",
        "Eightieth session",
    )
    assert [item.label for item in document.items] == [item.label for item in pdf.items]
    text = {item.label: " ".join(item.text.split()) for item in document.items}
    assert (
        "the 1972 Protocol, the Convention on Psychotropic Substances of 1971, the" in (text["PP2"])
    )
    assert (
        "Substances of 1988, the United Nations Convention against Corruption, the" in (text["PP2"])
    )
    assert text["PP53"].endswith("of 21 May 2021 and 34/3 of 23 May 2025,")
    assert "Organized Crime, which focused on" in text["PP62"]
    # The last two notes' numbers stand together over their texts ("50", "51").
    assert "Components and Ammunition are among the principal" in text["60."]
    assert "14 to 18 October 2024, to promote" in text["61."]
    # No mark left, spaced or glued: a year with digits after it, a digit after a comma.
    assert not [t for t in text.values() if re.search(r"\b(?:19|20)\d{3,4}\b|[a-z],\d", t)]
    same = sum(text[item.label] == " ".join(item.text.split()) for item in pdf.items)
    assert same >= 0.94 * len(pdf.items)  # pdftotext's own joins: "CounterTerrorism"


def test_the_first_line_of_a_layout_page_is_its_masthead_and_symbol():
    """`pdftotext -layout` prints "United Nations" and the symbol on one line, "General
    Assembly" and the distribution on the next: the cover's cells each a line, the body read
    ("United ..." might open a preambular paragraph, as "United in ..." does)."""
    for name in ("A_RES_80_229.layout.txt", "A_81_6_Sect.16.layout.txt"):
        document = parse_bytes((DATA / name).read_bytes(), name)
        assert document.meeting.body == "General Assembly", name
    name = "A_RES_80_229.layout.txt"
    document = parse_bytes((DATA / name).read_bytes(), name)
    text = {item.label: " ".join(item.text.split()) for item in document.items}
    assert (
        "the 1972 Protocol, the Convention on Psychotropic Substances of 1971, the" in (text["PP2"])
    )


def test_a_drafts_first_page_as_pdftotext_prints_it():
    """The first page's header in one block, sixteen sponsors wrapped over five lines after
    the agenda item's title (and the wrap cutting "Democratic People's Republic of" /
    "Korea"): each header fact a line, the sponsors from the line where they begin."""
    lines = [
        "A/C.3/79/L.15",
        "United Nations",
        "A/C.3/79/L.15",
        "",
        "General Assembly",
        "Distr.: Limited",
        "17 October 2024",
        "Original: English",
        "Seventy-ninth session",
        "Third Committee",
        "Agenda item 107",
        "Crime prevention and criminal justice",
        "Algeria, Belarus, Burkina Faso, China, Cuba, Democratic People's Republic of",
        "Korea, Equatorial Guinea, Eritrea, Iran (Islamic Republic of), Lao People's",
        "Democratic Republic, Mali, Nicaragua, Russian Federation, Syrian Arab",
        "Republic, Trinidad and Tobago and Venezuela (Bolivarian Republic of): draft",
        "resolution",
        "",
        "Countering the use of information and",
        "communications technologies for criminal",
        "purposes",
        "The General Assembly,",
        "Recalling its resolution 74/247 of 27 December 2019,",
        "1. Welcomes the adoption of the United Nations Convention against Cybercrime;",
        "2. Decides to remain seized of the matter.",
    ]
    document = parse_bytes("\n".join(lines).encode(), "L15.txt")
    assert document.kind == "draft resolution"
    assert document.agenda_item == "107. Crime prevention and criminal justice"
    assert document.title == (
        "Draft resolution: Countering the use of information and communications technologies"
        " for criminal purposes"
    )
    assert (document.meeting.body, document.meeting.session) == (
        "General Assembly",
        "Seventy-ninth session",
    )
    names = [p.name for p in document.participants]
    assert len(names) == 16
    assert names[0] == "Algeria"
    assert "Democratic People's Republic of Korea" in names
    assert names[-2:] == ["Trinidad and Tobago", "Venezuela (Bolivarian Republic of)"]
    assert [item.label for item in document.items] == ["PP1", "1.", "2."]


def test_a_budget_fascicles_first_page_as_pdftotext_prints_it():
    """A/81/6 (Sect. 14) through `pdftotext`: "Items 138 and 139 of the preliminary list" over
    a title each; "Section 14" over its name, then its programme; "Proposed ..." opens as a
    preambular paragraph might and is a title here."""
    header = [
        "United Nations",
        "",
        "General Assembly",
        "",
        "A/81/6 (Sect. 14)/Part A*",
        "Distr.: General",
        "18 March 2026",
        "Original: English",
        "",
        "Eighty-first session",
        "Items 138 and 139 of the preliminary list**",
        "Proposed programme budget for 2027",
        "Programme planning",
        "",
        "Proposed programme budget for 2027",
        "Part IV",
        "International cooperation for development",
        "",
        "Section 14",
        "Environment",
        "Programme 11",
        "Environment",
        "",
        "14.1 The United Nations Environment Programme (UNEP) is responsible for",
        "environmental matters within the United Nations system.",
    ]
    document = parse_bytes("\n".join(header).encode(), "sect14.txt")
    assert (
        document.agenda_item
        == "138 and 139. Proposed programme budget for 2027; Programme planning"
    )
    assert document.title == (
        "A/81/6 (Sect. 14): Proposed programme budget for 2027, Section 14: Environment"
    )
    assert document.meeting.body == "General Assembly"


def test_a_reports_byline_and_the_committees_named_in_its_contents():
    """A/80/611 through `pdftotext -layout`: "Report of the Secretary-General" in the title's
    block is who reports, not the title's end; the Advisory Committee named in the contents
    is not the body the report goes to."""
    lines = [
        "                United Nations                                          A/80/611",
        "                General Assembly                          Distr.: General",
        "                                                          2 February 2026",
        "",
        "Eightieth session",
        "Agenda item 148",
        "Administrative and budgetary aspects of the financing",
        "of the United Nations peacekeeping operations",
        "",
        "",
        "                Budget performance for the period from 1 July 2024 to",
        "                30 June 2025 for the Regional Service Centre in",
        "                Entebbe, Uganda",
        "                Report of the Secretary-General",
        "",
        "Contents",
        "",
        "          V.    Summary of follow-up action . . . . . . . . . . . . . . . .    90",
        "",
        "                Advisory Committee on Administrative and Budgetary Questions",
        "",
        "1. The Regional Service Centre in Entebbe, Uganda, was established in July 2010.",
        "2. In its resolution 69/307, the General Assembly gave the Centre its autonomy.",
    ]
    document = parse_bytes("\n".join(lines).encode(), "A_80_611.layout.txt")
    assert document.title == (
        "Report: Budget performance for the period from 1 July 2024 to 30 June 2025 for the"
        " Regional Service Centre in Entebbe, Uganda"
    )
    assert document.meeting.body == "General Assembly"


def test_a_table_of_symbols_and_dates_before_the_first_paragraph_is_no_header():
    """A Word file saved as text keeps no page header: the "Legislative history" table of its
    summary, a cell to a line (symbols, dates, amounts), is no first page to read the
    document's symbol from."""
    lines = [
        "Eightieth session",
        "Agenda item 158",
        "Financing of the United Nations Mission for the Referendum in Western Sahara",
        "",
        "Legislative history (Thousands of United States dollars)",
        "Report",
        "Date",
        "Amount",
        "Proposed budget – Secretary-General",
        "A/78/723",
        "22 January 2024",
        "70 711.0",
        "A/79/736",
        "20 January 2025",
        "71 808.4",
        "",
        "1. The mandate of the Mission was established by the Security Council.",
        "2. The Mission is mandated to help the Council achieve an overall objective.",
    ]
    document = parse_bytes("\n".join(lines).encode(), "A_80_600.txt")
    assert document.symbol is None
    assert [item.label for item in document.items] == ["1.", "2."]


def test_the_addressee_under_the_title_with_a_blank_line_after_it():
    """`pdftotext -layout` of a draft: "The General Assembly," is the last line of the
    title's block, the preamble in the next blocks. The title stays the title and the
    preambular paragraphs are items; a title's own last line closed by a comma
    ("... for Criminal Purposes,") is no addressee."""
    lines = [
        "       Countering the use of information and",
        "       communications technologies for criminal",
        "       purposes",
        "       The General Assembly,",
        "",
        "       Recalling its resolution 74/247 of 27 December 2019,",
        "",
        "       Noting with appreciation the work of the Ad Hoc Committee to Elaborate a",
        "       Comprehensive International Convention on Countering the Use of",
        "       Information and Communications Technologies for Criminal Purposes,",
        "",
        "       1.    Welcomes the adoption of the United Nations Convention against",
        "       Cybercrime;",
        "",
        "       2.    Decides to remain seized of the matter.",
    ]
    document = parse_bytes("\n".join(lines).encode(), "L15.layout.txt")
    assert document.title == (
        "Countering the use of information and communications technologies for criminal purposes"
    )
    text = {item.label: " ".join(item.text.split()) for item in document.items}
    assert list(text) == ["PP1", "PP2", "1.", "2."]
    assert text["PP2"].endswith(
        "Information and Communications Technologies for Criminal Purposes,"
    )


@pytest.mark.parametrize(
    ("lines", "body", "session", "title"),
    [
        (
            [
                "大会",
                "第八十届会议",
                "工作组的报告",
                "一. 导言",
                "1. 工作组举行了第一届会议。",
                "2. 工作组通过了报告。",
            ],
            "大会",
            "第八十届会议",
            "工作组的报告",
        ),
        (
            [
                "الجمعية العامة",
                "الدورة الثمانون",
                "تقرير الفريق العامل",
                "أولا - مقدمة",
                "1 - عقد الفريق العامل دورته الأولى.",
                "2 - واعتمد الفريق العامل تقريره.",
            ],
            "الجمعية العامة",
            "الدورة الثمانون",
            "تقرير الفريق العامل",
        ),
    ],
)
def test_a_first_page_with_no_blank_line_before_its_first_heading(
    lines: list[str], body: str, session: str, title: str
) -> None:
    """A Word file saved as text, a paragraph to a line and no blank line: the few lines
    before the first heading are the header, each a line (they were one run: the body's)."""
    document = parse_bytes("\n".join(lines).encode(), "report.txt")
    assert (document.meeting.body, document.meeting.session) == (body, session)
    assert document.title == title


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_recommendations_each_named_on_a_line_of_its_own(gap: str) -> None:
    """An evaluation's "Recommendation 1" in bold over its text, through pdftotext with and
    without -layout: each recommendation an item under its own label ("Recommendation 2"
    and "Recommendation 3" alone between blank lines are no running header)."""
    parts = [
        "Evaluation of the Global Programme on Cybercrime",
        "Recommendation 1",
        "UNODC should strengthen its support to Member States in drafting\nlegislation.",
        "Recommendation 2",
        "UNODC should expand its capacity-building programme to the Pacific\nregion.",
        "Recommendation 3",
        "Donors should provide multi-year funding to the programme.",
    ]
    document = parse_bytes((gap.join(parts) + "\n\f").encode(), "evaluation.txt")
    text = {item.label: " ".join(item.text.split()) for item in document.items}
    assert text == {
        "Recommendation 1": "UNODC should strengthen its support to Member States in drafting"
        " legislation.",
        "Recommendation 2": "UNODC should expand its capacity-building programme to the"
        " Pacific region.",
        "Recommendation 3": "Donors should provide multi-year funding to the programme.",
    }


def test_a_one_page_draft_pasted_with_no_blank_line():
    """A draft's text with no blank line but before the note on its agenda item ("* A/79/50.",
    which a text form sets after the last paragraph): the header a line each up to the
    addressee (the title opens on a participle as a preambular paragraph would), the note
    no part of the last paragraph."""
    text = "\n".join(
        [
            "A/C.3/79/L.15",
            "General Assembly",
            "Distr.: Limited",
            "17 October 2024",
            "Original: English",
            "Seventy-ninth session",
            "Third Committee",
            "Agenda item 107*",
            "Crime prevention and criminal justice",
            "Italy: draft resolution",
            "Countering the use of information and communications technologies for criminal "
            "purposes",
            "The General Assembly,",
            "Recalling its resolution 74/247 of 27 December 2019,",
            "1. Welcomes the adoption of the Convention;",
            "2. Decides to remain seized of the matter.",
            "",
            "* A/79/50.",
        ]
    )
    document = parse_bytes(text.encode(), "L15.txt")
    assert document.title == (
        "Draft resolution: Countering the use of information and communications technologies"
        " for criminal purposes"
    )
    assert document.agenda_item == "107. Crime prevention and criminal justice"
    assert [p.name for p in document.participants] == ["Italy"]
    assert [(i.label, i.text) for i in document.items] == [
        ("PP1", "Recalling its resolution 74/247 of 27 December 2019,"),
        ("1.", "Welcomes the adoption of the Convention;"),
        ("2.", "Decides to remain seized of the matter."),
    ]


def test_a_states_statement_saved_as_text():
    """A statement typed in Word and saved as text, a paragraph to a line: the mission's name
    is the title, "Madam Chair," a salutation and no addressee (the paragraphs were read as
    a resolution's operative ones), the closing thanks no part of the last paragraph."""
    text = "\n".join(
        [
            "Permanent Mission of Norway to the United Nations (Vienna)",
            "Statement by the delegation of Norway at the fourth session of the Ad Hoc Committee",
            "Madam Chair,",
            "    1. Norway aligns itself with the statement delivered on behalf of the European"
            " Union.",
            "    2. We welcome the consolidated negotiating document prepared by the Chair.",
            "    3. We remain ready to work constructively with all delegations towards consensus.",
            "I thank you, Madam Chair.",
        ]
    )
    document = parse_bytes(text.encode(), "statement.txt")
    assert document.title == "Permanent Mission of Norway to the United Nations (Vienna)"
    assert {item.kind for item in document.items} == {Unit.PARAGRAPH}
    assert [item.text for item in document.items][-1] == (
        "We remain ready to work constructively with all delegations towards consensus."
    )


def test_a_chinese_paragraph_wrapped_over_two_lines_has_no_space_at_the_wrap():
    """pdftotext cuts a Chinese paragraph at the line's end ("……打击网络犯" / "罪的……"):
    Chinese puts no space between words, nor where a line wraps."""
    text = "\n".join(
        [
            "1. 工作组于 2020 年 7 月 27 日至 29 日在维也纳举行了第一届会议，讨论了打击网络犯",
            "罪的国际合作问题。",
            "2. 工作组建议会员国继续加强其调查网络犯罪和迅速有效地相互交流信息的能力。",
        ]
    )
    document = parse_bytes(text.encode(), "report.txt")
    assert document.items[0].text.endswith("讨论了打击网络犯罪的国际合作问题。")
