"""`cybertrack compare` and `cybertrack link`: links between two versions of a text, headless."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cybertrack.cli.json_output import print_json
from cybertrack.domain.comparison import LinkState
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.worddiff import changed
from cybertrack.exporters.vocabulary import LANGUAGES
from cybertrack.services import (
    Batch,
    CarryPositions,
    ConfirmLink,
    LinkDocuments,
    RejectLink,
    Workspace,
)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "compare", help="link the items of an old and a new version of a text and list them"
    )
    p.add_argument("old", type=int, metavar="DOC_A", help="id of the older document")
    p.add_argument("new", type=int, metavar="DOC_B", help="id of the newer document")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--confirm-same",
        action="store_true",
        help="confirm the links whose text did not change",
    )
    p.add_argument(
        "--carry",
        action="store_true",
        help="carry stances, notes and amendments over confirmed links",
    )

    p.add_argument(
        "--export",
        metavar="OUT",
        help="also write the comparison as a Word table (.docx) or an Excel sheet (.xlsx)",
    )
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the exported table's fixed words (default: en)",
    )

    p = sub.add_parser("link", help="confirm or reject the link between two items")
    p.add_argument("old_item", metavar="OLD_ITEM", help="item id or DOCUMENT_ID:NUMBER")
    p.add_argument("new_item", metavar="NEW_ITEM", help="item id or DOCUMENT_ID:NUMBER")
    p.add_argument("action", choices=["confirm", "reject"])


def compare(workspace: Workspace, args: argparse.Namespace) -> int:
    workspace.apply(LinkDocuments(args.old, args.new))
    if args.confirm_same:
        _confirm_same(workspace, args.old, args.new)
    carried = 0
    if args.carry:
        plan = workspace.comparison.carry_plan(args.old, args.new)
        pairs = tuple((p.source.id, p.target.id) for p in plan if p.headless)
        if pairs:
            workspace.apply(CarryPositions(pairs))
        carried = len(pairs)
        left = len(plan) - carried
    rows = _rows(workspace, args.old, args.new)
    if args.export:
        from cybertrack.services.comparison_export import export_comparison

        count = export_comparison(
            workspace, [args.old, args.new], args.export, language=args.language
        )
        print(f"wrote {args.export} ({count} rows)", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        out: dict[str, Any] = {"old_document": args.old, "new_document": args.new, "links": rows}
        if args.carry:
            out["carried"] = carried
        print_json(out)
        return 0
    for row in rows:
        score = f"{row['score']:5.1f}" if row["score"] is not None else "     "
        print(
            f"{row['old'] or '-':>6} -> {row['new'] or '-':<6} {score}  "
            f"{row['status']:<8} {row['state'] or ''}"
        )
    if args.carry:
        print(f"carried {carried} positions over confirmed links", end="")
        print(f"; {left} more to review in the app" if left else "")
    return 0


def _confirm_same(workspace: Workspace, old: int, new: int) -> None:
    texts = {i.id: i.text for i in (*workspace.items(old), *workspace.items(new))}
    confirm = tuple(
        ConfirmLink(link.from_item_id, link.to_item_id)
        for link in workspace.comparison.links_between(old, new)
        if link.state is LinkState.CANDIDATE
        and not changed(texts[link.from_item_id], texts[link.to_item_id])
    )
    if confirm:
        workspace.apply(Batch(confirm, Message(Code.DID_CONFIRM_UNCHANGED)))


def _rows(workspace: Workspace, old: int, new: int) -> list[dict[str, Any]]:
    """Links in the new text's order; dropped old items and new items with no link listed too."""
    old_items = {i.id: i for i in workspace.items(old)}
    new_items = {i.id: i for i in workspace.items(new)}
    links = workspace.comparison.links_between(old, new)
    active = [lk for lk in links if lk.active]
    linked_old = {lk.from_item_id for lk in active}
    linked_new = {lk.to_item_id for lk in active}
    rows: list[tuple[tuple[float, float], dict[str, Any]]] = []
    for link in links:
        a, b = old_items[link.from_item_id], new_items[link.to_item_id]
        status = "changed" if changed(a.text, b.text) else "same"
        if not link.active:
            status = "rejected"
        rows.append(
            (
                (b.position, a.position),
                {
                    "old": a.number,
                    "new": b.number,
                    "old_item": a.id,
                    "new_item": b.id,
                    "score": link.score,
                    "state": link.state.value,
                    "status": status,
                },
            )
        )
    for item in old_items.values():
        if item.id not in linked_old:
            place = _after(item.position, old_items, new_items, active)
            rows.append(((place, item.position), _lone(item, "dropped")))
    for item in new_items.values():
        if item.id not in linked_new:
            rows.append(((item.position, -1), _lone(item, "new")))
    rows.sort(key=lambda r: r[0])
    return [row for _, row in rows]


def _after(
    position: int, old_items: dict[int, Any], new_items: dict[int, Any], links: Any
) -> float:
    """Where a dropped item belongs in the new text's order: just after its linked predecessor."""
    place = -1.0
    for link in links:
        if old_items[link.from_item_id].position < position:
            place = max(place, float(new_items[link.to_item_id].position))
    return place + 0.5


def _lone(item: Any, status: str) -> dict[str, Any]:
    side = "old" if status == "dropped" else "new"
    other = "new" if side == "old" else "old"
    return {
        side: item.number,
        other: None,
        f"{side}_item": item.id,
        f"{other}_item": None,
        "score": None,
        "state": None,
        "status": status,
    }


def link(workspace: Workspace, args: argparse.Namespace) -> int:
    old, new = workspace.resolve_item(args.old_item), workspace.resolve_item(args.new_item)
    command = ConfirmLink(old, new) if args.action == "confirm" else RejectLink(old, new)
    workspace.apply(command)
    a, b = workspace.item(old), workspace.item(new)
    print(f"{a.document_id}:{a.number} -> {b.document_id}:{b.number}: {args.action}ed")
    return 0


COMMANDS = {"compare": compare, "link": link}
