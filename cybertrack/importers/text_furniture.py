"""Page furniture in text extracted from a PDF: what repeats from page to page, and the
lines only a printer adds (job number "19-22674 (E)", "GE.14-12897", page "2/3", barcode
"*1922674*", the date stamp "200120", "Please recycle").

A short chunk that stands alone more than once (digits masked) is a running header or footer.
The document's symbol alone on a line is metadata the first time and furniture after.
"""

from __future__ import annotations

import re
from collections import Counter

from cybertrack.importers.headings import chapter_or_section
from cybertrack.importers.labels import match_label
from cybertrack.importers.metadata import SYMBOL

_PRINTER = re.compile(
    r"^(?:(?:[A-Z]{1,3}\.)?\d{2}-\d{5}\*?\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}"  # job numbers
    # a job number and the page's "3/17" run together: "23-283263/17" (a record's footer)
    r"|\d{2}-\d{5}\d{1,3}/\d{1,3}"
    r"|\*\d{6,}\*"  # barcode
    r"|\d{6}(?:\s+\d{6})?"  # date stamps
    r"|Please recycle.*|♲.*|Accessible document)$",
    re.IGNORECASE,
)
_JOB = re.compile(r"\d{2}-\d{5}")
_SHORT_JOB_LINE = 40  # characters: "23-01821 (E)    271023    *2301821*" at most
_GLUED_JOB = re.compile(r"[^\W\d_](\d{2}-\d{5})\s*$")  # a job number run into a word
_PAGE = re.compile(
    r"^(?:\d{1,4}\s*/\s*\d{1,4}|[-–]\s*\d{1,4}\s*[-–]|\d{1,4}|(?:Page|Página|Стр\.)\s*\d{1,4}"
    r"(?:\s*(?:of|de|из)\s*\d{1,4})?|\d{1,4}\s+(?:of|de|sur|из)\s+\d{1,4})$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_DOT_LEADER = re.compile(r"\.{5,}|(?:\. ){4,}")
_WORDS_AFTER = re.compile(r"\b(?!(?i:pages?\b))[^\W\d_]{3,}")
_COLUMN_GAP = re.compile(r"\S {3,}(?=\S)")
_WIDE_GAP = re.compile(r"\s{3,}")
HEADING_MARK = "\ue001"  # marks a markdown heading line until it becomes a block of its own
_SHORT = 320
_DATED_CHUNKS = 3  # a date in figures that opens or closes this many chunks is furniture
_FIGURE_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")  # "26/05/2021": no sentence is one alone
_LINES = 5


def is_page_number(line: str) -> bool:
    return bool(_PAGE.match(line.strip()))


def page_number(cell: str) -> int | None:
    """The number a page-number cell prints ("2/46", "- 3 -", "Page 3 of 7", "3"), else None."""
    if not is_page_number(cell):
        return None
    found = _DIGITS.search(cell)
    return int(found.group(0)) if found is not None else None


def line_cells(line: str) -> list[str]:
    """A printed line's cells: what wide gaps part ("26-03369          23/67")."""
    return _WIDE_GAP.split(line.strip())


def printer_marks(line: str) -> list[str]:
    """The job numbers, barcodes and date stamps a line prints, each as printed."""
    return [cell for cell in line_cells(line) if _PRINTER.match(cell)]


# The note a verbatim record prints on its first page, in the six languages: "This record
# contains the text of speeches delivered in English and of the translation of ...".
_RECORD_NOTE = re.compile(
    r"^(?:This record contains the text of speeches|Le présent procès-verbal contient le texte"
    r"|La presente acta contiene|В настоящем отчете содержатся|本记录|يتضمن هذا المحضر)"
)
_RECORD_ADDRESSES = ("verbatimrecords@un.org", "documents.un.org")


def is_printer_line(line: str) -> bool:
    """A line only a printer adds; `pdftotext -layout` prints a footer's job number and page
    number on one line, wide apart ("26-03369          23/67")."""
    return all(bool(_PRINTER.match(cell)) or is_page_number(cell) for cell in line_cells(line))


def is_table_line(line: str) -> bool:
    """A row of a table or of a table of contents: cells between bars, or a dotted leader."""
    if "|" not in line and ". ." not in line and "....." not in line:
        return False
    stripped = line.strip()
    if stripped.count("|") >= 2 or stripped.startswith(("|", "+-")) or stripped.endswith("|"):
        return True
    if " | " in stripped:
        return True
    leaders = list(_DOT_LEADER.finditer(stripped))
    # A leader runs to a number ("Admission of new Members ........ 1491"), never on into
    # words: "Nations, declared: ..... Western Samoa accepts the ...", a quotation's dots.
    return bool(leaders) and not _WORDS_AFTER.search(stripped, leaders[-1].end())


def is_column_line(line: str) -> bool:
    """Cells set apart by wide gaps, as `pdftotext -layout` prints a table row. A justified
    line of a paragraph can look the same: only rows in a run of two or more count."""
    return "   " in line.strip() and len(_COLUMN_GAP.findall(line.strip())) >= 2


_BLANK = re.compile(r"\n[ \t]*\n")


def page_chunks(page: str) -> list[list[str]]:
    """A page's chunks (parted by blank lines), each the list of its lines with text."""
    return [
        lines
        for chunk in _BLANK.split(page)
        if (lines := [line for line in chunk.split("\n") if line.strip()])
    ]


def _text(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split()).lower()


def _key(folded: str) -> str:
    """A chunk's words with its digits masked: the same running title on every page."""
    return _DIGITS.sub("#", folded)


def _numbers_a_part(text: str) -> bool:
    """An article's, a recommendation's, a chapter's, a part's or a section's heading, by its
    label."""
    text = text.lstrip(HEADING_MARK).strip()
    label = match_label(text)
    if label is not None and label.scheme in ("article", "recommendation", "action"):
        return True  # "Recommendation 2", "Recommendation 3": the text's own, not a header
    return chapter_or_section(text, None) is not None


def _short_text(lines: list[str]) -> str | None:
    """The chunk's words, folded, when it is short enough to be furniture: its length as read
    (a layout's indentation and gaps are no text: they kept a running title set in at the
    centre from ever counting). Long chunks are told without folding them."""
    if len(lines) > _LINES:
        return None
    raw = " ".join(lines)
    if len(raw) > _SHORT and "   " not in raw:
        return None
    folded = _text(lines)
    return folded if len(folded) <= _SHORT else None


class Furniture:
    """Knows the chunks that repeat across the text; judges one chunk at a time.

    Repetition counts only in text that came from a PDF (it has pages, or printer lines), and
    where pages are known only at the top and foot of a page: a report may repeat a heading
    ("Objective", "Deliverables") in every subprogramme.
    """

    def __init__(self, chunked: list[list[list[str]]]) -> None:
        """`chunked`: each page's chunks (`page_chunks`)."""
        self._counts: Counter[str] = Counter()
        self._exact: Counter[str] = Counter()  # the same, numbers and all
        self._symbols: set[str] = set()
        paged = len(chunked) > 1
        printed = any(
            len(lines) <= 3 and all(_PRINTER.match(line.strip()) for line in lines)
            for chunks in chunked
            for lines in chunks
        )
        self._repetition = printed or paged
        self.from_pdf = self._repetition
        # What the pages print as their numbers, less their place in the text: 0 unless the
        # text is an extract ("pages 7-8" print 7 and 8) or its cover goes unnumbered.
        self._page_offset = 0
        self._chunk_ends: Counter[str] = Counter()
        self._after_printer = False  # the chunk asked of last was a job number's, a barcode's
        self._chunked = chunked
        self._job_numbers: frozenset[str] | None = None
        if not self._repetition:
            return  # a text form with no page furniture: nothing repeats as furniture
        for lines in chunked[0][:3] if chunked else []:
            # The symbol beside the masthead ("United Nations <gap> A/C.3/80/L.3", as
            # pdftotext -layout prints the first line) is read there: alone atop the next
            # page, it is the running header.
            for line in lines:
                cells = line_cells(line)
                if len(cells) > 1 or len(lines) > 1:
                    # (or over the masthead in a block of the cover: "A/75/PV.71" over
                    # "United Nations"; alone, it is read as the first page's symbol)
                    self._symbols.update(c for c in cells if SYMBOL.fullmatch(c))
        self._chunk_ends = Counter(
            end
            for chunks in chunked
            for lines in chunks
            for end in {lines[0].strip(), lines[-1].strip()}
            if _FIGURE_DATE.fullmatch(end)
        )
        offsets: Counter[int] = Counter()
        for place, chunks in enumerate(chunked, start=1):
            for lines in chunks[:2] + chunks[-3:]:
                numbers = [page_number(c) for ln in lines[-1:] for c in line_cells(ln)]
                offsets.update(n - place for n in numbers if n is not None)
        if offsets:
            self._page_offset = offsets.most_common(1)[0][0]
        for chunks in chunked:
            # A page's top and foot (a page of six chunks or fewer is all of them, once).
            for lines in chunks if not paged or len(chunks) <= 6 else chunks[:3] + chunks[-3:]:
                folded = _short_text(lines)
                if folded is not None:
                    self._counts[_key(folded)] += 1
                    self._exact[folded] += 1
                elif not paged:
                    # The running title also stands inside the first page's title block.
                    for start in range(min(len(lines), 12)):
                        for size in range(1, _LINES + 1):
                            window = lines[start : start + size]
                            if len(window) == size and len(" ".join(window)) <= _SHORT:
                                self._counts[_key(_text(window))] += 1

    def trimmed(self, lines: list[str], page: int, *, edge: bool) -> list[str]:
        """A chunk without the printer's lines that pdftotext ran into it, no blank line
        between: "... training staff of the entity on" over "26-00248" (the job number) or
        "8/27" (page 8's number), the paragraph going on after the next page's header. Only
        lines no text prints on its own are taken, and at a page's `edge` only but for a
        date in figures: a job number, a barcode, a date stamp, the symbol already seen, the
        page's own number ("7" on page 9 may be a figure of the text); and "26/05/2021", a
        footer's date that a record's columns put between two turns, when it stands so three
        times or more."""
        if not self.from_pdf:
            return lines
        start, end = 0, len(lines)
        while end - start > 1 and self._printed(lines[end - 1], page, edge):
            end -= 1
        while end - start > 1 and self._printed(lines[start], page, edge):
            start += 1
        lines = lines[start:end]
        if edge and (glued := _GLUED_JOB.search(lines[-1])) and glued[1] in self._jobs():
            # "... one from a low23-01821": the page's job number run into its last word.
            lines = [*lines[:-1], lines[-1][: glued.start(1)]]
        return lines

    def _jobs(self) -> frozenset[str]:
        """The job numbers the pages print ("23-01821 (E)" on the first, "23-01821" after),
        read once and only when a page's last word has a number run into it."""
        if self._job_numbers is None:
            self._job_numbers = frozenset(
                found[0]
                for chunks in self._chunked
                for lines in chunks
                for line in lines
                if len(line) <= _SHORT_JOB_LINE
                and _PRINTER.match(line.strip())
                and (found := _JOB.match(line.strip()))
            )
        return self._job_numbers

    def _printed(self, line: str, page: int, edge: bool) -> bool:
        line = line.strip()
        if _FIGURE_DATE.fullmatch(line) and self._chunk_ends[line] >= _DATED_CHUNKS:
            return True
        if not edge:
            return False
        if line in self._symbols and page > 1:  # the cover's on the first page
            return True
        printed = page + self._page_offset
        return all(_PRINTER.match(c) or page_number(c) == printed for c in line_cells(line))

    def is_furniture(self, lines: list[str], *, edge: bool = True, owed: bool = False) -> bool:
        """Whether the chunk is furniture; asked of every chunk in reading order. `owed`: a
        number alone stands before it, whose text it is ("46." over "Takes note of paragraph
        5 of the report of the Advisory Committee; 14", a sentence a resolution repeats with
        other numbers atop other pages: no running title)."""
        after_printer, self._after_printer = self._after_printer, False
        stripped = [line.strip() for line in lines]
        if any(len(line) >= 5 and not line.strip("_") for line in stripped):
            return False  # the rule over a page's footnotes ("_____" over "23") repeats too
        if all(is_printer_line(line) for line in stripped):
            self._after_printer = True
            return True
        text = " ".join(stripped)
        if _RECORD_NOTE.match(text) and any(address in text for address in _RECORD_ADDRESSES):
            # A verbatim record's note on its corrections, at the foot of its first page: it
            # fell inside the statement the page break cut (A/75/PV.71, A/78/PV.15).
            return True
        # "A/RES/75/282*": a reissued document's symbol on its cover bears a star.
        if len(stripped) == 1 and SYMBOL.fullmatch(symbol := text.rstrip("*")):
            # Seen before, or under a page's job number and barcode: the next page's running
            # header, though the first page printed it otherwise ("A /75/PV.71").
            seen = symbol in self._symbols or after_printer
            self._symbols.add(symbol)
            return seen
        if len(stripped) == 1 and self.from_pdf and self._printed(text, 0, edge=False):
            # "10/09/2021" alone between two columns' text: a record's running date, where
            # its pages' columns put it, mid-page.
            return True
        if not (self._repetition and edge) or owed:
            return False
        folded = _short_text(stripped)  # a layout's gaps are no text
        if folded is not None and self._counts[_key(folded)] >= 2:
            text = " ".join(text.split()) if "   " in text else text
            if _numbers_a_part(text) and self._exact[folded] < 2:
                # "Article 2", "Chapter III" at the top of one page and "Article 7" of the next:
                # headings of the text's own parts. A running title repeats its number too.
                return False
            # A running header or footer, unless it is a line any report repeats as a heading.
            return not text.endswith((".", ":", ";")) and not text[:1].isdigit()
        return False
