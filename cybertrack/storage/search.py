"""Turning anything a user types into a safe FTS5 query over the item search index."""

from __future__ import annotations

import re

from cybertrack.domain.search import SearchScope, Term, search_terms

# The index's columns each scope searches (see migrations._v4).
_COLUMNS = {
    SearchScope.TEXT: "{text}",
    SearchScope.OWN: "{note amendment rationale}",
    SearchScope.EVERYTHING: None,
}
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(
    user_text: str, min_prefix: int = 1, scope: SearchScope = SearchScope.EVERYTHING
) -> str | None:
    """Every word or "quoted phrase" must appear (in any column the scope covers); a last bare
    word may be a prefix ("budap" finds "Budapest").

    Quotes mark phrases; hyphens ("Secretary-General"), operators and brackets are never passed
    to FTS5 as syntax: only word characters survive, each quoted. None when nothing searchable
    is left. A last word shorter than `min_prefix` is matched whole: a one-letter prefix matches
    most of a large workspace and is slow, while search-as-you-type gets there a letter later.
    """
    terms = search_terms(user_text)
    if not terms:
        return None
    quoted = [f'"{" ".join(term.words)}"' for term in terms]
    last = terms[-1]
    if not last.phrase and len(last.words[-1]) >= min_prefix:
        quoted[-1] += "*"
    query = " ".join(quoted)
    columns = _COLUMNS[scope]
    return f"{columns} : ({query})" if columns else query


def phrase_query(term: Term, scope: SearchScope = SearchScope.TEXT) -> str:
    """One term (a phrase of words) as an FTS5 query in the scope's columns."""
    words = " ".join(word for word in term.words if _WORD.fullmatch(word))
    query = f'"{words}"'
    columns = _COLUMNS[scope]
    return f"{columns} : {query}" if columns else query
