"""A web page (.html) to blocks, with the standard library's HTML parser.

The UN's HTML pages number paragraphs with `<ol>` (the browser prints the numbers): items of an
`<ol>` get their number as `auto_label`, following `start`, `value` and `type` ("a" prints
"(a)", "i" prints "(i)", as the UN's printed texts do); nested lists count per level. `<ul>`
items are bullets. `h1`-`h6` are headings; tables are tables; script, style, navigation and
page header or footer are not the document. A `<sup>` footnote mark after a word is dropped.
Nothing is fetched and no entity beyond HTML's own is expanded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from cybertrack.importers.blocks import Block, BlockRole, Source
from cybertrack.importers.docx_numbering import BULLET, format_number
from cybertrack.importers.marks import typed_footnote_mark
from cybertrack.importers.masthead import lines_once, markup_source
from cybertrack.importers.text_report import text_blocks

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "dd"}
_BLOCKS |= {"dt", "pre", "address", "caption", "figcaption", "section", "article", "tr"}
_SKIPPED = {"script", "style", "nav", "header", "footer", "head", "noscript", "template", "svg"}
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman"}
_FORMATS |= {"I": "upperRoman"}
_SOURCE_SPACE = re.compile(r"[ \t\r\n\f]*[\r\n][ \t\r\n\f]*")
# A table cell is one block, as the Word reader reads a cell: its paragraphs are its lines.
_CELL_PARTS = _BLOCKS - {"li", "td", "th", "tr", "pre", "caption"}
# Footnotes as LibreOffice and Word write a document's page: the mark in the text is a link to
# the note ("sdfootnote1sym", "_ftn1"), the notes are divisions of their own at the end.
_NOTE_LINK = re.compile(r"#(?:sd(?:foot|end)note\d+(?:sym|anc)|_(?:ftn|edn)(?:ref)?\d+)$")
_NOTE_DIVISION = re.compile(r"(?:sd(?:foot|end)note|ftn|edn)\d+$")
# Tags the reader does nothing with, whether it is skipping or not.
_INERT = {"span", "font", "b", "strong", "a", "u", "col", "colgroup", "tbody", "thead", "tfoot"}


@dataclass
class _List:
    ordered: bool
    kind: str = "1"
    next_value: int = 1


@dataclass
class _Current:
    parts: list[str] = field(default_factory=list)
    label: str | None = None
    heading: bool = False
    table: bool = False
    emphasis: bool = False
    preformatted: bool = False  # the text of a <pre>: lines as a text file has them


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.lists: list[_List] = []
        self.skip = 0
        self.tables = 0
        self.current = _Current()
        self.in_sup = False
        self.sup_text: list[str] = []
        self.italic = 0
        self.in_note_link = False
        self.divisions: list[str] = []  # per open <div>: "skip", "note" or ""
        self.notes = 0  # open note divisions
        self.header = 0  # open page header divisions (LibreOffice's <div title="header">)
        self.changes = 0  # tracked changes (<ins>, <del>)

    # -- blocks -------------------------------------------------------------------------------
    def flush(self) -> None:
        text = "".join(self.current.parts).rstrip("\n")
        if not text.strip() and self.current.label is not None:
            # "<li><p>text</p>": the number waits for the paragraph inside the list item.
            label, heading = self.current.label, self.current.heading
            self.current = _Current(table=self.tables > 0, label=label, heading=heading)
            return
        if text.strip() and self.current.preformatted and not self.current.table:
            # A page that is a text file in <pre> (an archive's or a mirror's copy of a
            # document): its lines and blank lines read as the text form's.
            self.blocks.extend(text_blocks(text))
        elif text.strip() and self.header and not self.current.table:
            # The page header's paragraph: its parts, tabbed apart, are lines of the masthead
            # ("UPR of China ...<tab>Thematic list ...<tab>Page 18 of 18"), as Word's header.
            self.blocks.extend(Block(line) for line in lines_once([text]))
        elif text.strip():
            role = BlockRole.TABLE if self.current.table else BlockRole.BODY
            role = BlockRole.FOOTNOTE if self.notes else role
            self.blocks.append(
                Block(
                    text,
                    auto_label=self.current.label,
                    heading_hint=self.current.heading,
                    role=role,
                    emphasis=self.current.emphasis,
                )
            )
        self.current = _Current(table=self.tables > 0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and _NOTE_LINK.match(dict(attrs).get("href") or ""):
            self.in_note_link = True  # a footnote's mark, or the note's own number
            self.skip += 1
            return
        if tag in _INERT:
            return  # most tags of a converted page ("span", "font", "b"): nothing to do
        if tag in ("del", "ins"):
            self.changes += 1  # Word's page of a document with tracked changes
            self.skip += tag == "del"  # read as proposed: the deletion is left out
            return
        values = {k: v or "" for k, v in attrs}
        if tag == "div":
            self.open_division(values)
        if tag in _SKIPPED:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in ("ol", "ul"):
            self.flush()
            start = values.get("start", "1")
            self.lists.append(
                _List(tag == "ol", values.get("type", "1"), int(start) if start.isdigit() else 1)
            )
        elif tag == "table":
            self.flush()
            self.tables += 1
            self.current.table = True
        elif tag == "br":
            self.current.parts.append("\n")
        elif tag == "sup":
            self.in_sup, self.sup_text = True, []
        elif tag in ("i", "em"):
            self.italic += 1
        elif tag in _CELL_PARTS and self.tables:
            self.end_line()
        elif tag in _BLOCKS:
            self.flush()
            if tag == "li":
                self.current = _Current(table=self.tables > 0)  # an unclosed item ends here
                self.current.label = self.list_label(values.get("value"))
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.current.heading = True
            self.current.preformatted = tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.in_note_link:
            self.in_note_link = False
            self.skip = max(0, self.skip - 1)
            return
        if tag in _INERT or tag == "ins":
            return
        if tag == "del":
            self.skip = max(0, self.skip - 1)
            return
        if tag == "div" and self.divisions:
            self.close_division(self.divisions.pop())
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in ("ol", "ul"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "table":
            self.flush()
            self.tables = max(0, self.tables - 1)
            self.current.table = self.tables > 0
        elif tag == "sup":
            self.in_sup = False
            mark = "".join(self.sup_text)
            if not typed_footnote_mark(mark, "".join(self.current.parts[-3:])):
                self.current.parts.append(mark)
        elif tag in ("i", "em"):
            self.italic = max(0, self.italic - 1)
        elif tag in _CELL_PARTS and self.tables:
            self.end_line()
        elif tag in _BLOCKS:
            self.flush()

    def end_line(self) -> None:
        """A paragraph of a table cell ends: a line of the cell's block (none before its
        first words or twice over)."""
        text = "".join(self.current.parts)
        if text.strip() and not text.endswith("\n"):
            self.current.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.in_sup:
            self.sup_text.append(data)
            return
        if data.strip() and not "".join(self.current.parts).strip():
            self.current.emphasis = self.italic > 0
        if not self.current.preformatted:
            # A line break in the page's source is a space, as a browser shows it; a line
            # ends only at <br> (the masthead's cells, "Original:" over "English").
            data = _SOURCE_SPACE.sub(" ", data)
        self.current.parts.append(data)

    def open_division(self, values: dict[str, str]) -> None:
        """LibreOffice sets the page header in <div title="header"> (the masthead), the
        footer in <div title="footer"> (not the document) and each footnote in a <div
        id="sdfootnote1">, Word in <div id="ftn1">."""
        if values.get("title") == "footer":
            self.divisions.append("skip")
            self.skip += 1
        elif values.get("title") == "header":
            self.flush()
            self.divisions.append("header")
            self.header += 1
        elif _NOTE_DIVISION.match(values.get("id", "")):
            self.flush()
            self.divisions.append("note")
            self.notes += 1
        else:
            self.divisions.append("")

    def close_division(self, kind: str) -> None:
        if kind == "skip":
            self.skip = max(0, self.skip - 1)
        elif kind == "note":
            self.flush()
            self.notes = max(0, self.notes - 1)
        elif kind == "header":
            self.flush()
            self.header = max(0, self.header - 1)

    def list_label(self, value: str | None) -> str | None:
        if not self.lists:
            return None
        current = self.lists[-1]
        if not current.ordered:
            return BULLET
        if value is not None and value.isdigit():
            current.next_value = int(value)
        number = current.next_value
        current.next_value += 1
        printed = format_number(number, _FORMATS.get(current.kind, "decimal")) or str(number)
        # The UN prints lettered and roman sub-items in parentheses: "(a)", "(iv)".
        return f"({printed})" if current.kind in ("a", "i") else f"{printed}."


def html_blocks(text: str) -> list[Block]:
    return html_source(text).blocks


def html_source(text: str) -> Source:
    """The page's blocks, and what it says of its tracked changes (Word marks them <ins> and
    <del>): read as proposed, and said."""
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    parser.flush()
    return markup_source(parser.blocks, kind="HTML", changes=parser.changes)
