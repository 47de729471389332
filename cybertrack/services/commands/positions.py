"""Our delegation's position on items: stance, priority and the free texts (one command for all
of them, keyed by `Field`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.services.commands.base import Context, Handler, handles, require_items
from cybertrack.storage.images import PositionImage


@dataclass(frozen=True)
class SetStance:
    item_ids: tuple[int, ...]
    stance: Stance | None


@dataclass(frozen=True)
class SetField:
    """Replace one free text (note, amendment, public rationale...) of one item."""

    item_id: int
    field: Field
    text: str


@dataclass(frozen=True)
class SetPriority:
    item_ids: tuple[int, ...]
    priority: Priority


def change_positions(
    ctx: Context,
    item_ids: Sequence[int],
    transform: Callable[[PositionImage], PositionImage],
    description: Message,
) -> ChangeSet:
    """Rewrite the position rows of `item_ids` through `transform`, as one undoable change."""
    require_items(ctx.store, item_ids)
    before = ctx.store.positions.images(item_ids)
    after = [replace(transform(image), exists=True, updated_at=ctx.now) for image in before]
    for image in after:
        ctx.store.positions.write(image, ctx.now)
    return ChangeSet(
        description, item_ids=frozenset(item_ids), before=tuple(before), after=tuple(after)
    )


@handles(SetStance)
class SetStanceHandler(Handler[SetStance]):
    def apply(self, ctx: Context, command: SetStance) -> ChangeSet:
        what = command.stance.word if command.stance else Message(Code.WORD_NO_STANCE)
        return change_positions(
            ctx,
            command.item_ids,
            lambda image: replace(image, stance=command.stance),
            Message(Code.DID_SET_STANCE, n=len(command.item_ids), stance=what),
        )


@handles(SetField)
class SetFieldHandler(Handler[SetField]):
    def apply(self, ctx: Context, command: SetField) -> ChangeSet:
        return change_positions(
            ctx,
            (command.item_id,),
            lambda image: image.with_text(command.field, command.text),
            Message(Code.DID_EDIT_FIELD, field=command.field.word),
        )


@handles(SetPriority)
class SetPriorityHandler(Handler[SetPriority]):
    def apply(self, ctx: Context, command: SetPriority) -> ChangeSet:
        # A script may still pass 0/1/2: read like any other spelling, refused if unknown.
        priority = Priority.parse(str(command.priority)) or Priority.NORMAL
        return change_positions(
            ctx,
            command.item_ids,
            lambda image: replace(image, priority=priority),
            Message(Code.DID_SET_PRIORITY, n=len(command.item_ids), priority=priority.word),
        )
