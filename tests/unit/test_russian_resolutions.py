"""A Russian resolution opens every paragraph in lower case: its preambular paragraphs with a
verbal adverb ("ссылаясь ...,"), its operative ones with a verb after their number ("1.
постановляет ..."). Read as an English text would be, the numbers were sentences cut at a line
end: the operative paragraphs were numbered in reading order with a warning, the preamble went
to the cover and the resolution's title was lost."""

from __future__ import annotations

import pytest

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from cybertrack.importers.labels import match_label
from tests.unit.docx_builder import DocBuilder

TITLE = "Противодействие использованию информационно-коммуникационных технологий в преступных целях"
PREAMBLE = [
    "руководствуясь целями и принципами Устава Организации Объединенных Наций,",
    "ссылаясь на свою резолюцию 73/187 от 17 декабря 2018 года,",
    "отмечая работу Группы экспертов,",
]
OPERATIVE = [
    "постановляет учредить открытый специальный межправительственный комитет экспертов;",
    "постановляет также, что Специальный комитет проведет организационную сессию;",
    "просит Генерального секретаря выделить Специальному комитету необходимые ресурсы.",
]


def text_form() -> bytes:
    lines = ["Организация Объединенных Наций A/RES/74/247", "Генеральная Ассамблея"]
    lines += [f"74/247. {TITLE}", "Генеральная Ассамблея,", *PREAMBLE]
    lines += [f"{n}. {text}" for n, text in enumerate(OPERATIVE, 1)]
    return "\n\n".join(lines).encode()


def word_form() -> bytes:
    builder = DocBuilder()
    builder.para("Генеральная Ассамблея")
    builder.para(f"74/247. {TITLE}", style="Heading 1")
    builder.para("Генеральная Ассамблея,")
    for text in PREAMBLE:
        builder.para(text)
    for number, text in enumerate(OPERATIVE, 1):
        builder.para(f"{number}.\t{text}")
    return builder.bytes()


@pytest.mark.parametrize("form", [text_form, word_form])
def test_a_russian_resolution_reads_as_printed(form) -> None:
    document = parse_bytes(form(), "resolution.docx" if form is word_form else "r.txt")
    assert [(i.label, i.kind, i.text) for i in document.items] == [
        *((f"PP{n}", Unit.PREAMBULAR, text) for n, text in enumerate(PREAMBLE, 1)),
        *((f"{n}.", Unit.OPERATIVE, text) for n, text in enumerate(OPERATIVE, 1)),
    ]
    assert document.title.endswith(TITLE)
    assert not document.warnings


def test_a_cut_sentence_is_still_no_number() -> None:
    """Elsewhere a number then a word in lower case is a sentence cut at a line end."""
    for text in ("15.8 months of rental", "2025. the year", "2019. году было", "15.8 месяца"):
        assert match_label(text) is None, text
    assert match_label("12. просит Генерального секретаря") is not None


def test_a_long_russian_preamble_in_word_is_not_text_pasted_line_by_line() -> None:
    """Paragraph after paragraph ends with a comma and the next opens in lower case, as lines
    of text pasted from a PDF do: a resolution with a long preamble was read again as such
    text, its first page run into one line (the title lost in it)."""
    preamble = [
        f"ссылаясь на свою резолюцию 7{n}/1{n} о сотрудничестве государств," for n in range(9)
    ]
    operative = [f"постановляет рассмотреть вопрос {n} на следующей сессии;" for n in range(1, 5)]
    builder = DocBuilder()
    list_id = builder.num(builder.abstract([("decimal", "%1.", 1)]))
    for line in ("Генеральная Ассамблея", "Восьмидесятая сессия", "Пункт 107 повестки дня"):
        builder.para(line)
    builder.para("Беларусь и Китай: проект резолюции")
    builder.para(TITLE)
    builder.para("Генеральная Ассамблея,")
    for text in preamble:
        builder.para(text)
    for text in operative:
        builder.para(text, num_id=list_id)
    document = parse_bytes(builder.bytes(), "resolution.docx")
    assert document.title == f"Draft resolution: {TITLE}"
    assert [p.name for p in document.participants] == ["Беларусь", "Китай"]
    assert document.meeting.session == "Восьмидесятая сессия"
    assert document.agenda_item is not None and document.agenda_item.startswith("107")
    assert [(i.label, i.text) for i in document.items] == [
        *((f"PP{n}", text) for n, text in enumerate(preamble, 1)),
        *((f"{n}.", text) for n, text in enumerate(operative, 1)),
    ]
