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
from cybertrack.importers.labels import (
    is_lone_label,
    match_label,
    reads_as_text,
    table_number,
)

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


def _counted_rows(blocks: list[Block]) -> set[int]:
    """The cells of a "No." column: bare numbers counting up by one from the first, each
    followed by a cell of text (the row's item); a table of figures does not count so."""
    chain: list[int] = []
    last: int | None = None
    for index, block in enumerate(blocks[:-1]):
        number = table_number(block.text) if block.role is BlockRole.TABLE else None
        following = blocks[index + 1]
        if (
            number is None
            or following.role is not BlockRole.TABLE
            or not reads_as_text(following.text)
        ):
            continue
        if last is None or int(number) == last + 1:
            chain.append(index)
            last = int(number)
    return set(chain) if len(chain) >= _ITEM_CELLS else set()


def items_from_tables(source: Source) -> Source:
    blocks = source.blocks
    if _at_least(blocks, BlockRole.BODY, _ITEM_CELLS):
        return source  # numbered running text: the tables are tables
    counted = _counted_rows(blocks)
    if not counted and not _at_least(blocks, BlockRole.TABLE, _ITEM_CELLS):
        return source
    read: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if index - 1 in counted:  # "12" | its text: the text numbered as printed
            text = _one_line(blocks[index].text)
            read.append(
                replace(
                    blocks[index], text=text, role=BlockRole.BODY, auto_label=block.text.strip()
                )
            )
            index += 1
            continue
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
        read.append(replace(block, text=_one_line(block.text), role=BlockRole.BODY))
    return replace(source, blocks=read)


def _one_line(cell: str) -> str:
    """A cell's paragraphs (its lines) as one item's text, as the Word reader joins them."""
    return " ".join(line.strip() for line in cell.split("\n") if line.strip())
