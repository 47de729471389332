"""A text file in a legacy Windows code page is read in the right one, and the import says so:
a Russian text in Windows-1251 was read as Western Windows-1252 ("Ñòàòüÿ") without a word."""

from __future__ import annotations

import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.importers import parse_bytes
from cybertrack.importers.encodings import declared_charset, decode

SAMPLES = {
    "ru": (
        "cp1251",
        "Доклад Специального комитета\n\n1. Каждое Государство-участник принимает такие "
        "законодательные и другие меры, которые могут потребоваться.\n\n2. Комитет принял "
        "повестку дня ОАЭ и СССР.\n",
    ),
    "ar": (
        "cp1256",
        "تقرير اللجنة المخصصة\n\n1. تعتمد كل دولة طرف ما قد يلزم من تدابير تشريعية وتدابير "
        "أخرى.\n\n2. اعتمدت اللجنة جدول أعمالها.\n",
    ),
    "zh": (
        "gb18030",
        "特设委员会的报告\n\n1. 各缔约国均应采取必要的立法和其他措施。\n\n2. 委员会通过了议程。\n",
    ),
    "fr": (
        "cp1252",
        "Rapport du Comité spécial\n\n1. Chaque État partie adopte les mesures législatives "
        "nécessaires, déjà été à côté.\n\n2. Le Comité a adopté son ordre du jour.\n",
    ),
    "es": (
        "cp1252",
        "Informe del Comité Especial\n\n1. Cada Estado parte adoptará las medidas legislativas "
        "de otra índole.\n\n2. El Comité aprobó su programa del niño.\n",
    ),
}


@pytest.mark.parametrize("language", list(SAMPLES))
def test_each_un_languages_code_page_is_read_as_written(language: str) -> None:
    encoding, text = SAMPLES[language]
    assert decode(text.encode(encoding), "x.txt") == (text, encoding)


@pytest.mark.parametrize("language", ["ru", "ar", "zh"])
def test_the_import_says_which_code_page_it_read(language: str) -> None:
    encoding, text = SAMPLES[language]
    document = parse_bytes(text.encode(encoding), "report.txt")
    assert [i.number for i in document.items] == ["1", "2"]
    assert document.items[1].text == text.split("2. ")[1].strip()
    (warning,) = [w for w in document.warnings if w.code is Code.IMPORT_LEGACY_ENCODING]
    assert warning.args["encoding"] in ("Windows-1251", "Windows-1256", "GB18030")


def test_a_short_western_text_is_not_read_as_chinese() -> None:
    """ "États" in Windows-1252 decodes as GB18030 too ("Ét" one Chinese character)."""
    data = "(1) Les États devraient coopérer.\n".encode("cp1252")
    assert decode(data, "x.txt") == ("(1) Les États devraient coopérer.\n", "cp1252")


def test_unicode_and_western_files_have_nothing_to_say() -> None:
    encoding, text = SAMPLES["fr"]
    for data in (text.encode("utf-8"), text.encode("utf-16"), text.encode(encoding)):
        document = parse_bytes(data, "rapport.txt")
        assert document.items[0].text.startswith("Chaque État partie")
        assert not [w for w in document.warnings if w.code is Code.IMPORT_LEGACY_ENCODING]


def test_a_web_page_is_read_in_the_charset_it_declares() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><h1>Доклад</h1><ol><li>Комитет провел сессию.</li>"
        "<li>Комитет принял повестку.</li></ol></body></html>"
    )
    data = page.encode("cp1251")
    assert declared_charset(data) == "cp1251"
    document = parse_bytes(data, "report.html")
    assert [i.text for i in document.items] == [
        "Комитет провел сессию.",
        "Комитет принял повестку.",
    ]
    assert not document.warnings  # declared: nothing guessed


def test_bytes_no_encoding_reads_are_refused() -> None:
    with pytest.raises(ImportFailed) as caught:
        decode(b"\xff\xfe\x00\xd8", "x.txt")  # UTF-16 with a lone surrogate
    assert caught.value.message.code is Code.IMPORT_ENCODING
