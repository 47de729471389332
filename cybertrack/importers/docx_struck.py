"""Text struck through in a Word file: how a compilation often marks a deletion a delegation
proposes, by formatting rather than as a tracked change.

The items are plain text, so the struck words stay in them, read as if they stood: the import
says so, with how many paragraphs hold such text and the first struck words, for the delegate
to read those paragraphs against the document.
"""

from __future__ import annotations

from typing import Any

from cybertrack.domain.messages import Code, Message
from cybertrack.importers.docx_numbering import W

_R, _RPR, _P, _T = W + "r", W + "rPr", W + "p", W + "t"
_STRIKES = (W + "strike", W + "dstrike")
_OFF = ("0", "false", "off")
_EXCERPT = 60


def struck_text(body: Any) -> Message | None:
    """A warning when runs of the body are struck through (directly formatted so)."""
    paragraphs: dict[Any, str] = {}
    for strike in body.iter(*_STRIKES):
        if (strike.get(W + "val") or "true").lower() in _OFF:
            continue
        properties = strike.getparent()
        run = properties.getparent()
        # A run's own formatting, not a paragraph mark's nor a formatting change's old one.
        if properties.tag != _RPR or run is None or run.tag != _R:
            continue
        text = "".join(t.text or "" for t in run.iter(_T))
        if not text.strip():
            continue
        paragraph = run.getparent()
        while paragraph is not None and paragraph.tag != _P:
            paragraph = paragraph.getparent()
        paragraphs.setdefault(paragraph, text)
    if not paragraphs:
        return None
    first = " ".join(next(iter(paragraphs.values())).split())
    excerpt = first if len(first) <= _EXCERPT else first[: _EXCERPT - 1] + "…"
    return Message(Code.DOCX_STRUCK_TEXT, n=len(paragraphs), excerpt=excerpt)
