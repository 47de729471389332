"""Large pictures in a Word file: a scanned letter or page pasted in, a map, a chart.

What they show is in no text the import can read, so it names them rather than leave their
content out without a word: how many there are and where the first one stands. A picture
counts when it covers a good part of the page (a logo, an emblem or a signature does not).
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.text import shortened
from cybertrack.importers.docx_numbering import W

_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EXTENT, _P, _T, _TAB = _WP + "extent", W + "p", W + "t", W + "tab"
_EMU_PER_TWIP = 635
_LETTER_TWIPS = (12240, 15840)  # Word's page when the section does not say
# The share of the page a picture covers to count: a scan (with its margins), a half-page map.
SHARE = 0.3
_EXCERPT = 60


def large_pictures(body: Any) -> Message | None:
    """A warning naming the large pictures of a document body, or None."""
    page = _page_area(body)
    found = [extent for extent in body.iter(_EXTENT) if _area(extent) >= SHARE * page]
    if not found:
        return None
    return Message(Code.DOCX_LARGE_PICTURES, n=len(found), where=_where(found[0]))


def _area(extent: Any) -> float:
    """The picture's area in square twips (0 for an extent Word would not write)."""
    try:
        width, height = int(extent.get("cx", 0)), int(extent.get("cy", 0))
    except ValueError:
        return 0.0
    return max(width, 0) / _EMU_PER_TWIP * max(height, 0) / _EMU_PER_TWIP


def _page_area(body: Any) -> float:
    size = body.find(f"{W}sectPr/{W}pgSz")
    width, height = _LETTER_TWIPS
    if size is not None:
        with suppress(ValueError):  # a size Word would not write: its default page
            width, height = int(size.get(W + "w", width)), int(size.get(W + "h", height))
    return float(max(width, 1) * max(height, 1))


def _where(extent: Any) -> Message:
    """After the text nearest above the picture in reading order: its own paragraph's, else
    the paragraphs before it, out of a table cell or a text box when it stands in one."""
    node = next(extent.iterancestors(_P), None)
    text = _text(node) if node is not None else ""
    while node is not None and not text:
        text = next(filter(None, map(_last_text, node.itersiblings(preceding=True))), "")
        node = node.getparent()
    if not text:
        return Message(Code.AT_DOCUMENT_START)
    return Message(Code.AFTER_TEXT, excerpt=shortened(text, _EXCERPT))


def _last_text(element: Any) -> str:
    """The text of the last paragraph with text in `element` (a paragraph, a table)."""
    if element.tag == _P:
        return _text(element)
    return next(filter(None, map(_text, reversed(list(element.iter(_P))))), "")


def _text(paragraph: Any) -> str:
    """The paragraph's words, a tab read as a space ("A.<tab>Substantive")."""
    return " ".join(" ".join(t.text or "" for t in paragraph.iter(_T, _TAB)).split())
