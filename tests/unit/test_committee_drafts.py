"""A Main Committee's draft resolution (an "L." document), the text a delegation negotiates most:
its first page names the agenda item, then its sponsors ("Belarus, China and Nicaragua: draft
resolution"), then its title. Before, a sponsor line with more than one State was taken for the
title, and in French, Spanish and Russian the agenda item's line ("Point 107 de l'ordre du
jour") was not read at all: the body became "Troisième Commission Point 107 de l'ordre du jour
..." and the Russian title the session, committee and agenda lines run together."""

from __future__ import annotations

import pytest

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from cybertrack.importers.agenda_lines import agenda_line
from cybertrack.importers.sponsors import sponsors_line
from tests.conftest import DATA
from tests.make_import_fixtures import DRAFT_OPERATIVE, DRAFT_PREAMBLE, DRAFT_TITLE
from tests.unit.docx_builder import DocBuilder

# (language, first page lines, sponsors, title, agenda item, body, preamble, operative)
DRAFTS = {
    "en": (
        [
            "United Nations A/C.3/79/L.15",
            "General Assembly",
            "Distr.: Limited\n17 October 2024",
            "Original: English",
            "Seventy-ninth session\nThird Committee\nAgenda item 107\n"
            "Crime prevention and criminal justice",
            "Belarus, China and Nicaragua: draft resolution",
        ],
        ["Belarus", "China", "Nicaragua"],
        "Countering the use of information and communications technologies for criminal purposes",
        "107. Crime prevention and criminal justice",
        "General Assembly",
        "The General Assembly,",
        [
            "Recalling its resolution 74/247 of 27 December 2019,",
            "Noting the work of the Committee,",
        ],
        ["Welcomes the adoption of the Convention;", "Decides to remain seized of the matter."],
    ),
    "fr": (
        [
            "Nations Unies A/C.3/79/L.15",
            "Assemblée générale",
            "Distr. limitée\n17 octobre 2024\nFrançais\nOriginal : anglais",
            "Soixante-dix-neuvième session\nTroisième Commission\nPoint 107 de l'ordre du jour\n"
            "Prévention du crime et justice pénale",
            "Bélarus, Chine et Nicaragua : projet de résolution",
        ],
        ["Bélarus", "Chine", "Nicaragua"],
        "Lutte contre l'utilisation des technologies de l'information et des communications à des"
        " fins criminelles",
        "107. Prévention du crime et justice pénale",
        "Assemblée générale",
        "L'Assemblée générale,",
        ["Rappelant sa résolution 74/247 du 27 décembre 2019,", "Prenant note des travaux,"],
        ["Se félicite de l'adoption de la Convention ;", "Décide de rester saisie de la question."],
    ),
    "es": (
        [
            "Naciones Unidas A/C.3/79/L.15",
            "Asamblea General",
            "Distr. limitada\n17 de octubre de 2024\nEspañol\nOriginal: inglés",
            "Septuagésimo noveno período de sesiones\nTercera Comisión\nTema 107 del programa\n"
            "Prevención del delito y justicia penal",
            "Belarús, China y Nicaragua: proyecto de resolución",
        ],
        ["Belarús", "China", "Nicaragua"],
        "Lucha contra la utilización de las tecnologías de la información y las comunicaciones con"
        " fines delictivos",
        "107. Prevención del delito y justicia penal",
        "Asamblea General",
        "La Asamblea General,",
        ["Recordando su resolución 74/247,", "Observando la labor del Comité Especial,"],
        ["Acoge con beneplácito la aprobación de la Convención;", "Decide seguir ocupándose."],
    ),
    "ru": (
        [
            "Организация Объединенных Наций A/C.3/79/L.15",
            "Генеральная Ассамблея",
            "Distr.: Limited\n17 October 2024\nRussian\nOriginal: English",
            "Семьдесят девятая сессия\nТретий комитет\nПункт 107 повестки дня\n"
            "Предупреждение преступности и уголовное правосудие",
            "Беларусь, Китай и Никарагуа: проект резолюции",
        ],
        ["Беларусь", "Китай", "Никарагуа"],
        "Противодействие использованию информационно-коммуникационных технологий"
        " в преступных целях",
        "107. Предупреждение преступности и уголовное правосудие",
        "Генеральная Ассамблея",
        "Генеральная Ассамблея,",
        ["ссылаясь на свою резолюцию 74/247,", "отмечая работу Специального комитета,"],
        ["приветствует принятие Конвенции;", "постановляет продолжать заниматься этим вопросом."],
    ),
}


def text_form(language: str) -> bytes:
    front, _, title, _, _, opener, preamble, operative = DRAFTS[language]
    blocks = [*front, title, opener, *preamble]
    blocks += [f"{n}. {text}" for n, text in enumerate(operative, 1)]
    return "\n\n".join(blocks).encode()


def word_form(language: str) -> bytes:
    front, _, title, _, _, opener, preamble, operative = DRAFTS[language]
    builder = DocBuilder()
    for block in front:
        for line in block.split("\n"):
            builder.para(line)
    builder.para(title)
    builder.para(opener)
    for text in preamble:
        builder.para(text)
    for number, text in enumerate(operative, 1):
        builder.para(f"{number}.\t{text}")
    return builder.bytes()


@pytest.mark.parametrize("language", sorted(DRAFTS))
@pytest.mark.parametrize("form", [text_form, word_form])
def test_a_committee_draft_reads_as_its_first_page_says(form, language: str) -> None:
    _, sponsors, title, agenda, body, _, preamble, operative = DRAFTS[language]
    name = "L15.docx" if form is word_form else "L15.txt"
    document = parse_bytes(form(language), name)
    assert document.symbol == "A/C.3/79/L.15"
    assert document.kind == "draft resolution"
    assert document.title == f"Draft resolution: {title}"
    assert document.agenda_item == agenda
    assert document.meeting.body == body
    assert [p.name for p in document.participants] == sponsors
    assert [(i.label, i.kind, i.text) for i in document.items] == [
        *((f"PP{n}", Unit.PREAMBULAR, text) for n, text in enumerate(preamble, 1)),
        *((f"{n}.", Unit.OPERATIVE, text) for n, text in enumerate(operative, 1)),
    ]
    assert not document.warnings


@pytest.mark.parametrize(
    ("line", "kind", "names"),
    [
        ("Italy: draft resolution", "draft resolution", ["Italy"]),
        (
            "Chile and Trinidad and Tobago: revised draft resolution",
            "draft resolution",
            ["Chile", "Trinidad and Tobago"],
        ),
        ("Antigua and Barbuda: draft decision", "draft decision", ["Antigua and Barbuda"]),
        ("Bosnia y Herzegovina y Chile: proyecto de decisión", "draft decision", None),
        (
            "白俄罗斯、中国和尼加拉瓜：决议草案",
            "draft resolution",
            ["白俄罗斯", "中国", "尼加拉瓜"],
        ),
        (
            "الجزائر، والصين، وترينيداد وتوباغو: مشروع قرار",
            "draft resolution",
            ["الجزائر", "الصين", "ترينيداد وتوباغو"],
        ),
        (
            "Draft resolution submitted by the Vice-Chair of the Committee, Ms. Ana Ruiz (Chile),"
            " on the basis of informal consultations",
            "draft resolution",
            [],
        ),
    ],
)
def test_a_sponsor_line_names_the_kind_and_each_sponsor(
    line: str, kind: str, names: list[str] | None
) -> None:
    found = sponsors_line(line)
    assert found is not None
    assert found[0] == kind
    if names is not None:
        assert [p.name for p in found[1]] == names
    else:  # "Bosnia y Herzegovina y Chile": the joined name whole, then Chile
        assert [p.name for p in found[1]] == ["Bosnia y Herzegovina", "Chile"]


def test_a_group_sponsors_through_its_chair() -> None:
    found = sponsors_line("Iraq (on behalf of the Group of 77 and China): draft resolution")
    assert found is not None
    (sponsor,) = found[1]
    assert (sponsor.name, sponsor.on_behalf_of) == ("Iraq", "Group of 77 and China")


@pytest.mark.parametrize(
    "line",
    ["Report of the Third Committee", "Note: the draft resolution follows", "Italy: resolution"],
)
def test_other_lines_are_no_sponsor_line(line: str) -> None:
    assert sponsors_line(line) is None


@pytest.mark.parametrize(
    ("line", "number", "rest"),
    [
        ("Agenda item 68 (b)", "68 (b)", ""),
        ("Agenda items 20 and 21", "20 and 21", ""),
        (
            "Agenda item 107 Crime prevention and criminal justice",
            "107",
            "Crime prevention and criminal justice",
        ),
        ("Agenda item 112 (continued)", "112", ""),
        ("Point 68 b) de l'ordre du jour provisoire", "68 b)", ""),
        ("Tema 107 del programa", "107", ""),
        ("Пункт 68 b) повестки дня", "68 b)", ""),
        ("议程项目107", "107", ""),
        ("البند 68 (ب) من جدول الأعمال", "68 (ب)", ""),
    ],
)
def test_an_agenda_item_line_in_six_languages(line: str, number: str, rest: str) -> None:
    assert agenda_line(line) == (number, rest)


@pytest.mark.parametrize("line", ["Point 10 of the report", "Agenda item 4th", "Tema central"])
def test_other_lines_name_no_agenda_item(line: str) -> None:
    assert agenda_line(line) is None


def test_an_agenda_sub_item_is_not_the_title() -> None:
    """ "Agenda item 68 (b)" gave the title "(b)"."""
    front, *_ = DRAFTS["en"]
    blocks = [block.replace("Agenda item 107", "Agenda item 68 (b)") for block in front]
    text = "\n\n".join([*blocks, "Countering crime", "The General Assembly,", "1. Decides."])
    document = parse_bytes(text.encode(), "L.txt")
    assert document.title == "Draft resolution: Countering crime"
    assert document.agenda_item == "68 (b). Crime prevention and criminal justice"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_draft_with_sixteen_sponsors_in_word_and_pdf(suffix: str) -> None:
    """The sponsors wrap over five lines, the title over three ("... for criminal" /
    "purposes"): in the PDF the title's last word was lost, and the sponsor line was the
    title."""
    name = "synthetic-draft-resolution" + suffix
    document = parse_bytes((DATA / name).read_bytes(), name)
    assert document.title == f"Draft resolution: {DRAFT_TITLE}"
    assert document.agenda_item == "107. Crime prevention and criminal justice"
    sponsors = [p.name for p in document.participants]
    assert len(sponsors) == 16
    assert sponsors[:2] == ["Algeria", "Belarus"]
    assert sponsors[-3:] == [
        "Syrian Arab Republic",
        "Trinidad and Tobago",
        "Venezuela (Bolivarian Republic of)",
    ]
    assert "Iran (Islamic Republic of)" in sponsors
    assert [(i.label, i.kind, i.text) for i in document.items] == [
        *((f"PP{n}", Unit.PREAMBULAR, text) for n, text in enumerate(DRAFT_PREAMBLE, 1)),
        *((f"{n}.", Unit.OPERATIVE, text) for n, text in enumerate(DRAFT_OPERATIVE, 1)),
    ]
    assert not document.warnings


def test_a_draft_the_vice_chair_submits_keeps_its_own_title() -> None:
    """After informal consultations the Vice-Chair submits the draft: that line is no title."""
    text = "\n\n".join(
        [
            "United Nations A/C.2/79/L.55",
            "General Assembly\nDistr.: Limited\n2 December 2024",
            "Seventy-ninth session\nSecond Committee\nAgenda item 18 (a)\n"
            "Macroeconomic policy questions: international trade and development",
            "Draft resolution submitted by the Vice-Chair of the Committee, Mr. Juan Pérez (Chile),"
            " on the basis of informal consultations on draft resolution A/C.2/79/L.12",
            "International trade and development",
            "The General Assembly,",
            "Recalling its resolution 78/135 of 19 December 2023,",
            "1. Takes note of the report of the Secretary-General;",
        ]
    )
    document = parse_bytes(text.encode(), "L55.txt")
    assert document.title == "Draft resolution: International trade and development"
    assert document.agenda_item == (
        "18 (a). Macroeconomic policy questions: international trade and development"
    )
    assert document.participants == ()


def test_a_security_council_draft_names_its_sponsors() -> None:
    text = "\n\n".join(
        [
            "United Nations S/2024/123",
            "Security Council\nDistr.: General\n10 January 2024",
            "Albania, France, Japan, Malta, Republic of Korea, United Kingdom of Great Britain and"
            " Northern Ireland and United States of America: draft resolution",
            "The Security Council,",
            "Recalling its previous resolutions,",
            "1. Demands an immediate ceasefire;",
            "2. Decides to remain actively seized of the matter.",
        ]
    )
    document = parse_bytes(text.encode(), "S_2024_123.txt")
    assert document.kind == "draft resolution"
    assert [p.name for p in document.participants] == [
        "Albania",
        "France",
        "Japan",
        "Malta",
        "Republic of Korea",
        "United Kingdom of Great Britain and Northern Ireland",
        "United States of America",
    ]
    assert [(i.label, i.kind) for i in document.items] == [
        ("PP1", Unit.PREAMBULAR),
        ("1.", Unit.OPERATIVE),
        ("2.", Unit.OPERATIVE),
    ]


CHINESE_DRAFT = """联合国 A/C.3/79/L.15

大会
Distr.: Limited
17 October 2024
Chinese
Original: English

第七十九届会议
第三委员会
议程项目107
预防犯罪和刑事司法

白俄罗斯、中国和尼加拉瓜：决议草案

打击为犯罪目的使用信息和通信技术

大会，

回顾其2019年12月27日第74/247号决议，

赞赏地注意到特设委员会的工作，

1. 欢迎通过《联合国打击网络犯罪公约》；

2. 请秘书长提供必要资源；

3. 决定继续处理此案。"""
ARABIC_DRAFT = """الأمم المتحدة A/C.3/79/L.15

الجمعية العامة
Distr.: Limited
17 October 2024
Arabic
Original: English

الدورة التاسعة والسبعون
اللجنة الثالثة
البند 107 من جدول الأعمال
منع الجريمة والعدالة الجنائية

بيلاروس، والصين، ونيكاراغوا: مشروع قرار

مكافحة استخدام تكنولوجيات المعلومات والاتصالات للأغراض الإجرامية

إن الجمعية العامة،

إذ تشير إلى قرارها 74/247 المؤرخ 27 كانون الأول/ديسمبر 2019،

وإذ تلاحظ مع التقدير عمل اللجنة المخصصة،

1 - ترحب باعتماد اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية؛

2 - تطلب إلى الأمين العام توفير الموارد اللازمة؛

3 - تقرر أن تبقي المسألة قيد نظرها."""


@pytest.mark.parametrize(
    ("text", "title", "agenda", "sponsors"),
    [
        (
            CHINESE_DRAFT,
            "打击为犯罪目的使用信息和通信技术",
            "107. 预防犯罪和刑事司法",
            ["白俄罗斯", "中国", "尼加拉瓜"],
        ),
        (
            ARABIC_DRAFT,
            "مكافحة استخدام تكنولوجيات المعلومات والاتصالات للأغراض الإجرامية",
            "107. منع الجريمة والعدالة الجنائية",
            ["بيلاروس", "الصين", "نيكاراغوا"],
        ),
    ],
)
def test_a_chinese_or_arabic_draft(text: str, title: str, agenda: str, sponsors: list[str]) -> None:
    document = parse_bytes(text.encode(), "L15.txt")
    assert document.title == f"Draft resolution: {title}"
    assert document.agenda_item == agenda
    assert [p.name for p in document.participants] == sponsors
    assert [i.kind for i in document.items] == [Unit.PREAMBULAR] * 2 + [Unit.OPERATIVE] * 3


def test_a_facilitators_revision_with_inserted_and_alternative_paragraphs() -> None:
    """A facilitator's revision numbers its paragraphs PP/OP, inserts "OP1 bis" and gives an
    alternative "OP2 alt" beside OP2. Before, "OP2 alt" was a second OP2 ("alt Requests ...")
    reported as a duplicate, and the title line "Draft resolution: ..." was read as a field
    of a header block (the revision's date line became the title)."""
    text = "\n\n".join(
        [
            "Draft resolution: Countering the use of information and communications technologies"
            " for criminal purposes",
            "Rev. 2 of the facilitator, 14 October 2025",
            "PP1 Recalling its resolution 74/247 of 27 December 2019,",
            "PP1bis Recalling also its resolution 75/282 of 26 May 2021,",
            "OP1 Welcomes the adoption of the Convention;",
            "OP1 bis Encourages States to sign and ratify the Convention;",
            "OP2 Requests the Secretary-General to provide the resources necessary;",
            "OP2 alt Requests the Secretary-General to provide, within existing resources, the"
            " support necessary;",
            "OP3 Decides to remain seized of the matter.",
        ]
    )
    document = parse_bytes(text.encode(), "rev2.txt")
    assert document.title == (
        "Draft resolution: Countering the use of information and communications technologies"
        " for criminal purposes"
    )
    assert [i.label for i in document.items] == [
        "PP1",
        "PP1bis",
        "OP1",
        "OP1 bis",
        "OP2",
        "OP2 alt",
        "OP3",
    ]
    assert document.items[5].text.startswith("Requests the Secretary-General to provide, within")
    assert not document.warnings


def test_a_human_rights_council_draft() -> None:
    """The Council's draft carries the number it will take ("58/...") before its title, marks
    the sponsors that are not members ("Albania,*") and stands under the General Assembly's
    masthead. Before, the title was the agenda item's, the marks stayed in the names ("*
    Austria") and the meeting's body was the General Assembly."""
    text = "\n\n".join(
        [
            "United Nations A/HRC/58/L.12",
            "General Assembly\nDistr.: Limited\n1 April 2025",
            "Original: English",
            "Human Rights Council\nFifty-eighth session\n24 February–4 April 2025\nAgenda item 3\n"
            "Promotion and protection of all human rights, civil, political, economic, social and"
            " cultural rights, including the right to development",
            "Albania,* Austria,* Brazil, Germany, Mexico, Peru,* State of Palestine* and"
            " Switzerland: draft resolution",
            "58/... The right to privacy in the digital age",
            "The Human Rights Council,",
            "Guided by the purposes and principles of the Charter of the United Nations,",
            "1. Reaffirms the right to privacy;",
            "2. Decides to continue its consideration of the issue.",
        ]
    )
    document = parse_bytes(text.encode(), "A_HRC_58_L.12.txt")
    assert document.title == "Draft resolution: The right to privacy in the digital age"
    assert document.meeting.body == "Human Rights Council"
    assert document.meeting.session == "Fifty-eighth session"
    assert str(document.meeting.start_date) == "2025-02-24"
    assert [p.name for p in document.participants] == [
        "Albania",
        "Austria",
        "Brazil",
        "Germany",
        "Mexico",
        "Peru",
        "State of Palestine",
        "Switzerland",
    ]
    assert [i.label for i in document.items] == ["PP1", "1.", "2."]


def test_a_commissions_draft_under_the_economic_and_social_councils_masthead() -> None:
    """The Commission on Crime Prevention and Criminal Justice meets in Vienna under the
    Council's masthead: the meeting's body is the Commission (it was the Council)."""
    text = "\n\n".join(
        [
            "United Nations E/CN.15/2024/L.3/Rev.1",
            "Economic and Social Council\nDistr.: Limited\n16 May 2024",
            "Original: English",
            "Commission on Crime Prevention and Criminal Justice\nThirty-third session\n"
            "Vienna, 13–17 May 2024\nAgenda item 7\nUse and application of United Nations"
            " standards and norms in crime prevention and criminal justice",
            "Austria, Brazil and Thailand: revised draft resolution",
            "Promoting the use of technology in criminal justice",
            "The Commission on Crime Prevention and Criminal Justice,",
            "Recalling General Assembly resolution 78/229,",
            "1. Encourages Member States to make use of technology;",
        ]
    )
    document = parse_bytes(text.encode(), "E_CN.15_2024_L.3_Rev.1.txt")
    assert document.title == "Draft resolution: Promoting the use of technology in criminal justice"
    meeting = document.meeting
    assert meeting.body == "Commission on Crime Prevention and Criminal Justice"
    assert (meeting.session, meeting.venue) == ("Thirty-third session", "Vienna")
    assert [p.name for p in document.participants] == ["Austria", "Brazil", "Thailand"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Belarus and Nicaragua: amendments to draft resolution A/C.3/79/L.15",
            "Amendments to draft resolution A/C.3/79/L.15",
        ),
        (
            "Bélarus et Nicaragua : amendements au projet de résolution A/C.3/79/L.15",
            "Amendements au projet de résolution A/C.3/79/L.15",
        ),
        (
            "Belarús y Nicaragua: enmiendas al proyecto de resolución A/C.3/79/L.15",
            "Enmiendas al proyecto de resolución A/C.3/79/L.15",
        ),
    ],
)
def test_amendments_to_a_draft_name_what_they_amend(line: str, title: str) -> None:
    """Before, the sponsor line was the title and the amending States were not named."""
    front, *_ = DRAFTS["en"]
    text = "\n\n".join(
        [
            *front[:-1],
            line,
            "1. Delete the fifth preambular paragraph.",
            "2. In operative paragraph 3, replace the words “human rights” with “national law”.",
        ]
    )
    document = parse_bytes(text.encode(), "L62.txt")
    assert document.kind == "amendments"
    assert document.title == title
    assert len(document.participants) == 2
    assert [i.label for i in document.items] == ["1.", "2."]


def test_amendments_in_the_papers_languages() -> None:
    from cybertrack.exporters.vocabulary import Vocabulary

    titled = "Amendments to draft resolution A/C.3/79/L.15"
    assert Vocabulary("fr").document_title(titled, "amendments") == titled  # no kind head
    assert Vocabulary("fr").document_title(f"Amendments: {titled}", "amendments") == (
        f"Amendements\u00a0: {titled}"
    )


def test_each_amendment_is_an_amendment_in_the_papers() -> None:
    """An amendments document's numbered items are amendments: a paper said "We support
    paragraphs 1, 2" of a document that holds no paragraph."""
    from cybertrack.exporters.vocabulary import Vocabulary

    front, *_ = DRAFTS["en"]
    text = "\n\n".join(
        [
            *front[:-1],
            "Belarus and Nicaragua: amendments to draft resolution A/C.3/79/L.15",
            "1. Delete the fifth preambular paragraph.",
            "2. In operative paragraph 3, replace the words “human rights” with “national law”.",
        ]
    )
    document = parse_bytes(text.encode(), "L62.txt")
    assert [i.kind for i in document.items] == [Unit.AMENDMENT, Unit.AMENDMENT]
    amendments = [("amendment", [("1", "1."), ("2", "2.")], "")]
    assert Vocabulary("en").refer("we_support", amendments) == "We support amendments 1 and 2."
    assert Vocabulary("fr").refer("we_support", amendments) == (
        "Nous appuyons les amendements 1 et 2."
    )
    assert Vocabulary("ru").count("amendment", 5) == "5 поправок"
