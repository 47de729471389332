"""`cybertrack room`, `instruct`, `propose` and `proposal`: the negotiation day, headless.

TIME is ISO 8601 ("2026-11-30T17:30" or "2026-11-30 17:30") read in this computer's local time;
the workspace stores it in UTC and prints it back in local time with its offset.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from cybertrack.domain.model import ItemRow
from cybertrack.domain.negotiation import LATIN_ORDINALS, Proposal
from cybertrack.domain.positions import Field, Instruction, RoomStatus
from cybertrack.domain.times import local_iso, parse_time
from cybertrack.services import (
    Batch,
    Command,
    EditProposal,
    MakeProposal,
    SetField,
    SetInstruction,
    SetRoomStatus,
    WithdrawProposal,
    Workspace,
)

ROOM_CHOICES = "{" + ",".join([*RoomStatus, "none"]) + "}"
INSTRUCTION_CHOICES = "{" + ",".join([*Instruction, "none"]) + "}"
# "1:5 bis", "1:(5 ter)": a new paragraph after 1:5.
_NEW_PARAGRAPH = re.compile(rf"\s*\b({'|'.join(LATIN_ORDINALS)})\b\s*(\)?)\s*$", re.IGNORECASE)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("room", help="record the room's status on an item as of a time")
    p.add_argument("item", metavar="ITEM", help="item id or DOCUMENT_ID:NUMBER")
    p.add_argument("status", metavar=ROOM_CHOICES, help='also "agreed ad ref", "in informals"')
    p.add_argument("--as-of", metavar="TIME", help="when the room stood there (default: now)")
    p.add_argument("--note", default="", help="what was said (internal)")

    p = sub.add_parser("instruct", help="record capital's instruction on an item")
    p.add_argument("item", metavar="ITEM", help="item id or DOCUMENT_ID:NUMBER")
    p.add_argument("instruction", metavar=INSTRUCTION_CHOICES)
    p.add_argument("--fallback", help="capital's fallback wording")
    p.add_argument("--note", help="capital's note on the instruction")

    p = sub.add_parser("propose", help="record another delegation's proposal on an item")
    p.add_argument("item", metavar="ITEM", help='item id, DOCUMENT_ID:NUMBER, or "1:5 bis"')
    p.add_argument("--by", required=True, metavar="DELEGATION", help="who proposed it")
    p.add_argument("--text", required=True, help="the proposed text")
    _sides(p)
    p.add_argument("--as-of", metavar="TIME", help="when it was proposed (default: now)")
    p.add_argument(
        "--new-paragraph", action="store_true", help="a new paragraph after ITEM (5 bis)"
    )

    p = sub.add_parser("proposal", help="show, edit or withdraw a recorded proposal")
    p.add_argument("proposal", type=int, metavar="ID", help="the proposal's number")
    p.add_argument("--by", metavar="DELEGATION", help="who proposed it")
    p.add_argument("--text", help="the proposed text")
    _sides(p)
    p.add_argument("--as-of", metavar="TIME", help="when it was proposed or withdrawn")
    state = p.add_mutually_exclusive_group()
    state.add_argument("--withdraw", action="store_true", help="it was withdrawn")
    state.add_argument("--reinstate", action="store_true", help="it stands again")


def _sides(parser: Any) -> None:
    parser.add_argument(
        "--supported-by", action="append", default=None, metavar="NAME", help="repeat for each"
    )
    parser.add_argument(
        "--opposed-by", action="append", default=None, metavar="NAME", help="repeat for each"
    )


def room(workspace: Workspace, args: argparse.Namespace) -> int:
    item_id = workspace.resolve_item(args.item)
    status = RoomStatus.parse(args.status)
    as_of = parse_time(args.as_of) if args.as_of else None
    workspace.apply(SetRoomStatus((item_id,), status, as_of, args.note))
    row = _as_of(workspace, item_id, workspace.negotiation.past(as_of))
    print(f"{row.label} (item {row.id}): {_room(row)}")
    return 0


def instruct(workspace: Workspace, args: argparse.Namespace) -> int:
    item_id = workspace.resolve_item(args.item)
    commands: list[Command] = [SetInstruction((item_id,), Instruction.parse(args.instruction))]
    for field, text in ((Field.FALLBACK, args.fallback), (Field.INSTRUCTION_NOTE, args.note)):
        if text is not None:
            commands.append(SetField(item_id, field, text))
    workspace.apply(Batch(tuple(commands)))
    row = workspace.item(item_id)
    instruction = row.instruction.value if row.instruction else "no instruction"
    stance = row.stance.value if row.stance else "no stance"
    flag = " (deviation)" if row.deviation else ""
    print(f"{row.label} (item {row.id}): capital {instruction}; our stance {stance}{flag}")
    return 0


def propose(workspace: Workspace, args: argparse.Namespace) -> int:
    reference, new_paragraph = _new_paragraph(args.item)
    negotiation = workspace.negotiation
    item_id = workspace.resolve_item(reference)
    workspace.apply(
        MakeProposal(
            item_id,
            negotiation.delegation_id(args.by),
            args.text,
            supported_by=_ids(workspace, args.supported_by),
            opposed_by=_ids(workspace, args.opposed_by),
            made_at=parse_time(args.as_of) if args.as_of else None,
            new_paragraph=new_paragraph or args.new_paragraph,
        )
    )
    newest = max(negotiation.proposals([item_id]), key=lambda p: p.id)
    print(_proposal_line(workspace, newest))
    return 0


def proposal(workspace: Workspace, args: argparse.Namespace) -> int:
    negotiation = workspace.negotiation
    proposal_id = negotiation.proposal(args.proposal).id
    when = parse_time(args.as_of) if args.as_of else None
    commands: list[Command] = []
    edits = (args.by, args.text, args.supported_by, args.opposed_by)
    if any(value is not None for value in edits) or (when and not args.withdraw):
        commands.append(
            EditProposal(
                proposal_id,
                text=args.text,
                by=negotiation.delegation_id(args.by) if args.by is not None else None,
                supported_by=_ids(workspace, args.supported_by) if args.supported_by else None,
                opposed_by=_ids(workspace, args.opposed_by) if args.opposed_by else None,
                made_at=when if not args.withdraw else None,
            )
        )
    if args.withdraw or args.reinstate:
        commands.append(
            WithdrawProposal(proposal_id, args.withdraw, when if args.withdraw else None)
        )
    if commands:
        workspace.apply(Batch(tuple(commands)))
    print(_proposal_line(workspace, negotiation.proposal(proposal_id)))
    return 0


def _new_paragraph(reference: str) -> tuple[str, bool]:
    """'1:5 bis' -> ('1:5', True); anything else as it is."""
    match = _NEW_PARAGRAPH.search(reference)
    if match is None or ":" not in reference:
        return reference, False
    rest = reference[: match.start()] + match.group(2)
    return rest, True


def _ids(workspace: Workspace, names: list[str] | None) -> tuple[int, ...]:
    return tuple(workspace.negotiation.delegation_id(name) for name in names or ())


def _as_of(workspace: Workspace, item_id: int, stamp: str) -> ItemRow:
    document_id = workspace.item(item_id).document_id
    rows = workspace.negotiation.items_as_of(document_id, stamp)
    return next(row for row in rows if row.id == item_id)


def _room(row: ItemRow) -> str:
    if row.room_as_of is None:
        return "no room status"
    status = row.room_status.value if row.room_status else "no room status"
    return f"{status} as of {local_iso(row.room_as_of)}"


def _proposal_line(workspace: Workspace, found: Proposal) -> str:
    item = workspace.item(found.item_id)
    label = found.label(item.label, item.number)
    sides = f"supported by {', '.join(found.supported_by) or '-'}; "
    sides += f"opposed by {', '.join(found.opposed_by) or '-'}"
    withdrawn = f" (withdrawn {local_iso(found.withdrawn_at)})" if found.withdrawn_at else ""
    made = local_iso(found.made_at)
    return f"[{found.id}] {found.by} on {label}, {made}{withdrawn}: {found.text!r}; {sides}"


def proposals_json(found: list[Proposal], stamp: str) -> list[dict[str, object]]:
    """The proposals standing at `stamp`, as `items --json` lists them."""
    return [
        {
            "by": p.by,
            "text": p.text,
            "supported_by": list(p.supported_by),
            "opposed_by": list(p.opposed_by),
        }
        for p in found
        if p.active_at(stamp)
    ]


COMMANDS = {"room": room, "instruct": instruct, "propose": propose, "proposal": proposal}
