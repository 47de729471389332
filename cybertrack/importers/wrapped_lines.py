"""Paragraphs of a text whose lines were wrapped at a printed width, with no blank line
between them: what pdftotext without -layout, or a PDF viewer's copy and paste, gives of a
statement or a report whose paragraphs are not numbered.

Such a text has a width: most of its lines run to within a few characters of it, as a
justified or ragged page sets them. A line that closes a sentence well short of that width,
before one that opens with a capital, is the last line of a paragraph: a wrapped line only
stops short where its paragraph does. A text typed a paragraph to a line (its lines run to
a page) has a paragraph's end at each line that closes a sentence. In a text whose
paragraphs are numbered, only a heading is cut from the paragraph above it (`ends_short`).
"""

from __future__ import annotations

from cybertrack.importers.headings import is_plain_heading

_LONGEST_LINES = 20  # lines shorter than this are headings, names, figures: not measured
_FEWEST = 10
_FULL = 0.8  # a line this share of the width or more runs to the margin
_FULL_SHARE = 0.5  # of the lines measured, at least this many run to the margin
_WIDTHS = (40, 160)  # a printed page's line, in characters
_SHORT = 0.7  # a line ending a paragraph stops before this share of the width
_FEWEST_WORDS = 3
_SENTENCE_END = (".", "!", "?", ".”", '."', ".’", ".)", "。", "؟")
_OPENING_QUOTES = "“\"'‘«"
# The width of a text typed a paragraph to a line (LibreOffice's or Word's text of a
# document): every line that closes a sentence closes its paragraph.
UNWRAPPED = 1_000_000


def wrap_width(lines: list[str]) -> int | None:
    """The width the text's lines were wrapped at; UNWRAPPED for a text typed a paragraph to
    a line; None when neither shows. Measured on its longer lines: a list of names or a
    table's short cells says nothing of it."""
    lengths = sorted(n for n in (len(line.strip()) for line in lines) if n >= _LONGEST_LINES)
    if len(lengths) < _FEWEST:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > _WIDTHS[1]:
        return UNWRAPPED  # paragraphs longer than any printed line: one to a line
    prose = [n for n in lengths if n >= width / 2]
    full = sum(1 for n in prose if n >= _FULL * width)
    if width < _WIDTHS[0] or full < max(_FEWEST, _FULL_SHARE * len(prose)):
        return None
    return width


def ends_short(line: str, following: str, width: int | None, *, numbered: bool) -> bool:
    """`line` is the last of its paragraph: it closes a sentence well short of the width,
    and `following` opens the next with a capital. Where the paragraphs are `numbered`, their
    numbers cut them; a sentence ending short within one is an option's or a quotation's end
    (a negotiating text's), and only a heading on the next line ("Lessons learned and
    planned change") is cut from it."""
    if width is None or (numbered and not is_plain_heading(following, longest=int(_SHORT * width))):
        return False
    text = line.strip()
    quoted = following[:1] in '“"' and following[1:2].isupper()
    if not numbered and quoted and text.endswith((*_SENTENCE_END, ":")):
        # A presidential statement quotes each paragraph ("“The Security Council ..."): one
        # opens after a sentence's end however full its line (S/PRST/2021/1: 9 of 18).
        return True
    if len(text) >= _SHORT * width or not text.endswith(_SENTENCE_END):
        return False
    if len(text.split()) < _FEWEST_WORDS:
        return False  # "Article 13." over its title: a heading, not a paragraph's end
    first = following.lstrip(_OPENING_QUOTES)[:1]
    # Arabic and Chinese have no capitals: any letter may open the next paragraph.
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())
