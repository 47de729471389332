"""The team's commands: merge a pack (or what a hub sent) as one step; tie a paragraph a pack
named to a local item, or refuse the tie (the link flow for rows that matched nothing)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet, RowImage
from cybertrack.domain.team import Pack
from cybertrack.services.commands.base import Context, Handler, handles, require_items
from cybertrack.services.team.merge import MergePlan, plan_merge
from cybertrack.storage.images import HistoryMarks, SharedPositionImage


@dataclass(frozen=True)
class MergePack:
    """Merge `pack`'s rows by the team's rules; `source` names where they came from (a file, a
    hub), `mark` is how far a hub has been read (kept for the next pull)."""

    pack: Pack
    source: str
    mark: str | None = None
    # The preview's plan: applied as it is if nothing was written since it was made (else the
    # merge plans again), so a preview and its merge read the pack's rows once.
    plan: MergePlan | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class LinkParagraph:
    """The paragraph `key` (named by a pack, found nowhere here) is `item_id`; or, with
    `confirm` False, is not."""

    key: ParagraphKey
    item_id: int
    confirm: bool = True


@handles(MergePack)
class MergePackHandler(Handler[MergePack]):
    def apply(self, ctx: Context, command: MergePack) -> ChangeSet:
        plan = command.plan
        if plan is None or plan.version != ctx.store.version():
            plan = plan_merge(ctx.store, command.pack, ctx.now, command.source, command.mark)
        if plan.empty:
            return ChangeSet(Message(Code.DID_NOTHING))
        ctx.store.restore(plan.after, ctx.now)
        marks = _record_decisions(ctx, plan.before, plan.after)
        return ChangeSet(
            Message(Code.DID_MERGE_PACK, name=command.source, n=len(plan.changes)),
            item_ids=frozenset(plan.item_ids),
            before=(*plan.before, HistoryMarks(marks, undone=True)) if marks else (*plan.before,),
            after=(*plan.after, HistoryMarks(marks, undone=False)) if marks else (*plan.after,),
            message=Message(
                Code.MERGED_PACK,
                n=len(plan.changes),
                disagreements=len(plan.disagreements),
                unresolved=len(plan.unresolved),
            ),
        )


def _record_decisions(
    ctx: Context, before: list[RowImage], after: list[RowImage]
) -> tuple[int, ...]:
    """The local author's stances a merge changed (made on another machine of theirs) go into
    the audit trail like any decision; undo marks them undone."""
    recorded = []
    for old, new in zip(before, after, strict=True):  # the plan pairs its images
        if isinstance(new, SharedPositionImage) and isinstance(old, SharedPositionImage):
            was, now = old.position.stance, new.position.stance
            if was != now:
                item_id = new.position.item_id
                recorded.append(ctx.store.positions.record(item_id, was, now, ctx.now))
    return tuple(recorded)


@handles(LinkParagraph)
class LinkParagraphHandler(Handler[LinkParagraph]):
    def apply(self, ctx: Context, command: LinkParagraph) -> ChangeSet:
        require_items(ctx.store, (command.item_id,))
        before = ctx.store.team.map_image(command.key, command.item_id)
        after = replace(before, how="linked" if command.confirm else "rejected")
        ctx.store.team.write_map(after)
        code = Code.DID_LINK_PARAGRAPH if command.confirm else Code.DID_REJECT_PARAGRAPH
        (item,) = ctx.store.items.by_ids([command.item_id])
        said = Code.LINKED_PARAGRAPH if command.confirm else Code.REJECTED_PARAGRAPH
        where = ctx.store.team.texts().get(command.key, (command.key.document[:8], ""))[0]
        return ChangeSet(
            Message(code),
            item_ids=frozenset({command.item_id}),
            before=(before,),
            after=(after,),
            message=Message(
                said,
                where=f"{where} {command.key.number}",
                item=f"{item.document_id}:{item.number}",
            ),
        )
