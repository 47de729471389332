"""Recommendations numbered by name ("Recommendation 1: ...", "Recommendation 2" over its
text), as expert-group and evaluation reports print them, in the six UN languages."""

from __future__ import annotations

import pytest

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from cybertrack.importers.labels import match_label
from tests.unit.docx_builder import DocBuilder


@pytest.mark.parametrize(
    ("text", "label", "rest"),
    [
        ("Recommendation 1: States should act.", "Recommendation 1", "States should act."),
        ("Recommendation 12. States should act.", "Recommendation 12", "States should act."),
        ("Recommendation 3", "Recommendation 3", ""),
        ("Recommandation 5 : Les États devraient agir.", "Recommandation 5", "Les États"),
        ("Recomendación 4 – Los Estados deberían actuar.", "Recomendación 4", "Los Estados"),
        ("Рекомендация 2. Государствам следует действовать.", "Рекомендация 2", "Государствам"),
        ("التوصية 3: ينبغي للدول أن تتصرف.", "التوصية 3", "ينبغي"),
        ("建议1：各国应采取行动。", "建议1", "各国应"),
    ],
)
def test_a_named_recommendation_is_a_label(text: str, label: str, rest: str) -> None:
    found = match_label(text)
    assert found is not None and found.scheme == "recommendation"
    assert found.label == label and found.rest.startswith(rest)


@pytest.mark.parametrize(
    "sentence",
    [
        "Recommendation 1 of the Group was adopted by consensus.",  # a sentence, no label
        "Recommendations 1 to 5 were adopted.",
        "Recommended practice: States should act.",
    ],
)
def test_a_sentence_about_a_recommendation_is_no_label(sentence: str) -> None:
    assert match_label(sentence) is None


EVALUATION = """Evaluation of the Global Programme on Cybercrime

Recommendation 1

UNODC should strengthen its support to Member States in drafting legislation on cybercrime.

Recommendation 2

UNODC should expand its capacity-building programme to the Pacific region.

Recommendation 3: Donors should provide multi-year funding.
"""


def test_recommendations_over_their_text_and_with_it() -> None:
    document = parse_bytes(EVALUATION.encode(), "evaluation.txt")
    assert [(i.number, i.label, i.kind) for i in document.items] == [
        ("1", "Recommendation 1", Unit.RECOMMENDATION),
        ("2", "Recommendation 2", Unit.RECOMMENDATION),
        ("3", "Recommendation 3", Unit.RECOMMENDATION),
    ]
    assert document.items[0].text.startswith("UNODC should strengthen its support")
    assert document.items[2].text == "Donors should provide multi-year funding."
    assert document.coverage.left_out == 0
    assert not document.warnings  # numbered as printed: nothing to say


def test_a_missing_recommendation_is_a_gap() -> None:
    text = EVALUATION.replace("Recommendation 2\n", "Recommendation 4\n").replace(
        "Recommendation 3:", "Recommendation 5:"
    )
    document = parse_bytes(text.encode(), "evaluation.txt")
    assert [w.args["missing"] for w in document.warnings if w.code.key == "import.gap"] == ["2–3"]


def test_recommendations_in_word_with_bold_labels() -> None:
    doc = DocBuilder()
    doc.para("Evaluation of the Global Programme on Cybercrime", style="Title")
    for number, text in (
        (1, "UNODC should strengthen its support to Member States."),
        (2, "UNODC should expand its programme to the Pacific region."),
    ):
        label = doc.para(f"Recommendation {number}")
        label.runs[0].bold = True
        doc.para(text)
    document = parse_bytes(doc.bytes(), "evaluation.docx")
    assert [(i.label, i.text) for i in document.items] == [
        ("Recommendation 1", "UNODC should strengthen its support to Member States."),
        ("Recommendation 2", "UNODC should expand its programme to the Pacific region."),
    ]
    assert {i.kind for i in document.items} == {Unit.RECOMMENDATION}


def test_russian_recommendations() -> None:
    text = (
        "Оценка глобальной программы\n\n"
        "Рекомендация 1. Государствам следует укреплять сотрудничество.\n\n"
        "Рекомендация 2. ЮНОДК следует расширить помощь.\n"
    )
    document = parse_bytes(text.encode(), "ocenka.txt")
    assert [(i.number, i.kind) for i in document.items] == [
        ("1", Unit.RECOMMENDATION),
        ("2", Unit.RECOMMENDATION),
    ]


@pytest.mark.parametrize(
    ("label", "number", "kind", "short"),
    [
        ("Recommendation 12", "12", Unit.RECOMMENDATION, "12"),
        ("Статья 5", "5", Unit.ARTICLE, "5"),
        ("المادة 5", "5", Unit.ARTICLE, "5"),
        ("第五条", "5", Unit.ARTICLE, "5"),
        ("Article IV", "4", Unit.ARTICLE, "IV"),  # as the treaty prints it
        # A regulation and a rule keep their word: regulation 1.1 and rule 1.1 are two items.
        ("Rule 91", "91", Unit.RULE, "Rule 91"),
        ("Regulation 1.1", "1.1", Unit.REGULATION, "Regulation 1.1"),
        ("Action 1", "1", Unit.ACTION, "Action 1"),  # among paragraphs 17., 18.
        ("(a)", "a", Unit.PARAGRAPH, "(a)"),
        ("(3)", "3", Unit.RECOMMENDATION, "(3)"),
        ("16.4", "16.4", Unit.PARAGRAPH, "16.4"),
        ("PP3", "PP3", Unit.PREAMBULAR, "PP3"),
        # A resolution's one unnumbered paragraph: "1" stood above its annex's "1.".
        ("OP1", "1", Unit.OPERATIVE, "OP1"),
        ("5 bis.", "5 bis", Unit.PARAGRAPH, "5 bis."),
    ],
)
def test_a_label_for_a_column_of_numbers(label: str, number: str, kind: Unit, short: str) -> None:
    from cybertrack.domain.model import ItemRow

    row = ItemRow(1, 1, number, label, kind, None, "", None, "", "", 0)
    assert row.short_label == short


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_the_evaluation_from_word_and_its_pdf(form: str) -> None:
    """'Recommendation 1' bold on its own line over its text, under a heading right below the
    title: Word and LibreOffice's PDF of it give the same items under the same heading."""
    from tests.conftest import DATA

    path = DATA / f"synthetic-recommendations.{form}"
    document = parse_bytes(path.read_bytes(), path.name)
    assert [(i.label, i.kind) for i in document.items] == [
        (f"Recommendation {n}", Unit.RECOMMENDATION) for n in (1, 2, 3)
    ]
    assert document.items[0].text == (
        "UNODC should strengthen its support to Member States in drafting legislation on "
        "cybercrime, in particular to small island developing States in the Pacific."
    )
    assert {document.sections[i.section_key].title for i in document.items} == {"Recommendations"}
    assert document.coverage.left_out == 0
