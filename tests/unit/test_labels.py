"""Every UN numbering scheme in the six languages, read from the start of a paragraph."""

import pytest

from cybertrack.importers.labels import is_subitem, match_bare_number, match_label


@pytest.mark.parametrize(
    ("text", "scheme", "number", "label", "stem", "ordinal"),
    [
        ("1. The Committee met.", "dot", "1", "1.", "", 1),
        ("(1) States should cooperate.", "paren", "1", "(1)", "", 1),
        ("1) States should cooperate.", "bracket", "1", "1)", "", 1),
        ("16.1 The Office supports States.", "decimal", "16.1", "16.1", "16", 1),
        ("29B.1 The Department of Operational Support", "decimal", "29B.1", "29B.1", "29B", 1),
        ("5.I.1 The Department of Peace Operations", "decimal", "5.I.1", "5.I.1", "5.I", 1),
        ("27.II.26 Table 27.II.2 lists", "decimal", "27.II.26", "27.II.26", "27.II", 26),
        ("140.12 Ratify the Convention (Chile);", "decimal", "140.12", "140.12", "140", 12),
        ("121.118. Guarantee an effective", "decimal", "121.118", "121.118.", "121", 118),
        ("(10000) The last recommendation.", "paren", "10000", "(10000)", "", 10000),
        ("12345. A very long list.", "dot", "12345", "12345.", "", 12345),
        ("5 bis. Parties shall", "dot", "5 bis", "5 bis.", "", 5),
        ("Article 5 Criminalization", "article", "5", "Article 5", "", 5),
        ("Article 13. Jurisdiction", "article", "13", "Article 13", "", 13),
        ("Article premier Objet", "article", "1", "Article premier", "", 1),
        # An arms-control treaty's Roman article numbers; the Financial and Staff Regulations
        # and Rules, numbered by their article (regulation 1.1 and rule 1.1: two sequences).
        ("Article IV Nothing in this Treaty", "article", "4", "Article IV", "", 4),
        ("ARTICLE XIV", "article", "14", "ARTICLE XIV", "", 14),
        ("Статья IV Ничто в настоящем Договоре", "article", "4", "Статья IV", "", 4),
        ("Artículo III 1. Cada Estado", "article", "3", "Artículo III", "", 3),
        (
            "Regulation 5.1: The appropriations",
            "article",
            "5.1",
            "Regulation 5.1",
            "Regulation 5",
            1,
        ),
        ("Rule 105.2 Obligations", "article", "105.2", "Rule 105.2", "Rule 105", 2),
        ("Article 5.1 Les crédits", "article", "5.1", "Article 5.1", "Article 5", 1),
        ("Règle 105.1 Le Contrôleur", "article", "105.1", "Règle 105.1", "Règle 105", 1),
        ("Положение 1.1 Статус", "article", "1.1", "Положение 1.1", "Положение 1", 1),
        ("Cláusula 1.1 Condición", "article", "1.1", "Cláusula 1.1", "Cláusula 1", 1),
        ("Regla 1.2 Obligaciones", "article", "1.2", "Regla 1.2", "Regla 1", 2),
        ("Artículo 5 Penalización", "article", "5", "Artículo 5", "", 5),
        ("Artículo primero Finalidad", "article", "1", "Artículo primero", "", 1),
        ("Статья 5 Криминализация", "article", "5", "Статья 5", "", 5),
        ("第五条 刑事定罪", "article", "5", "第五条", "", 5),
        ("第十二条 管辖权", "article", "12", "第十二条", "", 12),
        ("第一百二十条 生效", "article", "120", "第一百二十条", "", 120),
        ("المادة 5 التجريم", "article", "5", "المادة 5", "", 5),
        ("المادة ١٢ الولاية القضائية", "article", "12", "المادة ١٢", "", 12),
        # Arabic treaties number articles by ordinal words too.
        ("المادة الأولى - الهدف", "article", "1", "المادة الأولى", "", 1),
        ("المادة الثانية عشرة النطاق", "article", "12", "المادة الثانية عشرة", "", 12),
        ("المادة الخامسة والعشرون", "article", "25", "المادة الخامسة والعشرون", "", 25),
        ("Pp3 Pursuant to the Durban Platform", "pp", "PP3", "Pp3", "", 3),
        ("Pp2bis Noting", "pp", "PP2 bis", "Pp2bis", "", 2),
        ("OP12 Decides", "op", "12", "OP12", "", 12),
        ("OP 4. Requests", "op", "4", "OP 4", "", 4),
        # A negotiating text's alternative to a paragraph, numbered after it.
        ("OP2 alt Requests", "op", "2 alt", "OP2 alt", "", 2),
        ("PP5 Alt. Recalling", "pp", "PP5 Alt", "PP5 Alt", "", 5),
        ("OP7 alt 2: Decides", "op", "7 alt 2", "OP7 alt 2", "", 7),
        ("1.- Los Estados Partes adoptarán", "dot", "1", "1.-", "", 1),
        ("12.– Les États parties", "dot", "12", "12.–", "", 12),
        ("Artículo 3.- Ámbito de aplicación", "article", "3", "Artículo 3", "", 3),
        ("Recommendation 4: UNODC should", "recommendation", "4", "Recommendation 4", "", 4),
        # A compilation's or an informal text's named paragraphs, in the six languages.
        ("Paragraph 3. States shall", "dot", "3", "Paragraph 3", "", 3),
        ("Para. 4: States should", "dot", "4", "Para. 4", "", 4),
        ("Paragraph 2 bis. [States may]", "dot", "2 bis", "Paragraph 2 bis", "", 2),
        ("Paragraphe 7 : Les États", "dot", "7", "Paragraphe 7", "", 7),
        ("Párrafo 4. Los Estados", "dot", "4", "Párrafo 4", "", 4),
        ("Пункт 3. Государства", "dot", "3", "Пункт 3", "", 3),
        ("الفقرة 3: الدول", "dot", "3", "الفقرة 3", "", 3),
        ("第3段 各国", "dot", "3", "第3段", "", 3),
    ],
)
def test_every_scheme(text, scheme, number, label, stem, ordinal) -> None:
    found = match_label(text)
    assert found is not None
    assert (found.scheme, found.number, found.label) == (scheme, number, label)
    assert (found.stem, found.ordinal) == (stem, ordinal)


@pytest.mark.parametrize(
    ("text", "number", "label", "rest"),
    [
        # A negotiating text brackets what is not agreed, an item's number with it.
        ("[12. Decides to establish]", "12", "12.", "[Decides to establish]"),
        ("[[12 bis. Requests]]", "12 bis", "12 bis.", "[[Requests]]"),
        ("[Article 6 Interference with data]", "6", "Article 6", "[Interference with data]"),
        ("[Article 3 bis] (REDD-PLUS)", "3 bis", "[Article 3 bis]", "(REDD-PLUS)"),
        ("Article 3 [ter] (Mechanism)", "3 ter", "Article 3 [ter]", "(Mechanism)"),
        ("12 [bis]. Decides", "12 bis", "12 [bis].", "Decides"),
    ],
)
def test_a_bracketed_number_is_read_and_its_brackets_kept(text, number, label, rest) -> None:
    found = match_label(text)
    assert found is not None
    assert (found.number, found.label, found.rest) == (number, label, rest)


def test_bracketed_words_are_no_number() -> None:
    # An editor's note or a bracketed clause opens no item; nor does a footnote's "[1]".
    for text in ("[Original: Spanish]", "[to be completed]", "[1] Smith, Cybercrime", "[bis] text"):
        assert match_label(text) is None, text


def test_bis_comes_after_its_number_in_the_same_sequence() -> None:
    plain, inserted = match_label("12. Text"), match_label("12 bis. Text")
    assert plain is not None and inserted is not None
    assert inserted.sequence == plain.sequence and inserted.ordinal == plain.ordinal
    assert inserted.suffix == "bis" and plain.suffix == ""


@pytest.mark.parametrize(
    "text",
    [
        "15.8 months of rental",  # a sentence cut at a line end, not paragraph 15.8
        "2.5 million dollars",
        "2020 was a year",
        "(a) sub",
        "(iv) more",
        "In 2019. Then",
        "Articles 5 and 6 apply",
        "Article Ix of",  # a Roman number is in capitals
        "Article IIII",
        "Regulation 2019/1150 of the European Parliament",  # a regulation is numbered N.N
        # An article named in a sentence: a word in lower case right after its number.
        "Article 4 of the Treaty recognizes the right",
        "Article IV of the Treaty recognizes the right",
        "Principle 10 of the Rio Declaration was recalled",
        "Статья 5 настоящей Конвенции предусматривает",
        "OPEC 12 members",
        "P3 staff posts",
        "Paragraph 5 of resolution 74/247 decides",  # a sentence naming a paragraph
        "第3段所述",
    ],
)
def test_things_that_are_not_item_numbers(text) -> None:
    assert match_label(text) is None


def test_a_number_without_its_stop_is_a_candidate_only_before_a_capital() -> None:
    bare = match_bare_number("49 For the period under review")
    assert bare is not None and (bare.scheme, bare.number) == ("dot", "49")
    assert match_bare_number("49 per cent of the budget") is None


@pytest.mark.parametrize(
    "text",
    ["(a) To report", "a) Un rapport", "(iv) a point", "(а) доклад", "(أ) تقرير", "（一）报告"],
)
def test_sub_items_in_every_script(text) -> None:
    assert is_subitem(text)


@pytest.mark.parametrize("text", ["• a bullet", "– a dash bullet", "\uf0b7 Word's Symbol bullet"])
def test_bullets_are_sub_items(text) -> None:
    assert is_subitem(text)


def test_a_word_standing_alone_is_no_automatic_number() -> None:
    # Before: "Article" was tried as "Article X", article 10 in Roman numerals, and a table's
    # header row "Article | Position" left its line to be read as a heading.
    from cybertrack.importers.labels import label_from_auto

    assert label_from_auto("Article") is None
    found = label_from_auto("Article IV")
    assert found is not None and (found.label, found.number) == ("Article IV", "4")
