"""A treaty's frame in the six languages: the preamble under "The States Parties to this
Convention," is read as preambular paragraphs, the formula that closes it ("Have agreed as
follows:") and the testimonium after the last article ("IN WITNESS WHEREOF, ...") are none of
its items.

Before, a draft convention's preamble went to the cover page without a word (no item, nothing
reported), and the testimonium was the last article's closing sentence.
"""

from __future__ import annotations

import pytest

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from tests.conftest import DATA
from tests.unit.pdf_fixtures import spaced_pages

# (title, parties, two preambular paragraphs, agreement, chapter, article 1, article 2,
# testimonium), as each language prints them (the UN's texts of its conventions).
TREATY = {
    "en": (
        "Draft United Nations convention against the illicit trade in examples",
        "The States Parties to this Convention,",
        "Concerned about the seriousness of problems posed by the illicit trade,",
        "Convinced that a comprehensive and multidisciplinary approach is required,",
        "Have agreed as follows:",
        "Chapter I\nGeneral provisions",
        "Article 1\nStatement of purpose",
        "Article 2\nUse of terms",
        "IN WITNESS WHEREOF, the undersigned plenipotentiaries, being duly authorized thereto by "
        "their respective Governments, have signed this Convention.",
    ),
    "fr": (
        "Projet de convention des Nations Unies contre le commerce illicite d'exemples",
        "Les États Parties à la présente Convention,",
        "Préoccupés par la gravité des problèmes que pose le commerce illicite,",
        "Convaincus qu'une approche globale et multidisciplinaire est nécessaire,",
        "Sont convenus de ce qui suit :",
        "Chapitre premier\nDispositions générales",
        "Article premier\nObjet",
        "Article 2\nTerminologie",
        "EN FOI DE QUOI, les plénipotentiaires soussignés, à ce dûment autorisés par leurs "
        "gouvernements respectifs, ont signé la présente Convention.",
    ),
    "es": (
        "Proyecto de convención de las Naciones Unidas contra el comercio ilícito de ejemplos",
        "Los Estados Partes en la presente Convención,",
        "Preocupados por la gravedad de los problemas que plantea el comercio ilícito,",
        "Convencidos de que se requiere un enfoque amplio y multidisciplinario,",
        "Han convenido en lo siguiente:",
        "Capítulo I\nDisposiciones generales",
        "Artículo 1\nFinalidad",
        "Artículo 2\nDefiniciones",
        "EN FE DE LO CUAL, los plenipotenciarios infrascritos, debidamente autorizados por sus "
        "respectivos Gobiernos, han firmado la presente Convención.",
    ),
    "ru": (
        "Проект конвенции Организации Объединенных Наций против незаконной торговли примерами",
        "Государства — участники настоящей Конвенции,",
        "будучи обеспокоены серьезностью проблем, порождаемых незаконной торговлей,",
        "будучи убеждены в необходимости всеобъемлющего подхода,",
        "согласились о нижеследующем:",
        "Глава I\nОбщие положения",
        "Статья 1\nЦели",
        "Статья 2\nТермины",
        "В УДОСТОВЕРЕНИЕ ЧЕГО нижеподписавшиеся полномочные представители, должным образом "
        "уполномоченные на то своими правительствами, подписали настоящую Конвенцию.",
    ),
    "zh": (
        "联合国打击非法贸易示例公约草案",
        "本公约缔约国，",
        "关注非法贸易所造成的问题的严重性，",
        "深信需要采取综合性和多学科的方法，",
        "兹协议如下：",
        "第一章 总则",
        "第一条 宗旨",
        "第二条 术语的使用",
        "下列签署人经各自政府正式授权，已签署本公约，以昭信守。",
    ),
    "ar": (
        "مشروع اتفاقية الأمم المتحدة لمكافحة الاتجار غير المشروع بالأمثلة",
        "إن الدول الأطراف في هذه الاتفاقية،",
        "إذ تقلقها خطورة المشاكل التي يطرحها الاتجار غير المشروع،",
        "واقتناعا منها بضرورة اتباع نهج شامل،",
        "قد اتفقت على ما يلي:",
        "الفصل الأول\nأحكام عامة",
        "المادة 1\nبيان الأغراض",
        "المادة 2\nالمصطلحات المستخدمة",
        "وإثباتا لذلك، قام المفوضون الموقعون أدناه، المخولون ذلك حسب الأصول من حكوماتهم، بالتوقيع "
        "على هذه الاتفاقية.",
    ),
}
BODY = "Body of the article, as agreed."


def _treaty(language: str) -> bytes:
    title, parties, pp1, pp2, agreed, chapter, article1, article2, witness = TREATY[language]
    blocks = [title, parties, pp1, pp2, agreed, chapter, article1, BODY, article2, BODY, witness]
    return "\n\n".join(blocks).encode()


@pytest.mark.parametrize("language", list(TREATY))
def test_the_preamble_of_a_treaty_is_its_preambular_paragraphs(language: str) -> None:
    _, _, pp1, pp2, agreed, _, _, _, witness = TREATY[language]
    document = parse_bytes(_treaty(language), f"treaty-{language}.txt")
    items = document.items
    assert [i.label for i in items[:2]] == ["PP1", "PP2"]
    assert [i.text for i in items[:2]] == [pp1, pp2]
    assert {i.kind for i in items[:2]} == {Unit.PREAMBULAR}
    assert [i.kind for i in items[2:]] == [Unit.ARTICLE, Unit.ARTICLE]
    # The formulas frame the articles: in no item, and counted as read (nothing reported).
    assert not any(agreed in i.text or witness in i.text for i in items)
    assert items[-1].text.endswith(BODY)
    assert document.coverage.left_out == 0
    assert not document.warnings


# "Preamble" in each language but Chinese, whose openers follow a "，" inside sentences too.
PREAMBLE = {
    "en": "Preamble",
    "fr": "Préambule",
    "es": "Preámbulo",
    "ru": "Преамбула",
    "ar": "الديباجة",
}


@pytest.mark.parametrize("language", list(PREAMBLE))
def test_a_preamble_run_into_one_line_is_cut_into_its_paragraphs(language: str) -> None:
    # As web and markdown copies of treaties print it: the heading, the parties, every
    # recital and the formula on one line. It was all cover page, in no item and unreported.
    title, parties, pp1, pp2, agreed, chapter, article1, article2, _ = TREATY[language]
    run_in = " ".join((PREAMBLE[language], parties, pp1, pp2, agreed))
    text = "\n\n".join((title, run_in, chapter, article1, BODY, article2, BODY))
    document = parse_bytes(text.encode(), f"treaty-{language}.txt")
    assert [(i.label, i.text) for i in document.items[:2]] == [("PP1", pp1), ("PP2", pp2)]
    assert [i.kind for i in document.items[2:]] == [Unit.ARTICLE, Unit.ARTICLE]
    assert [s.title for s in document.sections][:1] == [PREAMBLE[language]]
    assert document.coverage.left_out == 0
    assert document.coverage.front < len(run_in) / 2  # the title's only
    assert not document.warnings


def test_a_run_in_preamble_closed_by_semicolons_and_without_its_heading() -> None:
    # The Council of Europe's way: "...; Recognising ...;" and no "Preamble" over it, the
    # formula at its end telling what it is.
    recitals = [
        "Considering that the aim of the Council of Europe is to achieve a greater unity between "
        "its members;",
        "Recognising the value of fostering co-operation with the other States parties to this "
        "Convention;",
        "Concerned, however, by the risk that computer networks may be used for committing "
        "criminal offences;",
    ]
    run_in = " ".join(
        [
            "The member States of the Council of Europe and the other States signatory hereto;",
            *recitals,
            "Have agreed as follows:",
        ]
    )
    text = f"Convention on Examples\n\n{run_in}\n\nArticle 1\n\n{BODY}\n\nArticle 2\n\n{BODY}"
    document = parse_bytes(text.encode(), "convention.txt")
    assert [i.label for i in document.items] == ["PP1", "PP2", "PP3", "Article 1", "Article 2"]
    assert [i.text for i in document.items[:3]] == recitals
    assert document.coverage.left_out == 0


def test_a_long_paragraph_that_declares_no_preamble_stays_whole() -> None:
    # Capitalised participles after commas, but neither the heading nor the formula: a
    # report's sentence ("..., Beijing, ..."), not a run-in preamble.
    paragraph = (
        "1. The Working Group, meeting in Vienna, Considering its mandate as set out by the "
        "Conference, Recalling the Fourth World Conference on Women, Beijing, 1995, and "
        "Noting the views expressed by Member States, agreed on the recommendations that follow "
        "and on the timetable for their review at its next meeting."
    )
    document = parse_bytes(f"Report\n\n{paragraph}\n\n2. The Group closed.".encode(), "r.txt")
    assert [i.label for i in document.items] == ["1.", "2."]
    assert document.items[0].text == paragraph.removeprefix("1. ")


def test_a_resolutions_preamble_still_needs_operative_paragraph_one() -> None:
    # An addressee line over paragraphs a chapter heading then interrupts before any number
    # opens no preamble (a report's "The Working Group," under a chapter, say).
    text = (
        "Report of the meeting\n\nThe Working Group,\n\nNoting the progress made,\n\n"
        "II. Conclusions\n\n1. The Working Group concluded its work.\n\n2. It adopted its report."
    )
    document = parse_bytes(text.encode(), "report.txt")
    assert [i.label for i in document.items] == ["1.", "2."]


def test_a_treatys_preamble_in_a_pdf_of_short_paragraphs() -> None:
    # Most paragraphs a line long: the most common distance between lines is the space
    # between paragraphs (28 pt here, 14 within one), and taken for the line spacing it ran
    # the title, the preamble and the chapter heading into one block on the cover.
    def line(text: str) -> bytes:
        return b"[(" + text.encode() + b")]"

    gap = b"[()]"
    page = [
        line("Draft United Nations convention against the illicit trade in examples"),
        gap,
        line("The States Parties to this Convention,"),
        gap,
        line("Concerned about the seriousness of problems and threats posed by the illicit"),
        line("trade,"),
        gap,
        line("Convinced that a comprehensive and multidisciplinary approach is required,"),
        gap,
        line("Bearing in mind that the prevention of the illicit trade is a responsibility of"),
        line("all States,"),
        gap,
        line("Have agreed as follows:"),
        gap,
        line("Chapter I"),
        line("General provisions"),
        gap,
        line("Article 1"),
        line("Statement of purpose"),
        gap,
        line("The purposes of this Convention are to promote measures."),
        gap,
        line("Article 2"),
        line("Use of terms"),
        gap,
        line("For the purposes of this Convention, an example is any example."),
        gap,
        line("Article 3"),
        line("Depositary"),
        gap,
        line("The Secretary-General of the United Nations is designated depositary."),
    ]
    document = parse_bytes(spaced_pages([page]), "treaty.pdf")
    assert [i.label for i in document.items] == [
        "PP1",
        "PP2",
        "PP3",
        "Article 1",
        "Article 2",
        "Article 3",
    ]
    assert document.items[0].text == (
        "Concerned about the seriousness of problems and threats posed by the illicit trade,"
    )
    assert not document.warnings


@pytest.mark.parametrize(
    "chapeau",
    [
        "We, Heads of State and Government, ministers and representatives of States, assembled "
        "at United Nations Headquarters in New York on 25 September 2026, to reaffirm our "
        "commitment to preventing and countering cybercrime in all its forms,",
        "Nous, chefs d'État et de gouvernement, ministres et représentants d'États, réunis au "
        "Siège de l'Organisation des Nations Unies à New York le 25 septembre 2026, pour "
        "réaffirmer notre engagement à prévenir et combattre la cybercriminalité,",
        "Nosotros, los Jefes de Estado y de Gobierno, ministros y representantes de los Estados, "
        "reunidos en la Sede de las Naciones Unidas en Nueva York el 25 de septiembre de 2026,",
        "Мы, главы государств и правительств, министры и представители государств, собравшиеся "
        "в Центральных учреждениях Организации Объединенных Наций 25 сентября 2026 года,",
    ],
)
def test_a_declarations_opening_clause_is_its_first_paragraph(chapeau: str) -> None:
    # A political declaration opens "We, Heads of State and Government, ...," over paragraph
    # 1: a clause negotiated as any paragraph, which went to the cover without a word.
    text = f"Political declaration\n\n{chapeau}\n\n1. Reaffirm our commitment.\n\n2. Commit.\n"
    document = parse_bytes(text.encode(), "declaration.txt")
    assert [i.label for i in document.items] == ["PP1", "1.", "2."]
    assert document.items[0].text == chapeau
    assert document.items[0].kind is Unit.PREAMBULAR


@pytest.mark.parametrize(("name", "count"), [("udhr-en.txt", 8), ("udhr-fr.txt", 8)])
def test_a_preamble_under_its_heading_whereas_by_whereas(name: str, count: int) -> None:
    # The Universal Declaration: "Preamble" over "Whereas ...," paragraphs, one per line, and
    # no addressee line: the whole preamble (2,000 characters) went to the cover unsaid.
    document = parse_bytes((DATA / name).read_bytes(), name)
    labels = [i.label for i in document.items]
    assert labels[:count] == [f"PP{n}" for n in range(1, count + 1)]
    assert labels[count] in ("Article 1", "Article premier")
    assert document.items[0].text.startswith(("Whereas recognition", "Considérant que"))
    # Seven recitals, then "The General Assembly" (no paragraph) and its proclamation, a
    # paragraph of its own (it ran on the seventh recital).
    assert document.items[6].text.endswith(("this pledge, Now, therefore,", "cet engagement,"))
    assert document.items[7].text.startswith(("Proclaims this Universal", "Proclame la"))
    assert [s.title for s in document.sections][:1] in (["Preamble"], ["Préambule"])
