"""The first page of a UN document in each of the six languages: the symbol, the meeting's
session, place and dates, and the document's own title (not the committee's name over it).

A French, Spanish, Russian or Chinese cover lost its place and dates (read only in English
forms), and the committee's name, run together with the session and the place, was taken for
the title: "Comité spécial chargé d'élaborer ... Session de clôture reprise New York, ...".
"""

from __future__ import annotations

from datetime import date

import pytest

from cybertrack.importers import parse_bytes
from cybertrack.importers.dates import parse_date, parse_date_range

MASTHEAD = {
    "en": ("United Nations", "General Assembly"),
    "fr": ("Nations Unies", "Assemblée générale"),
    "es": ("Naciones Unidas", "Asamblea General"),
    "ru": ("Организация Объединенных Наций", "Генеральная Ассамблея"),
    "zh": ("联合国", "大会"),
    "ar": ("الأمم المتحدة", "الجمعية العامة"),
}
# (committee, session, place and dates, title, paragraph), as each language prints them.
COVER = {
    "en": (
        "Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering "
        "the Use of Information and Communications Technologies for Criminal Purposes",
        "Reconvened concluding session",
        "New York, 29 July–9 August 2024",
        "Draft United Nations convention against cybercrime",
        "The Ad Hoc Committee held its concluding session in New York.",
    ),
    "fr": (
        "Comité spécial chargé d'élaborer une convention internationale générale sur la lutte "
        "contre l'utilisation des technologies de l'information et des communications à des "
        "fins criminelles",
        "Session de clôture reprise",
        "New York, 29 juillet-9 août 2024",
        "Projet de convention des Nations Unies contre la cybercriminalité",
        "Le Comité spécial a tenu sa session de clôture à New York.",
    ),
    "es": (
        "Comité Especial encargado de Elaborar una Convención Internacional Integral sobre la "
        "Lucha contra la Utilización de las Tecnologías de la Información y las Comunicaciones "
        "con Fines Delictivos",
        "Período de sesiones de clausura reanudado",
        "Nueva York, 29 de julio a 9 de agosto de 2024",
        "Proyecto de convención de las Naciones Unidas contra la ciberdelincuencia",
        "El Comité Especial celebró su período de sesiones de clausura en Nueva York.",
    ),
    "ru": (
        "Специальный комитет по разработке всеобъемлющей международной конвенции о "
        "противодействии использованию информационно-коммуникационных технологий в "
        "преступных целях",
        "Возобновленная заключительная сессия",
        "Нью-Йорк, 29 июля - 9 августа 2024 года",
        "Проект конвенции Организации Объединенных Наций против киберпреступности",
        "Специальный комитет провел свою заключительную сессию в Нью-Йорке.",
    ),
    "zh": (
        "拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会",
        "续会闭幕届会",
        "2024年7月29日至8月9日，纽约",
        "联合国打击网络犯罪公约草案",
        "特设委员会在纽约举行了闭幕届会。",
    ),
    "ar": (
        "اللجنة المخصصة لوضع اتفاقية دولية شاملة بشأن مكافحة استخدام تكنولوجيات المعلومات "
        "والاتصالات للأغراض الإجرامية",
        "الدورة الختامية المستأنفة",
        "نيويورك، 29 تموز/يوليه - 9 آب/أغسطس 2024",
        "مشروع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        "عقدت اللجنة المخصصة دورتها الختامية في نيويورك.",
    ),
}
PLACE = {"en": "New York", "fr": "New York", "es": "Nueva York", "ru": "Нью-Йорк"}
PLACE |= {"zh": "纽约", "ar": "نيويورك"}


def cover(language: str) -> str:
    """The document as a text form gives it: the committee, session and place lines run in
    one chunk, the other lines apart."""
    organization, body = MASTHEAD[language]
    committee, session, place, title, paragraph = COVER[language]
    number = "1 - " if language == "ar" else "1. "
    return (
        f"{organization} A/AC.291/22\n\n{body}\n\nDistr.: General\n6 August 2024\n\n"
        f"Original: English\n\n{committee}\n{session}\n{place}\n\n{title}\n\n"
        f"{number}{paragraph}\n\n{number.replace('1', '2')}{paragraph}\n"
    )


@pytest.mark.parametrize("language", list(COVER))
def test_the_meeting_and_the_title_of_a_first_page(language: str) -> None:
    document = parse_bytes(cover(language).encode(), "cover.txt")
    assert document.symbol == "A/AC.291/22"
    assert document.title == f"A/AC.291/22: {COVER[language][3]}"
    meeting = document.meeting
    assert meeting.session == COVER[language][1]
    assert meeting.venue == PLACE[language]
    assert (meeting.start_date, meeting.end_date) == (date(2024, 7, 29), date(2024, 8, 9))
    # The body that meets is the committee, not the General Assembly whose masthead stands
    # over its documents (the navigator groups a meeting's documents by it).
    assert meeting.body == COVER[language][0]
    assert len(document.items) == 2


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("27–29 July 2020", date(2020, 7, 27), date(2020, 7, 29)),
        ("30 March–1 April 2022", date(2022, 3, 30), date(2022, 4, 1)),
        ("du 29 juillet au 9 août 2024", date(2024, 7, 29), date(2024, 8, 9)),
        ("1er avril 2022", date(2022, 4, 1), date(2022, 4, 1)),
        ("29 de julio a 9 de agosto de 2024", date(2024, 7, 29), date(2024, 8, 9)),
        ("6 августа 2024 года", date(2024, 8, 6), date(2024, 8, 6)),
        ("2020年7月27日至29日", date(2020, 7, 27), date(2020, 7, 29)),
        ("2024年8月6日", date(2024, 8, 6), date(2024, 8, 6)),
        ("من 29 تموز/يوليه إلى 9 آب/أغسطس 2024", date(2024, 7, 29), date(2024, 8, 9)),
        ("27-29 كانون الثاني/يناير 2020", date(2020, 1, 27), date(2020, 1, 29)),
    ],
)
def test_dates_in_the_six_languages(text: str, first: date, last: date) -> None:
    assert parse_date_range(text) == (first, last)


def test_a_number_before_a_word_is_no_date() -> None:
    assert parse_date("12 States ratified it in 2024") is None
    assert parse_date("In 2019, 12 States 2024 and 3 June 2021") == date(2021, 6, 3)


def test_the_committee_is_one_meeting_whatever_the_language_of_its_documents() -> None:
    """The navigator groups documents by their body's English name: the French cover, typed
    with a straight apostrophe ("d'élaborer"), was a body of its own."""
    from cybertrack.exporters.words.names import un_name

    english = {un_name(COVER[language][0], "en") for language in COVER}
    assert english == {COVER["en"][0]}


@pytest.mark.parametrize("name", ["synthetic-jobnumber.docx", "synthetic-jobnumber.pdf"])
def test_a_working_groups_report_is_titled_by_its_byline(name: str) -> None:
    """ "Working Group on Examples" over its report names the body, not the title: the title
    was the group's name, the report's own line ("Report of ...") lost."""
    from tests.conftest import DATA

    document = parse_bytes((DATA / name).read_bytes(), name)
    assert document.meeting.body == "Working Group on Examples"
    assert document.title.endswith("Report of the Working Group on Examples on its first session")


def test_a_first_page_run_into_one_line_by_a_text_export() -> None:
    """LibreOffice's text export writes one paragraph a line with no blank line between: the
    first page's lines come run together, "Original: English Report of ..." among them."""
    lines = [
        "Working Group on Examples",
        "First session",
        "Distr.: General",
        "1 March 2026",
        "Original: English",
        "Report of the Working Group on Examples on its first session",
        "I.\tIntroduction",
        "1.\tThe Working Group met in Vienna.",
        "2.\tIt adopted its report.",
    ]
    document = parse_bytes("\n".join(lines).encode(), "report.txt")
    assert document.title == "Report of the Working Group on Examples on its first session"
    assert document.original_language == "English"
    assert document.meeting.session == "First session"
