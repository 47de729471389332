"""The fixed words in six languages: dates as UN documents write them, units named and counted
as each language does, references in the right grammatical case, French typography."""

from datetime import date

import pytest

from cybertrack.domain.units import Unit
from cybertrack.exporters.excerpts import excerpt
from cybertrack.exporters.vocabulary import LANGUAGES, Vocabulary, french_typography

UNITS = tuple(unit.value for unit in Unit)  # every unit an import can give an item


def test_every_language_has_every_word_and_every_unit():
    english = Vocabulary("en")
    for language in LANGUAGES:
        vocab = Vocabulary(language)
        assert vocab.keys() == english.keys(), language
        for unit in UNITS:
            assert vocab.unit_title(unit) and vocab.count(unit, 3), (language, unit)


@pytest.mark.parametrize(
    ("language", "one_day", "same_month", "across_months"),
    [
        ("en", "5 January 2026", "27–29 July 2020", "30 March–1 April 2022"),
        ("fr", "5 janvier 2026", "27–29 juillet 2020", "30 mars–1er avril 2022"),
        (
            "es",
            "5 de enero de 2026",
            "27 a 29 de julio de 2020",
            "30 de marzo a 1 de abril de 2022",
        ),
        (
            "ar",
            "5 كانون الثاني/يناير 2026",
            "27-29 تموز/يوليه 2020",
            "30 آذار/مارس - 1 نيسان/أبريل 2022",
        ),
        ("ru", "5 января 2026 года", "27–29 июля 2020 года", "30 марта – 1 апреля 2022 года"),
        ("zh", "2026年1月5日", "2020年7月27日至29日", "2022年3月30日至4月1日"),
    ],
)
def test_dates_in_six_languages(language, one_day, same_month, across_months):
    vocab = Vocabulary(language)
    assert vocab.format_date(date(2026, 1, 5)) == one_day
    assert vocab.format_range(date(2020, 7, 27), date(2020, 7, 29)) == same_month
    assert vocab.format_range(date(2022, 3, 30), date(2022, 4, 1)) == across_months


def test_statements_of_a_meeting_record_are_named_in_each_language():
    assert Vocabulary("en").count("statement", 3) == "3 statements"
    assert [Vocabulary("ru").count("statement", n) for n in (1, 3, 5)] == [
        "1 выступление",
        "3 выступления",
        "5 выступлений",
    ]
    assert Vocabulary("zh").count("statement", 4) == "4次发言"


def test_counts_follow_each_languages_plural_rules():
    ru = Vocabulary("ru")
    assert [ru.count("recommendation", n) for n in (1, 3, 5, 21)] == [
        "1 рекомендация",
        "3 рекомендации",
        "5 рекомендаций",
        "21 рекомендация",
    ]
    ar = Vocabulary("ar")
    assert [ar.count("paragraph", n) for n in (1, 2, 3, 11, 100)] == [
        "فقرة واحدة",
        "فقرتان",
        "3 فقرات",
        "11 فقرة",
        "100 فقرة",
    ]
    assert Vocabulary("fr").count("article", 0) == "0 article"  # French: 0 is singular
    assert Vocabulary("zh").count("recommendation", 39) == "39项建议"


def test_references_take_the_case_the_sentence_needs():
    groups = [("recommendation", [("1", "(1)"), ("3", "(3)"), ("4", "(4)"), ("5", "(5)")], "")]
    one = [("article", [("5", "Article 5")], "")]
    mixed = [
        ("preambular paragraph", [("PP2", "PP2")], ""),
        ("operative paragraph", [("4", "4.")], ""),
    ]
    assert Vocabulary("en").refer("we_oppose", groups) == (
        "We oppose recommendations (1) and (3)–(5)."
    )
    assert Vocabulary("en").refer("we_support", mixed) == (
        "We support preambular paragraph 2 and operative paragraph 4."
    )
    assert Vocabulary("fr").refer("we_oppose", one) == "Nous nous opposons à l’article 5."
    assert Vocabulary("fr").refer("we_oppose", groups) == (
        "Nous nous opposons aux recommandations (1) et (3)–(5)."
    )
    assert Vocabulary("es").refer("we_oppose", one) == "Nos oponemos al artículo 5."
    assert Vocabulary("ru").refer("we_oppose", one) == "Мы возражаем против статьи 5."
    assert Vocabulary("ru").refer("we_amend", groups) == (
        "Мы предлагаем поправки к рекомендациям (1) и (3)–(5)."
    )
    assert Vocabulary("ru").refer("we_support", one) == "Мы поддерживаем статью 5."
    assert Vocabulary("zh").refer("we_support", mixed) == "我们支持序言部分第2段和执行部分第4段。"
    assert Vocabulary("ar").refer("we_support", one) == "نؤيد المادة 5."
    # The same numbers in the resolution and in its annex: the annex's group says where it is.
    twice = [
        ("operative paragraph", [("3", "3.")], ""),
        ("paragraph", [("3", "3."), ("4", "4.")], "Annex Interpretative notes"),
    ]
    assert Vocabulary("en").refer("we_amend", twice) == (
        "We propose amendments to operative paragraph 3 and paragraphs 3 and 4"
        " (Annex Interpretative notes)."
    )
    # Three groups or more read as a list.
    three = [*mixed, ("article", [("5", "Article 5")], "")]
    assert Vocabulary("en").refer("we_support", three) == (
        "We support preambular paragraph 2, operative paragraph 4 and article 5."
    )
    assert Vocabulary("fr").refer("we_support", three).endswith("et l’article 5.")
    assert "、" in Vocabulary("zh").refer("we_support", three)
    assert (
        Vocabulary("zh")
        .refer("we_support", twice)
        .endswith("第3和4段（Annex Interpretative notes）。")
    )
    # The numbers of one group read as a list too, as UN texts cite them ("paragraphs 7, 9
    # and 10"), not "8, 13".
    numbers = [("operative paragraph", [("8", "8."), ("13", "13."), ("15", "15.")], "")]
    assert Vocabulary("en").refer("we_support", numbers) == (
        "We support operative paragraphs 8, 13 and 15."
    )
    assert "8, 13 et 15" in Vocabulary("fr").refer("we_support", numbers)
    assert "الفقرات 8 و13 و15" in Vocabulary("ar").refer("we_support", numbers)
    assert "第8、13和15段" in Vocabulary("zh").refer("we_support", numbers)
    # Arabic puts its conjunction before each.
    assert Vocabulary("ar").refer("we_support", three).count(" و") == 2


def test_french_typography_makes_spaces_unbreakable_without_adding_any():
    fr = Vocabulary("fr")
    assert fr.label("Motif") == "Motif\u00a0: "
    assert fr["level_point"] == "{level}\u00a0: {point}"
    assert french_typography("Oui ; non ? « bien »") == "Oui\u202f; non\u202f? «\u202fbien\u202f»"
    assert french_typography("à 10:30, http://un.org") == "à 10:30, http://un.org"
    assert Vocabulary("en").label("Reason") == "Reason: "


def test_places_and_bodies_in_the_un_languages():
    assert Vocabulary("es").name("Vienna") == "Viena"
    assert Vocabulary("ru").name("general  assembly") == "Генеральная Ассамблея"
    assert Vocabulary("fr").name("Kuala Lumpur") == "Kuala Lumpur"  # unknown: as given


def test_excerpts_stop_at_a_clause_or_a_word():
    text = (
        "States should strengthen cooperation among competent authorities, in particular "
        "through mutual legal assistance and the exchange of information."
    )
    assert excerpt(text) == "States should strengthen cooperation among competent authorities …"
    longer = (
        "Countries are called upon to pay particular attention to the necessary "
        "proportionality of the investigative powers, and to the safeguards required by law."
    )  # no clause ends within reach: the cut is at the last whole word
    assert excerpt(longer) == (
        "Countries are called upon to pay particular attention to the necessary "
        "proportionality of the investigative …"
    )
    no_clause = " ".join(["cooperation"] * 20)
    cut = excerpt(no_clause)
    assert cut.endswith(" …") and set(cut[:-2].split()) == {"cooperation"}
    # Chinese has no spaces: signs count double and the cut is at the last clause sign.
    sentence = "各国应继续加强合作，以保护关键基础设施，并加强计算机应急小组之间的协作网络，"
    assert excerpt(sentence * 3) == sentence + "各国应继续加强合作…"
    assert excerpt("Short text.") == "Short text."
    accented = "e\u0301" * 200  # an accent is never parted from its letter
    assert excerpt(accented) == "e\u0301" * 110 + "…"


@pytest.mark.parametrize(
    ("language", "resolution", "addendum"),
    [
        ("en", "Resolution: Countering", "Report, addendum: Budget"),
        ("fr", "Résolution\u00a0: Countering", "Rapport, additif\u00a0: Budget"),
        ("es", "Resolución: Countering", "Informe, adición: Budget"),
        ("ar", "قرار: Countering", "تقرير، إضافة: Budget"),
        ("ru", "Резолюция: Countering", "Доклад, добавление: Budget"),
        ("zh", "决议：Countering", "报告、增编：Budget"),
    ],
)
def test_a_document_title_names_its_kind_in_the_paper_language(language, resolution, addendum):
    """The import heads a title with the document's kind in English ("Resolution: ..."); a
    Spanish paper said "Resolution:" above a Spanish resolution."""
    vocab = Vocabulary(language)
    assert vocab.document_title("Resolution: Countering", "resolution") == resolution
    assert vocab.document_title("Report, addendum: Budget", "report, addendum") == addendum


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Draft resolution: Countering"),
        ("fr", "Projet de résolution\u00a0: Countering"),
        ("es", "Proyecto de resolución: Countering"),
        ("ru", "Проект резолюции: Countering"),
        ("zh", "决议草案：Countering"),
        ("ar", "مشروع قرار: Countering"),
    ],
)
def test_a_committee_draft_is_named_a_draft_resolution(language, expected):
    assert (
        Vocabulary(language).document_title("Draft resolution: Countering", "draft resolution")
        == expected
    )


def test_a_title_without_the_kind_head_is_left_as_it_is():
    vocab = Vocabulary("fr")
    # No kind, a kind not at the head, a kind no paper names: the title as stored.
    assert vocab.document_title("Resolution: Countering", None) == "Resolution: Countering"
    assert vocab.document_title("Countering the use", "resolution") == "Countering the use"
    assert vocab.document_title("Minutes: Day 1", "minutes") == "Minutes: Day 1"


def test_bodies_and_places_are_named_in_the_paper_language_whatever_the_document_says():
    """A Russian document names its body "Генеральная Ассамблея": an English paper said so
    too (only English names were looked up)."""
    assert Vocabulary("en").name("Генеральная Ассамблея") == "General Assembly"
    assert Vocabulary("fr").name("Nueva York") == "New York"
    assert Vocabulary("zh").name("Assemblée générale") == "大会"
    assert Vocabulary("es").name("General Assembly") == "Asamblea General"
    assert Vocabulary("fr").name("Expert Group of Somewhere") == "Expert Group of Somewhere"


def test_regulations_and_roman_articles_are_cited_as_printed():
    regulations = [("regulation", [("5.1", "Regulation 5.1"), ("5.2", "Regulation 5.2")], "")]
    numbered = ((1, "I"), (2, "II"), (3, "III"), (6, "VI"))
    articles = [("article", [(str(n), f"Article {r}") for n, r in numbered], "")]
    assert Vocabulary("en").refer("we_support", regulations) == (
        "We support regulations 5.1 and 5.2."
    )
    assert Vocabulary("ru").refer("we_oppose", regulations) == (
        "Мы возражаем против положений 5.1 и 5.2."
    )
    # "Article IV" of a treaty numbered so is article IV in the paper, not article 4.
    assert Vocabulary("en").refer("we_oppose", articles) == "We oppose articles I–III and VI."
    assert Vocabulary("fr").refer("we_oppose", articles) == (
        "Nous nous opposons aux articles I–III et VI."
    )


def test_a_legal_texts_mix_of_units_is_its_provisions():
    english = Vocabulary("en")
    assert english.unit_of(["regulation", "rule", "regulation"]) == "provision"
    assert english.unit_of(["article", "paragraph"]) == "provision"
    assert english.unit_of(["preambular paragraph", "operative paragraph"]) == "paragraph"
    assert english.unit_of(["paragraph", "recommendation"]) == "paragraph"
    assert english.count("provision", 5) == "5 provisions"
    for language in LANGUAGES:
        vocab = Vocabulary(language)
        assert vocab.unit_title("provision") and vocab.count("provision", 3), language
    assert Vocabulary("ru").count("provision", 5) == "5 положений"


def test_rules_numbered_by_regulation_are_rules_in_french_and_spanish():
    # In one paper on the Staff Regulations and Rules, French named both "articles 1.1, 1.2".
    groups = [
        ("regulation", [("1.1", "Regulation 1.1"), ("1.2", "Regulation 1.2")], ""),
        ("rule", [("1.1", "Rule 1.1")], ""),
    ]
    assert Vocabulary("fr").refer("we_support", groups) == (
        "Nous appuyons les articles 1.1 et 1.2 et la règle 1.1."
    )
    assert Vocabulary("es").refer("we_support", groups) == (
        "Apoyamos los artículos 1.1 y 1.2 y la regla 1.1."
    )
    # The rules of procedure stay articles in French.
    procedure = [("rule", [("91", "Rule 91")], "")]
    assert Vocabulary("fr").refer("we_support", procedure) == "Nous appuyons l’article 91."


def test_a_security_council_resolutions_title_is_named_in_the_papers_language():
    # "Resolution 2601 (2021)": no subject after a colon, so the French paper kept it English.
    assert Vocabulary("fr").document_title("Resolution 2601 (2021)", "resolution") == (
        "Résolution 2601 (2021)"
    )
    assert Vocabulary("es").document_title("Resolution 2601 (2021)", "resolution") == (
        "Resolución 2601 (2021)"
    )
    assert Vocabulary("ru").document_title("Resolution 2601 (2021)", "resolution") == (
        "Резолюция 2601 (2021)"
    )
    # A title the delegate wrote, or another kind's, stays as it is.
    assert Vocabulary("fr").document_title("Report 2601", "resolution") == "Report 2601"


def test_names_and_arrows_set_as_each_language_sets_them():
    # A paper's cover over two bodies: 'Assemblée générale; Conseil de sécurité' had an
    # English semicolon in French, Arabic and Chinese; the Arabic dossier's history arrow
    # pointed against the reading.
    bodies = ["A", "B"]
    assert Vocabulary("en").semicolons(bodies) == "A; B"
    assert Vocabulary("fr").semicolons(bodies) == "A\u202f; B"
    assert Vocabulary("ar").semicolons(bodies) == "A؛ B"
    assert Vocabulary("zh").semicolons(bodies) == "A；B"
    assert Vocabulary("en").arrow == " → "
    assert Vocabulary("ar").arrow == " ← "
