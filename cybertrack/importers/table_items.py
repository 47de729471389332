"""A document whose numbered items are all in a table (a list of recommendations set as one):
its table cells that open with a number are its items, whatever the format.

The Word reader decides this from the table's rows; an .odt, .rtf or .html file (LibreOffice's
conversions of the same list, or a list made there) reaches the structure as table cells, and
read as a table it had no item at all. When the running text holds fewer numbered paragraphs
than the tables hold numbered cells, those cells are read as items; the other cells of their
rows stay table text. A number alone in its cell ("Article 6" | its text | the proposals on it,
as compilations are set) numbers the text of the next cell, as in a Word file.
"""

from __future__ import annotations

from dataclasses import replace

from cybertrack.importers.blocks import Block, BlockRole, Source
from cybertrack.importers.labels import is_lone_label, match_label

_ITEM_CELLS = 3  # as the Word reader's rows (docx_reader._ITEM_TABLE_ROWS)


def _numbered(block: Block) -> bool:
    if block.auto_label is not None and block.auto_label != "•":
        return True
    return match_label(" ".join(block.text.split())) is not None or is_lone_label(block.text)


def _at_least(blocks: list[Block], role: BlockRole, count: int) -> bool:
    """Whether `count` blocks of `role` open with a number: read only as far as it takes (a
    report's numbered paragraphs answer within its first pages, before its tables' cells)."""
    found = 0
    for block in blocks:
        if block.role is role and _numbered(block):
            found += 1
            if found >= count:
                return True
    return False


def items_from_tables(source: Source) -> Source:
    blocks = source.blocks
    if _at_least(blocks, BlockRole.BODY, _ITEM_CELLS):
        return source  # numbered running text: the tables are tables
    if not _at_least(blocks, BlockRole.TABLE, _ITEM_CELLS):
        return source
    read: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.role is not BlockRole.TABLE or not _numbered(block):
            read.append(block)
            continue
        following = blocks[index] if index < len(blocks) else None
        if (
            block.auto_label is None
            and is_lone_label(block.text)
            and following is not None
            and following.role is BlockRole.TABLE
            and not _numbered(following)
        ):
            block = replace(block, text=f"{block.text.strip()} {following.text}")
            index += 1  # the next cell is the item's text
        read.append(replace(block, role=BlockRole.BODY))
    return replace(source, blocks=read)
