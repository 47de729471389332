"""Several commands as one transaction and one undo step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.services.commands.base import (
    Context,
    Handler,
    apply_command,
    handles,
    reapply_change,
    revert_change,
)


@dataclass(frozen=True)
class Batch:
    commands: tuple[Any, ...]  # Command; typed loosely here to avoid a cycle with the union
    description: Message | None = None


@handles(Batch)
class BatchHandler(Handler[Batch]):
    def apply(self, ctx: Context, command: Batch) -> ChangeSet:
        parts = tuple(apply_command(ctx, inner) for inner in command.commands)
        description = command.description or _describe(parts)
        return ChangeSet(
            description,
            item_ids=frozenset().union(*(p.item_ids for p in parts)),
            document_ids=frozenset().union(*(p.document_ids for p in parts)),
            documents_changed=any(p.documents_changed for p in parts),
            parts=parts,
            # What the batch did, as its last part that says so (a carry's "carried 27 …").
            message=next((p.message for p in reversed(parts) if p.message), None),
        )

    def revert(self, ctx: Context, change: ChangeSet) -> None:
        for part in reversed(change.parts):
            revert_change(ctx, part)

    def reapply(self, ctx: Context, change: ChangeSet) -> None:
        for part in change.parts:
            reapply_change(ctx, part)


# A batch of more parts is described by its first and a count ("Edit note (+598)"): naming
# every part made an undo text of thousands of words, nested past Python's recursion limit.
NAMED_PARTS = 3


def _describe(parts: tuple[ChangeSet, ...]) -> Message:
    if not parts:
        return Message(Code.DID_NOTHING)
    if len(parts) > NAMED_PARTS:
        return Message(Code.DID_SEVERAL_MORE, first=parts[0].description, n=len(parts) - 1)
    described = parts[0].description
    for part in parts[1:]:
        described = Message(Code.DID_SEVERAL, first=described, rest=part.description)
    return described
