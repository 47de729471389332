"""Word differences as rich text: deletions struck through in red, insertions underlined green."""

from __future__ import annotations

from html import escape

from cybertrack.domain.worddiff import Span, word_diff

_STYLE = {
    "delete": "color:#c62828; text-decoration:line-through;",
    "insert": "color:#1b5e20; text-decoration:underline;",
}


def spans_html(spans: list[Span] | tuple[Span, ...]) -> str:
    parts = []
    for span in spans:
        text = escape(span.text)
        style = _STYLE.get(span.op)
        parts.append(f'<span style="{style}">{text}</span>' if style else text)
    return " ".join(parts)


def diff_html(old: str, new: str) -> str:
    """The new text with what changed since `old` marked (the old text's words struck out)."""
    return spans_html(word_diff(old, new))
