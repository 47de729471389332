"""Right-to-left pages (Arabic, Hebrew) read by the same layout rules as left-to-right ones.

PDFium gives a right-to-left line in reading order: its first character is printed at the
right, its last at the left. The layout rules measure from the left (the margin a paragraph
starts at, a first-line indent, a line that runs to the margin): a document whose lines run
mostly right to left is mirrored, so that its start margin is on the left as those rules
expect, and every line is then given from its left edge to its right one.

PDFium also leaves two marks of the visual order in the text, both put right here:
- a number before the mark that follows it: "1." printed at the right of an Arabic line reads
  ".1", "2020،" reads "،2020";
- the lam-alef ligature (one glyph for two letters) read alef first: "أولا" as "أوال". Its two
  letters share the glyph's box, which tells them from a real alef-lam ("ال", two glyphs); that
  check is made where the line is read (pdf_lines).
"""

from __future__ import annotations

import re

from cybertrack.importers.pdf_lines import Line

# ".1", ".16.2", ")3" at the start of a right-to-left line, "،2020" after a space: a number,
# then the mark that follows it, read in the order they are printed.
_NUMBER_AFTER_MARK = re.compile(r"(?:^|(?<=\s))([.)،؛])(\d{1,4}(?:[.,/]\d{1,4})*)(?=\s|$)")


def orient(pages: list[list[Line]]) -> None:
    """Every line from its left edge to its right one, in a frame where the document's lines
    start at the left (mirrored when most of them run right to left); numbers put right."""
    lines = [line for page in pages for line in page]
    mirrored = 2 * sum(line.rtl for line in lines) > len(lines)
    for line in lines:
        if mirrored:
            width = line.page_width
            line.x0, line.x1 = width - line.x0, width - line.x1
            line.cells = [(width - a, width - b) for a, b in line.cells]
        if line.x0 > line.x1:
            line.x0, line.x1 = line.x1, line.x0
            order = sorted(range(len(line.cells)), key=lambda k: min(line.cells[k]))
            line.cells = [(min(line.cells[k]), max(line.cells[k])) for k in order]
            line.cell_texts = [line.cell_texts[k] for k in order]
        if line.rtl:
            line.text = _NUMBER_AFTER_MARK.sub(r"\2\1", line.text)
            if line.cell_texts:
                line.cell_texts[0] = _NUMBER_AFTER_MARK.sub(r"\2\1", line.cell_texts[0])
