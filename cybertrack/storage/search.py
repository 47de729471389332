"""Turning anything a user types into a safe FTS5 query."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str, min_prefix: int = 1) -> str | None:
    """Every word must appear; the last one may be a prefix ("budap" finds "Budapest").

    Quotes, hyphens ("Secretary-General"), operators and brackets are never passed to FTS5 as
    syntax: only word characters survive, each quoted. None when nothing searchable is left.
    A last word shorter than `min_prefix` is matched whole: a one-letter prefix matches most
    of a large workspace and is slow, while search-as-you-type gets there a letter later.
    """
    words = _TOKEN.findall(user_text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if len(words[-1]) >= min_prefix:
        quoted[-1] += "*"
    return " ".join(quoted)
