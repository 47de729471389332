"""PDF to blocks, through pypdfium2 (PDFium).

Chosen by measurement on the UN PDFs in tests/data (text extraction of the whole file):
pypdfium2 0.14-0.63 s, pypdf 3.3-14 s, pdfplumber 5.5-28 s, with the same reading order and text.
PDFium also gives each character's baseline and font size, which is what it takes to:
- rebuild paragraphs (a gap wider than the line pitch, or a change of font size, ends one);
- drop page furniture: running header and footer (symbol, job number "26-04950", "V.20-03812",
  page "2/13"), footnotes and tables (smaller type than the body text), barcodes;
- drop footnote reference marks (superscript characters smaller than their line);
- join a paragraph cut by a page break, and words hyphenated at a line end.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.importers.blocks import Block
from cybertrack.importers.labels import is_subitem, match_label
from cybertrack.importers.pdf_words import LINE_HYPHEN, WORD, join_paragraph

_FURNITURE = re.compile(
    r"^(?:\d{1,4}\s*/\s*\d{1,4}"  # page "2/13"
    r"|(?:V\.)?\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\d{6})?(?:\s+\d{1,4}\s*/\s*\d{1,4})?"  # job number
    r"|\d{1,4}\s*/\s*\d{1,4}\s+(?:V\.)?\d{2}-\d{5}(?:\s*\(E\))?"
    r"|\*\d{5,}\*|Please recycle.*|\d{1,4})$",
    re.IGNORECASE,
)
_SYMBOL_ONLY = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.]+)+(?:\s*\((?:Sect|Part)\.\s*\d+\))?$")
_CHAPTER = re.compile(r"^[IVX]{1,5}\.\s+[A-Z]")
_TERMINAL = (".", ":", ";", "!", "?", "”", '"')
_LINE_TEXT = re.compile(r"[^\r\n]+")
_DIGIT = re.compile(r"\d")


@dataclass
class _Line:
    page: int
    y: float
    x_end: float
    size: float
    text: str
    height: float = 792.0
    x_start: float = 0.0
    bold: bool = False


def pdf_blocks(data: bytes, name: str) -> list[Block]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ImportFailed(Code.PDF_PASSWORD, name=name) from exc
        raise ImportFailed(Code.PDF_UNREADABLE, name=name) from exc
    try:
        lines = [line for index in range(len(document)) for line in _page_lines(document, index)]
    except pdfium.PdfiumError as exc:
        raise ImportFailed(Code.PDF_PAGE_DAMAGED, name=name) from exc
    finally:
        document.close()
    if not any(line.text.strip() for line in lines):
        raise ImportFailed(Code.PDF_NO_TEXT, name=name)
    return _blocks(_without_furniture(lines))


def _page_lines(document: Any, index: int) -> list[_Line]:
    """The page's lines in reading order; a superscript split from its line is folded back."""
    import pypdfium2.raw as raw

    page = document[index]
    textpage = page.get_textpage()
    height = page.get_height()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        x, y = ctypes.c_double(), ctypes.c_double()
        left, right = ctypes.c_double(), ctypes.c_double()
        bottom, top = ctypes.c_double(), ctypes.c_double()
        handle = textpage.raw
        lines: list[_Line] = []
        chars: list[tuple[str, float | None, float | None]] = []
        x_end = x_start = 0.0
        split_by_gap = bold = False
        font_name = ctypes.create_string_buffer(128)
        if index:
            return _sampled_lines(index, height, text[:count], handle)

        def flush() -> None:
            line = _make_line(index, height, chars, x_end)
            if line is not None:
                line.x_start, line.bold = x_start, bold
                previous = lines[-1] if lines else None
                if previous is not None and abs(previous.y - line.y) < 1.0 and not split_by_gap:
                    previous.text += " " + line.text  # the rest of a line cut by a superscript
                    previous.x_end = max(previous.x_end, line.x_end)
                else:
                    lines.append(line)

        for i, char in enumerate(text[:count]):
            if char in "\r\n":
                if chars:
                    flush()
                    chars, split_by_gap = [], False
                continue
            raw.FPDFText_GetCharOrigin(handle, i, x, y)
            size = raw.FPDFText_GetFontSize(handle, i)
            if not char.isspace():
                raw.FPDFText_GetCharBox(handle, i, left, right, bottom, top)
                # First page: the symbol block sets cells side by side ("United Nations
                # A/80/604/Add.3"); a wide gap separates them into lines of their own.
                if index == 0 and chars and left.value - x_end > 2.5 * size:
                    flush()
                    chars, split_by_gap = [], True
                if not any(not c.isspace() for c, _, _ in chars):
                    x_start = left.value
                    bold = _is_bold(raw, handle, i, font_name)
                x_end = right.value
            chars.append((char, y.value, size))
        if chars:
            flush()
        return lines
    finally:
        textpage.close()
        page.close()


def _sampled_lines(index: int, height: float, text: str, handle: Any) -> list[_Line]:
    """Lines of a page past the first, measuring only some characters: ctypes calls dominate
    the cost, and a line's size and baseline show in a sample (its first character, every 8th,
    its last); digits are all measured, as they may be raised footnote marks."""
    import pypdfium2.raw as raw

    x, y = ctypes.c_double(), ctypes.c_double()
    left, right = ctypes.c_double(), ctypes.c_double()
    bottom, top = ctypes.c_double(), ctypes.c_double()
    font_name = ctypes.create_string_buffer(128)
    lines: list[_Line] = []
    for match in _LINE_TEXT.finditer(text):
        segment, start = match.group(), match.start()
        last = len(segment.rstrip()) - 1
        first = len(segment) - len(segment.lstrip())
        if last < first:
            continue
        digits = [m.start() for m in _DIGIT.finditer(segment)]
        sample = {k for k in range(first, last + 1, 8) if not segment[k].isspace()}
        measured: dict[int, tuple[float, float]] = {}
        for k in sample | {first, last, *digits}:
            raw.FPDFText_GetCharOrigin(handle, start + k, x, y)
            measured[k] = (y.value, round(raw.FPDFText_GetFontSize(handle, start + k), 1))
        plain = [s for k, (_, s) in measured.items() if k not in digits] or [
            s for _, s in measured.values()
        ]
        size = Counter(plain).most_common(1)[0][0]
        baseline = statistics.median(v for v, s in measured.values() if s == size)
        dropped = {
            k
            for k in digits
            if measured[k][1] < size * 0.8
            and measured[k][0] > baseline + 1.0
            and not (segment[k] in "23" and segment[k - 1 : k] == "m")
        }
        if dropped:
            segment = "".join(ch for k, ch in enumerate(segment) if k not in dropped)
        raw.FPDFText_GetCharBox(handle, start + first, left, right, bottom, top)
        x_start = left.value
        raw.FPDFText_GetCharBox(handle, start + last, left, right, bottom, top)
        line = _Line(index, baseline, right.value, size, _clean(segment).rstrip(), height)
        line.x_start, line.bold = x_start, _is_bold(raw, handle, start + first, font_name)
        previous = lines[-1] if lines else None
        if previous is not None and abs(previous.y - line.y) < 1.0:
            previous.text += " " + line.text  # the rest of a line cut by a superscript
            previous.x_end = max(previous.x_end, line.x_end)
        elif line.text:
            lines.append(line)
    return lines


def _clean(text: str) -> str:
    # PDFium marks a hyphen it rejoined at a line end with U+FFFE; "\x02" is a soft hyphen.
    return text.replace("\x02", "\u00ad").replace("\ufffe", LINE_HYPHEN)


def _is_bold(raw: Any, handle: Any, index: int, buffer: Any) -> bool:
    """Set in bold or italic: how UN templates mark their lower headings ("Lessons learned")."""
    if raw.FPDFText_GetFontWeight(handle, index) >= 600:
        return True
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(handle, index, buffer, len(buffer), ctypes.byref(flags))
    name = buffer.value.lower()
    return b"bold" in name or b"italic" in name


def _make_line(
    page: int, height: float, chars: list[tuple[str, float | None, float | None]], x_end: float
) -> _Line | None:
    sizes = Counter(round(s, 1) for char, _, s in chars if s is not None and not char.isspace())
    if not sizes:
        return None
    size = sizes.most_common(1)[0][0]
    baseline = statistics.median(
        y for _, y, s in chars if s is not None and y is not None and round(s, 1) == size
    )
    # Superscript marks (footnote references) are smaller and raised: leave them out.
    kept: list[str] = []
    for char, y, s in chars:
        raised = s is not None and y is not None and s < size * 0.8 and y > baseline + 1.0
        # A raised "2" after "m" is a unit (m2), not a footnote mark.
        if char.isspace() or not raised or (char in "23" and kept[-1:] == ["m"]):
            kept.append(char)
    text = _clean("".join(kept))
    return _Line(page, baseline, x_end, size, text.rstrip(), height)


def _without_furniture(lines: list[_Line]) -> list[_Line]:
    """Drop running headers/footers, footnotes and tables: anything in smaller type or margins."""
    sizes = Counter()  # type: Counter[float]
    for line in lines:
        sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0]
    starts = Counter(round(line.x_start) for line in lines if line.size == body and line.page)
    left = starts.most_common(1)[0][0] if starts else 0.0
    kept = []
    for line in lines:
        text = line.text.strip()
        if line.page and line.x_start > left + 80:
            continue  # text set inside a figure or a table column, not a paragraph
        if line.page and line.x_start < left - 40 and match_label(text) is None:
            continue  # a figure caption set out into the margin ("Figure 16.X")
        if not text:
            continue
        in_margin = line.y > line.height * 0.9 or line.y < line.height * 0.09
        if line.page > 0 and line.size < body * 0.9:
            continue
        if in_margin and (_FURNITURE.match(text) or _SYMBOL_ONLY.match(text)) and line.page > 0:
            continue
        if line.page == 0 and _FURNITURE.match(text):
            continue
        kept.append(line)
    return kept


def _blocks(lines: list[_Line]) -> list[Block]:
    if not lines:
        return []
    body = Counter(line.size for line in lines).most_common(1)[0][0]
    pitches = [
        round(a.y - b.y, 1)
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and a.size == b.size == body and 0 < a.y - b.y < 30
    ]
    pitch = Counter(pitches).most_common(1)[0][0] if pitches else 12.0
    right = _right_margin(lines, body)
    vocabulary = Counter(w.lower() for line in lines for w in WORD.findall(line.text))
    blocks: list[Block] = []
    current: list[str] = []
    previous: _Line | None = None
    front = True
    heading = False
    headings = _headings(lines, pitch, right)
    for line, is_heading in zip(lines, headings, strict=True):
        # First-page lines before the first numbered paragraph or chapter are metadata: one
        # block each, as the front-matter reader expects ("Eightieth session", "Agenda item").
        front = front and line.page == 0 and not _opens_body(line.text)
        if previous is not None and (
            (front and _new_front_line(previous, line, pitch))
            or (not front and heading != is_heading)
            or (not front and _starts_paragraph(previous, line, pitch, right))
        ):
            blocks.append(Block(join_paragraph(current, vocabulary), heading_hint=heading))
            current = []
        current.append(line.text.strip())
        previous, heading = line, is_heading
    if current:
        blocks.append(Block(join_paragraph(current, vocabulary), heading_hint=heading))
    return blocks


def _headings(lines: list[_Line], pitch: float, right: float) -> list[bool]:
    """Short bold lines standing alone: "Lessons learned", "(a) Human resources".

    A heading is a run of at most two bold lines with a wide gap (or a page top) above, whose
    last line stops short of the margin with no closing punctuation, followed by a wide gap or a
    line that is not bold. A bold recommendation paragraph is longer and ends with a full stop.
    """

    def gap(a: _Line, b: _Line) -> bool:
        return a.page != b.page or a.y - b.y > pitch * 1.35

    flags = [False] * len(lines)
    for index, line in enumerate(lines):
        if not line.bold or line.page == 0:
            continue
        if index and not gap(lines[index - 1], line):
            continue
        run = [index]
        if index + 1 < len(lines) and lines[index + 1].bold and not gap(line, lines[index + 1]):
            run.append(index + 1)
        last = lines[run[-1]]
        after = lines[run[-1] + 1] if run[-1] + 1 < len(lines) else None
        text = " ".join(lines[i].text.strip() for i in run)
        if (
            len(text) <= 160
            and text[:1] in "(" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            and last.x_end < right - 25
            and not text.endswith((".", ";", ",", ":"))
            and match_label(text) is None
            and (after is None or gap(last, after) or not after.bold)
        ):
            for i in run:
                flags[i] = True
    return flags


_FRONT_FACT = re.compile(
    r"^(?:[A-Z]{1,6}/\S+|Distr|Original|\d{1,2} [A-Z][a-z]+ \d{4}$|[A-Z][a-z-]+ session$"
    r"|(?:Provisional )?[Aa]genda item|United Nations$|General Assembly$|Security Council$)"
)


def _new_front_line(previous: _Line, line: _Line, pitch: float) -> bool:
    """First-page lines are one block each ("Eightieth session", "Agenda item 158"), except
    that a title wrapped over several lines ("Financing of the ... / Referendum in ...") stays
    whole, as the Word original has it."""
    if previous.page != line.page or abs(previous.size - line.size) > 0.6:
        return True
    if previous.y - line.y > max(pitch, line.size) * 1.35:
        return True
    return bool(_FRONT_FACT.match(previous.text.strip()) or _FRONT_FACT.match(line.text.strip()))


def _opens_body(text: str) -> bool:
    return match_label(text.strip()) is not None or bool(_CHAPTER.match(text.strip()))


def _right_margin(lines: list[_Line], body: float) -> float:
    ends = sorted(line.x_end for line in lines if line.size == body)
    return ends[int(len(ends) * 0.9)] if ends else 0.0


def _starts_paragraph(previous: _Line, line: _Line, pitch: float, right: float) -> bool:
    full = previous.x_end >= right - 25
    ended = previous.text.rstrip().endswith(_TERMINAL)
    if abs(previous.size - line.size) > 0.6:
        return True
    text = line.text.strip()
    if line.page != previous.page:
        # A paragraph runs over the page break unless its last line was short and complete.
        return (ended and not full) or (match_label(text) is not None and ended)
    if previous.y - line.y > pitch * 1.35:
        # A wide gap ends a paragraph, unless the line above runs to the margin mid-sentence.
        return not (full and not ended) or match_label(text) is not None
    return not full and (match_label(text) is not None or is_subitem(text))
