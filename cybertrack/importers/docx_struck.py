"""Text struck through in a Word file: how a compilation often marks a deletion a delegation
proposes, by formatting rather than as a tracked change.

The items are plain text, so the struck words stay in them, read as if they stood: the import
says so, with how many paragraphs hold such text and the first struck words, for the delegate
to read those paragraphs against the document.
"""

from __future__ import annotations

from typing import Any

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.text import shortened
from cybertrack.importers.docx_formatting import EXCERPT, is_on, run_of, run_text
from cybertrack.importers.docx_numbering import W

_P = W + "p"
_STRIKES = (W + "strike", W + "dstrike")


def struck_text(body: Any) -> Message | None:
    """A warning when runs of the body are struck through (directly formatted so)."""
    paragraphs: dict[Any, str] = {}
    for strike in body.iter(*_STRIKES):
        run = run_of(strike) if is_on(strike) else None
        if run is not None and (text := run_text(run, deleted=False)).strip():
            paragraphs.setdefault(next(run.iterancestors(_P), None), text)
    if not paragraphs:
        return None
    first = " ".join(next(iter(paragraphs.values())).split())
    return Message(Code.DOCX_STRUCK_TEXT, n=len(paragraphs), excerpt=shortened(first, EXCERPT))
