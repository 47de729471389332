"""Carrying our positions from the items of an older version onto their newer items."""

from __future__ import annotations

from dataclasses import dataclass, replace

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.services.commands.base import Context, Handler, handles, require_items
from cybertrack.services.commands.links import ComparisonFailed


@dataclass(frozen=True)
class CarryPositions:
    """Copy stance, note, amendment, rationale and priority from each old item to its new one."""

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
        before = store.positions.images(targets)
        after = [
            replace(
                source_images[source_id], item_id=image.item_id, exists=True, updated_at=ctx.now
            )
            for (source_id, _), image in zip(command.pairs, before, strict=True)
        ]
        for image in after:
            store.positions.write(image, ctx.now)
        return ChangeSet(
            Message(Code.DID_CARRY, n=len(after)),
            item_ids=frozenset(targets),
            before=tuple(before),
            after=tuple(after),
        )
