"""Importing a parsed document (undo removes it whole, redo puts it back with the same ids),
as a text under negotiation or as a reference of the library of precedent."""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet, ParsedDocument, document_name
from cybertrack.services.commands.base import Context, Handler, handles
from cybertrack.services.team.attach import attach_waiting_rows
from cybertrack.storage.images import DocumentAbsent


@dataclass(frozen=True)
class ImportDocument:
    document: ParsedDocument
    # What tells this version apart from a document of the same name ("Rev.1", a date).
    version_label: str | None = None
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
            d.symbol == parsed.symbol for d in store.documents.named(parsed.symbol, parsed.title)
        )
        label = (command.version_label or "").strip() or None
        document_id = store.documents.insert(parsed, ctx.now, label, library=command.library)
        attach_waiting_rows(store, document_id)  # colleagues' rows that came before it
        name = document_name(parsed.symbol, parsed.title, label)
        if command.library:
            result = Message(Code.IMPORTED_LIBRARY, document=name, n=len(parsed.items))
        elif earlier:
            result = Message(
                Code.IMPORTED_VERSION,
                document=name,
                n=len(parsed.items),
                symbol=parsed.symbol or parsed.title,
            )
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
