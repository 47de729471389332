"""An item's numbered paragraphs and lettered sub-paragraphs each on a line of their own."""

from __future__ import annotations

import pytest

from cybertrack.domain.subdivisions import laid_out


def test_an_articles_paragraphs_each_on_a_line() -> None:
    text = (
        "Illegal interception: 1. Each State Party shall adopt such measures. "
        "2. A State Party may require that the offence be committed with dishonest intent."
    )
    assert laid_out(text).split("\n") == [
        "Illegal interception:",
        "1. Each State Party shall adopt such measures.",
        "2. A State Party may require that the offence be committed with dishonest intent.",
    ]


def test_lettered_and_roman_sub_paragraphs_as_a_treaty_prints_them() -> None:
    text = (
        "Use of terms: For the purposes of this Convention: (a) “System” shall mean any device; "
        "(b) “Data” shall mean: (i) any representation; or (ii) any program; and "
        "(c) “Provider” means any entity."
    )
    assert laid_out(text).split("\n") == [
        "Use of terms: For the purposes of this Convention:",
        "(a) “System” shall mean any device;",
        "(b) “Data” shall mean:",
        "(i) any representation; or",
        "(ii) any program; and",
        "(c) “Provider” means any entity.",
    ]


def test_a_letter_i_after_h_is_a_letter() -> None:
    marks = [f"({c}) item {c};" for c in "abcdefghij"]
    lines = laid_out("The Conference decides: " + " ".join(marks)).split("\n")
    assert [line.split()[0] for line in lines[1:]] == [f"({c})" for c in "abcdefghij"]


@pytest.mark.parametrize(
    "text",
    [
        "States should cooperate, as set out in paragraph 3. 2. They should report.",
        "Requests the Secretary-General to report on (a) the work.",  # one letter: no list
        "Recalling its resolutions 74/247 and 75/282 (2021), and (b) of annex II,",
        "Decides that: 2. The Committee shall meet.",  # no 1. before it
    ],
)
def test_numbers_out_of_their_sequence_stay_in_the_text(text: str) -> None:
    assert laid_out(text) == text


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "Décide : a) de promouvoir la coopération; b) de renforcer les capacités; et c) de "
            "faire rapport.",
            [
                "Décide :",
                "a) de promouvoir la coopération;",
                "b) de renforcer les capacités; et",
                "c) de faire rapport.",
            ],
        ),
        (
            "Decide: a) promover la cooperación; b) fortalecer la capacidad; y c) informar.",
            [
                "Decide:",
                "a) promover la cooperación;",
                "b) fortalecer la capacidad; y",
                "c) informar.",
            ],
        ),
        (
            "постановляет: а) содействовать сотрудничеству; б) укреплять потенциал; и в) "
            "представить доклад.",
            [
                "постановляет:",
                "а) содействовать сотрудничеству;",
                "б) укреплять потенциал; и",
                "в) представить доклад.",
            ],
        ),
    ],
)
def test_sub_paragraphs_as_french_spanish_and_russian_texts_letter_them(
    text: str, lines: list[str]
) -> None:
    assert laid_out(text).split("\n") == lines


def test_letters_with_a_stop_before_a_capital_open_sub_paragraphs():
    # UNESCO's Convention against Discrimination in Education, article 3, as the Dutch treaty
    # database prints it ("a.To abrogate", which the import spaces).
    text = (
        "the States Parties thereto undertake: a. To abrogate any statutory provisions; "
        "b. To ensure that there is no discrimination; c. Not to allow any differences."
    )
    assert laid_out(text).split("\n") == [
        "the States Parties thereto undertake:",
        "a. To abrogate any statutory provisions;",
        "b. To ensure that there is no discrimination;",
        "c. Not to allow any differences.",
    ]
    # "i.e." and a page reference are no letters.
    assert laid_out("see p. 5; i.e. the text; a. To act") == "see p. 5; i.e. the text; a. To act"


def test_each_numbered_paragraphs_letters_start_again():
    # The Vienna Convention's article 31: paragraph 3's (a) and (b) ran on one line, only its
    # (c) (the letter after paragraph 2's (b)) was set apart.
    text = (
        "1. A treaty shall be interpreted in good faith. 2. The context shall comprise: "
        "(a) any agreement; (b) any instrument. 3. There shall be taken into account: "
        "(a) any subsequent agreement; (b) any subsequent practice; (c) any relevant rules."
    )
    assert laid_out(text).split("\n")[4:] == [
        "3. There shall be taken into account:",
        "(a) any subsequent agreement;",
        "(b) any subsequent practice;",
        "(c) any relevant rules.",
    ]


def test_arabic_and_chinese_lists_and_paragraphs():
    arabic = "تقرر ما يلي: (أ) أن تعزز التعاون؛ (ب) أن تيسر تبادل المعلومات؛ (ج) أن تقدم تقريرا."
    assert laid_out(arabic).split("\n")[1:] == [
        "(أ) أن تعزز التعاون؛",
        "(ب) أن تيسر تبادل المعلومات؛",
        "(ج) أن تقدم تقريرا.",
    ]
    chinese = "决定：(a) 加强合作；(b) 促进交流；(c) 提交报告。"
    assert laid_out(chinese).split("\n") == [
        "决定：",
        "(a) 加强合作；",
        "(b) 促进交流；",
        "(c) 提交报告。",
    ]
    # The Universal Declaration's article 11, as the Chinese text runs its paragraphs on.
    assert (
        laid_out(
            "1. 凡受刑事控告者，有未经获得辩护上所需的一切保证的公开审判而依法证实有罪以前，"
            "有权被视为无罪。 2. 任何人的任何行为或不行为，在其发生时依国家法或国际法均"
            "不构成刑事罪者，不得被判为犯有刑事罪。"
        ).count("\n")
        == 1
    )
