"""The pages of a Word file made from a PDF (by Word's PDF reflow, Acrobat, a converter): each
printed page a section of its own or ended by a page break, and its running header, footer, job
number and page number set in the body as paragraphs or a table.

Word lays a document out itself: an ordinary Word file's page breaks mark a few chapters and
annexes, not its pages, and nothing in its body is page furniture. A file that marks at least
three pages and prints at an edge of most of them the same job number, or a page number that
counts with the pages, is a PDF's pages: its furniture is found as in a PDF's text
(`text_furniture.Furniture`), the paragraphs under a typed rule at a page's foot are its
footnotes (and, with no rule, the numbered paragraphs set smaller at its foot), and the
first paragraph of each page is marked as one the page break may have cut, so that it goes
on from the paragraph before it as in the PDF; so is a paragraph that goes on a line the
converter set as a paragraph of its own. A hanging number set in a table cell of its own
beside its text is that numbered paragraph. Any other file is read as it is; the runs' sizes
are read only for a file that prints page marks (`prints_page_marks`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.docx_numbering import W
from cybertrack.importers.labels import (
    Label,
    is_lone_label,
    is_subitem,
    match_label,
    reads_as_text,
)
from cybertrack.importers.punctuation import (
    ARABIC_SEMICOLON,
    CJK_CLAUSE,
    CJK_STOPS,
    CLAUSE,
    CLOSING_QUOTES,
    STOPS,
)
from cybertrack.importers.text_furniture import (
    Furniture,
    is_printer_line,
    line_cells,
    page_number,
    printer_marks,
)

_SECT_PR, _BR, _P, _SZ = W + "sectPr", W + "br", W + "p", W + "sz"
_TYPE, _VAL, _PAGE_BREAK_BEFORE = W + "type", W + "val", W + "pageBreakBefore"
_EDGE = 3  # blocks at the top and at the foot of a page where a running line stands
_FEWEST_PAGES = 3
_MARK_LINE = 80  # a footer's line: its job number and page number, at most
_FALSE = ("0", "false", "off")
_RULE = re.compile(r"^_{5,}$")
_TRAILING_RULE = re.compile(r"\s_{5,}\s*$")
_NOTE = re.compile(r"^\s*(?:\d{1,3}|[*†‡])\s+\S")  # "1 Recommendations of ...", "* Reissued"
_NOTE_SHARE = 0.9  # a note's type is smaller than the text's (8.5 or 9 points to 10)
_DIGIT = re.compile(r"\d")
# A UN job number ("24-24621", "GE.14-07565") or a barcode ("*2424621*").
_JOB = re.compile(r"(?<![\d-])\d{2}-\d{5}(?![\d-])|\*\d{6,}\*")
_TERMINAL = (*STOPS, *CLAUSE, *CLOSING_QUOTES, *CJK_STOPS, *CJK_CLAUSE, ARABIC_SEMICOLON)
# Words no paragraph ends on (English, French, Spanish): the sentence goes on in the next line.
_CUT_AFTER = re.compile(
    r"\b(?:and|or|of|the|to|in|for|with|by|an?|at|on|that|which|will|against|from|into|under"
    r"|between|within|through|including|as|its|their|is|are|be|has|have|not|such"
    r"|de|la|le|les|des|du|et|à|au|aux|en|pour|par|sur|que|qui|dans|avec"
    r"|el|los|las|del|y|por|para|con|una?)$",
    re.IGNORECASE,
)


def page_starts(body: Any) -> set[Any]:
    """The body's top-level elements that open a new page: after a section break that is not
    continuous or a page break, and a paragraph set to start a page. One walk of the body."""
    children = list(body)
    position = {child: at for at, child in enumerate(children)}
    sections: list[tuple[Any, Any]] = []  # each section's properties, and what ends it
    starts: set[Any] = set()

    def after(holder: Any) -> None:
        at = position.get(holder)
        if at is not None and at + 1 < len(children):
            starts.add(children[at + 1])

    for found in body.iter(_SECT_PR, _BR, _PAGE_BREAK_BEFORE):
        holder = _top_level(found, body)
        if found.tag == _SECT_PR:
            sections.append((found, holder))
        elif found.tag == _BR:
            if found.get(_TYPE) == "page":
                after(holder)
        elif found.get(_VAL, "true") not in _FALSE and holder is not None:
            starts.add(holder)
    # A section's own type says how it starts: the break is after the section before it.
    for (_ended, holder), (following, _) in itertools.pairwise(sections):
        if holder is not None and _starts_page(following):
            after(holder)
    return starts


def pages_of(tops: list[Any], body: Any) -> list[int | None]:
    """The page of each block, from the body element it stands in (`tops`; None for a
    header's lines, which stand on no page)."""
    starts = page_starts(body)
    page_of: dict[Any, int] = {}
    page = 1
    for child in body:
        page += child in starts
        page_of[child] = page
    return [page_of.get(top) if top is not None else None for top in tops]


def sizes_of(tops: list[Any]) -> list[float | None]:
    """The type size of each block that is a paragraph of the body's own (its runs' largest,
    in half-points, where they set one; None for a table's cells and a header's lines)."""
    found: dict[Any, float | None] = {}
    sizes: list[float | None] = []
    for top in tops:
        if top is not None and top not in found:
            found[top] = _largest_size(top) if top.tag == _P else None
        sizes.append(found.get(top) if top is not None else None)
    return sizes


def _largest_size(paragraph: Any) -> float | None:
    values = [
        float(value)
        for size in paragraph.iter(_SZ)
        if (value := size.get(_VAL, "")).replace(".", "", 1).isdigit()
    ]
    return max(values, default=None)


def prints_page_marks(blocks: list[Block]) -> bool:
    """Whether three paragraphs or cells at least print a job number or a barcode, or three
    paragraphs a page number alone ("2/46", "Page 2", "3"): the cheap test (one pattern a
    short block) before a body's pages are counted."""
    found = 0
    for block in blocks:
        text = block.text
        if len(text) > _MARK_LINE:
            continue
        # A page number in a table's cell may be any figure ("75/253", a resolution's).
        if _JOB.search(text) or (block.role is BlockRole.BODY and page_number(text) is not None):
            found += 1
            if found >= _FEWEST_PAGES:
                return True
    return False


def _top_level(element: Any, body: Any) -> Any | None:
    """The body's child that holds `element` (None for the body's own section properties, or
    a paragraph detached from the body, as a text box's is)."""
    parent = element.getparent()
    while parent is not None and parent is not body:
        element, parent = parent, parent.getparent()
    return element if parent is not None and element.tag != _SECT_PR else None


def _starts_page(section: Any | None) -> bool:
    """Whether a section starts on a new page (Word's default: it does)."""
    kind = next(section.iterchildren(_TYPE), None) if section is not None else None
    return kind is None or kind.get(_VAL) not in ("continuous", "nextColumn")


def without_page_furniture(
    blocks: list[Block], pages: list[int | None], sizes: list[float | None]
) -> tuple[list[Block], list[str]]:
    """The blocks without a PDF's page furniture, and the furniture's texts (a symbol may be
    printed only there). `pages`: the page each block stands on (`page_starts`; None for a
    header's lines, kept as they are); `sizes`: each paragraph's type size (`sizes_of`).
    Where the file is no PDF's pages, the blocks are given back as they are: their pages say
    nothing of the printed ones."""
    by_page: dict[int, list[Block]] = {}
    size_of: dict[int, float] = {}
    for block, page, size in zip(blocks, pages, sizes, strict=True):
        if page is not None and block.text.strip():
            by_page.setdefault(page, []).append(block)
            if size is not None:
                size_of[id(block)] = size
    if not _printed_pages(by_page):
        return blocks, []
    lines = {id(b): _lines(b) for page in by_page.values() for b in page}
    furniture = Furniture([[lines[id(b)] for b in page] for page in by_page.values()])
    furniture_blocks: set[int] = set()
    for texts in by_page.values():
        for index, block in enumerate(texts):
            edge = index < _EDGE or index >= len(texts) - _EDGE
            if furniture.is_furniture(lines[id(block)], edge=edge):
                furniture_blocks.add(id(block))
    note_starts = _footnotes(by_page, size_of, furniture_blocks)
    kept: list[Block] = []
    found: list[str] = []
    opened: set[int] = set()  # pages whose first paragraph has been seen
    notes: set[int] = set()  # pages whose footnotes have begun (under the rule)
    last: Block | None = None  # the body's last paragraph with text
    for block, page in zip(blocks, pages, strict=True):
        if id(block) in furniture_blocks:
            found.append(block.text)
            continue
        if page is not None:
            first = page not in opened and bool(block.text.strip())
            if first:
                opened.add(page)
            if _RULE.match(block.text.strip()) or id(block) in note_starts:
                notes.add(page)  # the rule over the page's footnotes, or the first of them
            role = BlockRole.FOOTNOTE if page in notes else block.role
            body = role is BlockRole.BODY
            cut = body and ((first and page > 1) or (not first and _runs_on(last, block)))
            text = block.text
            if body and (ruled := _TRAILING_RULE.search(text)) is not None:
                # The rule set as the paragraph's last line: the page's notes follow it.
                text = text[: ruled.start()]
                notes.add(page)
            block = replace(block, text=text, page=page, page_start=cut, role=role)
            if body and block.text.strip():
                last = block
        kept.append(block)
    return _numbered_rows(kept), found


def _footnotes(
    by_page: dict[int, list[Block]], size_of: dict[int, float], furniture: set[int]
) -> set[int]:
    """The first footnote of each page that has some with no rule over them: a paragraph set
    smaller than the text that opens with a note's number ("1 Recommendations of ..."), at the
    page's foot (every paragraph after it on the page is as small)."""
    sizes = Counter(size_of[id(b)] for page in by_page.values() for b in page if id(b) in size_of)
    if not sizes:
        return set()
    text_size = sizes.most_common(1)[0][0]
    starts: set[int] = set()
    for texts in by_page.values():
        rest = [b for b in texts if id(b) not in furniture]
        for at, block in enumerate(rest):
            if _NOTE.match(block.text) and all(
                size_of.get(id(b), text_size) <= text_size * _NOTE_SHARE for b in rest[at:]
            ):
                starts.add(id(block))
                break
    return starts


def _numbered_rows(blocks: list[Block]) -> list[Block]:
    """A converter sets a paragraph's hanging number in a table cell of its own beside its
    text ("5.I.26" | "Expected progress ..."): such a row, when its number is the next of the
    paragraphs' own ("40.4" | "Formed police units" after paragraph 12 is a table's), is the
    numbered paragraph."""
    merged: list[Block] = []
    last: Label | None = None  # the last numbered paragraph's number
    for block in blocks:
        before = merged[-1] if merged else None
        if block.role is BlockRole.BODY:
            last = match_label(" ".join(block.text.split())) or last
        elif (
            before is not None
            and before.role is BlockRole.TABLE
            and block.role is BlockRole.TABLE
            and before.page == block.page
            and is_lone_label(before.text)
            and reads_as_text(block.text)
        ):
            text = f"{' '.join(before.text.split())} {block.text.strip()}"
            label = match_label(text)
            if label is not None and _comes_next(label, last):
                merged[-1] = replace(block, text=text, role=BlockRole.BODY)
                last = label
                continue
        merged.append(block)
    return merged


def _comes_next(label: Label, last: Label | None) -> bool:
    return (
        last is not None and label.sequence == last.sequence and label.ordinal == last.ordinal + 1
    )


def _runs_on(before: Block | None, after: Block) -> bool:
    """A converter may set a page's lines as paragraphs of their own ("... which will" |
    "respond to them ..."): a paragraph that stops mid-sentence, on a word no paragraph ends
    on or before a lower-case word, goes on in the next (as one cut by the page)."""
    if before is None:
        return False
    end = before.text.rstrip()
    if not end or end.endswith(_TERMINAL):
        return False
    start = after.text.lstrip()
    if start[:1] == "(" and not is_subitem(start):
        return True  # "... to which it is not yet a party" | "(Benin);"
    return start[:1].islower() or _CUT_AFTER.search(end) is not None


def _lines(block: Block) -> list[str]:
    """The block's lines, a tab as the wide gap a PDF's text shows ("2/46 <tab> 24-24621"),
    and so a single space between a footer's marks ("25-20947 7/27")."""
    text = block.text.replace("\t", "   ")
    lines = [line for line in text.split("\n") if line.strip()] or [text]
    return [_gapped(line) for line in lines]


def _gapped(line: str) -> str:
    if len(line) > _MARK_LINE or not _DIGIT.search(line) or is_printer_line(line):
        return line  # a paragraph's line, or a printer's line as it is
    spaced = "   ".join(line.split())
    return spaced if is_printer_line(spaced) else line


def _printed_pages(pages: dict[int, list[Block]]) -> bool:
    """At least three pages, most of which print at an edge the same job number, or a page
    number that counts with the pages (a table's figures at a page's foot do neither)."""
    if len(pages) < _FEWEST_PAGES:
        return False
    jobs: Counter[str] = Counter()
    offsets: Counter[int] = Counter()
    for index, texts in enumerate(pages.values()):
        cells = [
            cell
            for block in texts[:_EDGE] + texts[-_EDGE:]
            for line in _lines(block)
            for cell in line_cells(line)
        ]
        jobs.update({" ".join(mark.split()) for cell in cells for mark in printer_marks(cell)})
        offsets.update({n - index for cell in cells if (n := page_number(cell)) is not None})
    most = len(pages) / 2
    return max(jobs.values(), default=0) > most or max(offsets.values(), default=0) > most
