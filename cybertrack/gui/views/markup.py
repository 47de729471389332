"""Rich text for the detail panel: the live redline and search highlights.

The redline comes from `cybertrack.domain.worddiff.word_diff`, the project's only diff, so the
screen shows exactly what the exported tracked changes will show.
"""

from __future__ import annotations

import html
import re

from cybertrack.domain.worddiff import word_diff

DELETE_COLOUR = "#c62828"
INSERT_COLOUR = "#1565c0"
# Lighter tones keep the contrast on a dark palette.
DARK_DELETE_COLOUR = "#ef7a7a"
DARK_INSERT_COLOUR = "#7cb8f2"
HIGHLIGHT_BACKGROUND = "#ffe082"
HIGHLIGHT_TEXT = "#000000"

_WORD = re.compile(r"\w+", re.UNICODE)


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
    return " ".join(parts)


def highlight_html(text: str, query: str) -> str:
    """`text` escaped, with the words of `query` marked (the last one as a prefix, like FTS)."""
    words = _WORD.findall(query)
    if not words:
        return html.escape(text)
    patterns = [rf"\b{re.escape(w)}\b" for w in words[:-1]] + [rf"\b{re.escape(words[-1])}\w*"]
    pattern = re.compile("|".join(patterns), re.IGNORECASE | re.UNICODE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(
            f'<span style="background:{HIGHLIGHT_BACKGROUND};color:{HIGHLIGHT_TEXT}">'
            f"{html.escape(match.group())}</span>"
        )
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)
