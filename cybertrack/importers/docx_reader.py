"""Word (.docx) to blocks, from the package's XML parts (`docx_package`).

What a reader of the printed page sees, and nothing else:
- automatic list numbers are recovered (`docx_numbering`) and handed over as `auto_label`;
  a style that takes its list (or its list level) from its base style is followed up the chain;
- tracked changes: the version the delegate chose (`RevisionView`), each block marked with how
  the changes touch it and its text in the other version (`docx_text`);
- headers and footers stay out of the body; their lines (first-page, default and even headers)
  are read for the symbol, before the body, as front matter;
- tables are tables: their text is counted apart and never flows into a paragraph, except the
  first-page symbol table (metadata) and a table of items (rows opening with "28.212", as in
  a list of recommendations ordered by theme), whose first cells are the items;
- paragraphs and tables wrapped in content controls (a template's or a form's, nested too) or
  in custom XML are read where they stand, and a text box's paragraphs after the paragraph it
  is anchored in, as the page shows them (its fallback copy for old readers is not read again).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from cybertrack.domain.messages import Message
from cybertrack.domain.units import Revision, RevisionView
from cybertrack.importers.blocks import Block, BlockRole, Source
from cybertrack.importers.docx_fields import FieldNumbers
from cybertrack.importers.docx_hidden import remove_hidden_text
from cybertrack.importers.docx_numbering import Numbering, W, first_children
from cybertrack.importers.docx_package import DocxPackage, open_package
from cybertrack.importers.docx_pages import (
    pages_of,
    prints_page_marks,
    sizes_of,
    without_page_furniture,
)
from cybertrack.importers.docx_pictures import large_pictures
from cybertrack.importers.docx_struck import struck_text
from cybertrack.importers.docx_tables import ITEM_TABLE_ROWS, Paragraph, Table, opens_with_label
from cybertrack.importers.docx_text import (
    has_revisions,
    opens_in_italics,
    paragraph_text,
    plain_texts,
)
from cybertrack.importers.labels import (
    is_lone_label,
    is_subitem,
    match_label,
)
from cybertrack.importers.margin_comments import margin_comments
from cybertrack.importers.masthead import lines_once
from cybertrack.importers.openers import ends_preambular

# UN templates name headings "_ H _Ch", "_ H_1", "_ H_2/3"; Word's own are "Heading 1".
_HEADING_STYLE = re.compile(r"^(heading\s*\d|title|_\s*h\s*_?\s*(ch|\d))", re.IGNORECASE)
_NOTE_STYLES = ("footnote text", "endnote text")
_VAL, _PPR, _NUMPR = W + "val", W + "pPr", W + "numPr"
_RPR, _VANISH = W + "rPr", W + "vanish"
_BODY = BlockRole.BODY
_PSTYLE, _OUTLINE, _P = W + "pStyle", W + "outlineLvl", W + "p"


def open_docx(data: bytes) -> DocxPackage:
    """The parts of `data` the reader needs (library errors are the caller's to translate)."""
    return open_package(data)


def docx_blocks(data: bytes, view: RevisionView = RevisionView.PROPOSED) -> list[Block]:
    return docx_source(data, view).blocks


def docx_source(data: bytes, view: RevisionView = RevisionView.PROPOSED) -> Source:
    """The blocks, and a warning when large pictures hold what no text does (a scan)."""
    warnings, (blocks, pages, sizes) = _read(open_docx(data), view)
    if any(page is not None for page in pages):
        # A PDF's pages, maybe (`docx_pages`): read again with the runs' type sizes, which a
        # Word file's import leaves out for speed (a converter sets footnote marks smaller).
        warnings, (blocks, pages, sizes) = _read(open_package(data, sizes=True), view)
    blocks, furniture = without_page_furniture(blocks, pages, sizes)
    return Source(blocks, tuple(furniture), warnings)


def _read(
    package: DocxPackage, view: RevisionView
) -> tuple[tuple[Message, ...], tuple[list[Block], list[int | None], list[float | None]]]:
    hidden = remove_hidden_text(package.body, package.styles)
    pictures = large_pictures(package.body)
    struck = struck_text(package.body)
    comments = margin_comments(_comment_texts(package.comments), "Word")
    warnings = tuple(w for w in (hidden, struck, pictures, comments) if w is not None)
    return warnings, paged_blocks(package, view)


def _comment_texts(part: Any | None) -> list[str]:
    if part is None:
        return []
    return ["".join(t.text or "" for t in c.iter(W + "t")) for c in part.iter(W + "comment")]


@dataclass
class _Context:
    styles: _Styles
    chosen: Numbering
    other: Numbering | None  # counters of the other version, when there are tracked changes
    view: RevisionView
    texts: dict[Any, str]  # each plain paragraph's text (`plain_texts`)
    fields: FieldNumbers | None = None  # paragraphs numbered by fields (`docx_fields`)


def paged_blocks(
    document: DocxPackage, view: RevisionView = RevisionView.PROPOSED
) -> tuple[list[Block], list[int | None], list[float | None]]:
    """The document's blocks, the page each stands on as the body marks its pages and each
    paragraph's type size, where the text prints page marks (see `docx_pages`); else
    Nones."""
    body = document.body
    numbering = Numbering(document.numbering)
    tracked = has_revisions(body)
    context = _Context(
        _Styles(document.styles),
        numbering,
        numbering.copy() if tracked else None,
        view,
        {} if tracked else plain_texts(body),
        FieldNumbers() if document.numbering_fields else None,
    )
    parts: list[Block | Table] = [Block(line) for line in header_lines(document.headers)]
    tops: list[Any] = [None] * len(parts)  # the body's element each part stands in
    started = False  # body text seen: a table after it is no first-page symbol table
    numbered = 0  # paragraphs outside tables that open with a number
    boxes = _text_boxes(body)
    for element, top in _block_elements(body, boxes):
        if element.tag == _TBL:
            parts.append(_table(element, context, first=not started))
            tops.append(top)
            started = True
            continue
        pieces = _at_numbered_lines(_paragraph_block(element, context))
        parts.extend(pieces)
        tops.extend([top] * len(pieces))
        block = pieces[-1]
        started = started or bool(block.text.strip())
        if numbered < ITEM_TABLE_ROWS:  # all that is asked below: are there so many
            numbered += opens_with_label([block])
    # A document whose numbered items are all in tables (a list of recommendations as a
    # table) reads its item tables as items; in a report, a table is a table.
    items_in_tables = numbered < ITEM_TABLE_ROWS
    blocks: list[Block] = []
    block_tops: list[Any] = []
    for part, part_top in zip(parts, tops, strict=True):
        if isinstance(part, Table) and items_in_tables and part.frame:
            made = part.frame  # the whole text set in a one-cell table
        elif isinstance(part, Table):
            made = part.as_list or (part.as_items if items_in_tables else []) or part.as_table
        else:
            made = [part]
        blocks.extend(made)
        block_tops.extend([part_top] * len(made))
    # The pages are counted only where the text prints a page's marks (a walk of the body).
    if not prints_page_marks(blocks):
        return blocks, [None] * len(blocks), [None] * len(blocks)
    return blocks, pages_of(block_tops, body), sizes_of(block_tops)


_TBL, _SDT, _SDT_CONTENT, _CUSTOM_XML = W + "tbl", W + "sdt", W + "sdtContent", W + "customXml"
_TEXT_BOX = W + "txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _block_elements(
    parent: Any, boxes: dict[Any, list[Any]], top: Any = None
) -> Iterator[tuple[Any, Any]]:
    """The paragraphs and tables under `parent` in reading order (see the module's text),
    each with the body's element it stands in (`top`, for a body's child: itself)."""
    for element in parent.iterchildren(_P, _TBL, _SDT, _CUSTOM_XML):
        holder = element if top is None else top
        tag = element.tag
        if tag == _P:
            yield element, holder
            for box_paragraph in boxes.get(element, ()):
                yield box_paragraph, holder
        elif tag == _TBL:
            yield element, holder
        elif tag == _SDT:
            content = element.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_elements(content, boxes, holder)
        else:
            yield from _block_elements(element, boxes, holder)


def _text_boxes(body: Any) -> dict[Any, list[Any]]:
    """Each body paragraph that anchors text boxes, with the boxes' paragraphs, each detached
    from the tree (so that it reads as a paragraph of its own, not as a box in one)."""
    found: dict[Any, list[Any]] = {}
    for box in body.iter(_TEXT_BOX):  # none in most documents: one walk, and done
        anchor, inside_fallback, node = None, False, box.getparent()
        while node is not None and node is not body:
            inside_fallback = inside_fallback or node.tag == _FALLBACK
            if node.tag == _P:
                anchor = node
            node = node.getparent()
        if anchor is None or inside_fallback:
            continue
        found.setdefault(anchor, []).extend(copy.deepcopy(p) for p in box.iterchildren(_P))
    return found


def tracked_changes(blocks: list[Block]) -> bool:
    return any(b.revision is not None for b in blocks)


def _at_numbered_lines(block: Block) -> list[Block]:
    """A paragraph whose lines (manual line breaks) open other numbered paragraphs, cut before
    each, and after a number on a line of its own ("Recommendations" | "Recommendation 1" |
    its text, as a converter sets a PDF's lines in one paragraph, or as typed with
    Shift+Enter); a sub-item's line stays."""
    if "\n" not in block.text or block.revision is not None or block.role is not _BODY:
        return [block]
    lines = block.text.split("\n")
    cuts = [
        at
        for at in range(1, len(lines))
        if lines[at - 1].strip()
        and (
            (match_label(" ".join(lines[at].split())) is not None and not is_subitem(lines[at]))
            or is_lone_label(lines[at - 1])  # "Recommendation 1" on a line of its own
        )
    ]
    if not cuts:
        return [block]
    pieces = ["\n".join(lines[start:end]) for start, end in pairwise([0, *cuts, len(lines)])]
    return [replace(block, text=pieces[0]), *(Block(piece) for piece in pieces[1:])]


def _paragraph_block(paragraph: Any, context: _Context) -> Block:
    return _block(paragraph, _read_paragraph(paragraph, context))


def _block(paragraph: Any, read: Paragraph) -> Block:
    return Block(
        read.text,
        auto_label=read.auto_label,
        heading_hint=read.heading,
        level=read.level,
        emphasis=_italic_opener(paragraph, read.text),
        revision=read.revision,
        other_text=read.other_text,
        role=BlockRole.FOOTNOTE if read.note else BlockRole.BODY,
    )


def _read_paragraph(paragraph: Any, context: _Context) -> Paragraph:
    style_id, num_id, ilvl, outline = _properties(_ppr(paragraph))
    style_num, style_lvl, style_heading = context.styles.passed_on(style_id, context.chosen)
    num_id = num_id if num_id is not None else style_num
    level = (ilvl if ilvl is not None else style_lvl) or 0
    heading = outline or style_heading
    chosen_text = context.texts.get(paragraph)
    if chosen_text is None:
        chosen_text = paragraph_text(paragraph, context.view)
    note = context.styles.is_note(style_id)
    if context.other is None:
        # Word prints and counts the number of an empty numbered paragraph ("Article I" set
        # apart over its text, a stray "7." on an empty line) unless its mark is hidden too.
        label = _count(
            context.chosen, num_id, level, chosen_text, empty=not _mark_hidden(paragraph)
        )
        if label is None and context.fields is not None and chosen_text.strip():
            label = context.fields.label(paragraph)
        return Paragraph(chosen_text, label, heading, level, note=note)
    other_view = (
        RevisionView.ORIGINAL if context.view is RevisionView.PROPOSED else RevisionView.PROPOSED
    )
    other_text = paragraph_text(paragraph, other_view)
    label = _count(context.chosen, num_id, level, chosen_text)
    other_label = _count(context.other, num_id, level, other_text)
    revision = _revision(chosen_text, other_text, context.view)
    if not chosen_text.strip() and other_text.strip():
        # Only in the other version (a paragraph proposed for deletion, or only proposed):
        # kept, marked, with the number it has there, so nothing disappears unseen.
        chosen_text, label = other_text, other_label
    return Paragraph(
        chosen_text,
        label,
        heading,
        level,
        revision,
        other_text if revision is not None else None,
        note,
    )


def _italic_opener(paragraph: Any, text: str) -> bool:
    """Italics matter only on a paragraph a comma closes (a preambular paragraph)."""
    return ends_preambular(text) and opens_in_italics(paragraph)


def _count(
    numbering: Numbering, num_id: str | None, level: int, text: str, *, empty: bool = False
) -> str | None:
    """The paragraph's number, counted; an empty paragraph counts only when `empty` (with
    tracked changes, an emptied paragraph may be one deleted whole, which Word does not count)."""
    if num_id is None or not (empty or text.strip()):
        return None
    return numbering.label(num_id, level)


def _mark_hidden(paragraph: Any) -> bool:
    """The paragraph mark is formatted hidden: Word shows neither the paragraph nor its number."""
    ppr = _ppr(paragraph)
    mark = next(ppr.iterchildren(_RPR), None) if ppr is not None else None
    return mark is not None and next(mark.iterchildren(_VANISH), None) is not None


def _revision(chosen: str, other: str, view: RevisionView) -> Revision | None:
    if " ".join(chosen.split()) == " ".join(other.split()):
        return None
    proposed, original = (chosen, other) if view is RevisionView.PROPOSED else (other, chosen)
    if not original.strip():
        return Revision.INSERTED
    if not proposed.strip():
        return Revision.DELETED
    return Revision.CHANGED


def _table(table: Any, context: _Context, *, first: bool) -> Table:
    rows = [
        [[_read_paragraph(p, context) for p in cell.iter(_P)] for cell in _cells(row)]
        for row in table.iterchildren(W + "tr")
    ]
    return Table(rows, first, _cell_lines(table) if first else [], _frame(rows, table))


def _frame(rows: list[list[list[Paragraph]]], table: Any) -> list[Block]:
    """The paragraphs of a table that is a frame around numbered text, else none: its one
    row holds one cell of numbered paragraphs (two at least), as a delegation's template sets
    its statement in a box, or beside its letterhead. The other cells stay table text. Each
    paragraph as read for the table: Word's list counters move once."""
    if len(rows) != 1:
        return []
    row = rows[0]
    numbered = [c for c, cell in enumerate(row) if sum(opens_with_label([p]) for p in cell) >= 2]
    if len(numbered) != 1:
        return []
    body = numbered[0]
    element = _cells(next(table.iterchildren(W + "tr")))[body]
    others = [
        Block(read.text, role=BlockRole.TABLE)
        for c, cell in enumerate(row)
        if c != body
        for read in cell
        if read.text.strip()
    ]
    return others + [_block(p, read) for p, read in zip(element.iter(_P), row[body], strict=True)]


def _cells(row: Any) -> list[Any]:
    """The cells of a row once each (a cell spanning columns is one `w:tc`)."""
    return list(row.iterchildren(W + "tc"))


def _child_val(element: Any, tag: str) -> str | None:
    if element is None:
        return None
    # iterchildren runs in C; find() parses its path argument in Python on every call.
    child = next(element.iterchildren(W + tag), None)
    return child.get(_VAL) if child is not None else None


def _ppr(paragraph: Any) -> Any | None:
    """The paragraph's properties: its first child when it has them (the schema's order)."""
    if not len(paragraph):
        return None
    first = paragraph[0]
    if first.tag == _PPR:
        return first
    if isinstance(first.tag, str):
        return None  # an element first, and not the properties: there are none
    return next(paragraph.iterchildren(_PPR), None)  # a comment first (no Word writes one)


def _properties(ppr: Any | None) -> tuple[str | None, str | None, int | None, bool]:
    """Style id, list id, list level and whether an outline level is set, from the
    paragraph's properties (the first child of each kind)."""
    if ppr is None:
        return None, None, None, False
    first = first_children(ppr, _PSTYLE, _NUMPR, _OUTLINE)
    style = first.get(_PSTYLE)
    outline = first.get(_OUTLINE)
    num_id, ilvl = _numbering(first.get(_NUMPR))
    return (
        style.get(_VAL) if style is not None else None,
        num_id,
        ilvl,
        outline is not None and outline.get(_VAL) is not None,
    )


def _num_pr(ppr: Any) -> tuple[str | None, int | None]:
    return _numbering(next(ppr.iterchildren(_NUMPR), None) if ppr is not None else None)


def _numbering(numpr: Any | None) -> tuple[str | None, int | None]:
    if numpr is None:
        return None, None
    num_id = _child_val(numpr, "numId")
    ilvl = _child_val(numpr, "ilvl")
    return num_id, int(ilvl) if ilvl is not None else None


class _Styles:
    """Paragraph styles by id, with what they pass on: numbering and heading rank.

    Answers are kept per style: a report has thousands of paragraphs and a few dozen styles.
    """

    def __init__(self, root: Any | None) -> None:
        self._styles: dict[str, Any] = {}
        self._passed: dict[str | None, tuple[str | None, int | None, bool]] = {}
        self._notes: dict[str | None, bool] = {}
        if root is None:
            return
        for style in root.iterchildren(W + "style"):
            self._styles[style.get(W + "styleId", "")] = style

    def _chain(self, style_id: str | None) -> list[Any]:
        chain, seen = [], set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = _child_val(style, "basedOn")
        return chain

    def passed_on(
        self, style_id: str | None, numbering: Numbering
    ) -> tuple[str | None, int | None, bool]:
        """The list, the list level and the heading rank a style passes on to its paragraphs,
        found once per style."""
        found = self._passed.get(style_id)
        if found is None:
            num_id, ilvl = self._find_num_pr(style_id)
            level = ilvl if ilvl is not None else self._list_level(style_id, numbering)
            found = self._passed[style_id] = (num_id, level, self._find_heading(style_id))
        return found

    def is_note(self, style_id: str | None) -> bool:
        """The style is Word's footnote or endnote text, or based on it: in the body, where
        the UN's templates set a table's notes under it ("a The survey is conducted ...")."""
        found = self._notes.get(style_id)
        if found is None:
            names = [(_child_val(s, "name") or "").lower() for s in self._chain(style_id)]
            found = self._notes[style_id] = any(n in _NOTE_STYLES for n in names)
        return found

    def _find_num_pr(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The list and level up the style's chain, each found on its own: a style may set
        only its level and take its list from its base style."""
        num_id: str | None = None
        ilvl: int | None = None
        for style in self._chain(style_id):
            found_id, found_lvl = _num_pr(next(style.iterchildren(W + "pPr"), None))
            num_id = num_id if num_id is not None else found_id
            ilvl = ilvl if ilvl is not None else found_lvl
        return num_id, ilvl

    def _list_level(self, style_id: str | None, numbering: Numbering) -> int | None:
        """The level a list definition ties to the style (or to a style it is based on)."""
        return next(
            (
                numbering.style_levels[key]
                for style in self._chain(style_id)
                if (key := style.get(W + "styleId", "")) in numbering.style_levels
            ),
            None,
        )

    def _find_heading(self, style_id: str | None) -> bool:
        chain = self._chain(style_id)
        if not chain:
            return False
        name = _child_val(chain[0], "name") or ""
        if _HEADING_STYLE.match(name):
            return True
        return any(
            _child_val(next(s.iterchildren(W + "pPr"), None), "outlineLvl") is not None
            for s in chain
        )


def header_lines(headers: list[Any]) -> list[str]:
    """Lines of the first section's headers (first-page, default, even), each line once.

    The UN symbol is in one of them: the first-page header's table, or only the default
    header when the first page has none of its own.
    """
    return lines_once(paragraph_text(p) for header in headers for p in header.iter(_P))


def _cell_lines(element: Any) -> list[str]:
    """Each line of each paragraph under `element`, once (merged cells repeat their text)."""
    return lines_once(paragraph_text(p) for p in element.iter(_P))
