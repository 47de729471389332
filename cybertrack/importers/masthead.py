"""The first page's masthead, whatever the format: the running header's lines and a table set
before any body text.

A UN document prints its symbol, its body's name, its date and "Original: English" in a table
at the head of the first page: Word keeps it in the first page's header (or in the body's
first table), LibreOffice's .odt in the first page style's header, RTF in a `\\headerf` group,
LibreOffice's HTML at the top of the body. Each reader hands these lines on as the document's
first blocks, the same lines whichever format carries them, so that the symbol, the kind of
document ("Addendum") and the title are found alike in all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cybertrack.domain.messages import Code, Message
from cybertrack.importers.blocks import Block, BlockRole, Source

_LINE_BREAK = re.compile(r"[\n\t]")
# A masthead is a few short cells; a table longer than this before any text is a table.
_MASTHEAD_CELLS = 16
_MASTHEAD_CHARS = 400


def lines_once(texts: Iterable[str]) -> list[str]:
    """Each line of the texts (a tab or a line break ends one), spaces folded, each once:
    a merged cell repeats its text, and the first-page and default headers share lines."""
    lines: list[str] = []
    for text in texts:
        for line in _LINE_BREAK.split(text):
            line = " ".join(line.split())
            if line and line not in lines:
                lines.append(line)
    return lines


def masthead_first(blocks: list[Block]) -> list[Block]:
    """The blocks with a short table before any body text read as the lines of the masthead
    (as the Word reader reads the first table), not as table text the structure leaves out."""
    start = next(
        (i for i, b in enumerate(blocks) if b.role is not BlockRole.TABLE and b.text.strip()),
        len(blocks),
    )
    lead = blocks[:start]
    if (
        not any(b.role is BlockRole.TABLE for b in lead)
        or len(lead) > _MASTHEAD_CELLS
        or sum(len(b.text) for b in lead) > _MASTHEAD_CHARS
        or any(b.auto_label for b in lead)
    ):
        return blocks
    return [Block(line) for line in lines_once(b.text for b in lead)] + blocks[start:]


def markup_source(
    body: list[Block],
    *,
    kind: str,
    header: Iterable[str] = (),
    notes: Iterable[str] = (),
    furniture: Iterable[str] = (),
    changes: int = 0,
) -> Source:
    """What an .odt, .rtf or web page reader hands on: the lines of the first page's header,
    the body (a short table before its text read as the masthead), the notes; other headers
    as furniture; and its tracked changes, read as proposed, said."""
    blocks = [Block(line) for line in lines_once(header)] + masthead_first(body)
    blocks += [Block(note, role=BlockRole.FOOTNOTE) for note in notes]
    said = Message(Code.MARKUP_TRACKED_CHANGES, n=changes, kind=kind)
    return Source(blocks, tuple(lines_once(furniture)), (said,) if changes else ())
