"""OpenDocument text (.odt, LibreOffice's own format) to blocks, from its content.xml.

ODF writes an automatic list number nowhere in the text: a `text:list` names a list style
whose levels give the number format, prefix and suffix ("(", "a", ")"), the start value and how
many levels to show ("1.2"). Counters run per list style and level in document order; a list
restarts unless it says `text:continue-numbering` or `text:continue-list`; a `text:list-item`
may restart at `text:start-value`. Headings are `text:h` (with their outline number in
`text:number` when LibreOffice wrote it); footnotes (`text:note`) and tables are kept apart;
deleted tracked text lives outside the body (`text:tracked-changes`) and stays out: the
changes are read as proposed, and said.

The container passes the zip guard first (bombs, entities); the XML parser resolves nothing.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field, replace
from typing import Any

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.importers.blocks import Block, BlockRole, Source
from cybertrack.importers.docx_numbering import BULLET, format_number
from cybertrack.importers.margin_comments import margin_comments
from cybertrack.importers.marks import typed_footnote_mark
from cybertrack.importers.masthead import markup_source

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
TEXT = "{{{}}}".format(_NS["text"])
STYLE = "{{{}}}".format(_NS["style"])
TABLE = "{{{}}}".format(_NS["table"])
OFFICE = "{{{}}}".format(_NS["office"])
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman"}
_FORMATS |= {"I": "upperRoman", "": "none"}
# LibreOffice's numbering in the other UN scripts, named as its files name them.
_FORMATS |= {
    "一, 二, 三, ...": "chineseCounting",
    "а, б, .., аа, аб, ... (ru)": "russianLower",
    "А, Б, .., Аа, Аб, ... (ru)": "russianUpper",
    "أ, ب, ت, ...": "arabicAlpha",
    "ا, ب, ج, ...": "arabicAbjad",
}
# Inside a paragraph: what is not its text.
_SKIP = {TEXT + "note", TEXT + "tracked-changes", OFFICE + "annotation", TEXT + "bookmark-ref"}


# Tags and attributes read for every node, named once (not built again at each node).
_TABLE_TABLE = TABLE + "table"
_TABLE_TABLE_CELL = TABLE + "table-cell"
_TEXT_C = TEXT + "c"
_TEXT_CONTINUE_LIST = TEXT + "continue-list"
_TEXT_CONTINUE_NUMBERING = TEXT + "continue-numbering"
_TEXT_H = TEXT + "h"
_TEXT_LINE_BREAK = TEXT + "line-break"
_TEXT_LIST = TEXT + "list"
_TEXT_LIST_HEADER = TEXT + "list-header"
_TEXT_LIST_ITEM = TEXT + "list-item"
_TEXT_NOTE = TEXT + "note"
_TEXT_NOTE_BODY = TEXT + "note-body"
_TEXT_NUMBER = TEXT + "number"
_TEXT_P = TEXT + "p"
_TEXT_S = TEXT + "s"
_TEXT_SPAN = TEXT + "span"
_TEXT_START_VALUE = TEXT + "start-value"
_TEXT_STYLE_NAME = TEXT + "style-name"
_TEXT_TAB = TEXT + "tab"


@dataclass(frozen=True)
class _Level:
    fmt: str = "decimal"  # a Word-style format name, for `format_number`
    prefix: str = ""
    suffix: str = "."
    start: int = 1
    shown: int = 1  # how many levels the number shows ("1.2" shows 2)


@dataclass
class _Reader:
    list_styles: dict[str, dict[int, _Level]]
    italic_styles: set[str]
    superscript_styles: set[str]
    blocks: list[Block] = field(default_factory=list)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    list_ids: dict[str, str] = field(default_factory=dict)  # xml:id of a list -> its style
    footnotes: list[str] = field(default_factory=list)


def odt_source(data: bytes, name: str) -> Source:
    """The blocks of an .odt file (the zip guard has already passed it), and what it says of
    its tracked changes: read as proposed, as the body holds them (a deletion is kept apart,
    in `text:tracked-changes`), and said."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read("content.xml")
            styles = archive.read("styles.xml") if "styles.xml" in archive.namelist() else b""
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        raise ImportFailed(Code.ODT_DAMAGED, name=name) from None
    root = _parse(content, name)
    style_root = _parse(styles, name) if styles else None
    reader = _Reader(*_styles(root, style_root))
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise ImportFailed(Code.ODT_DAMAGED, name=name)
    _walk(reader, body, list_style=None, depth=0)
    # A comment's paragraphs, not its author and date (`dc:creator`, `dc:date`) beside them.
    comments = margin_comments(
        (
            " ".join("".join(p.itertext()) for p in note.iter(TEXT + "p"))
            for note in body.iter(OFFICE + "annotation")
        ),
        "OpenDocument",
    )
    source = markup_source(
        reader.blocks,
        kind="OpenDocument",
        header=_header_texts(reader, root, body, style_root),
        notes=reader.footnotes,
        changes=sum(1 for _ in body.iter(TEXT + "changed-region")),
    )
    return source if comments is None else replace(source, warnings=(*source.warnings, comments))


# The first page's headers in the order the Word reader takes them: first-page, default, even.
_HEADERS = {"header-first": 0, "header": 1, "header-left": 2}


def _header_texts(reader: _Reader, root: Any, body: Any, style_root: Any | None) -> list[str]:
    """The paragraphs of the headers of the first page's page style, then of the style the
    pages after it take (Word's default header, which may be the only one with the symbol)."""
    if style_root is None:
        return []
    masters = {m.get(STYLE + "name"): m for m in style_root.iter(STYLE + "master-page")}
    first = masters.get(_first_page_style(root, body))
    first = first if first is not None else masters.get("Standard")
    if first is None:
        return []
    pages = [first]
    following = masters.get(first.get(STYLE + "next-style-name"))
    if following is not None and following is not first:
        pages.append(following)
    return [
        _text(reader, p)
        for page in pages
        for header in sorted(
            (h for h in page if _local(h.tag) in _HEADERS), key=lambda h: _HEADERS[_local(h.tag)]
        )
        for p in header.iter(_TEXT_P, _TEXT_H)
    ]


def _first_page_style(root: Any, body: Any) -> str | None:
    """The page style the body's first paragraph or table opens (its automatic style's
    master page), or None for the default one."""
    first = next((e for e in body.iter(_TEXT_P, _TEXT_H, _TABLE_TABLE)), None)
    if first is None:
        return None
    name = first.get(_TEXT_STYLE_NAME) or first.get(TABLE + "style-name")
    for style in root.iterfind(f"{OFFICE}automatic-styles/{STYLE}style"):
        if style.get(STYLE + "name") == name:
            return style.get(STYLE + "master-page-name") or None
    return None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse(data: bytes, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise ImportFailed(Code.ODT_DAMAGED, name=name) from None


def _styles(
    root: Any, style_root: Any | None
) -> tuple[dict[str, dict[int, _Level]], set[str], set[str]]:
    list_styles: dict[str, dict[int, _Level]] = {}
    italic: set[str] = set()
    superscript: set[str] = set()
    for tree in (style_root, root):
        if tree is None:
            continue
        for style in tree.iter(TEXT + "list-style"):
            levels: dict[int, _Level] = {}
            for level in style:
                number = int(level.get(TEXT + "level", "1")) - 1
                if level.tag == TEXT + "list-level-style-number":
                    levels[number] = _Level(
                        fmt=_FORMATS.get(level.get(STYLE + "num-format", "1"), "decimal"),
                        prefix=level.get(STYLE + "num-prefix", ""),
                        suffix=level.get(STYLE + "num-suffix", ""),
                        start=int(level.get(TEXT + "start-value", "1") or 1),
                        shown=int(level.get(TEXT + "display-levels", "1") or 1),
                    )
                elif level.tag == TEXT + "list-level-style-bullet":
                    levels[number] = _Level(fmt="bullet")
            list_styles[style.get(STYLE + "name", "")] = levels
        for style in tree.iter(STYLE + "style"):
            name = style.get(STYLE + "name", "")
            props = style.find(STYLE + "text-properties")
            if props is None:
                continue
            if props.get("{{{}}}font-style".format(_NS["fo"])) == "italic":
                italic.add(name)
            position = props.get(STYLE + "text-position", "")
            if position.startswith("super") or (position[:1].isdigit() and position[0] != "0"):
                superscript.add(name)
    return list_styles, italic, superscript


def _walk(reader: _Reader, element: Any, list_style: str | None, depth: int) -> None:
    for child in element:
        _node(reader, child, list_style, depth)


def _node(reader: _Reader, child: Any, list_style: str | None, depth: int) -> None:
    tag = child.tag
    if tag == _TEXT_LIST:
        style = child.get(_TEXT_STYLE_NAME) or list_style
        continued = child.get(_TEXT_CONTINUE_LIST)
        if continued and continued in reader.list_ids:
            style = style or reader.list_ids[continued]
        restarts = not (continued or child.get(_TEXT_CONTINUE_NUMBERING) == "true")
        if style and depth == 0 and restarts:
            reader.counters.pop(style, None)  # a new list restarts its numbering
        list_id = child.get("{{{}}}id".format(_NS["xml"]))
        if list_id and style:
            reader.list_ids[list_id] = style
        _walk(reader, child, style, depth + 1)
    elif tag in (_TEXT_LIST_ITEM, _TEXT_LIST_HEADER):
        numbered = tag == _TEXT_LIST_ITEM
        start = child.get(_TEXT_START_VALUE)
        first = True
        for part in child:
            if part.tag in (_TEXT_P, _TEXT_H) and first:
                label = _label(reader, list_style, depth - 1, start) if numbered else None
                _paragraph(reader, part, label)
                first = False
            else:
                _node(reader, part, list_style, depth)
    elif tag in (_TEXT_P, _TEXT_H):
        _paragraph(reader, child, None)
    elif tag == _TABLE_TABLE:
        for cell in child.iter(_TABLE_TABLE_CELL):
            text = " ".join(_text(reader, p) for p in cell.iter(_TEXT_P)).strip()
            if text:
                reader.blocks.append(Block(text, role=BlockRole.TABLE))
    elif isinstance(tag, str) and tag.startswith(TEXT) and tag not in _SKIP:
        _walk(reader, child, list_style, depth)  # sections, soft page breaks


def _label(reader: _Reader, list_style: str | None, level: int, start: str | None) -> str | None:
    if list_style is None:
        return None
    levels = reader.list_styles.get(list_style, {})
    spec = levels.get(level)
    if spec is None:
        return None
    counters = reader.counters.setdefault(list_style, {})
    if start is not None and start.isdigit():
        counters[level] = int(start) - 1
    counters[level] = counters.get(level, spec.start - 1) + 1
    for deeper in [k for k in counters if k > level]:
        del counters[deeper]
    if spec.fmt == "bullet":
        return BULLET
    parts = []
    for shown in range(level - spec.shown + 1, level + 1):
        other = levels.get(shown, _Level())
        value = counters.get(shown, other.start)
        parts.append(format_number(value, other.fmt) or "")
    printed = f"{spec.prefix}{'.'.join(p for p in parts if p)}{spec.suffix}".strip()
    return printed or None


def _paragraph(reader: _Reader, element: Any, label: str | None) -> None:
    number = element.find(_TEXT_NUMBER)
    if number is not None and number.text and label is None:
        label = number.text.strip() or None
    text = _text(reader, element)
    heading = element.tag == _TEXT_H
    reader.blocks.append(
        Block(text, auto_label=label, heading_hint=heading, emphasis=_italic_start(reader, element))
    )


def _text(reader: _Reader, element: Any) -> str:
    if len(element) == 0:
        return str(element.text or "")  # a plain paragraph (most table cells): no walk
    parts: list[str] = []
    _collect(reader, element, parts, top=True)
    return "".join(parts)


def _collect(reader: _Reader, element: Any, parts: list[str], *, top: bool = False) -> None:
    if not top:
        tag = element.tag
        if tag == _TEXT_NOTE:
            body = element.find(_TEXT_NOTE_BODY)
            if body is not None:
                reader.footnotes.append(" ".join(_text(reader, p) for p in body.iter(_TEXT_P)))
            parts.append(element.tail or "")
            return
        if tag in _SKIP or tag == _TEXT_NUMBER:
            parts.append(element.tail or "")
            return
        if (
            tag == _TEXT_SPAN
            and element.get(_TEXT_STYLE_NAME, "") in reader.superscript_styles
            and len(element) == 0
            and typed_footnote_mark(element.text or "", "".join(parts[-3:]))
        ):
            parts.append(element.tail or "")  # a footnote mark typed as a superscript
            return
        if tag == _TEXT_S:
            parts.append(" " * int(element.get(_TEXT_C, "1") or 1))
        elif tag == _TEXT_TAB:
            parts.append("\t")
        elif tag == _TEXT_LINE_BREAK:
            parts.append("\n")
    parts.append(element.text or "")
    for child in element:
        _collect(reader, child, parts)
    if not top:
        parts.append(element.tail or "")


def _italic_start(reader: _Reader, element: Any) -> bool:
    if (element.text or "").strip():
        return element.get(_TEXT_STYLE_NAME, "") in reader.italic_styles
    for child in element:
        if child.tag == _TEXT_SPAN and (child.text or "").strip():
            return child.get(_TEXT_STYLE_NAME, "") in reader.italic_styles
        if (child.tail or "").strip() or (child.text or "").strip():
            return False
    return False
