"""A word-processor file whose paragraphs are printed lines: text pasted from a PDF (or from
`pdftotext`) into Word or LibreOffice, one paragraph per line.

Its paragraphs end mid-sentence and the next one carries on in lower case, line after line;
read as paragraphs, a resolution's numbers stand alone and its sentences are cut in pieces.
Such a file is read as the plain text it is, where lines are joined into paragraphs.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from cybertrack.importers.blocks import Block, BlockRole, Source
from cybertrack.importers.openers import COMMA, opens_preambular
from cybertrack.importers.text_report import text_blocks

_FEWEST = 10  # paragraphs of some length: a short note is read as it is
# Of them carried on by the next (Word documents: 0-3% in tests/data, up to 7% seen; text
# pasted from a PDF: 21-74%, the least where a table's cells take one line each).
_RUN_ON_SHARE = 0.15
_SHORTEST = 20
# What stands around a line's words: spaces and the bidi marks pdftotext wraps Arabic runs in.
_AROUND_LINE = " \t\u200e\u200f\u202a\u202b\u202c\u202d\u202e"


def _runs_on(before: Block, after: Block) -> bool:
    """`before` stops mid-sentence and `after` goes on: in lower case, or in a script without
    capitals (Arabic, Chinese), with a letter."""
    if after.auto_label:
        return False  # numbered by Word: a paragraph of its own
    end = before.text.rstrip(_AROUND_LINE)[-1:]
    text = after.text.lstrip(_AROUND_LINE)
    start = text[:1]
    goes_on = start.islower() or (start.isalpha() and not start.isupper())
    if end in COMMA and goes_on and opens_preambular(text):
        # A Russian resolution's preamble: "ссылаясь ...," then "отмечая ...", paragraph
        # after paragraph, each in lower case.
        return False
    return (end.isalnum() or end in ",-") and goes_on


def hard_wrapped(blocks: list[Block]) -> bool:
    """Most paragraphs are lines: a quarter or more end mid-sentence and the next one goes
    on in lower case (in documents typed as paragraphs, hardly one in twenty)."""
    if any(block.revision is not None for block in blocks):
        return False
    body = [b for b in blocks if b.role is BlockRole.BODY and len(b.text.strip()) >= _SHORTEST]
    if len(body) < _FEWEST:
        return False
    runs = sum(1 for a, b in itertools.pairwise(body) if _runs_on(a, b))
    return runs >= _RUN_ON_SHARE * (len(body) - 1)


def reflowed(source: Source) -> Source:
    """The source read again as plain text when its paragraphs are printed lines."""
    if not hard_wrapped(source.blocks):
        return source
    lines = [
        f"{block.auto_label} {block.text}" if block.auto_label else block.text
        for block in source.blocks
        if block.role is not BlockRole.FOOTNOTE
    ]
    notes = [block for block in source.blocks if block.role is BlockRole.FOOTNOTE]
    return replace(source, blocks=text_blocks("\n".join(lines)) + notes)
