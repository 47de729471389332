"""A PDF text layer that does not read as text (a font that maps its glyphs to the wrong
characters) is imported with a warning that names its pages; real text in the six UN
languages is never flagged."""

import pytest

from cybertrack.domain.messages import Code, english
from cybertrack.importers import parse_bytes
from cybertrack.importers.pdf_plausibility import implausible_pages
from tests.unit.pdf_fixtures import broken_font_pdf

# Paragraphs of the kind a UN document holds, in each language.
SAMPLES = {
    "en": (
        "The Advisory Committee notes from the supplementary information provided to it that "
        "unliquidated obligations amounted to $5,579,900, or 8.1 per cent, as at 30 June 2025, "
        "of the appropriation for the 2024/25 period, representing an increase compared with "
        "the amount of the previous period. Upon enquiry, the Committee was informed that the "
        "strengths and weaknesses of the rhythm of disbursement would be reviewed by UNODC."
    ),
    "fr": (
        "Le Comité consultatif note, d'après les informations complémentaires qui lui ont été "
        "communiquées, que les engagements non réglés s'élevaient à 5 579 900 dollars au "
        "30 juin 2025, soit 8,1 % du montant des crédits ouverts pour l'exercice. Ayant demandé "
        "des précisions, il a été informé que les besoins seraient réexaminés et que l'œuvre "
        "accomplie par la Mission serait poursuivie jusqu'à l'achèvement de son mandat."
    ),
    "es": (
        "La Comisión Consultiva observa, a partir de la información complementaria que se le "
        "proporcionó, que las obligaciones por liquidar ascendían a 5.579.900 dólares al 30 de "
        "junio de 2025, lo que representa el 8,1 % de la consignación para el ejercicio. En "
        "respuesta a sus preguntas, se informó a la Comisión de que la Misión seguiría "
        "examinando las necesidades y de que los recursos se utilizarían con eficiencia."
    ),
    "ru": (
        "Консультативный комитет отмечает на основании представленной ему дополнительной "
        "информации, что по состоянию на 30 июня 2025 года непогашенные обязательства "
        "составляли 5 579 900 долл. США, или 8,1 процента от ассигнований на этот период. В "
        "ответ на свой запрос Комитет был проинформирован о том, что потребности будут "
        "пересмотрены и что Миссия продолжит работу по выполнению своего мандата."
    ),
    "ar": (
        "تلاحظ اللجنة الاستشارية من المعلومات التكميلية المقدمة إليها أن الالتزامات غير "
        "المصفاة بلغت 900 579 5 دولار في 30 حزيران/يونيه 2025، أي ما نسبته 8,1 في المائة من "
        "الاعتماد المخصص للفترة. ولدى الاستفسار، أُبلغت اللجنة بأن الاحتياجات ستُستعرض وبأن "
        "البعثة ستواصل عملها من أجل تنفيذ ولايتها على نحو فعال وكفء في حدود الموارد المتاحة."
    ),
    "zh": (
        "咨询委员会从向其提供的补充资料中注意到，截至2025年6月30日，未清偿债务为5 579 900美元，"
        "占该期间批款的8.1%。委员会经询问获悉，将对所需经费进行审查，特派团将继续努力有效和高效地"
        "执行其任务，并在现有资源范围内开展各项活动，以确保各项目标得以实现。"
    ),
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_real_text_in_the_six_languages_is_plausible(language: str) -> None:
    page = " ".join([SAMPLES[language]] * 4)
    assert implausible_pages([page]) == []


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_shifted_font_map_is_caught(language: str) -> None:
    # What a broken map from glyphs to characters gives: every letter three places on.
    def shift(char: str) -> str:
        if "a" <= char <= "z":
            return chr(ord("a") + (ord(char) - ord("a") + 3) % 26)
        return char

    damaged = "".join(shift(c) for c in " ".join([SAMPLES[language]] * 4))
    assert implausible_pages([SAMPLES[language] * 4, damaged]) == [2]


def test_private_use_and_replacement_characters_are_no_text() -> None:
    text = "".join(c if i % 7 else "\ue123" for i, c in enumerate(SAMPLES["ru"] * 4))
    assert implausible_pages([text]) == [1]
    assert implausible_pages([SAMPLES["ru"].replace("о", "\ufffd") * 4]) == [1]


def test_too_little_text_is_not_judged() -> None:
    assert implausible_pages(["Xzqwv Ptk", "1/27 26-04950", ""]) == []


def test_a_pdf_whose_font_maps_letters_wrongly_is_imported_with_a_warning() -> None:
    sentences = SAMPLES["en"].split(". ")
    page = [f"{n}. {sentences[(n - 1) % len(sentences)]}." for n in range(1, 6)]
    lines = [line[i : i + 80] for line in page for i in range(0, len(line), 80)]
    pages = [lines, lines, lines]
    document = parse_bytes(broken_font_pdf(pages, broken={2, 3}), "broken-font.pdf")
    assert document.items  # the import goes on: the text is there, only misread
    (warning,) = document.warnings
    assert warning.code is Code.PDF_IMPLAUSIBLE_TEXT
    assert warning.args["pages"] == "2-3"
    assert "2-3" in english(warning)


def test_a_sound_pdf_has_no_warning() -> None:
    from tests.conftest import DATA

    assert parse_bytes((DATA / "A_80_604_Add.3.pdf").read_bytes(), "x.pdf").warnings == ()
