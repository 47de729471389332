"""A document whose numbered items are all in a table (a list of recommendations set as one):
its table cells that open with a number are its items, whatever the format.

The Word reader decides this from the table's rows; an .odt, .rtf or .html file (LibreOffice's
conversions of the same list, or a list made there) reaches the structure as table cells, and
read as a table it had no item at all. When the running text holds fewer numbered paragraphs
than the tables hold numbered cells, those cells are read as items; the other cells of their
rows stay table text.
"""

from __future__ import annotations

from dataclasses import replace

from cybertrack.importers.blocks import Block, BlockRole, Source
from cybertrack.importers.labels import match_label

_ITEM_CELLS = 3  # as the Word reader's rows (docx_reader._ITEM_TABLE_ROWS)


def _numbered(block: Block) -> bool:
    if block.auto_label is not None and block.auto_label != "•":
        return True
    return match_label(" ".join(block.text.split())) is not None


def items_from_tables(source: Source) -> Source:
    blocks = source.blocks
    body = sum(1 for b in blocks if b.role is BlockRole.BODY and _numbered(b))
    cells = sum(1 for b in blocks if b.role is BlockRole.TABLE and _numbered(b))
    if body >= _ITEM_CELLS or cells < _ITEM_CELLS:
        return source
    read = [
        replace(b, role=BlockRole.BODY) if b.role is BlockRole.TABLE and _numbered(b) else b
        for b in blocks
    ]
    return replace(source, blocks=read)
