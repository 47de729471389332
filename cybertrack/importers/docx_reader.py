"""Word (.docx) to blocks, through python-docx and its XML layer.

What a reader of the printed page sees, and nothing else:
- automatic list numbers are recovered (`docx_numbering`) and handed over as `auto_label`;
- tracked changes read as accepted (inserted text kept, deleted text dropped);
- field codes, footnote reference marks, text boxes and headers/footers stay out of the body;
- body tables (budget figures, the first-page summary) are not paragraphs of the text;
- the first-page header (the UN symbol table) is read for metadata only: it comes first, before
  any heading or item, so `structure` treats it as front matter.
"""

from __future__ import annotations

import functools
import io
import re
from typing import Any

from cybertrack.importers.blocks import Block
from cybertrack.importers.docx_numbering import Numbering, W

_TEXT_XPATH = (
    ".//w:t[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)"
    " and not(ancestor::mc:Fallback)] | .//w:tab[not(ancestor::w:tabs)] | .//w:br | .//w:cr"
    " | .//w:noBreakHyphen"
)
_NAMESPACES = {
    "w": W[1:-1],
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
# UN templates name headings "_ H _Ch", "_ H_1", "_ H_2/3"; Word's own are "Heading 1".
_HEADING_STYLE = re.compile(r"^(heading\s*\d|_\s*h\s*_?\s*(ch|\d))", re.IGNORECASE)


@functools.cache
def _text_nodes() -> Any:
    from lxml import etree

    return etree.XPath(_TEXT_XPATH, namespaces=_NAMESPACES)


def open_docx(data: bytes) -> Any:
    """The python-docx Document for `data` (library errors are the caller's to translate)."""
    import docx

    return docx.Document(io.BytesIO(data))


def docx_blocks(data: bytes) -> list[Block]:
    return blocks_from_document(open_docx(data))


def blocks_from_document(document: Any) -> list[Block]:
    numbering = Numbering(_numbering_root(document))
    styles = _Styles(document)
    blocks = [Block(line) for line in _first_page_header_lines(document)]
    body = document.element.body
    for element in body.iterchildren():
        if element.tag == W + "p":
            blocks.append(_paragraph_block(element, numbering, styles))
        elif element.tag == W + "tbl" and not any(b.text.strip() for b in blocks):
            # Some templates set the symbol block as the body's first table, not a header.
            blocks.extend(Block(line) for line in _cell_lines(element))
        elif element.tag == W + "sdt":
            for paragraph in element.iterfind(f"{W}sdtContent/{W}p"):
                blocks.append(_paragraph_block(paragraph, numbering, styles))
    return blocks


def paragraph_text(paragraph: Any) -> str:
    """The accepted text of one `w:p`: insertions kept, deletions and field codes left out."""
    parts = []
    for node in _text_nodes()(paragraph):
        tag = node.tag
        if tag == W + "t":
            parts.append(node.text or "")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _paragraph_block(paragraph: Any, numbering: Numbering, styles: _Styles) -> Block:
    text = paragraph_text(paragraph)
    ppr = paragraph.find(W + "pPr")
    style_id = _child_val(ppr, "pStyle")
    num_id, ilvl = _num_pr(ppr)
    if num_id is None:
        num_id, ilvl = styles.num_pr(style_id)
    label = numbering.label(num_id, ilvl or 0) if num_id is not None and text.strip() else None
    heading = _child_val(ppr, "outlineLvl") is not None or styles.is_heading(style_id)
    return Block(text, auto_label=label, heading_hint=heading, level=ilvl or 0)


def _child_val(element: Any, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(W + tag)
    return child.get(W + "val") if child is not None else None


def _num_pr(ppr: Any) -> tuple[str | None, int | None]:
    numpr = ppr.find(W + "numPr") if ppr is not None else None
    if numpr is None:
        return None, None
    num_id = _child_val(numpr, "numId")
    ilvl = _child_val(numpr, "ilvl")
    return num_id, int(ilvl) if ilvl is not None else None


class _Styles:
    """Paragraph styles by id, with what they pass on: numbering and heading rank."""

    def __init__(self, document: Any) -> None:
        self._styles: dict[str, Any] = {}
        try:
            root = document.styles.element
        except (AttributeError, KeyError):
            return
        for style in root.iterfind(W + "style"):
            self._styles[style.get(W + "styleId", "")] = style

    def _chain(self, style_id: str | None) -> list[Any]:
        chain, seen = [], set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = _child_val(style, "basedOn")
        return chain

    def num_pr(self, style_id: str | None) -> tuple[str | None, int | None]:
        for style in self._chain(style_id):
            num_id, ilvl = _num_pr(style.find(W + "pPr"))
            if num_id is not None:
                return num_id, ilvl
        return None, None

    def is_heading(self, style_id: str | None) -> bool:
        chain = self._chain(style_id)
        if not chain:
            return False
        name = _child_val(chain[0], "name") or ""
        if _HEADING_STYLE.match(name):
            return True
        return any(_child_val(s.find(W + "pPr"), "outlineLvl") is not None for s in chain)


def _numbering_root(document: Any) -> Any | None:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _first_page_header_lines(document: Any) -> list[str]:
    """Lines of the first page's header (the UN symbol table), each cell line once."""
    lines: list[str] = []
    try:
        section = document.sections[0]
    except IndexError:
        return lines
    header = section.first_page_header if section.different_first_page_header_footer else None
    if header is None or header.is_linked_to_previous:
        return lines
    return _cell_lines(header._element)


def _cell_lines(element: Any) -> list[str]:
    """Each line of each paragraph under `element`, once (merged cells repeat their text)."""
    lines: list[str] = []
    for paragraph in element.iter(W + "p"):
        for line in re.split(r"[\n\t]", paragraph_text(paragraph)):
            line = " ".join(line.split())
            if line and line not in lines:
                lines.append(line)
    return lines
