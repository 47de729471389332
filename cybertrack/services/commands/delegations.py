"""Other delegations, and the stances they took on items."""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.comparison import DelegationStance
from cybertrack.domain.errors import NotFound
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.domain.positions import Stance
from cybertrack.services.commands.base import Context, Handler, handles, require_items
from cybertrack.services.commands.links import ComparisonFailed
from cybertrack.storage.images import DelegationImage, DelegationStanceImage


@dataclass(frozen=True)
class AddDelegations:
    """Add delegations by name (is_group for groups such as 'Group of 77 and China')."""

    entries: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class SetDelegationStance:
    """Record (or clear, with None) another delegation's stance on items, with a source note."""

    delegation_id: int
    item_ids: tuple[int, ...]
    stance: Stance | None
    source: str = ""


@handles(AddDelegations)
class AddDelegationsHandler(Handler[AddDelegations]):
    def apply(self, ctx: Context, command: AddDelegations) -> ChangeSet:
        store = ctx.store
        before: list[DelegationImage] = []
        after: list[DelegationImage] = []
        for name, is_group in command.entries:
            name = " ".join(name.split())
            if not name:
                raise ComparisonFailed(Code.DELEGATION_NEEDS_NAME)
            if store.delegations.id_by_name(name) is not None:
                continue
            delegation_id = store.delegations.insert(name, is_group)
            before.append(DelegationImage(delegation_id))
            after.append(store.delegations.image(delegation_id))
        n = len(after)
        return ChangeSet(
            Message(Code.DID_ADD_DELEGATIONS, n=n),
            documents_changed=bool(after),
            before=tuple(reversed(before)),
            after=tuple(after),
            message=Message(Code.ADDED_DELEGATIONS, n=n),
        )


@handles(SetDelegationStance)
class SetDelegationStanceHandler(Handler[SetDelegationStance]):
    def apply(self, ctx: Context, command: SetDelegationStance) -> ChangeSet:
        store = ctx.store
        require_items(store, command.item_ids)
        if command.delegation_id not in {d.id for d in store.delegations.all()}:
            raise NotFound(Code.NO_DELEGATION, delegation_id=command.delegation_id)
        before: list[DelegationStanceImage] = []
        after: list[DelegationStanceImage] = []
        for item_id in command.item_ids:
            before.append(store.delegations.stance_image(command.delegation_id, item_id))
            if command.stance is None:
                store.delegations.delete_stance(command.delegation_id, item_id)
            else:
                stance = DelegationStance(
                    command.delegation_id, item_id, command.stance, command.source.strip()
                )
                store.delegations.write_stance(stance, ctx.now)
            after.append(store.delegations.stance_image(command.delegation_id, item_id))
        return ChangeSet(
            Message(Code.DID_DELEGATION_STANCE),
            item_ids=frozenset(command.item_ids),
            before=tuple(reversed(before)),
            after=tuple(after),
        )
