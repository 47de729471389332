"""Small building blocks the product writers share: styled text, tracked changes, tables.

python-docx has no API for tracked changes or right-to-left paragraphs, so those are written as
WordprocessingML through its oxml layer. No formatting is set here: only style names.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from cybertrack.domain.positions import Priority, Stance
from cybertrack.domain.text import is_right_to_left
from cybertrack.exporters.agreed_language import write_citations
from cybertrack.exporters.product import ProductItem, stance_word
from cybertrack.exporters.revisions import revisions
from cybertrack.exporters.vocabulary import Vocabulary

STANCE_STYLES = {
    Stance.SUPPORT: "CT Stance Support",
    Stance.OPPOSE: "CT Stance Oppose",
    Stance.AMEND: "CT Stance Amend",
    None: "CT Stance Undecided",
}
PRIORITY_STYLES = {Priority.RED_LINE: "CT Red Line", Priority.PRIORITY: "CT Priority"}
PRIORITY_WORDS = {Priority.RED_LINE: "red_line", Priority.PRIORITY: "priority"}
Cell = str | tuple[str, str]


class Writer:
    """One document being written: its python-docx Document and the tracked-change ids."""

    def __init__(self, document: Any, vocab: Vocabulary, author: str, issued: date) -> None:
        self.document = document
        self.vocab = vocab
        self.author = author
        self.revision_date = f"{issued.isoformat()}T12:00:00Z"
        self._ids = itertools.count(1)
        self._style_ids: dict[str, str] = {}
        # New paragraphs go before the body's final section properties.
        self._end = document.element.body.find(qn("w:sectPr"))

    def style_id(self, name: str) -> str:
        """The style's id, looked up once: python-docx scans every style on each lookup."""
        if name not in self._style_ids:
            self._style_ids[name] = self.document.styles[name].style_id
        return self._style_ids[name]

    def paragraph(self, style: str, text: str = "") -> Any:
        """A paragraph in `style` at the end of the body; right to left for Arabic or Hebrew.

        Built as XML and placed before the body's section properties directly: python-docx's
        add_paragraph/add_run search the body and split text per character, 10x slower."""
        p = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        style_element = OxmlElement("w:pStyle")
        style_element.set(qn("w:val"), self.style_id(style))
        properties.append(style_element)
        p.append(properties)
        if self._end is None:
            self.document.element.body.append(p)
        else:
            self._end.addprevious(p)
        paragraph = Paragraph(p, self.document._body)
        if text:
            self.text(paragraph, text)
        return paragraph

    def restyle(self, paragraph: Any, style: str) -> None:
        paragraph._p.style = self.style_id(style)

    def text(self, paragraph: Any, text: str, style: str | None = None) -> None:
        """Append `text` as one run (tabs and line breaks as Word's own elements)."""
        run = OxmlElement("w:r")
        right_to_left = is_right_to_left(text)
        if style or right_to_left:
            properties = OxmlElement("w:rPr")
            if style:
                style_element = OxmlElement("w:rStyle")
                style_element.set(qn("w:val"), self.style_id(style))
                properties.append(style_element)
            if right_to_left:
                properties.append(OxmlElement("w:rtl"))
            run.append(properties)
        for number, line in enumerate(text.split("\n")):
            if number:
                run.append(OxmlElement("w:br"))
            for index, part in enumerate(line.split("\t")):
                if index:
                    run.append(OxmlElement("w:tab"))
                if part:
                    content = OxmlElement("w:t")
                    content.set(qn("xml:space"), "preserve")
                    content.text = part
                    run.append(content)
        paragraph._p.append(run)
        if right_to_left:
            make_right_to_left(paragraph)

    def labelled(self, style: str, label: str, text: str) -> Any:
        """'(12)<tab>text', the label in the label character style."""
        paragraph = self.paragraph(style)
        self.text(paragraph, label, "CT Label")
        self.text(paragraph, "\t" + text)
        return paragraph

    def field(self, style: str, name: str, value: str) -> Any:
        """'Reason: the text', the name in the field-name character style."""
        paragraph = self.paragraph(style)
        self.text(paragraph, f"{name}: ", "CT Field Name")
        self.text(paragraph, value)
        return paragraph

    def stance(self, item: ProductItem) -> Any:
        paragraph = self.paragraph("CT Stance")
        self.text(paragraph, f"{self.vocab['position']}: ", "CT Field Name")
        self.text(paragraph, stance_word(item.stance, self.vocab), STANCE_STYLES[item.stance])
        if item.priority is not Priority.NORMAL:
            self.text(paragraph, " · ")
            word = self.vocab[PRIORITY_WORDS[item.priority]]
            self.text(paragraph, word, PRIORITY_STYLES[item.priority])
        return paragraph

    def amendment(self, item: ProductItem, *, tracked: bool) -> Any:
        """The proposed wording: Word tracked changes against the item's text, or clean text."""
        paragraph = self.paragraph("CT Amendment")
        self.text(paragraph, f"{self.vocab['amendment']}: ", "CT Field Name")
        if not tracked:
            self.text(paragraph, item.amendment)
            return paragraph
        if is_right_to_left(item.amendment):
            make_right_to_left(paragraph)
        for revision in revisions(item.text, item.amendment):
            if revision.op == "equal":
                self.text(paragraph, revision.text)
            else:
                paragraph._p.append(self._tracked(revision.op, revision.text))
        return paragraph

    def _tracked(self, op: str, text: str) -> Any:
        wrapper = OxmlElement("w:ins" if op == "insert" else "w:del")
        wrapper.set(qn("w:id"), str(next(self._ids)))
        wrapper.set(qn("w:author"), self.author)
        wrapper.set(qn("w:date"), self.revision_date)
        run = OxmlElement("w:r")
        if is_right_to_left(text):
            properties = OxmlElement("w:rPr")
            properties.append(OxmlElement("w:rtl"))
            run.append(properties)
        content = OxmlElement("w:t" if op == "insert" else "w:delText")
        content.set(qn("xml:space"), "preserve")
        content.text = text
        run.append(content)
        wrapper.append(run)
        return wrapper

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        shares: Sequence[float],
    ) -> Any:
        """A table in the template's table style, columns sharing the text width as `shares`
        say; its first row repeats on every page. A cell is text or (text, character style)."""
        document = self.document
        table = document.add_table(rows=1, cols=len(header))
        table.style = document.styles["CT Table"]
        table.autofit = False
        section = document.sections[-1]
        width = section.page_width - section.left_margin - section.right_margin
        for column, share in zip(table.columns, shares, strict=True):
            column.width = int(width * share)
        first = table.rows[0]
        first._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, column, text in zip(first.cells, table.columns, header, strict=True):
            cell.width = column.width
            self.restyle(cell.paragraphs[0], "CT Table Heading")
            self.text(cell.paragraphs[0], text)
        twips = [str(int(column.width.twips)) for column in table.columns]
        for values in rows:
            table._tbl.append(self._row(values, twips))
        return table

    def _row(self, values: Sequence[Cell], twips: Sequence[str]) -> Any:
        """One table row as XML (python-docx's add_row recomputes the grid for every row)."""
        row = OxmlElement("w:tr")
        for value, width in zip(values, twips, strict=True):
            text, style = value if isinstance(value, tuple) else (value, None)
            cell = OxmlElement("w:tc")
            properties = OxmlElement("w:tcPr")
            cell_width = OxmlElement("w:tcW")
            cell_width.set(qn("w:w"), width)
            cell_width.set(qn("w:type"), "dxa")
            properties.append(cell_width)
            cell.append(properties)
            p = OxmlElement("w:p")
            p_properties = OxmlElement("w:pPr")
            p_style = OxmlElement("w:pStyle")
            p_style.set(qn("w:val"), self.style_id("CT Table Text"))
            p_properties.append(p_style)
            p.append(p_properties)
            cell.append(p)
            self.text(Paragraph(p, self.document._body), text, style)
            row.append(cell)
        return row


def make_right_to_left(paragraph: Any) -> None:
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(qn("w:bidi")) is None:
        bidi = OxmlElement("w:bidi")
        style = properties.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(bidi)
        else:
            properties.insert(0, bidi)


def write_item(writer: Writer, item: ProductItem, *, tracked: bool) -> None:
    """Label and text, stance, public reason, internal note (if given), proposed wording and
    the agreed language it cites."""
    writer.labelled("CT Item", item.label, item.text)
    writer.stance(item)
    if item.rationale:
        writer.field("CT Rationale", writer.vocab["rationale"], item.rationale)
    if item.note:
        writer.field("CT Note", writer.vocab["note"], item.note)
    if item.amendment:
        writer.amendment(item, tracked=tracked)
    write_citations(writer, item.citations)
