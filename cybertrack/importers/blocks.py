"""The common shape every format is reduced to before structure is found.

A Block is one paragraph of the source, in reading order, with what the format could tell about
it. Text, Word, PDF (and other) readers each produce blocks; `build.build_document` does the
rest, so the same document gives the same items whatever form it arrived in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from cybertrack.domain.messages import Message
from cybertrack.domain.units import Revision


class BlockRole(enum.StrEnum):
    """What a block is in the source, when the format can tell."""

    BODY = "body"  # running text: headings, paragraphs, list entries
    TABLE = "table"  # a table's text: never flows into a paragraph
    FOOTNOTE = "footnote"  # a footnote or endnote


@dataclass(frozen=True)
class Block:
    text: str
    # A number the format produced outside the text (Word's automatic numbering), e.g. "(3)".
    auto_label: str | None = None
    # The format says this is a heading (Word heading style, markdown bold line, large PDF font).
    heading_hint: bool = False
    # Word's list level, 0 for top level, when the number came from automatic numbering.
    level: int = 0
    role: BlockRole = BlockRole.BODY
    # The page the block starts on (1-based), for formats that have pages (PDF).
    page: int | None = None
    # The block is the first of its page: a paragraph cut by the page break may continue here.
    page_start: bool = False
    # The block opens in italics (a resolution's preambular opener, as Word sets it).
    emphasis: bool = False
    # How tracked changes touch the block (Word), and its text in the other version.
    revision: Revision | None = None
    other_text: str | None = None

    def __init__(
        self,
        text: str,
        auto_label: str | None = None,
        heading_hint: bool = False,
        level: int = 0,
        role: BlockRole = BlockRole.BODY,
        page: int | None = None,
        page_start: bool = False,
        emphasis: bool = False,
        revision: Revision | None = None,
        other_text: str | None = None,
    ) -> None:
        # The fields as declared above (a test holds the two lists together), set in one
        # update: a frozen dataclass's own __init__ sets each through object.__setattr__, some
        # 3 µs a block in Python 3.11, and every reader makes a block per paragraph or line.
        vars(self).update(
            text=text,
            auto_label=auto_label,
            heading_hint=heading_hint,
            level=level,
            role=role,
            page=page,
            page_start=page_start,
            emphasis=emphasis,
            revision=revision,
            other_text=other_text,
        )


@dataclass(frozen=True)
class Source:
    """What a reader gives the structure: the blocks, the texts of the running headers and
    footers it set aside (the symbol may be printed only there), and its warnings."""

    blocks: list[Block] = field(default_factory=list)
    furniture: tuple[str, ...] = ()
    warnings: tuple[Message, ...] = ()
