"""Citing agreed language: the paragraphs an item's proposed wording draws on, in order."""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.errors import BadValue
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.services.commands.base import Context, Handler, handles, require_items


@dataclass(frozen=True)
class SetCitations:
    """Replace the paragraphs `item_id` cites (an empty tuple clears them)."""

    item_id: int
    cited: tuple[int, ...]


@handles(SetCitations)
class SetCitationsHandler(Handler[SetCitations]):
    def apply(self, ctx: Context, command: SetCitations) -> ChangeSet:
        cited = tuple(dict.fromkeys(command.cited))  # each paragraph once, first place kept
        require_items(ctx.store, (command.item_id, *cited))
        if command.item_id in cited:
            raise BadValue(Code.CITE_ITSELF, item_id=command.item_id)
        before = ctx.store.citations.image(command.item_id)
        ctx.store.citations.write(type(before)(command.item_id, cited))
        after = ctx.store.citations.image(command.item_id)
        description = (
            Message(Code.DID_CITE, n=len(cited)) if cited else Message(Code.DID_CLEAR_CITATIONS)
        )
        return ChangeSet(
            description,
            item_ids=frozenset({command.item_id}),
            before=(before,),
            after=(after,),
        )
