"""A draft's line numbers as text extraction prints them: each line of the page opens with
its number in the margin (" 9   1.  During its consideration ...", "10   the Referendum in
..."), counting up from the page's first line. Left in, every line would read as a
paragraph numbered 9, 10, 11 ...; the PDF reader sets them aside by their place
(pdf_line_numbers), the text reader by their count.
"""

from __future__ import annotations

import itertools
import re

_MARGIN_NUMBER = re.compile(r"^[ \t]*(\d{1,3})(?:[ \t]{2,}|[ \t]*$)")
_SHARE = 0.5  # of a page's lines with text (a table set in it is not numbered)
_COUNTING = 0.9  # of the numbered lines, each one more than the one above
_FEWEST = 10


def without_line_numbers(page: str) -> str:
    """`page` without its margin's line numbers, when half its lines or more have one and
    they count up one by one; as it is otherwise."""
    lines = page.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) < _FEWEST:
        return page  # a short page proves nothing
    numbered = [(index, m) for index in filled if (m := _MARGIN_NUMBER.match(lines[index]))]
    if len(numbered) < _SHARE * len(filled):
        return page
    counts = [int(match[1]) for _, match in numbered]
    steps = sum(1 for a, b in itertools.pairwise(counts) if b == a + 1)
    if len(numbered) < _FEWEST or steps < _COUNTING * (len(numbered) - 1):
        return page  # numbers, but not counting lines: a list, a table's column
    for index, match in numbered:
        lines[index] = lines[index][match.end() :]
    return "\n".join(lines)
