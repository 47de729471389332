"""Rich Text Format (.rtf) to blocks: a small reader of the subset Word and LibreOffice write.

Written here rather than taken from a library: the RTF libraries on PyPI either strip RTF to
plain text (losing paragraphs, list numbers, tables and footnotes, which are what the structure
needs) or are unmaintained. This reader keeps exactly those:
- `\\par` ends a paragraph; `\\intbl` ... `\\cell` are table cells (text apart; a cell's
  paragraphs are its lines);
- the list number Word prints is in `{\\listtext 1.\\tab}` (or `\\pntext`): it becomes the
  block's `auto_label`;
- `\\outlinelevelN` marks a heading; `{\\footnote ...}` is a footnote; a `\\super` footnote mark
  typed after a word is dropped; deleted tracked text (`\\deleted`) is left out (the changes
  read as proposed, and said);
- `\\'hh` in the document's code page, `\\uN` Unicode with its `\\ucN` fallback skipped;
- the first section's headers open the document (`masthead`: the symbol is printed there);
- every destination the text does not need (fonts, styles, pictures, footers, field codes, the
  `\\*` ones) is skipped. Groups nested deeper than any document needs are refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.importers.blocks import Block, BlockRole, Source
from cybertrack.importers.margin_comments import margin_comments
from cybertrack.importers.marks import typed_footnote_mark
from cybertrack.importers.masthead import markup_source

MAX_DEPTH = 400
_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])"
    r"|([^\\{}\r\n]+)|[\r\n]+"
)
_SKIP_DESTINATIONS = {
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
    "footer", "footerl", "footerr", "footerf", "fldinst", "themedata",
    "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable",
    "rsidtbl", "generator", "xmlnstbl", "mmathPr", "pgdsctbl", "revtbl", "filetbl", "private",
    "shp", "shpinst", "nonshppict", "bkmkstart", "bkmkend", "xe", "tc", "txe", "atnid",
    "atnauthor", "comment",
}  # fmt: skip
# The first section's headers, in the order the Word reader takes them: first page, default
# (both pages' or the right ones'), left pages'. Their lines open the document (`masthead`).
_HEADERS = ("headerf", "header", "headerr", "headerl")
_SPECIAL = {"tab": "\t", "line": "\n", "emdash": "—", "endash": "–", "bullet": "•"}
_SPECIAL |= {"lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”", "emspace": " "}
_SPECIAL |= {"enspace": " ", "qmspace": " "}
_SYMBOLS = {"~": "\u00a0", "-": "", "_": "-", "\\": "\\", "{": "{", "}": "}"}


@dataclass
class _Group:
    skip: bool = False
    unicode_skip: int = 1
    italic: bool = False
    deleted: bool = False
    superscript: bool = False
    # "listtext", "footnote", "annotation" (a comment), one of _HEADERS, or "" for the body.
    destination: str = ""


@dataclass
class _Paragraph:
    parts: list[str] = field(default_factory=list)
    label: list[str] = field(default_factory=list)
    in_table: bool = False
    heading: bool = False
    emphasis: bool | None = None


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.blocks: list[Block] = []
        self.footnotes: list[str] = []
        self.footnote: list[str] = []
        self.annotations: list[str] = []  # the comments' texts, said, not imported
        self.annotation: list[str] = []
        self.headers: dict[str, list[str]] = {}  # the first section's, by kind: their text
        self.later_headers: list[str] = []  # other sections': the symbol may be only there
        self.changes = 0  # runs of tracked text, deleted (left out) or inserted
        self.header: list[str] = []  # the header paragraph being read
        self.stack: list[_Group] = [_Group()]
        self.paragraph = _Paragraph()
        self.codec = "cp1252"
        self.pending_bytes = bytearray()
        self.to_skip = 0

    @property
    def group(self) -> _Group:
        return self.stack[-1]

    # -- text ---------------------------------------------------------------------------------
    def text(self, chars: str) -> None:
        self.flush_bytes()
        if self.to_skip:
            dropped = min(self.to_skip, len(chars))
            chars, self.to_skip = chars[dropped:], self.to_skip - dropped
        if not chars or self.group.skip or self.group.deleted:
            return
        where = self.group.destination
        if where == "listtext":
            self.paragraph.label.append(chars)
        elif where == "footnote":
            self.footnote.append(chars)
        elif where == "annotation":
            self.annotation.append(chars)
        elif where in _HEADERS:
            self.header.append(chars)
        else:
            if self.group.superscript and typed_footnote_mark(
                chars, "".join(self.paragraph.parts[-3:])
            ):
                return
            if self.paragraph.emphasis is None and chars.strip():
                self.paragraph.emphasis = self.group.italic
            self.paragraph.parts.append(chars)

    def byte(self, value: int) -> None:
        if self.to_skip:
            self.to_skip -= 1
            return
        self.pending_bytes.append(value)

    def flush_bytes(self) -> None:
        if self.pending_bytes:
            data, self.pending_bytes = bytes(self.pending_bytes), bytearray()
            self.text(data.decode(self.codec, errors="replace"))

    # -- structure ----------------------------------------------------------------------------
    def end_paragraph(self, *, cell: bool = False) -> None:
        self.flush_bytes()
        if self.group.destination == "footnote":
            self.footnote.append(" ")
            return
        if self.group.destination == "annotation":
            self.annotation.append(" ")
            return
        if self.group.destination in _HEADERS:
            self.header.append("\n")
            return
        paragraph = self.paragraph
        text = "".join(paragraph.parts)
        label = "".join(paragraph.label).strip() or None
        if text.strip():
            role = BlockRole.TABLE if paragraph.in_table or cell else BlockRole.BODY
            self.blocks.append(
                Block(
                    text,
                    auto_label=label,
                    heading_hint=paragraph.heading,
                    role=role,
                    emphasis=bool(paragraph.emphasis),
                )
            )
        self.paragraph = replace(
            _Paragraph(), in_table=paragraph.in_table, heading=paragraph.heading
        )

    def control(self, word: str, value: int | None) -> None:
        group = self.group
        if word in _SKIP_DESTINATIONS:
            group.skip = True
        elif word in _HEADERS:
            self.flush_bytes()
            group.destination = word
            self.header = []
        elif word in ("listtext", "pntext"):
            group.destination = "listtext"
        elif word == "footnote":
            self.flush_bytes()
            group.destination = "footnote"
            self.footnote = []
        elif word == "annotation":
            self.flush_bytes()
            group.destination = "annotation"
            self.annotation = []
        elif word == "par" and self.paragraph.in_table and not group.destination:
            self.text("\n")  # a cell is one block, its paragraphs its lines (as Word's reader)
        elif word in ("par", "sect", "page"):
            self.end_paragraph()
        elif word == "cell" or word == "nestcell":
            self.end_paragraph(cell=True)
        elif word == "pard":
            self.paragraph.in_table = self.paragraph.heading = False
        elif word == "intbl":
            self.paragraph.in_table = True
        elif word == "outlinelevel":
            self.paragraph.heading = value is not None and value < 9
        elif word == "u" and value is not None:
            self.flush_bytes()
            self.text(chr(value % 65536))
            self.to_skip = group.unicode_skip
        elif word == "uc" and value is not None:
            group.unicode_skip = max(0, value)
        elif word == "i":
            group.italic = value != 0
        elif word == "deleted":
            group.deleted = value != 0
            self.changes += value != 0
        elif word == "revised":
            self.changes += value != 0
        elif word in ("super", "up"):
            group.superscript = value != 0
        elif word in ("nosupersub", "plain"):
            group.superscript = group.italic = False
        elif word == "ansicpg" and value is not None:
            self.codec = _codec(value)
        elif word in _SPECIAL:
            self.text(_SPECIAL[word])
        elif word == "chftn":
            return  # the footnote's own mark

    def open_group(self) -> None:
        self.flush_bytes()
        if len(self.stack) >= MAX_DEPTH:
            raise ImportFailed(Code.RTF_DAMAGED, name=self.name, reason="nested too deeply")
        self.stack.append(replace(self.group))

    def close_group(self) -> None:
        self.flush_bytes()
        closing = self.stack.pop() if len(self.stack) > 1 else self.group
        if closing.destination == "footnote" and self.group.destination != "footnote":
            note = " ".join("".join(self.footnote).split())
            if note:
                self.footnotes.append(note)
            self.footnote = []
        if closing.destination == "annotation" and self.group.destination != "annotation":
            self.annotations.append(" ".join("".join(self.annotation).split()))
            self.annotation = []
        if (
            closing.destination in _HEADERS
            and self.group.destination != closing.destination
            and not closing.skip  # a page style's header in LibreOffice's \pgdsctbl
        ):
            if self.blocks:  # after the text began: another section's
                self.later_headers.append("".join(self.header))
            else:  # the first section's, written before its text
                self.headers.setdefault(closing.destination, ["".join(self.header)])
            self.header = []


def _codec(page: int) -> str:
    name = f"cp{page}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def rtf_source(data: bytes, name: str) -> Source:
    """The blocks, the first section's headers first; other sections' headers as furniture."""
    text = data.decode("latin-1")
    if not text.lstrip().startswith("{\\rtf"):
        raise ImportFailed(Code.RTF_DAMAGED, name=name, reason="no RTF header")
    reader = _Reader(name)
    position, end = 0, len(text)
    ignorable = False
    while position < end:
        match = _TOKEN.match(text, position)
        if match is None:
            position += 1
            continue
        position = match.end()
        word, value, hexa, symbol, brace, chars = match.groups()
        if brace == "{":
            reader.open_group()
        elif brace == "}":
            reader.close_group()
        elif word is not None:
            number = int(value) if value is not None else None
            if ignorable:
                ignorable = False
                if word not in ("listtext", "pntext", "footnote", "annotation"):
                    reader.group.skip = True
                    continue
            if word == "bin" and number:
                position += number  # raw binary data: never text
                continue
            reader.control(word, number)
        elif hexa is not None:
            reader.byte(int(hexa, 16))
        elif symbol is not None:
            if symbol == "*":
                ignorable = True
            elif symbol in "\r\n":
                reader.end_paragraph()
            elif symbol in _SYMBOLS:
                reader.text(_SYMBOLS[symbol])
        elif chars is not None:
            reader.text(chars)
    reader.end_paragraph()
    source = markup_source(
        reader.blocks,
        kind="RTF",
        header=[text for kind in _HEADERS for text in reader.headers.get(kind, [])],
        notes=reader.footnotes,
        furniture=reader.later_headers,
        changes=reader.changes,
    )
    comments = margin_comments(reader.annotations, "RTF")
    return source if comments is None else replace(source, warnings=(*source.warnings, comments))
