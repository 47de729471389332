"""Line numbers in the margin (a draft set for line-by-line reference, Word's or LibreOffice's
line numbering): furniture, like a page number.

Left in, each was a line of its own ("1", "2", ... read after the page's text, or beside each
line), and the text of a numbered draft came with a page's worth of numbers in no item. A page
numbers its lines when it holds a run of whole numbers that count up one by one, down the page,
left of where its text starts, about one for each line of text. A paragraph's number hanging in
the margin counts paragraphs, not lines, and has its stop ("12."); a table's numbered rows stand
at the text's margin, not left of it.
"""

from __future__ import annotations

import dataclasses
import itertools

from cybertrack.importers.pdf_lines import Line

_MIN_NUMBERS = 5
_COUNTING = 0.8  # of the steps down the run: the next number
_PER_LINE = 0.6  # numbers for each line of text, at least
_MAX_DIGITS = 4


def drop_line_numbers(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without their line numbers (standing alone, or as a line's first cell)."""
    return [_without(lines) for lines in pages]


def _number(line: Line) -> str | None:
    """The line's number, as a line of its own or as its first cell."""
    first = line.cell_texts[0] if line.cell_texts else line.text
    return first if first.isdigit() and len(first) <= _MAX_DIGITS else None


def _without(lines: list[Line]) -> list[Line]:
    text = [line for line in lines if not line.text.isdigit()]
    if len(lines) - len(text) < _MIN_NUMBERS and len(text) < _MIN_NUMBERS:
        return lines
    starts = sorted(_text_start(line) for line in text)
    if not starts:
        return lines
    margin = starts[len(starts) // 2]
    numbered = [
        line for line in lines if _number(line) is not None and _number_end(line) < margin - 2
    ]
    if len(numbered) < max(_MIN_NUMBERS, _PER_LINE * len(text)):
        return lines
    down = sorted(numbered, key=lambda line: -line.y)
    values = [int(_number(line) or 0) for line in down]
    steps = sum(1 for a, b in itertools.pairwise(values) if b == a + 1)
    if steps < _COUNTING * (len(values) - 1):
        return lines
    gone = {id(line) for line in numbered}
    kept = []
    for line in lines:
        if id(line) not in gone:
            kept.append(line)
        elif len(line.cells) > 1:
            kept.append(_rest(line))  # the number was the line's first cell
    return kept


def _text_start(line: Line) -> float:
    """Where the line's text starts, a leading number cell left aside."""
    if len(line.cells) > 1 and _number(line) is not None:
        return line.cells[1][0]
    return line.x0


def _number_end(line: Line) -> float:
    return line.cells[0][1] if len(line.cells) > 1 else line.x1


def _rest(line: Line) -> Line:
    """A line whose first cell was its number: the text after it."""
    texts = line.cell_texts[1:]
    return dataclasses.replace(
        line,
        x0=line.cells[1][0],
        text=" ".join(texts),
        cells=line.cells[1:],
        cell_texts=list(texts),
    )
