"""`cybertrack delegations` and `cybertrack said`: other delegations and their stances, headless."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cybertrack.cli.json_output import print_json
from cybertrack.domain.errors import NotFound
from cybertrack.domain.messages import Code
from cybertrack.domain.positions import Stance
from cybertrack.services import AddDelegations, SetDelegationStance, Workspace


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("delegations", help="list or add other delegations; who is with us")
    p.add_argument("--from-document", type=int, metavar="ID", help="add its participants")
    p.add_argument("--add", metavar="NAME", help="add a delegation by name")
    p.add_argument("--group", action="store_true", help="with --add: a group (G77, EU)")
    p.add_argument("--item", metavar="ITEM", help="who is with us and against on this item")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("said", help="record another delegation's stance on items")
    p.add_argument("delegation", metavar="DELEGATION", help="delegation name or id")
    p.add_argument("stance", choices=[*(s.value for s in Stance), "none"])
    p.add_argument("items", nargs="+", metavar="ITEM", help="item id or DOCUMENT_ID:NUMBER")
    p.add_argument("--source", default="", help='where it was said ("statement of 28 July")')


def delegations(workspace: Workspace, args: argparse.Namespace) -> int:
    entries: list[tuple[str, bool]] = []
    if args.from_document is not None:
        entries += workspace.comparison.participant_delegations(args.from_document)
    if args.add:
        entries.append((args.add, args.group))
    if entries:
        change = workspace.apply(AddDelegations(tuple(entries)))
        print(change.message, file=sys.stderr)
    if args.item:
        return _who(workspace, workspace.resolve_item(args.item), args.json)
    rows = workspace.comparison.delegations()
    if args.json:
        print_json([{"id": d.id, "name": d.name, "is_group": d.is_group} for d in rows])
        return 0
    for d in rows:
        print(f"{d.id:>4}  {d.name}{'  (group)' if d.is_group else ''}")
    return 0


def _who(workspace: Workspace, item_id: int, as_json: bool) -> int:
    item = workspace.item(item_id)
    where = workspace.comparison.alignments(item.document_id)[item_id]
    data = {
        "item": f"{item.document_id}:{item.number}",
        "our_stance": item.stance.value if item.stance else None,
        "with_us": list(where.with_us),
        "partly": list(where.partly),
        "against": list(where.against),
    }
    if as_json:
        print_json(data)
        return 0
    print(f"{item.label} our stance: {data['our_stance'] or 'none'}")
    for key in ("with_us", "partly", "against"):
        print(f"{key.replace('_', ' ')}: {', '.join(data[key]) or '-'}")  # type: ignore[arg-type]
    return 0


def said(workspace: Workspace, args: argparse.Namespace) -> int:
    delegation_id = _delegation(workspace, args.delegation)
    ids = tuple(workspace.resolve_item(ref) for ref in args.items)
    stance = Stance.parse(args.stance)
    workspace.apply(SetDelegationStance(delegation_id, ids, stance, args.source))
    name = next(d.name for d in workspace.comparison.delegations() if d.id == delegation_id)
    print(f"{name}: {stance.value if stance else 'no stance'} on {len(ids)} items")
    return 0


def _delegation(workspace: Workspace, reference: str) -> int:
    found = {d.name.casefold(): d.id for d in workspace.comparison.delegations()}
    if reference.isdigit() and int(reference) in found.values():
        return int(reference)
    if reference.casefold() in found:
        return found[reference.casefold()]
    raise NotFound(Code.NO_DELEGATION_NAMED, name=reference)


COMMANDS = {"delegations": delegations, "said": said}
