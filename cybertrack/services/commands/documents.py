"""Importing a parsed document (undo removes it whole, redo puts it back with the same ids),
as a text under negotiation or as a reference of the library of precedent."""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet, ParsedDocument
from cybertrack.services.commands.base import Context, Handler, handles
from cybertrack.storage.images import DocumentAbsent


@dataclass(frozen=True)
class ImportDocument:
    document: ParsedDocument
    library: bool = False  # kept as a reference (precedent), not a text under negotiation


@handles(ImportDocument)
class ImportDocumentHandler(Handler[ImportDocument]):
    def apply(self, ctx: Context, command: ImportDocument) -> ChangeSet:
        parsed = command.document
        store = ctx.store
        existing = store.documents.id_by_hash(parsed.content_hash)
        if existing is not None:
            return ChangeSet(
                Message(Code.DID_IMPORT_ALREADY),
                message=Message(
                    Code.IMPORT_ALREADY_PRESENT, name=parsed.source_name, document_id=existing
                ),
            )
        # Same symbol, other content: kept as a new version beside the earlier one, never merged.
        earlier = bool(parsed.symbol) and any(
            d.symbol == parsed.symbol for d in store.documents.all()
        )
        document_id = store.documents.insert(parsed, ctx.now, library=command.library)
        name = parsed.symbol or parsed.title
        if command.library:
            result = Message(Code.IMPORTED_LIBRARY, document=name, n=len(parsed.items))
        elif earlier:
            result = Message(Code.IMPORTED_VERSION, document=name, n=len(parsed.items), symbol=name)
        else:
            result = Message(Code.IMPORTED, document=name, n=len(parsed.items))
        return ChangeSet(
            Message(Code.DID_IMPORT, document=name),
            document_ids=frozenset({document_id}),
            documents_changed=True,
            before=(DocumentAbsent(document_id),),
            after=(store.documents.image(document_id),),
            message=result,
        )
