"""Rich text for the detail panel: the live redline and search highlights.

The redline comes from `cybertrack.domain.worddiff.word_diff`, the project's only diff, so the
screen shows exactly what the exported tracked changes will show. Its colours are the one
redline palette of every view (deletions struck through in red, insertions underlined in
blue); gui/diff_html.py uses them too.
"""

from __future__ import annotations

import html
import re

from cybertrack.domain.search import needs_scan, plain_letters, scan_terms, search_terms
from cybertrack.domain.worddiff import word_diff

DELETE_COLOUR = "#c62828"
INSERT_COLOUR = "#1565c0"
# Lighter tones keep the contrast on a dark palette.
DARK_DELETE_COLOUR = "#ef7a7a"
DARK_INSERT_COLOUR = "#7cb8f2"
HIGHLIGHT_BACKGROUND = "#ffe082"
HIGHLIGHT_TEXT = "#000000"


def redline_html(original: str, proposed: str, *, dark: bool = False) -> str:
    """Deletions struck through in red, insertions underlined in blue, the rest as it was."""
    deleted, inserted = (
        (DARK_DELETE_COLOUR, DARK_INSERT_COLOUR) if dark else (DELETE_COLOUR, INSERT_COLOUR)
    )
    parts = []
    for span in word_diff(original, proposed):
        text = html.escape(span.text)
        if span.op == "delete":
            parts.append(f'<s style="color:{deleted}">{text}</s>')
        elif span.op == "insert":
            parts.append(f'<u style="color:{inserted}">{text}</u>')
        else:
            parts.append(text)
    return "".join(parts)


def _scanned_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where a Chinese or Arabic search's terms are, as the scan finds them: anywhere in a
    word (domain.search.needs_scan), Arabic vowel marks and letter forms aside."""
    plain, where = [], []  # the text as plain letters, and where each came from
    for at, char in enumerate(text):
        for letter in plain_letters(char):
            plain.append(letter)
            where.append(at)
    flat = "".join(plain)
    spans = []
    for term in scan_terms(query):
        start = flat.find(term)
        while term and start >= 0:
            spans.append((where[start], where[start + len(term) - 1] + 1))
            start = flat.find(term, start + len(term))
    return sorted(spans)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words and "quoted phrases" of `query` are in `text`, as the search reads them:
    a phrase is marked whole, and a last bare word as a prefix (like the FTS query)."""
    terms = search_terms(query)
    if not terms:
        return []
    if needs_scan(query):
        return _scanned_spans(text, query)
    patterns = []
    for number, term in enumerate(terms):
        words = [re.escape(w) for w in term.words]
        body = r"\W+".join(words)
        last = number == len(terms) - 1
        tail = r"\w*" if last and not term.phrase else r"\b"
        patterns.append(rf"\b{body}{tail}")
    pattern = re.compile("|".join(patterns), re.IGNORECASE | re.UNICODE)
    return [match.span() for match in pattern.finditer(text) if match.end() > match.start()]


def highlight_html(text: str, query: str) -> str:
    """`text` escaped, with what `query` finds marked (see `match_spans`)."""
    out, last = [], 0
    for start, end in match_spans(text, query):
        out.append(html.escape(text[last:start]))
        out.append(
            f'<span style="background:{HIGHLIGHT_BACKGROUND};color:{HIGHLIGHT_TEXT}">'
            f"{html.escape(text[start:end])}</span>"
        )
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)
