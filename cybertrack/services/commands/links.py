"""Links between the items of an older and a newer version of a text."""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.compare.linking import link_items, similarity
from cybertrack.domain.comparison import Link, LinkState
from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.services.commands.base import (
    Context,
    Handler,
    handles,
    require_document,
    require_items,
)
from cybertrack.storage.images import LinkImage


class ComparisonFailed(CyberTrackError):
    """A comparison command that cannot be done as asked (e.g. a document with itself)."""


@dataclass(frozen=True)
class LinkDocuments:
    """Store candidate links from `old_document_id` to `new_document_id`.

    Links the user already confirmed or rejected are kept as they are.
    """

    old_document_id: int
    new_document_id: int


@dataclass(frozen=True)
class ConfirmLink:
    from_item_id: int
    to_item_id: int


@dataclass(frozen=True)
class RejectLink:
    from_item_id: int
    to_item_id: int


@dataclass(frozen=True)
class RepointLink:
    """The old item is really the same as `new_to`, not `old_to`."""

    from_item_id: int
    old_to_item_id: int
    new_to_item_id: int


def _links_change(
    description: Message,
    before: list[LinkImage],
    after: list[LinkImage],
    message: Message | None = None,
) -> ChangeSet:
    ids = {i for image in after for i in (image.from_item_id, image.to_item_id)}
    return ChangeSet(
        description,
        item_ids=frozenset(ids),
        before=tuple(reversed(before)),
        after=tuple(after),
        message=message,
    )


@handles(LinkDocuments)
class LinkDocumentsHandler(Handler[LinkDocuments]):
    def apply(self, ctx: Context, command: LinkDocuments) -> ChangeSet:
        store = ctx.store
        old_id, new_id = command.old_document_id, command.new_document_id
        require_document(store, old_id)
        require_document(store, new_id)
        if old_id == new_id:
            raise ComparisonFailed(Code.COMPARE_SAME_DOCUMENT)
        known = {(lk.from_item_id, lk.to_item_id) for lk in store.links.between(old_id, new_id)}
        fresh = [
            link
            for link in link_items(store.items.of_document(old_id), store.items.of_document(new_id))
            if (link.from_item_id, link.to_item_id) not in known
        ]
        before, after = [], []
        for link in fresh:
            before.append(store.links.image(link.from_item_id, link.to_item_id))
            store.links.write(link, ctx.now)
            after.append(store.links.image(link.from_item_id, link.to_item_id))
        return _links_change(
            Message(Code.DID_LINK_DOCUMENTS, old=old_id, new=new_id),
            before,
            after,
            Message(Code.LINKED, n=len(fresh)),
        )


def _set_links(
    ctx: Context, pairs: list[tuple[int, int, LinkState]], description: Message
) -> ChangeSet:
    store = ctx.store
    ids = [i for f, t, _ in pairs for i in (f, t)]
    require_items(store, ids)
    items = {item.id: item for item in store.items.by_ids(ids)}
    before, after = [], []
    for from_id, to_id, state in pairs:
        if items[from_id].document_id == items[to_id].document_id:
            raise ComparisonFailed(Code.LINK_SAME_DOCUMENT)
        image = store.links.image(from_id, to_id)
        before.append(image)
        score = (
            image.score
            if image.state is not None
            else similarity(items[from_id].text, items[to_id].text)
        )
        store.links.write(Link(from_id, to_id, score, state), ctx.now)
        after.append(store.links.image(from_id, to_id))
    return _links_change(description, before, after)


@handles(ConfirmLink)
class ConfirmLinkHandler(Handler[ConfirmLink]):
    def apply(self, ctx: Context, command: ConfirmLink) -> ChangeSet:
        pairs = [(command.from_item_id, command.to_item_id, LinkState.CONFIRMED)]
        return _set_links(ctx, pairs, Message(Code.DID_CONFIRM_LINK))


@handles(RejectLink)
class RejectLinkHandler(Handler[RejectLink]):
    def apply(self, ctx: Context, command: RejectLink) -> ChangeSet:
        pairs = [(command.from_item_id, command.to_item_id, LinkState.REJECTED)]
        return _set_links(ctx, pairs, Message(Code.DID_REJECT_LINK))


@handles(RepointLink)
class RepointLinkHandler(Handler[RepointLink]):
    def apply(self, ctx: Context, command: RepointLink) -> ChangeSet:
        pairs = [
            (command.from_item_id, command.old_to_item_id, LinkState.REJECTED),
            (command.from_item_id, command.new_to_item_id, LinkState.CONFIRMED),
        ]
        return _set_links(ctx, pairs, Message(Code.DID_REPOINT_LINK))
