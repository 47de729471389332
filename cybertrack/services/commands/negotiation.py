"""The negotiation day: the room's status as of a moment, capital's instruction, and other
delegations' proposals (made, edited, withdrawn). Capital's fallback wording and note on an
instruction are free texts of the position, written with `SetField`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from cybertrack.domain.errors import BadValue, NotFound
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.domain.negotiation import RoomTimeline, new_paragraph_label
from cybertrack.domain.positions import Instruction, RoomStatus
from cybertrack.domain.times import past_stamp
from cybertrack.services.commands.base import Context, Handler, handles, require_items
from cybertrack.services.commands.positions import change_positions
from cybertrack.storage import Store
from cybertrack.storage.images import EventMarks, ProposalImage, RoomEntryImage
from cybertrack.storage.proposals import change_kind


@dataclass(frozen=True)
class SetRoomStatus:
    """Record the room's status on items as of a moment (None: now), with an optional note."""

    item_ids: tuple[int, ...]
    status: RoomStatus | None
    as_of: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class SetInstruction:
    item_ids: tuple[int, ...]
    instruction: Instruction | None


@dataclass(frozen=True)
class MakeProposal:
    """Another delegation's proposed text for an item, or for a new paragraph after it."""

    item_id: int
    by: int  # the sponsoring delegation's id
    text: str
    supported_by: tuple[int, ...] = ()
    opposed_by: tuple[int, ...] = ()
    made_at: datetime | None = None  # None: now
    new_paragraph: bool = False


@dataclass(frozen=True)
class EditProposal:
    """Change what was recorded of a proposal; None leaves that part as it is."""

    proposal_id: int
    text: str | None = None
    by: int | None = None
    supported_by: tuple[int, ...] | None = None
    opposed_by: tuple[int, ...] | None = None
    made_at: datetime | None = None


@dataclass(frozen=True)
class WithdrawProposal:
    """Withdraw a proposal (at a moment, None: now), or reinstate it with withdrawn False."""

    proposal_id: int
    withdrawn: bool = True
    at: datetime | None = None


@handles(SetRoomStatus)
class SetRoomStatusHandler(Handler[SetRoomStatus]):
    def apply(self, ctx: Context, command: SetRoomStatus) -> ChangeSet:
        store = ctx.store
        require_items(store, command.item_ids)
        as_of = past_stamp(command.as_of, ctx.now)
        note = command.note.strip()
        timeline = RoomTimeline(store.room.of_items(command.item_ids))
        before: list[RoomEntryImage] = []
        after: list[RoomEntryImage] = []
        changed: set[int] = set()
        for item_id in dict.fromkeys(command.item_ids):
            current = timeline.at(item_id, as_of)
            if (
                current is not None
                and current.status == command.status
                and note in ("", current.note)
            ):
                continue  # the room already stood there then: nothing new to record
            if current is None and command.status is None and not note:
                continue
            entry_id = store.room.insert(item_id, command.status, as_of, note, ctx.now)
            before.append(RoomEntryImage(entry_id))
            after.append(store.room.image(entry_id))
            changed.add(item_id)
        what = command.status.word if command.status else Message(Code.WORD_NO_ROOM_STATUS)
        return ChangeSet(
            Message(Code.DID_SET_ROOM, n=len(command.item_ids), status=what),
            item_ids=frozenset(changed),
            before=tuple(reversed(before)),
            after=tuple(after),
        )


@handles(SetInstruction)
class SetInstructionHandler(Handler[SetInstruction]):
    def apply(self, ctx: Context, command: SetInstruction) -> ChangeSet:
        what = (
            command.instruction.word if command.instruction else Message(Code.WORD_NO_INSTRUCTION)
        )
        return change_positions(
            ctx,
            command.item_ids,
            lambda image: replace(image, instruction=command.instruction),
            Message(Code.DID_SET_INSTRUCTION, n=len(command.item_ids), instruction=what),
        )


def _sides(
    store: Store, by: int, supported_by: tuple[int, ...], opposed_by: tuple[int, ...]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Supporters and opponents checked: known delegations, no one on both sides, the sponsor
    never against its own text (and not listed again among its supporters)."""
    names = {d.id: d.name for d in store.delegations.all()}
    for delegation_id in (by, *supported_by, *opposed_by):
        if delegation_id not in names:
            raise NotFound(Code.NO_DELEGATION, delegation_id=delegation_id)
    supporters = tuple(d for d in dict.fromkeys(supported_by) if d != by)
    opponents = tuple(dict.fromkeys(opposed_by))
    if by in opponents:
        raise BadValue(Code.PROPOSAL_SPONSOR_OPPOSES, name=names[by])
    both = [d for d in supporters if d in opponents]
    if both:
        raise BadValue(Code.PROPOSAL_BOTH_SIDES, name=names[both[0]])
    return supporters, opponents


def _text(text: str) -> str:
    text = text.strip()
    if not text:
        raise BadValue(Code.PROPOSAL_NEEDS_TEXT)
    return text


def _description(store: Store, code: Code, image: ProposalImage) -> Message:
    """'Record India's proposal on (5 bis)': the sponsor and the paragraph it is about."""
    (item,) = store.items.by_ids([image.item_id])
    label = item.label
    if image.new_paragraph:
        found = store.proposals.get(image.proposal_id)
        ordinal = found.ordinal if found is not None else 1
        label = new_paragraph_label(item.label, item.number, ordinal)
    sponsor = store.delegations.image(image.delegation_id).name or ""
    return Message(code, by=sponsor, label=label)


def _proposal(store: Store, proposal_id: int) -> ProposalImage:
    image = store.proposals.image(proposal_id)
    if not image.exists:
        raise NotFound(Code.NO_PROPOSAL, proposal_id=proposal_id)
    return image


def _change(ctx: Context, code: Code, before: ProposalImage, after: ProposalImage) -> ChangeSet:
    """The proposal's change, recorded in its item's history (undo marks the entry undone)."""
    store = ctx.store
    kind = change_kind(before, after)
    marks: tuple[int, ...] = ()
    if kind is not None:
        shown = after if after.exists else before
        sponsor = store.proposals.sponsor(shown)
        marks = (store.events.record(shown.item_id, kind, None, sponsor, ctx.now, shown.text),)
    undone = (EventMarks(marks, undone=True),) if marks else ()
    standing = (EventMarks(marks, undone=False),) if marks else ()
    return ChangeSet(
        _description(store, code, after if after.exists else before),
        item_ids=frozenset({after.item_id or before.item_id}),
        before=(before, *undone),
        after=(after, *standing),
    )


@handles(MakeProposal)
class MakeProposalHandler(Handler[MakeProposal]):
    def apply(self, ctx: Context, command: MakeProposal) -> ChangeSet:
        store = ctx.store
        require_items(store, (command.item_id,))
        text = _text(command.text)
        supporters, opponents = _sides(store, command.by, command.supported_by, command.opposed_by)
        made_at = past_stamp(command.made_at, ctx.now)
        proposal_id = store.proposals.new_id()
        after = ProposalImage(
            proposal_id,
            item_id=command.item_id,
            new_paragraph=command.new_paragraph,
            delegation_id=command.by,
            text=text,
            made_at=made_at,
            updated_at=ctx.now,
            supporters=supporters,
            opponents=opponents,
            exists=True,
        )
        store.proposals.restore(after, ctx.now)
        return _change(ctx, Code.DID_PROPOSE, ProposalImage(proposal_id), after)


@handles(EditProposal)
class EditProposalHandler(Handler[EditProposal]):
    def apply(self, ctx: Context, command: EditProposal) -> ChangeSet:
        store = ctx.store
        before = _proposal(store, command.proposal_id)
        by = before.delegation_id if command.by is None else command.by
        supporters, opponents = _sides(
            store,
            by,
            before.supporters if command.supported_by is None else command.supported_by,
            before.opponents if command.opposed_by is None else command.opposed_by,
        )
        made_at = (
            before.made_at if command.made_at is None else past_stamp(command.made_at, ctx.now)
        )
        after = replace(
            before,
            text=before.text if command.text is None else _text(command.text),
            delegation_id=by,
            supporters=supporters,
            opponents=opponents,
            made_at=made_at,
            updated_at=ctx.now,
        )
        store.proposals.restore(after, ctx.now)
        return _change(ctx, Code.DID_EDIT_PROPOSAL, before, after)


@handles(WithdrawProposal)
class WithdrawProposalHandler(Handler[WithdrawProposal]):
    def apply(self, ctx: Context, command: WithdrawProposal) -> ChangeSet:
        store = ctx.store
        before = _proposal(store, command.proposal_id)
        if (before.withdrawn_at is not None) == command.withdrawn:
            return ChangeSet(Message(Code.DID_NOTHING))  # already so: keep its own time
        withdrawn_at = past_stamp(command.at, ctx.now) if command.withdrawn else None
        after = replace(before, withdrawn_at=withdrawn_at, updated_at=ctx.now)
        store.proposals.restore(after, ctx.now)
        code = Code.DID_WITHDRAW_PROPOSAL if command.withdrawn else Code.DID_REINSTATE_PROPOSAL
        return _change(ctx, code, before, after)
