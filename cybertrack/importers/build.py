"""Blocks in, a parsed document out: the structure's walk, then the assembly of its items."""

from __future__ import annotations

from dataclasses import replace

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ParsedDocument
from cybertrack.domain.units import RevisionView
from cybertrack.importers.assemble import assemble
from cybertrack.importers.blocks import Block
from cybertrack.importers.prose import ProseWalker
from cybertrack.importers.structure import Walker, prepare

# A text without numbers is read paragraph by paragraph only when it has paragraphs: a lone
# sentence ("Just a note.") is no document to negotiate on, and is refused as before.
_FEWEST_PARAGRAPHS = 2


def build_document(
    blocks: list[Block],
    *,
    source_name: str,
    content_hash: str,
    source_format: str = "text",
    revisions: RevisionView | None = None,
) -> ParsedDocument:
    entries = prepare(blocks)
    walker = Walker(entries)
    walker.run()
    unnumbered = False
    if not walker.drafts:
        prose = ProseWalker(entries)
        prose.run()
        if len(prose.drafts) >= _FEWEST_PARAGRAPHS:
            walker, unnumbered = prose, True
    document = assemble(
        walker.drafts,
        walker.sections,
        walker.front,
        walker.tally,
        source_name=source_name,
        content_hash=content_hash,
        revisions=revisions,
    )
    warnings = document.warnings
    if unnumbered:
        said = Message(Code.IMPORT_UNNUMBERED, n=len(document.items))
        warnings = (said, *warnings)
    return replace(document, source_format=source_format, revisions=revisions, warnings=warnings)
