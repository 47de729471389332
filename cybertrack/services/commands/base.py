"""The command registry: one handler per command type, found by the command's type.

Adding a command
    1. In a module of this package (a new one, or the one of its family), define the command as
       a frozen dataclass and its handler as a `Handler` subclass decorated `@handles(TheCommand)`.
       `apply` validates, writes through `ctx.store` and returns a ChangeSet whose `before` and
       `after` are the typed row images of what it changed (storage/images.py); `revert` and
       `reapply` write those images back unless the handler overrides them.
    2. Add the command to the `Command` union in `__init__.py` (and import its module there).
    tests/unit/test_handlers.py fails while a command of the union has no handler, and checks
    apply -> revert -> reapply for every one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Generic, TypeVar

from cybertrack.domain.errors import NotFound
from cybertrack.domain.messages import Code
from cybertrack.domain.model import ChangeSet
from cybertrack.storage import Store

C = TypeVar("C")


@dataclass(frozen=True)
class Context:
    """What a handler works with: the store, inside the command's transaction, and its time."""

    store: Store
    now: str  # UTC, ISO 8601, the same for every row the command writes


class Handler(Generic[C]):
    command_type: ClassVar[type]

    def apply(self, ctx: Context, command: C) -> ChangeSet:
        raise NotImplementedError

    def revert(self, ctx: Context, change: ChangeSet) -> None:
        ctx.store.restore(change.before, ctx.now)

    def reapply(self, ctx: Context, change: ChangeSet) -> None:
        ctx.store.restore(change.after, ctx.now)


HANDLERS: dict[type, Handler[Any]] = {}


def handles(command_type: type[C]) -> Callable[[type[Handler[C]]], type[Handler[C]]]:
    """Register the decorated handler class for `command_type`."""

    def register(cls: type[Handler[C]]) -> type[Handler[C]]:
        if command_type in HANDLERS:
            raise TypeError(f"{command_type.__name__} already has a handler")
        cls.command_type = command_type
        HANDLERS[command_type] = cls()
        return cls

    return register


def handler_for(command: object) -> Handler[Any]:
    try:
        return HANDLERS[type(command)]
    except KeyError:
        raise TypeError(f"no handler for {type(command).__name__}") from None


def apply_command(ctx: Context, command: object) -> ChangeSet:
    """Apply one command inside the caller's transaction; the ChangeSet remembers it."""
    return replace(handler_for(command).apply(ctx, command), command=command)


def revert_change(ctx: Context, change: ChangeSet) -> None:
    handler_for(change.command).revert(ctx, change)


def reapply_change(ctx: Context, change: ChangeSet) -> None:
    handler_for(change.command).reapply(ctx, change)


def require_items(store: Store, item_ids: Sequence[int]) -> None:
    missing = sorted(set(item_ids) - store.items.existing_ids(item_ids))
    if missing:
        raise NotFound(Code.NO_ITEM, item_id=missing[0])


def require_document(store: Store, document_id: int) -> None:
    if store.documents.get(document_id) is None:
        raise NotFound(Code.NO_DOCUMENT, document_id=document_id)
