"""Small building blocks the product writers share: styled text, tracked changes, tables.

python-docx has no API for tracked changes or right-to-left paragraphs, so those are written as
WordprocessingML through its oxml layer. No formatting is set here, only style names and what is
structure rather than look: the direction of a paragraph, which paragraphs keep together on a
page, table rows that never split and header rows that repeat.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

from docx.shared import Pt
from docx.text.paragraph import Paragraph

from cybertrack.domain.positions import Priority, Stance
from cybertrack.domain.subdivisions import laid_out
from cybertrack.domain.text import clean_text, strong_direction
from cybertrack.domain.worddiff import revisions
from cybertrack.exporters.agreed_language import write_citations
from cybertrack.exporters.product import ItemGroup, ProductItem, stance_word
from cybertrack.exporters.text_width import label_ems
from cybertrack.exporters.vocabulary import Vocabulary
from cybertrack.exporters.wordml import XML_SPACE, child, element, w

STANCE_STYLES = {
    Stance.SUPPORT: "CT Stance Support",
    Stance.OPPOSE: "CT Stance Oppose",
    Stance.AMEND: "CT Stance Amend",
    None: "CT Stance Undecided",
}
SPACE_AFTER_TABLE = Pt(10)  # before the first paragraph under a table, as a heading would have
PRIORITY_STYLES = {Priority.RED_LINE: "CT Red Line", Priority.PRIORITY: "CT Priority"}
PRIORITY_WORDS = {Priority.RED_LINE: "red_line", Priority.PRIORITY: "priority"}
# A table cell: text, (text, character style), or a list of such runs.
Cell = str | tuple[str, str | None] | list[tuple[str, str | None]]


# Space between an item's label and its text, at least.
_LABEL_GAP_POINTS = 3.0


class Writer:
    """One document being written: its python-docx Document, its language and the tracked-change
    ids. Every string goes through clean_text, so any stored text can be written."""

    def __init__(self, document: Any, vocab: Vocabulary, author: str, issued: date) -> None:
        self.document = document
        self.vocab = vocab
        self.author = clean_text(author)
        self.revision_date = f"{issued.isoformat()}T12:00:00Z"
        self._ids = itertools.count(1)
        self._style_ids: dict[str, str] = {}
        # New paragraphs go before the body's final section properties.
        self._end = document.element.body.find(w("sectPr"))
        self._after_table = False
        self._hanging: tuple[float, float] | None = None  # the item style's indent and size

    @property
    def paper_direction(self) -> str:
        return "rtl" if self.vocab.right_to_left else "ltr"

    def style_id(self, name: str) -> str:
        """The style's id, looked up once: python-docx scans every style on each lookup."""
        if name not in self._style_ids:
            self._style_ids[name] = self.document.styles[name].style_id
        return self._style_ids[name]

    def _place(self, element: Any) -> None:
        if self._end is None:
            self.document.element.body.append(element)
        else:
            self._end.addprevious(element)

    def paragraph(self, style: str, text: str = "", *, content: bool = False) -> Any:
        """A paragraph in `style` at the end of the body. Its direction is the paper's (right to
        left in Arabic) or, for `content` (a text quoted from the document or the delegate's own
        words), that of its text.

        Built as XML and placed before the body's section properties directly: python-docx's
        add_paragraph/add_run search the body and split text per character, 10x slower."""
        p = element("p")
        child(child(p, "pPr"), "pStyle", val=self.style_id(style))
        self._place(p)
        paragraph = Paragraph(p, self.document._body)
        direction = (strong_direction(text) if content else None) or self.paper_direction
        if direction == "rtl":
            make_right_to_left(paragraph)
        if self._after_table and "Heading" not in style:
            # A table has no space after it: the text right under one would touch its rule.
            paragraph.paragraph_format.space_before = SPACE_AFTER_TABLE
        self._after_table = False
        if text:
            self.text(paragraph, text)
        return paragraph

    def restyle(self, paragraph: Any, style: str) -> None:
        paragraph._p.style = self.style_id(style)

    def text(self, paragraph: Any, text: str, style: str | None = None) -> None:
        """Append `text` as one run (tabs and line breaks as Word's own elements)."""
        paragraph._p.append(self._run(clean_text(text), style))

    def _run(self, text: str, style: str | None, content_tag: str = "t") -> Any:
        run = element("r")
        right_to_left = strong_direction(text) == "rtl"
        if style or right_to_left:
            properties = child(run, "rPr")
            if style:
                child(properties, "rStyle", val=self.style_id(style))
            if right_to_left:
                child(properties, "rtl")
        for number, line in enumerate(text.split("\n")):
            if number:
                child(run, "br")
            for index, part in enumerate(line.split("\t")):
                if index:
                    child(run, "tab")
                if part:
                    content = child(run, content_tag)
                    content.set(XML_SPACE, "preserve")
                    content.text = part
        return run

    def direction_of(self, text: str) -> str:
        """The direction of a block about `text`: its own, else the paper's."""
        return strong_direction(text) or self.paper_direction

    def _block_direction(self, text: str) -> str:
        """A line of the paper's words about an item: the paper's direction when that is
        right to left, else the item's text's (so a left-to-right block reads as one)."""
        return self.paper_direction if self.vocab.right_to_left else self.direction_of(text)

    def labelled(self, style: str, label: str, text: str, direction: str | None = None) -> Any:
        """'(12)<tab>text', the label in the label character style; in the text's direction
        (a label standing alone, in its item's)."""
        paragraph = self.paragraph(style)
        chosen = direction or self.direction_of(text)
        _set_direction(paragraph, chosen)
        self.text(paragraph, held_ltr(label, chosen), "CT Label")
        self.text(paragraph, "\t" + text)
        return paragraph

    def continued(self, style: str, text: str) -> Any:
        """A further paragraph of an item's text, in its text column."""
        paragraph = self.paragraph(style)
        _set_direction(paragraph, self.direction_of(text))
        self.text(paragraph, text)
        return paragraph

    def fits_hanging_indent(self, label: str) -> bool:
        """Whether an item's label fits before its text, in the item style's hanging indent
        (else the text would start at the next tab stop, out of line with its other lines)."""
        if self._hanging is None:
            style = self.document.styles["CT Item"]
            indent = style.paragraph_format.first_line_indent
            size = style.font.size
            self._hanging = (
                -indent.pt if indent is not None and indent < 0 else 0.0,
                size.pt if size is not None else 11.0,
            )
        room, points = self._hanging
        return label_ems(label) * points + _LABEL_GAP_POINTS <= room

    def field(self, style: str, name: str, value: str, direction: str | None = None) -> Any:
        """'Reason: the text', the name in the field-name character style; in the direction of
        the block it belongs to (else its own). The value is the delegation's own prose (a
        reason, a note), so it takes the paper's typography (never the negotiated text)."""
        paragraph = self.paragraph(style)
        # In a right-to-left paper the name leads ("السبب:"): the paragraph is the paper's.
        chosen = self.paper_direction if self.vocab.right_to_left else direction
        chosen = chosen or self.direction_of(value)
        _set_direction(paragraph, chosen)
        self.text(paragraph, self.vocab.label(name), "CT Field Name")
        self.text(paragraph, held_ltr(self.vocab.typeset(value), chosen))
        return paragraph

    def stance(self, item: ProductItem, *, internal: bool) -> Any:
        """'Position: Amend · Red line', in the direction of the item's text; in a
        right-to-left paper, in the paper's (its words are the paper's: "الموقف: تأييد")."""
        paragraph = self.paragraph("CT Stance")
        _set_direction(paragraph, self._block_direction(item.text))
        self.text(paragraph, self.vocab.label(self.vocab["position"]), "CT Field Name")
        self._stance_words(paragraph, item, internal)
        return paragraph

    def headline(self, item: ProductItem, *, internal: bool) -> Any:
        """'(12)<tab>Amend · Red line': an item named by its label and our stance."""
        paragraph = self.paragraph("CT Item")
        direction = self._block_direction(item.text)
        _set_direction(paragraph, direction)
        self.text(paragraph, held_ltr(item.reference, direction), "CT Label")
        self.text(paragraph, "\t")
        self._stance_words(paragraph, item, internal)
        return paragraph

    def _stance_words(self, paragraph: Any, item: ProductItem, internal: bool) -> None:
        word = stance_word(item.stance, self.vocab, internal=internal)
        self.text(paragraph, word, STANCE_STYLES[item.stance])
        if item.priority is not Priority.NORMAL:
            self.text(paragraph, " · ")
            word = self.vocab[PRIORITY_WORDS[item.priority]]
            self.text(paragraph, word, PRIORITY_STYLES[item.priority])

    def amendment(self, item: ProductItem, *, tracked: bool) -> Any:
        """The proposed wording: Word tracked changes against the item's text, or clean text.
        Both keep the wording's line breaks; accepting every change gives exactly the proposed
        wording, rejecting every change exactly the original text."""
        paragraph = self.paragraph("CT Amendment")
        _set_direction(paragraph, self.direction_of(item.text))
        self.text(paragraph, self.vocab.label(self.vocab["amendment"]), "CT Field Name")
        # Laid out as the quoted text is: "(a)", "(b)" each on a line of their own.
        wording = laid_out(clean_text(item.amendment))
        if not tracked:
            self.text(paragraph, wording)
            return paragraph
        for revision in revisions(laid_out(clean_text(item.text)), wording):
            if revision.op == "equal":
                paragraph._p.append(self._run(revision.text, None))
            else:
                paragraph._p.append(self._tracked(revision.op, revision.text))
        return paragraph

    def _tracked(self, op: str, text: str) -> Any:
        wrapper = element(
            "ins" if op == "insert" else "del",
            id=str(next(self._ids)),
            author=self.author,
            date=self.revision_date,
        )
        wrapper.append(self._run(text, None, "t" if op == "insert" else "delText"))
        return wrapper

    def table(
        self,
        header: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[int],
    ) -> Any:
        """A table in the template's table style with columns `widths` (twips) wide. Its first
        row repeats on every page and no row splits across a page. A cell is text or (text,
        character style); a list of runs is a list of such pairs."""
        table = element("tbl")
        properties = child(table, "tblPr")
        child(properties, "tblStyle", val=self.style_id("CT Table"))
        child(properties, "tblW", w=str(sum(widths)), type="dxa")
        if self.vocab.right_to_left:
            child(properties, "bidiVisual")
        child(properties, "tblLayout", type="fixed")
        child(properties, "tblLook", val="04A0", firstRow="1", noVBand="1")
        grid = child(table, "tblGrid")
        for width in widths:
            child(grid, "gridCol", w=str(width))
        twips = [str(width) for width in widths]
        table.append(self._row(header, twips, "CT Table Heading", heading=True))
        for values in rows:
            table.append(self._row(values, twips, "CT Table Text"))
        self._place(table)
        self._after_table = True
        return table

    def _row(
        self, values: Sequence[Cell], twips: Sequence[str], style: str, heading: bool = False
    ) -> Any:
        """One table row as XML (python-docx's add_row recomputes the grid for every row)."""
        row = element("tr")
        row_properties = child(row, "trPr")
        child(row_properties, "cantSplit")
        if heading:
            child(row_properties, "tblHeader")
        style_id = self.style_id(style)
        for value, width in zip(values, twips, strict=True):
            runs = value if isinstance(value, list) else [_as_run(value)]
            text = "".join(part for part, _ in runs)
            cell = child(row, "tc")
            child(child(cell, "tcPr"), "tcW", w=width, type="dxa")
            p = child(cell, "p")
            p_properties = child(p, "pPr")
            child(p_properties, "pStyle", val=style_id)
            # A label's cell ("PP3", "Article 12") sits as the paper runs; a text's, as it.
            strong = strong_direction(text)
            held = len(text) <= _LABEL_CELL and strong != "rtl"
            direction = (None if held else strong) or self.paper_direction
            if direction == "rtl":
                child(p_properties, "bidi")
            for part, run_style in runs:
                p.append(self._run(held_ltr(clean_text(part), direction), run_style))
            row.append(cell)
        return row


_LRM = "\u200e"  # the left-to-right mark
_LABEL_CELL = 20  # characters: a table cell this short holds a label or a word


def held_ltr(text: str, paragraph_direction: str) -> str:
    """`text` as it reads in a right-to-left paragraph: a number or a Latin-script run keeps
    its punctuation where it stands ("2." not ".2", "...; to ensure" not ";to ensure"). An
    invisible left-to-right mark at an end that is punctuation holds it to the run."""
    if paragraph_direction != "rtl" or not text or strong_direction(text) == "rtl":
        return text
    if not text[-1].isalnum():
        text += _LRM
    if not text[0].isalpha():  # "2.": a number leads, which a right-to-left line would turn
        text = _LRM + text
    return text


def _as_run(value: str | tuple[str, str | None]) -> tuple[str, str | None]:
    return value if isinstance(value, tuple) else (value, None)


def _set_direction(paragraph: Any, direction: str) -> None:
    properties = paragraph._p.get_or_add_pPr()
    existing = properties.find(w("bidi"))
    if direction == "rtl" and existing is None:
        make_right_to_left(paragraph)
    elif direction != "rtl" and existing is not None:
        properties.remove(existing)


def make_right_to_left(paragraph: Any) -> None:
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(w("bidi")) is None:
        bidi = element("bidi")
        style = properties.find(w("pStyle"))
        if style is not None:
            style.addnext(bidi)
        else:
            properties.insert(0, bidi)


# A paragraph longer than this (about eight lines of body text) is never bound to the next:
# LibreOffice moves a whole keep-with-next paragraph to the next page rather than split it, and
# a long one would leave half a page blank.
SHORT_PARAGRAPH = 700


def keep_together(paragraphs: Sequence[Any]) -> None:
    """Keep the short paragraphs of one item's block with what follows them on a page (a
    stance line with its history, a reason with the wording under it, a label standing on its
    own line with its text: "Article 4" was left alone at a page's foot); the last one
    explicitly keeps with nothing (whatever the template's style says), so a list of blocks
    never chains into one unbreakable run that jumps whole to the next page, and no long
    paragraph is bound to what follows it (a long one may still break across the page)."""
    short = [_length(p) <= SHORT_PARAGRAPH for p in paragraphs]
    for index, paragraph in enumerate(paragraphs):
        properties = paragraph._p.get_or_add_pPr()
        keep = properties.find(w("keepNext"))
        if keep is None:
            keep = element("keepNext")
            # Schema order: pStyle, then keepNext (bidi comes later).
            properties.find(w("pStyle")).addnext(keep)
        if index == len(paragraphs) - 1 or not short[index]:
            keep.set(w("val"), "0")


def keep_lines(paragraph: Any) -> None:
    """Never split this paragraph across pages (it is short, and reads as one)."""
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(w("keepLines")) is None:
        keep = element("keepLines")
        before = properties.find(w("keepNext"))
        (before if before is not None else properties.find(w("pStyle"))).addnext(keep)


def _length(paragraph: Any) -> int:
    return sum(len(t.text or "") for t in paragraph._p.iter(w("t"), w("delText")))


# "Resolution: ", "Résolution : ", "决议：": the kind before a title's subject.
_KIND_HEAD = re.compile(r"\s?[:：]\s?")
_SECTION_NUMBER = re.compile(r"(?:\d[\d/.A-Z]*|[IVXLC]{1,6}|[A-Z])[.:]")


def write_group_headings(
    writer: Writer, groups: Sequence[ItemGroup], title: str = ""
) -> Iterator[ItemGroup]:
    """Each group of items under its heading, and, where they change, the headings above it
    ("Annex United Nations Convention against Cybercrime ..." over "Preamble"), once each. A
    heading that only repeats the document's `title` is left out ("77/107. Status of the
    Protocols ..." under "Resolution: Status of the Protocols ...")."""
    shown: tuple[str, ...] = ()
    for group in groups:
        path = group.ancestors
        same = 0  # the headings above that are already shown
        while same < min(len(path), len(shown)) and path[same] == shown[same]:
            same += 1
        for heading in path[same:]:
            if not repeats_title(heading, title):
                writer.paragraph("CT Section Heading", heading, content=True)
        shown = path
        if group.heading and not repeats_title(group.heading, title):
            writer.paragraph("CT Section Heading", group.heading, content=True)
        yield group


def repeats_title(heading: str, title: str) -> bool:
    """Whether a section's heading says no more than the document's title: its subject after
    a label ("77/107. ") against the title's after its kind ("Resolution: ")."""
    if not title:
        return False
    subject = _KIND_HEAD.split(title, 1)[-1]
    words = heading.split(" ", 1)
    # A number's label only: "Annex: <the title>" says the text is annexed.
    numbered = len(words) == 2 and _SECTION_NUMBER.fullmatch(words[0]) is not None
    said = words[1] if numbered else heading
    return " ".join(said.casefold().split()) == " ".join(subject.casefold().split())


def item_paragraphs(writer: Writer, label: str, text: str, *, subdivide: bool = True) -> list[Any]:
    """An item's label and text. With `subdivide`, an article's paragraphs and a paragraph's
    sub-paragraphs each start a paragraph, as printed (a line break in justified text would
    stretch the line before it); a label too wide for the hanging indent ("Article 12")
    stands on a line of its own, in its text's direction."""
    parts = laid_out(text).split("\n") if subdivide else [text]
    # A number a little too wide ("121.12") keeps its text beside it, at the next tab stop.
    if " " in label.strip() and not writer.fits_hanging_indent(label):
        parts.insert(0, "")
    first, *rest = parts
    direction = writer.direction_of(text)
    return [
        writer.labelled("CT Item", label, first, direction),
        *(writer.continued("CT Item Text", part) for part in rest),
    ]


def write_item(
    writer: Writer,
    item: ProductItem,
    *,
    tracked: bool,
    internal: bool,
    history: Callable[[Writer, ProductItem], list[Any]] | None = None,
) -> None:
    """Label and text, stance (then the stance history, if asked), public reason, internal note
    (if given), proposed wording and the agreed language it cites, as one block kept together."""
    direction = writer.direction_of(item.text)
    block = [
        *item_paragraphs(writer, item.label, item.text),
        writer.stance(item, internal=internal),
    ]
    if history:
        block.extend(history(writer, item))
    if item.rationale:
        rationale = writer.vocab["rationale"]
        block.append(writer.field("CT Rationale", rationale, item.rationale, direction))
    if item.note:
        block.append(writer.field("CT Note", writer.vocab["note"], item.note, direction))
    if item.amendment:
        block.append(writer.amendment(item, tracked=tracked))
    if cited := write_citations(writer, item.citations, direction):
        block.append(cited)
    keep_together(block)
