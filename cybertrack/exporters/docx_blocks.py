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

from cybertrack.domain.model import Stance
from cybertrack.exporters.product import ProductItem, stance_word
from cybertrack.exporters.revisions import revisions
from cybertrack.exporters.scripts import is_right_to_left
from cybertrack.exporters.vocabulary import Vocabulary

STANCE_STYLES = {
    Stance.SUPPORT: "CT Stance Support",
    Stance.OPPOSE: "CT Stance Oppose",
    Stance.AMEND: "CT Stance Amend",
    None: "CT Stance Undecided",
}
PRIORITY_STYLES = {2: "CT Red Line", 1: "CT Priority"}
Cell = str | tuple[str, str]


class Writer:
    """One document being written: its python-docx Document and the tracked-change ids."""

    def __init__(self, document: Any, vocab: Vocabulary, author: str, issued: date) -> None:
        self.document = document
        self.vocab = vocab
        self.author = author
        self.revision_date = f"{issued.isoformat()}T12:00:00Z"
        self._ids = itertools.count(1)

    def paragraph(self, style: str, text: str = "", container: Any = None) -> Any:
        """A paragraph in `style`; right to left when `text` is mostly Arabic or Hebrew."""
        paragraph = (container or self.document).add_paragraph(style=style)
        if text:
            self.text(paragraph, text)
        return paragraph

    def text(self, paragraph: Any, text: str, style: str | None = None) -> Any:
        run = paragraph.add_run(text, style=style)
        if is_right_to_left(text):
            make_right_to_left(paragraph)
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        return run

    def field(self, style: str, name: str, value: str) -> Any:
        """'Reason: the text', the name in the field-name character style."""
        paragraph = self.paragraph(style)
        paragraph.add_run(f"{name}: ", style="CT Field Name")
        self.text(paragraph, value)
        return paragraph

    def stance(self, item: ProductItem) -> Any:
        paragraph = self.paragraph("CT Stance")
        paragraph.add_run(f"{self.vocab['position']}: ", style="CT Field Name")
        paragraph.add_run(stance_word(item.stance, self.vocab), style=STANCE_STYLES[item.stance])
        if item.priority:
            key = "red_line" if item.priority == 2 else "priority"
            paragraph.add_run(" · ")
            paragraph.add_run(self.vocab[key], style=PRIORITY_STYLES[item.priority])
        return paragraph

    def amendment(self, item: ProductItem, *, tracked: bool) -> Any:
        """The proposed wording: Word tracked changes against the item's text, or clean text."""
        paragraph = self.paragraph("CT Amendment")
        paragraph.add_run(f"{self.vocab['amendment']}: ", style="CT Field Name")
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
            cell.paragraphs[0].style = "CT Table Heading"
            cell.paragraphs[0].add_run(text)
        for values in rows:
            for cell, value in zip(table.add_row().cells, values, strict=True):
                text, style = value if isinstance(value, tuple) else (value, None)
                paragraph = cell.paragraphs[0]
                paragraph.style = "CT Table Text"
                self.text(paragraph, text, style)
        return table


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
    """Label and text, stance, public reason, internal note (if given), proposed wording."""
    paragraph = writer.paragraph("CT Item")
    paragraph.add_run(item.label, style="CT Label")
    paragraph.add_run("\t")
    writer.text(paragraph, item.text)
    writer.stance(item)
    if item.rationale:
        writer.field("CT Rationale", writer.vocab["rationale"], item.rationale)
    if item.note:
        writer.field("CT Note", writer.vocab["note"], item.note)
    if item.amendment:
        writer.amendment(item, tracked=tracked)
