"""A scanned page's text laid over it by OCR (Tesseract, ABBYY, Acrobat's "Recognize Text"):
the text is invisible, the picture shows the page.

Such a layer gives each line the font size that fits its glyphs' boxes, rounded: lines of one
paragraph come out 8 or 9 points as their letters have ascenders or not, and the reader, which
tells tables and notes by their smaller type, took every other line of a paragraph for a
table's; and it lists its lines block by block, a heading's number ("IV.") in a block of its
own. The layer is recognised by its invisible text; its lines are put top to bottom, those
on one baseline joined, and the sizes near the body's read as the body's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import pairwise
from typing import Any

from cybertrack.importers.pdf_lines import Line

_SAMPLE = 40  # text objects looked at: enough to know, cheap to read through ctypes
_INVISIBLE_SHARE = 0.9
_SAME_SIZE = 0.15  # an OCR layer's sizes this near the body's are the body's
_SAME_BASELINE = 0.3  # of the size: two blocks' lines on one baseline
_NEAR_EM = 10.0  # a number hanging in the margin and its text: a few ems apart
_NUMBER_LONGEST = 8  # "IV.", "11.1", "(a)", "29B.12": a number, no words
_SPACING_SLACK = 1.4  # of the body's line spacing: a line of the same run


def invisible_text(document: Any) -> bool:
    """Whether the document's text is an OCR layer: its first text objects are invisible."""
    import pypdfium2.raw as raw

    for index in range(len(document)):
        page = document[index]
        try:
            modes = [
                raw.FPDFTextObj_GetTextRenderMode(obj.raw)
                for obj, _ in zip(
                    page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT], max_depth=1),
                    range(_SAMPLE),
                    strict=False,
                )
            ]
        finally:
            page.close()
        if modes:
            invisible = sum(1 for mode in modes if mode == raw.FPDF_TEXTRENDERMODE_INVISIBLE)
            return invisible >= _INVISIBLE_SHARE * len(modes)
    return False


def ocr_pages(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages of an OCR layer as the reader expects a page: its lines top to bottom (the
    layer lists them block by block, in the order its recognition found the blocks) and each
    line's size near the body's read as the body's."""
    return even_sizes(
        [_joined(sorted(lines, key=lambda line: (-line.y, line.x0))) for lines in pages]
    )


def _joined(lines: list[Line]) -> list[Line]:
    """A number alone and the line beside it on its baseline, joined: the layer may hold a
    heading's or a paragraph's number ("IV.", "11.1") in a block of its own, apart from its
    text on the same line. Only a number: two columns' lines side by side stay apart."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        if (
            before is not None
            and abs(before.y - line.y) < _SAME_BASELINE * line.size
            and 0 <= line.x0 - before.x1 < _NEAR_EM * line.size
            and len(before.text) <= _NUMBER_LONGEST
            and " " not in before.text.strip()
        ):
            text = f"{before.text} {line.text}"
            out[-1] = replace(
                before,
                x1=line.x1,
                text=text,
                size=max(before.size, line.size),
                bold=before.bold and line.bold,
                cells=[(before.x0, line.x1)],
                cell_texts=[text],
            )
        else:
            out.append(line)
    return out


def even_sizes(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages (lines top to bottom) with a line's size a little off the body's read as the
    body's where the line stands in the body's run of lines: next to a body-size line, a
    line's spacing apart. A page's notes, set apart below the text, keep their smaller size."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    if not sizes:
        return pages
    body = sizes.most_common(1)[0][0]
    return [_evened(lines, body) for lines in pages]


def _evened(lines: list[Line], body: float) -> list[Line]:
    near = [abs(line.size - body) <= _SAME_SIZE * body for line in lines]
    gaps = sorted(
        a.y - b.y
        for a, b in pairwise(lines)
        if a.size == b.size == body and 0.8 * body < a.y - b.y < 2.5 * body
    )
    spacing = gaps[len(gaps) // 2] if gaps else 1.2 * body
    evened = [line.size == body for line in lines]
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):  # down, then up
        previous: int | None = None
        for index in order:
            if near[index] and not evened[index] and previous is not None and evened[previous]:
                apart = abs(lines[previous].y - lines[index].y)
                evened[index] = apart <= _SPACING_SLACK * spacing
            previous = index
    return [
        replace(line, size=body) if evened[index] and line.size != body else line
        for index, line in enumerate(lines)
    ]
