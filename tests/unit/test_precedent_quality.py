"""Precedent quality, measured: light paraphrases of real paragraphs find their source.

The library is every real document of the quality set (bench/_precedent_corpus.py: English
resolutions, a draft and its adopted resolution, treaties, reports, UPR recommendations, UNFCCC
decisions; the Universal Declaration in English, French and Spanish). Each query is a seeded
light paraphrase of one paragraph: words dropped, drafting words inserted, words inflected, two
clauses swapped. The issue's targets: the source first for 95% of queries, in the top 3 for
99%. bench/precedent.py runs every paragraph and compares with SQLite FTS5's bm25.
"""

import pytest

from bench._precedent_corpus import evaluate, library_documents, make_queries
from cybertrack.services import ImportDocument, Workspace

SAMPLE = 400


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("quality") / "library.cybertrack")
    for document in library_documents():
        ws.apply(ImportDocument(document, library=True))
    ws.update_precedent_index()
    yield ws
    ws.close()


def test_light_paraphrases_find_their_source(library):
    queries = make_queries([item.text for item in library.items()], seed=18, limit=SAMPLE)
    assert len(queries) == SAMPLE
    assert {q.language for q in queries} == {"en", "fr", "es"}
    assert all(q.text != q.source for q in queries)
    quality = evaluate(
        queries, lambda text: [p.paragraph.text for p in library.precedents(text, 3)]
    )
    assert quality.first_rate >= 0.95, quality.line()
    assert quality.top3_rate >= 0.99, quality.line()


def test_every_french_and_spanish_paragraph_finds_its_source(library):
    paragraphs = [
        item.text
        for document in library.documents()
        if document.symbol == "A/RES/217(III) A"
        for item in library.items(document.id)
    ]
    queries = [q for q in make_queries(paragraphs, seed=5) if q.language in ("fr", "es")]
    assert len(queries) > 100
    quality = evaluate(
        queries, lambda text: [p.paragraph.text for p in library.precedents(text, 3)]
    )
    assert quality.first_rate >= 0.95, quality.line()
    assert quality.top3_rate >= 0.99, quality.line()
