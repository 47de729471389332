"""Carrying our positions from the items of an older version onto their newer items."""

from __future__ import annotations

from dataclasses import dataclass, replace

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.domain.worddiff import changed
from cybertrack.services.commands.base import Context, Handler, handles, require_items
from cybertrack.services.commands.links import ComparisonFailed
from cybertrack.services.commands.positions import change_positions


@dataclass(frozen=True)
class CarryPositions:
    """Copy stance, note, amendment, rationale and priority from each old item to its new one.

    Where the text changed between the two, the carried position is marked "recheck"; the
    history of each new item says where its position came from.
    """

    pairs: tuple[tuple[int, int], ...]


@handles(CarryPositions)
class CarryPositionsHandler(Handler[CarryPositions]):
    def apply(self, ctx: Context, command: CarryPositions) -> ChangeSet:
        store = ctx.store
        sources = [f for f, _ in command.pairs]
        targets = [t for _, t in command.pairs]
        require_items(store, sources + targets)
        if len(set(targets)) != len(targets):
            raise ComparisonFailed(Code.CARRY_ONTO_ONE)
        source_images = {image.item_id: image for image in store.positions.images(sources)}
        texts = {row.id: row for row in store.items.by_ids(sources + targets)}
        carried = {
            target: replace(
                source_images[source],
                item_id=target,
                recheck=changed(texts[source].text, texts[target].text),
            )
            for source, target in command.pairs
        }
        change = change_positions(
            ctx,
            targets,
            lambda image: carried[image.item_id],
            Message(Code.DID_CARRY, n=len(targets)),
            carried_from=sources,
        )
        documents = {texts[t].document_id for t in targets}
        new_document = store.documents.get(min(documents)) if len(documents) == 1 else None
        recheck = sum(image.recheck for image in carried.values())
        message = Message(
            Code.CARRIED,
            n=len(targets),
            document=new_document.name if new_document else "",
            recheck=recheck,
        )
        return replace(change, document_ids=frozenset(documents), message=message)
