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
HIGHLIGHT_BACKGROUND = "#ffe082"
HIGHLIGHT_TEXT = "#000000"

_WORD = re.compile(r"\w+", re.UNICODE)


def redline_html(original: str, proposed: str) -> str:
    """Deletions struck through in red, insertions underlined in blue, the rest as it was."""
    parts = []
    for span in word_diff(original, proposed):
        text = html.escape(span.text)
        if span.op == "delete":
            parts.append(f'<s style="color:{DELETE_COLOUR}">{text}</s>')
        elif span.op == "insert":
            parts.append(f'<u style="color:{INSERT_COLOUR}">{text}</u>')
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
