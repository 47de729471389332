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
from cybertrack.importers.marks import typed_footnote_mark

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


def _typed_mark(node: Any, text: str, before: str) -> bool:
    """A superscript footnote mark typed into the text, not a real footnote reference."""
    if not typed_footnote_mark(text, before):
        return False
    run = node.getparent()
    rpr = run.find(W + "rPr") if run is not None else None
    if rpr is None:
        return False
    align = rpr.find(W + "vertAlign")
    style = rpr.find(W + "rStyle")
    superscript = align is not None and align.get(W + "val") == "superscript"
    note_style = style is not None and "note" in (style.get(W + "val") or "").lower()
    return superscript or note_style


_SPECIAL = (
    W + "ins",
    W + "del",
    W + "moveFrom",
    W + "moveTo",
    W + "txbxContent",
    f"{{{_MC}}}AlternateContent",
)
_PLAIN = (W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen")
_TAB, _TABS = W + "tab", W + "tabs"


def paragraph_text(paragraph: Any, view: RevisionView = RevisionView.PROPOSED) -> str:
    """The text of one `w:p` in the chosen version, field codes and typed marks left out."""
    parts: list[str] = []
    # Most paragraphs have no tracked change and no text box: one plain walk suffices (the
    # XPath's ancestor tests cost more than the rest of the import).
    nodes: list[Any] = []
    for node in paragraph.iter(*_SPECIAL, *_PLAIN):
        tag = node.tag
        if tag in _SPECIAL:
            nodes = _xpath(view)(paragraph)
            break
        if tag != _TAB or node.getparent().tag != _TABS:  # not a tab stop of the style
            nodes.append(node)
    for node in nodes:
        tag = node.tag
        if tag in (W + "t", W + "delText"):
            text = node.text or ""
            if len(text) <= 3 and _typed_mark(node, text, "".join(parts[-3:])):
                continue
            parts.append(text)
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


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
