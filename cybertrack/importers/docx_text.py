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
    """A superscript footnote mark typed into the text, not a real footnote reference.

    The run's formatting is looked at before the text before it, which may be long."""
    if not marked_shape(text):
        return False
    run = node.getparent()
    rpr = next(run.iterchildren(_RPR), None) if run is not None else None
    if rpr is None:
        return False
    align = next(rpr.iterchildren(_VERT_ALIGN), None)
    style = next(rpr.iterchildren(_RSTYLE), None)
    superscript = align is not None and align.get(_VAL) == "superscript"
    note_style = style is not None and "note" in (style.get(_VAL) or "").lower()
    return (superscript or note_style) and typed_footnote_mark(text, "".join(parts[-3:]))


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
# A paragraph's text nodes, each with its tag (read once: lxml builds the string each time).
TextNodes = list[tuple[str, Any]]


def plain_nodes(body: Any) -> dict[Any, TextNodes]:
    """The text nodes of each paragraph of a body, found in one walk (a walk per paragraph
    cost three times as much). A paragraph with tracked changes, a text box or alternate
    content is left out, and so is any paragraph inside them: `paragraph_text` reads those
    one by one. Paragraphs nest only inside a text box, so a node belongs to the paragraph
    last opened."""
    found: dict[Any, TextNodes] = {}
    apart: set[Any] = set()
    nodes: TextNodes = []
    for node in body.iter(_P, *_SPECIAL, *_PLAIN):
        tag = node.tag
        if tag == _P:
            nodes = found[node] = []
        elif tag in _SPECIAL_TAGS:
            apart.update(node.iterancestors(_P))
            apart.update(node.iter(_P))
        else:
            nodes.append((tag, node))
    for paragraph in apart:
        found.pop(paragraph, None)
    return found


def paragraph_text(
    paragraph: Any, view: RevisionView = RevisionView.PROPOSED, nodes: TextNodes | None = None
) -> str:
    """The text of one `w:p` in the chosen version, field codes and typed marks left out.

    `nodes`: the paragraph's text nodes from `plain_nodes`, when the body has been walked."""
    if nodes is None:
        nodes = _text_nodes(paragraph, view)
    parts: list[str] = []
    for tag, node in nodes:
        if tag in (_T, _DEL_TEXT):
            text = node.text or ""
            if len(text) <= 3 and _typed_mark(node, text, parts):
                continue
            parts.append(text)
        elif tag == _TAB:
            if node.getparent().tag != _TABS:  # not a tab stop of the style
                parts.append("\t")
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _text_nodes(paragraph: Any, view: RevisionView) -> TextNodes:
    # Most paragraphs have no tracked change and no text box: one plain walk suffices (the
    # XPath's ancestor tests cost more than the rest of the import).
    nodes: TextNodes = []
    for node in paragraph.iter(*_SPECIAL, *_PLAIN):
        tag = node.tag
        if tag in _SPECIAL_TAGS:
            return [(found.tag, found) for found in _xpath(view)(paragraph)]
        nodes.append((tag, node))
    return nodes


def opens_in_italics(paragraph: Any) -> bool:
    """Whether the first words of the paragraph are set in italics (a preambular opener)."""
    for run in paragraph.iter(W + "r"):
        text = "".join(t.text or "" for t in run.iterfind(W + "t"))
        if not text.strip():
            continue
        rpr = run.find(W + "rPr")
        italic = rpr.find(W + "i") if rpr is not None else None
        return italic is not None and italic.get(W + "val", "true") not in ("0", "false")
    return False
