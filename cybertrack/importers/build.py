"""Blocks in, a parsed document out: the structure's walk, then the assembly of its items."""

from __future__ import annotations

from dataclasses import replace

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ParsedDocument
from cybertrack.domain.units import RevisionView
from cybertrack.importers.assemble import assemble
from cybertrack.importers.blocks import Block
from cybertrack.importers.draft import Entry
from cybertrack.importers.entries import prepare
from cybertrack.importers.lazy_lists import number_lazy_lists
from cybertrack.importers.lettered import LetteredWalker, lettered_entries
from cybertrack.importers.prose import ProseWalker
from cybertrack.importers.record import (
    RecordWalker,
    record_title,
    reported_participants,
    turns,
)
from cybertrack.importers.structure import Walker
from cybertrack.importers.translation import without_translation

# A text without numbers is read paragraph by paragraph only when it has paragraphs: a lone
# sentence ("Just a note.") is no document to negotiate on, and is refused as before.
_FEWEST_PARAGRAPHS = 2


def _lettered(entries: list[Entry]) -> LetteredWalker | None:
    """The walk of a text numbered by letters alone ("(a) To extend ..."), when it finds items."""
    relettered = lettered_entries(entries)
    if relettered is None:
        return None
    walker = LetteredWalker(relettered)
    walker.run()
    return walker if len(walker.drafts) >= _FEWEST_PARAGRAPHS else None


def build_document(
    blocks: list[Block],
    *,
    source_name: str,
    content_hash: str,
    source_format: str = "text",
    revisions: RevisionView | None = None,
    header_symbol: str | None = None,
) -> ParsedDocument:
    blocks, translation = without_translation(blocks)
    entries = prepare(blocks)
    walker = Walker(entries)
    walker.run()
    said: Message | None = None  # how the items were numbered, when nothing printed them
    if source_format == "text" and (lazy := number_lazy_lists(walker.drafts)):
        said = Message(Code.IMPORT_LAZY_LIST, n=lazy)
    record: RecordWalker | None = None
    if not walker.drafts and (opening := turns(entries)):
        record = RecordWalker(entries, opening)
        record.run()
        walker = record
    elif not walker.drafts and (lettered := _lettered(entries)) is not None:
        walker = lettered
    elif not walker.drafts:
        prose = ProseWalker(entries)
        prose.run()
        if len(prose.drafts) < _FEWEST_PARAGRAPHS:
            prose = ProseWalker(entries, bullets_apart=True)  # one list of bullets, maybe
            prose.run()
        if len(prose.drafts) >= _FEWEST_PARAGRAPHS:
            walker = prose
            said = Message(Code.IMPORT_UNNUMBERED, n=len(prose.drafts))
    document = assemble(
        walker.drafts,
        walker.sections,
        walker.front,
        walker.tally,
        source_name=source_name,
        content_hash=content_hash,
        revisions=revisions,
        header_symbol=header_symbol,
    )
    if record is not None:
        speakers = len({s.designation for s in record.opening.values()})
        said = Message(Code.IMPORT_RECORD, n=len(document.items), speakers=speakers)
        document = replace(
            document,
            participants=document.participants or record.participants,
            title=record_title(record.front, document.agenda_item) or document.title,
        )
    elif not document.participants:
        document = replace(document, participants=reported_participants(document))
    warnings = document.warnings if said is None else (said, *document.warnings)
    if translation is not None:
        told = Message(Code.TRANSLATION, excerpt=translation.heading, chars=translation.chars)
        warnings = (*warnings, told)
    return replace(document, source_format=source_format, revisions=revisions, warnings=warnings)
