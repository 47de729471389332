"""The text of one Word paragraph, as a reader of the printed page sees it.

- Tracked changes: the proposed version keeps insertions and drops deletions; the original
  version does the reverse (`RevisionView`).
- Field codes, footnote reference marks and text boxes stay out.
- A footnote mark typed by hand (a superscript "1", "*" or "a" after a word, or a run in the
  "Footnote Reference" style) is not text of the paragraph; a superscript after a number ("m2",
  "10⁶") is.
"""

from __future__ import annotations

import functools
from typing import Any

from cybertrack.domain.units import RevisionView
from cybertrack.importers.docx_numbering import W
from cybertrack.importers.marks import marked_shape, typed_footnote_mark

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NAMESPACES = {"w": W[1:-1], "mc": _MC}
_COMMON = "not(ancestor::w:txbxContent) and not(ancestor::mc:Fallback)"
_XPATHS = {
    RevisionView.PROPOSED: (
        f".//w:t[not(ancestor::w:del) and not(ancestor::w:moveFrom) and {_COMMON}]"
        " | .//w:tab[not(ancestor::w:tabs) and not(ancestor::w:del)]"
        " | .//w:br[not(ancestor::w:del)]"
        " | .//w:cr | .//w:noBreakHyphen"
    ),
    RevisionView.ORIGINAL: (
        f".//w:t[not(ancestor::w:ins) and not(ancestor::w:moveTo) and {_COMMON}]"
        f" | .//w:delText[not(ancestor::w:ins) and {_COMMON}]"
        " | .//w:tab[not(ancestor::w:tabs) and not(ancestor::w:ins)]"
        " | .//w:br[not(ancestor::w:ins)]"
        " | .//w:cr | .//w:noBreakHyphen"
    ),
}


@functools.cache
def _xpath(view: RevisionView) -> Any:
    from lxml import etree

    return etree.XPath(_XPATHS[view], namespaces=_NAMESPACES)


def has_revisions(element: Any) -> bool:
    """Whether tracked changes are anywhere under `element`."""
    tags = (W + "ins", W + "del", W + "moveFrom", W + "moveTo")
    return next(element.iter(*tags), None) is not None


def _typed_mark(node: Any, text: str, parts: list[str]) -> bool:
    """A footnote mark typed into the text (raised, in a note style, or set smaller than the
    text before it), not a real footnote reference. A mark needs text before it (a number
    opening a table cell is no mark)."""
    if not parts or not marked_shape(text):
        return False
    run = node.getparent()
    rpr = next(run.iterchildren(_RPR), None) if run is not None else None
    if rpr is None:
        return False
    align = next(rpr.iterchildren(_VERT_ALIGN), None)
    style = next(rpr.iterchildren(_RSTYLE), None)
    superscript = align is not None and align.get(_VAL) == "superscript"
    note_style = style is not None and "note" in (style.get(_VAL) or "").lower()
    if not typed_footnote_mark(text, "".join(parts[-3:])):
        return False
    # Set smaller, not raised: asked last, of a run that stands where a mark would.
    return superscript or note_style or _smaller_than_before(run, rpr)


def _smaller_than_before(run: Any, rpr: Any) -> bool:
    """A run set clearly smaller than the run before it: how a PDF converted to Word keeps a
    footnote mark ("thereto,<13>1<20> the Single Convention"), with no superscript."""
    size = _size(rpr)
    previous = run.getprevious()
    while previous is not None and previous.tag != _R:
        previous = previous.getprevious()
    if size is None or previous is None:
        return False
    before = _size(next(previous.iterchildren(_RPR), None))
    return before is not None and size <= before * _MARK_SHARE


def _size(rpr: Any | None) -> float | None:
    """A run's own font size (half-points), when it sets one."""
    size = next(rpr.iterchildren(_SZ), None) if rpr is not None else None
    try:
        return float(size.get(_VAL)) if size is not None else None
    except (TypeError, ValueError):
        return None


_SPECIAL = (
    W + "ins",
    W + "del",
    W + "moveFrom",
    W + "moveTo",
    W + "txbxContent",
    f"{{{_MC}}}AlternateContent",
)
_SPECIAL_TAGS = frozenset(_SPECIAL)
_PLAIN = (W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen")
_P, _T, _DEL_TEXT, _NO_BREAK_HYPHEN = W + "p", W + "t", W + "delText", W + "noBreakHyphen"
_TAB, _TABS = W + "tab", W + "tabs"
_RPR, _VERT_ALIGN, _RSTYLE, _VAL = W + "rPr", W + "vertAlign", W + "rStyle", W + "val"
_SZ = W + "sz"
# A mark set smaller than the text before it: a superscript is two thirds of it, a
# converter's footnote marks 13 half-points in 20.
_MARK_SHARE = 0.75
_R, _I = W + "r", W + "i"


def plain_texts(body: Any) -> dict[Any, str]:
    """The text of each paragraph of a body, found in one walk (a walk per paragraph cost
    three times as much). A paragraph with tracked changes, a text box or alternate content
    is left out, and so is any paragraph inside them: `paragraph_text` reads those one by
    one. Paragraphs nest only inside a text box, so a node belongs to the paragraph last
    opened."""
    found: dict[Any, list[str]] = {}
    apart: set[Any] = set()
    parts: list[str] = []
    stops = _TabStops()
    for node in body.iter(_P, *_SPECIAL, *_PLAIN):
        tag = node.tag
        if tag == _TAB:
            if not stops.holds(node):
                parts.append("\t")
        elif tag == _P:
            parts = found[node] = []
        elif tag in _SPECIAL_TAGS:
            apart.update(node.iterancestors(_P))
            apart.update(node.iter(_P))
        else:
            _add_text(parts, tag, node)
    for paragraph in apart:
        found.pop(paragraph, None)
    return {paragraph: "".join(parts) for paragraph, parts in found.items()}


class _TabStops:
    """Tells a tab stop of the paragraph's style (`w:tabs/w:tab`) from a tab in the text.

    A paragraph's stops come in a row under one `w:tabs`: holding on to it lets lxml hand
    back the same parent object for each, instead of making one per tab (a report has
    twenty thousand stops and a thousand tabs)."""

    def __init__(self) -> None:
        self._last: Any = None

    def holds(self, tab: Any) -> bool:
        parent = tab.getparent()
        if parent is self._last:
            return True
        if parent.tag == _TABS:
            self._last = parent
            return True
        return False


def _add_text(parts: list[str], tag: str, node: Any) -> None:
    """What a text node (not a tab) adds to the paragraph's text so far (`parts`)."""
    if tag in (_T, _DEL_TEXT):
        text = node.text or ""
        if len(text) > 3 or not _typed_mark(node, text, parts):
            parts.append(text)
    elif tag == _NO_BREAK_HYPHEN:
        parts.append("-")
    else:
        parts.append("\n")


def paragraph_text(paragraph: Any, view: RevisionView = RevisionView.PROPOSED) -> str:
    """The text of one `w:p` in the chosen version, field codes and typed marks left out."""
    parts: list[str] = []
    for tag, node in _text_nodes(paragraph, view):
        if tag == _TAB:
            parts.append("\t")
        else:
            _add_text(parts, tag, node)
    return "".join(parts)


def _text_nodes(paragraph: Any, view: RevisionView) -> list[tuple[str, Any]]:
    """The paragraph's text nodes with their tags, tab stops left out."""
    # Most paragraphs have no tracked change and no text box: one plain walk suffices (the
    # XPath's ancestor tests cost more than the rest of the import).
    nodes: list[tuple[str, Any]] = []
    stops = _TabStops()
    for node in paragraph.iter(*_SPECIAL, *_PLAIN):
        tag = node.tag
        if tag in _SPECIAL_TAGS:
            return [(found.tag, found) for found in _xpath(view)(paragraph)]
        if tag != _TAB or not stops.holds(node):
            nodes.append((tag, node))
    return nodes


def opens_in_italics(paragraph: Any) -> bool:
    """Whether the first words of the paragraph are set in italics (a preambular opener)."""
    for run in paragraph.iter(_R):
        text = "".join(t.text or "" for t in run.iterchildren(_T))
        if not text.strip():
            continue
        rpr = next(run.iterchildren(_RPR), None)
        italic = next(rpr.iterchildren(_I), None) if rpr is not None else None
        return italic is not None and italic.get(_VAL, "true") not in ("0", "false")
    return False
