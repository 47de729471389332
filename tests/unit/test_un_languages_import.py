"""A report in Arabic, Russian and Chinese, as Word files and as the PDFs LibreOffice prints of
them (synthetic, tests/make_import_fixtures.py): every paragraph whole, under the chapter the
UN numbers in that language, and the title, body and session of its first page.

The chapters have nothing but their number to set them apart (no bold, no space around them);
the Arabic paragraphs are set right to left, which PDFium reads with two marks of the printed
order left in the text (a number before its stop, the lam-alef ligature read backwards)."""

import re
from pathlib import Path

import pytest

from cybertrack.importers import read_document
from tests.make_import_fixtures import REPORT

DATA = Path(__file__).resolve().parent.parent / "data"
EXPECTED = {
    "ar": ("تقرير الفريق العامل", "الجمعية العامة", "الدورة الثمانون", ("أولا", "ثانيا")),
    "ru": ("Доклад рабочей группы", "Генеральная Ассамблея", "Восьмидесятая сессия", ("I.", "II.")),
    "zh": ("工作组的报告", "大会", "第八十届会议", ("一.", "二.")),
}


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("language", sorted(REPORT))
def test_a_report_in_a_un_language_imports_whole(language, form):
    document = read_document(DATA / f"synthetic-report-{language}.{form}")
    title, body, session, chapters = EXPECTED[language]
    # "1. " in Russian and Chinese, "1 - " in Arabic: the number is not part of the text.
    paragraphs = [re.sub(r"^\d+(?:\.| -) ", "", t) for t in REPORT[language] if t[:1].isdigit()]
    assert [item.number for item in document.items] == ["1", "2", "3", "4", "5"]
    assert document.items[0].label == ("1 -" if language == "ar" else "1.")
    assert [item.text for item in document.items] == paragraphs
    sections = {section.key: section.label for section in document.sections}
    assert [sections.get(item.section_key) for item in document.items] == [
        chapters[0],
        chapters[0],
        chapters[0],
        chapters[1],
        chapters[1],
    ]
    assert (document.title, document.meeting.body, document.meeting.session) == (
        title,
        body,
        session,
    )
    assert not document.warnings


def test_the_lam_alef_ligature_and_numbers_come_out_in_reading_order():
    text = " ".join(item.text for item in read_document(DATA / "synthetic-report-ar.pdf").items)
    assert "للاستجابة" in text and "اللازمة" in text and "الإنسان" in text  # not "لالستجابة"
    assert "2020، وناقش" in text  # not "،2020"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أولا - مقدمة", ("أولا", "مقدمة", 1)),
        ("ثاني عشر - المسائل الأخرى", ("ثاني عشر", "المسائل الأخرى", 1)),
        ("باء - التعاون الدولي", ("باء", "التعاون الدولي", 2)),
        ("二、建议", ("二、", "建议", 1)),
        ("Б. Международное сотрудничество", ("Б.", "Международное сотрудничество", 2)),
        ("II. Recommendations", ("II.", "Recommendations", 1)),
    ],
)
def test_chapters_and_sections_as_each_language_numbers_them(text, expected):
    from cybertrack.importers.headings import chapter_or_section

    assert chapter_or_section(text, None) == expected


@pytest.mark.parametrize(
    "text", ["الدولة الطرف أن تكفل ذلك", "二〇二〇年的报告", "Банк и другие учреждения"]
)
def test_sentences_are_not_chapters(text):
    from cybertrack.importers.headings import chapter_or_section

    assert chapter_or_section(text, None) is None


@pytest.mark.parametrize(
    "line",
    [
        "Eightieth session",
        "Восьмидесятая сессия",
        "Octogésimo período de sesiones",
        "第八十届会议",
        "الدورة الثمانون",
        "Генеральная Ассамблея",
        "A/80/604/Add.3",
    ],
)
def test_first_page_facts_in_six_languages_stand_alone(line):
    from cybertrack.importers.metadata import is_front_fact

    assert is_front_fact(line)
    assert not is_front_fact("Доклад рабочей группы")


@pytest.mark.parametrize(
    ("text", "number"),
    [("1 - يرحب بانتخاب أعضاء المكتب", "1"), ("١٢ - تقرر أن", "12"), ("2 - 3 May 2020", None)],
)
def test_an_arabic_paragraph_number_takes_a_dash(text, number):
    from cybertrack.importers.labels import match_label

    label = match_label(text)
    assert (label.number if label else None) == number
