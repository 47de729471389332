"""Version detection's samples: longer words near one another, looked up with FTS5 NEAR."""

from __future__ import annotations

from cybertrack.domain.search import SearchScope
from cybertrack.services.version_detection import MIN_LETTERS, WINDOW, rare_phrases
from cybertrack.storage.search import near_query


def test_samples_leave_out_short_words_and_find_their_document(seeded):
    (doc,) = seeded.documents()
    items = seeded.items(doc.id)
    samples = rare_phrases(items)
    assert samples
    for term in samples:
        assert len(term.words) >= 2 and all(len(w) >= MIN_LETTERS for w in term.words)
        query = near_query(term.words, WINDOW, SearchScope.TEXT)
        assert query.startswith("{text} : NEAR(")
        # The sample's own item holds its words within the window: the document is found.
        found = seeded._store.documents.with_phrase(query, exclude=-1, limit=5)
        assert found == [doc.id], query


def test_a_near_query_is_not_a_phrase():
    # Words apart in the text are found; the quotes keep operators out of the query.
    assert near_query(("mutual", "assistance"), 8, SearchScope.TEXT) == (
        '{text} : NEAR("mutual" "assistance", 8)'
    )
    assert near_query(("a", "OR", "b-c"), 3, SearchScope.EVERYTHING) == 'NEAR("a" "OR", 3)'
