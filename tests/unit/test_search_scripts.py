"""Searching Chinese and Arabic texts (the Universal Declaration, tests/data).

Before: the full-text index holds a Chinese clause as one word, so 人权 was found only where
a clause began with it ("No item matches" in the Chinese Declaration, where it is printed 8
times); an Arabic word was missed when written without its vowels (أحرارا for أحرارًا), or
without the article joined to it (كرامة in بالكرامة).
"""

from __future__ import annotations

import pytest

from cybertrack.domain.search import SearchScope, needs_scan, plain_letters
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument
from tests.conftest import DATA


@pytest.fixture
def declarations(workspace):
    for language in ("zh", "ar", "en"):
        workspace.apply(ImportDocument(read_document(DATA / f"udhr-{language}.txt")))
    return {row.title: row.id for row in workspace.documents()}, workspace


def _in(workspace, document_id, text, scope=SearchScope.EVERYTHING):
    found = workspace.search(text, document_id, scope=scope) or []
    items = {i.id: i for i in workspace.items(document_id)}
    return [items[i] for i in found]


def test_a_chinese_word_is_found_inside_a_clause(declarations):
    titles, workspace = declarations
    chinese = next(i for t, i in titles.items() if "世界人权宣言" in t)
    found = _in(workspace, chinese, "人权")
    holding = [i for i in workspace.items(chinese) if "人权" in i.text]
    assert len(found) == len(holding) >= 6  # its 8 occurrences, in 6 items
    assert {i.id for i in found} == {i.id for i in holding}
    assert _in(workspace, chinese, "人权 尊严")  # every word, anywhere in the item
    assert _in(workspace, chinese, "不存在的词") == []


def test_an_arabic_word_with_or_without_its_vowels_and_article(declarations):
    titles, workspace = declarations
    arabic = next(i for t, i in titles.items() if "الإعلان" in t)
    with_vowels = [i for i in workspace.items(arabic) if "أحرارًا" in i.text]
    assert with_vowels
    assert {i.id for i in _in(workspace, arabic, "أحرارا")} >= {i.id for i in with_vowels}
    dignity = _in(workspace, arabic, "كرامة")  # in "بالكرامة", "الكرامة"
    assert any("بالكرامة" in i.text for i in dignity)
    assert any("الكرامة" in i.text for i in dignity)


def test_latin_searches_still_use_the_index():
    assert not needs_scan("dignity")
    assert needs_scan("人权") and needs_scan("كرامة")
    assert plain_letters("أحرارًا") == plain_letters("احرارا")
    assert plain_letters("Dignité") == "dignité"
