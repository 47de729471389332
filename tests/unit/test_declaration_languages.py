"""The Universal Declaration in the six UN languages, and the Charter in Chinese: real texts,
never tuned on before (a colleague fetched them and listed what the import lost).

Before: the Chinese and Arabic first recitals ("鉴于 ...", "لمّا كان ...") were taken for the
author's line and dropped without a word, the coverage saying 100%; the Russian recitals,
each opening in lower case after "...; и", were one paragraph; the Arabic ones, closed by a
full stop, too; the Chinese Charter's numbered paragraphs ("一、维持国际和平及安全；...") were
chapter headings, 82 of them, their text in no article, and every Chinese article ending in
"。" had a colon put after it as if it were a title.
"""

from __future__ import annotations

import pytest

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes, read_document
from tests.conftest import DATA

# The first words of the first and second recitals, as each text prints them.
RECITALS = {
    "en": ("Whereas recognition of the inherent dignity", "Whereas disregard and contempt"),
    "fr": ("Considérant que la reconnaissance", "Considérant que la méconnaissance"),
    "es": ("Considerando que la libertad", "Considerando que el desconocimiento"),
    "ru": ("Принимая во внимание, что признание", "принимая во внимание, что пренебрежение"),
    "zh": ("鉴于对人类家庭所有成员的固有尊严", "鉴于对人权的无视和侮蔑"),
    "ar": ("لمّا كان الاعتراف بالكرامة المتأصلة", "ولما كان تناسي حقوق الإنسان"),
}
# The Unicode project's Arabic copy has six recitals (no "friendly relations" one).
COUNTS = {"en": 7, "fr": 7, "es": 7, "ru": 7, "zh": 7, "ar": 6}


def _opener(text: str) -> str:
    """A recital's opening word: case, Arabic's "and" (و) and its shadda aside; Chinese's
    first two characters ("鉴于")."""
    if "\u4e00" <= text[:1] <= "\u9fff":
        return text[:2]
    word = text.split()[0].casefold().replace("\u0651", "")
    return word[1:] if word.startswith("و") and len(word) > 2 else word


@pytest.mark.parametrize("language", sorted(RECITALS))
def test_every_recital_and_article_of_the_declaration(language: str) -> None:
    parsed = read_document(DATA / f"udhr-{language}.txt")
    articles = [i for i in parsed.items if i.kind is Unit.ARTICLE]
    assert [i.number for i in articles] == [str(n) for n in range(1, 31)]
    recitals = [i for i in parsed.items if i.kind is Unit.PREAMBULAR]
    first, second = RECITALS[language]
    assert recitals[0].text.startswith(first)
    assert recitals[1].text.startswith(second)
    # Each "Whereas" a paragraph of its own.
    whereas = [r for r in recitals if _opener(r.text) == _opener(first)]
    assert len(whereas) == COUNTS[language]
    assert parsed.coverage.left_out == 0


CHAPTERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
CHAPTERS += [f"十{n}" for n in CHAPTERS[:9]]


def test_the_chinese_charter_keeps_its_articles_paragraphs() -> None:
    parsed = read_document(DATA / "un-charter-zh.txt")
    articles = [i for i in parsed.items if i.kind is Unit.ARTICLE]
    assert len(articles) == 111
    assert [s.label for s in parsed.sections] == [f"第{n}章" for n in CHAPTERS]
    first = articles[0]
    assert first.label == "第一条"
    assert first.text.startswith("联合国之宗旨为： 一、维持国际和平及安全；")
    assert "四、构成一协调各国行动之中心，以达成上述共同目的。" in first.text
    assert "二、准许上述国家为联合国会员国" in articles[3].text
    assert not any(i.text.endswith(":") for i in parsed.items)  # no sentence taken for a title
    assert parsed.coverage.left_out < 0.01 * parsed.coverage.placed


def test_an_article_numbered_1er() -> None:
    text = "Convention\n\nArticle 1er\nLe texte premier.\n\nArticle 2\nLe second texte.\n"
    parsed = parse_bytes(text.encode(), "convention.txt")
    assert [(i.label, i.number, i.text) for i in parsed.items] == [
        ("Article 1er", "1", "Le texte premier."),
        ("Article 2", "2", "Le second texte."),
    ]
