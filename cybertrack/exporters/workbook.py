"""What every Excel file we write shares with the papers: the title block above the table, the
classification and "Page N of M" on every printed page, the paper's language, and nothing
personal in its properties. And no cell is ever a live formula: a text that starts with = + - @
is written as text (Excel's leading apostrophe), so it comes back exactly as it was.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import datetime, time
from pathlib import Path
from typing import Any

from cybertrack.domain.text import clean_text
from cybertrack.exporters.docx_template import LANGUAGE_TAGS
from cybertrack.exporters.files import save_whole
from cybertrack.exporters.product import TitleBlock
from cybertrack.exporters.vocabulary import Vocabulary

# What Excel (and LibreOffice) read as the start of a formula when a cell is typed or edited.
FORMULA_STARTS = ("=", "+", "-", "@")


def set_value(cell: Any, value: str | int | None) -> None:
    """A cell's value as data, never as a formula."""
    if value is None or isinstance(value, int):
        cell.value = value
        return
    text = clean_text(value)
    cell.value = text
    if text.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited, too


def write_title_rows(sheet: Any, title: TitleBlock) -> int:
    """The paper's title block in the first rows; returns the first free row (after a gap)."""
    from openpyxl.styles import Font

    lines = [
        (title.delegation, Font(bold=True)),
        (title.title, Font(bold=True, size=14)),
        (title.meeting, None),
        (title.place_and_dates, None),
        (title.symbols, None),
        (title.issued, None),
        (title.classification, Font(italic=True)),
        (title.prepared_by, None),
    ]
    row = 1
    for text, font in lines:
        if text:
            cell = sheet.cell(row, 1)
            set_value(cell, text)
            if font is not None:
                cell.font = font
            row += 1
    return row + 1


def set_up_printing(sheet: Any, vocab: Vocabulary, classification: str, header_row: int) -> None:
    """Landscape, one page wide, the header row on every page, the classification at the top
    and 'Page N of M' in the paper's language at the bottom of every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    marking = _header_text(classification)
    page = re.sub(r"\{page\}", "&P", re.sub(r"\{pages\}", "&N", _header_text(vocab["page_of"])))
    for part in (sheet.oddHeader, sheet.firstHeader, sheet.evenHeader):
        part.center.text = marking
    for part in (sheet.oddFooter, sheet.firstFooter, sheet.evenFooter):
        part.center.text = page
    if vocab.right_to_left:
        sheet.sheet_view.rightToLeft = True


def _header_text(text: str) -> str:
    return clean_text(text).replace("&", "&&")


def fit_columns(sheet: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


# A row of 11-point text is 15 points high; a column's width counts characters of that text.
LINE_POINTS = 15.0


def fit_rows(sheet: Any, first: int, widths: Sequence[float]) -> None:
    """Give each row from `first` the height its wrapped cells need. Neither Excel nor
    LibreOffice grows a row for wrapped text it did not write itself, so long paragraphs would
    print cut off."""
    for row in sheet.iter_rows(min_row=first):
        lines = 1
        for cell, width in zip(row, widths, strict=False):
            if isinstance(cell.value, str) and cell.value:
                lines = max(lines, _lines(cell.value, width))
        sheet.row_dimensions[row[0].row].height = lines * LINE_POINTS


def _lines(text: str, width: float) -> int:
    """Lines `text` takes in a column `width` characters wide, wrapped at spaces as a
    spreadsheet wraps it (a wide East Asian sign counts two)."""
    capacity = max(1.0, width * 1.2)  # a width unit is the digit 0; letters average narrower
    count = 0
    for line in text.split("\n"):
        used, lines = 0.0, 1
        for word in line.split(" "):
            size = float(len(word))
            size += sum(1 for char in word if unicodedata.east_asian_width(char) in ("W", "F"))
            if used and used + 1 + size > capacity:  # the word starts the next line
                lines += 1
                used = 0.0
            elif used:
                used += 1  # the space before it
            while size > capacity - used:  # a word longer than the column breaks anywhere
                size -= capacity - used
                lines += 1
                used = 0.0
            used += size
        count += lines
    return count


def save_workbook(book: Any, out: Path, title: TitleBlock, language: str) -> None:
    """Save with the delegation as author, the issue date as the file's dates, nothing else."""
    from openpyxl.writer.excel import ExcelWriter

    props = book.properties
    props.creator = props.lastModifiedBy = clean_text(title.delegation)
    props.title = clean_text(f"{title.title} – {title.delegation}")
    props.language = LANGUAGE_TAGS[language]
    for name in ("subject", "description", "keywords", "category", "identifier"):
        setattr(props, name, None)
    stamp = datetime.combine(title.issued_on, time(12))
    props.created = props.modified = stamp

    def save(path: str) -> None:
        # openpyxl's save() stamps the time of writing; its writer keeps ours.
        ExcelWriter(book, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)).save()

    save_whole(save, out)
