"""Word differences as rich text, in the one redline palette of every view (views/markup.py):
deletions struck through in red, insertions underlined in blue."""

from __future__ import annotations

from html import escape

from cybertrack.domain.worddiff import Span, word_diff
from cybertrack.gui.views.markup import (
    DARK_DELETE_COLOUR,
    DARK_INSERT_COLOUR,
    DELETE_COLOUR,
    INSERT_COLOUR,
)


def _styles(dark: bool) -> dict[str, str]:
    deleted, inserted = (
        (DARK_DELETE_COLOUR, DARK_INSERT_COLOUR) if dark else (DELETE_COLOUR, INSERT_COLOUR)
    )
    return {
        "delete": f"color:{deleted}; text-decoration:line-through;",
        "insert": f"color:{inserted}; text-decoration:underline;",
    }


def spans_html(spans: list[Span] | tuple[Span, ...], *, dark: bool = False) -> str:
    styles = _styles(dark)
    parts = []
    for span in spans:
        text = escape(span.text)
        style = styles.get(span.op)
        parts.append(f'<span style="{style}">{text}</span>' if style else text)
    return "".join(parts)


def diff_html(old: str, new: str, *, dark: bool = False) -> str:
    """The new text with what changed since `old` marked (the old text's words struck out)."""
    return spans_html(word_diff(old, new), dark=dark)
