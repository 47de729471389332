"""Our delegation's position on items: stance, priority and the free texts (one command for all
of them, keyed by `Field`), and the "recheck" mark a carried position may carry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet, RowImage
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.domain.text import clean_text, same_words
from cybertrack.services.commands.base import Context, Handler, handles, require_items
from cybertrack.storage.images import EventMarks, HistoryMarks, PositionImage


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


@dataclass(frozen=True)
class MarkChecked:
    """The delegate has looked again at carried positions whose text changed: clear "recheck"."""

    item_ids: tuple[int, ...]


def change_positions(
    ctx: Context,
    item_ids: Sequence[int],
    transform: Callable[[PositionImage], PositionImage],
    description: Message,
    *,
    carried_from: Sequence[int | None] = (),
) -> ChangeSet:
    """Rewrite the position rows of `item_ids` through `transform`, as one undoable change.

    A changed stance is recorded in the audit trail (with the item it was carried from, if
    any), a change of capital's instruction or its texts in the item's event log; undo marks
    those records undone instead of writing a new decision.
    """
    require_items(ctx.store, item_ids)
    before = ctx.store.positions.images(item_ids)
    after = [replace(transform(image), exists=True, updated_at=ctx.now) for image in before]
    sources = list(carried_from) or [None] * len(after)
    recorded = []
    events: list[int] = []
    for old, new, source in zip(before, after, sources, strict=True):
        ctx.store.positions.write(new, ctx.now)
        if old.stance != new.stance or source is not None:
            recorded.append(
                ctx.store.positions.record(new.item_id, old.stance, new.stance, ctx.now, source)
            )
        events.extend(ctx.store.events.record_capital(old, new, ctx.now))
    marks = tuple(recorded)
    undone: list[RowImage] = [HistoryMarks(marks, undone=True)] if marks else []
    standing: list[RowImage] = [HistoryMarks(marks, undone=False)] if marks else []
    if events:
        undone.append(EventMarks(tuple(events), undone=True))
        standing.append(EventMarks(tuple(events), undone=False))
    return ChangeSet(
        description,
        item_ids=frozenset(item_ids),
        before=(*before, *undone),
        after=(*after, *standing),
    )


def item_label(ctx: Context, item_id: int) -> str:
    rows = ctx.store.items.by_ids([item_id])
    return rows[0].label if rows else str(item_id)


@handles(SetStance)
class SetStanceHandler(Handler[SetStance]):
    def apply(self, ctx: Context, command: SetStance) -> ChangeSet:
        what = command.stance.word if command.stance else Message(Code.WORD_NO_STANCE)
        ids = command.item_ids
        description = (
            Message(Code.DID_SET_STANCE_ONE, item=item_label(ctx, ids[0]), stance=what)
            if len(ids) == 1
            else Message(Code.DID_SET_STANCE, n=len(ids), stance=what)
        )
        # Deciding again is looking again: a carried position's "recheck" mark goes.
        return change_positions(
            ctx,
            ids,
            lambda image: replace(image, stance=command.stance, recheck=False),
            description,
        )


@handles(SetField)
class SetFieldHandler(Handler[SetField]):
    def apply(self, ctx: Context, command: SetField) -> ChangeSet:
        # Every entry point (desk, CLI, sheet, scripts) comes through here: a pasted soft line
        # break becomes a line break and control characters go, so every export can write it.
        text = clean_text(command.text)
        if command.field is Field.AMENDMENT:
            require_items(ctx.store, (command.item_id,))
            (item,) = ctx.store.items.by_ids([command.item_id])
            # An amendment started from the original and left as it was proposes nothing.
            if same_words(text, item.text):
                text = ""
        return change_positions(
            ctx,
            (command.item_id,),
            lambda image: image.with_text(command.field, text),
            Message(
                Code.DID_EDIT_FIELD_OF,
                field=command.field.word,
                item=item_label(ctx, command.item_id),
            ),
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


@handles(MarkChecked)
class MarkCheckedHandler(Handler[MarkChecked]):
    def apply(self, ctx: Context, command: MarkChecked) -> ChangeSet:
        require_items(ctx.store, command.item_ids)
        marked = tuple(
            image.item_id for image in ctx.store.positions.images(command.item_ids) if image.recheck
        )
        if not marked:
            return ChangeSet(Message(Code.DID_NOTHING))
        return change_positions(
            ctx,
            marked,
            lambda image: replace(image, recheck=False),
            Message(Code.DID_MARK_CHECKED, n=len(marked)),
        )
