"""`cybertrack pack export|import|unresolved|link` and `cybertrack hub push|pull`: the team,
headless."""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from typing import Any

from cybertrack.cli.json_output import print_json
from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.messages import Code, english
from cybertrack.domain.team import paragraph_reference
from cybertrack.services import LinkParagraph, Workspace
from cybertrack.services.team.merge import MergePlan, Unresolved


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("pack", help="position packs: send your positions, merge a colleague's")
    packs = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    e = packs.add_parser("export", help="write a position pack (.ctpack)")
    e.add_argument("out", metavar="OUT.ctpack")
    who = e.add_mutually_exclusive_group()
    who.add_argument("--author", metavar="NAME", help="this author's rows (default: yours)")
    who.add_argument("--all", action="store_true", help="the whole team's rows")
    e.add_argument("--since", metavar="TIME", help="only rows changed after TIME (ISO 8601)")
    e.add_argument("--passphrase-file", metavar="FILE", help="seal the pack with this passphrase")
    i = packs.add_parser("import", help="merge a position pack, showing what changes")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    i.add_argument("--passphrase-file", metavar="FILE", help="the passphrase of a sealed pack")
    u = packs.add_parser(
        "unresolved", help="list colleagues' rows on paragraphs found nowhere here, with candidates"
    )
    u.add_argument("--json", action="store_true", help="print JSON")
    k = packs.add_parser("link", help="tie a paragraph found nowhere here to an item (or refuse)")
    k.add_argument("row", metavar="ROW", help="reference from `pack unresolved`")
    k.add_argument("item", metavar="ITEM", help="item id or DOCUMENT_ID:NUMBER")
    k.add_argument(
        "--reject", action="store_true", help="this item is not that paragraph: stop offering it"
    )

    p = sub.add_parser("hub", help="push your rows to, or pull the team's from, a PostgreSQL hub")
    p.add_argument("direction", choices=["push", "pull"])
    p.add_argument("--url", required=True, metavar="URL", help="postgresql://user@host/database")


def _passphrase(name: str | None) -> str | None:
    if name is None:
        return None
    path = Path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise CyberTrackError(Code.PASSPHRASE_FILE, path=name, reason=reason) from None
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise CyberTrackError(Code.PASSPHRASE_EMPTY, path=name)
    return passphrase


def pack_command(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.pack_command == "unresolved":
        return _unresolved(workspace, args.json)
    if args.pack_command == "link":
        key = workspace.team.unresolved_key(args.row)
        item_id = workspace.resolve_item(args.item)
        change = workspace.apply(LinkParagraph(key, item_id, confirm=not args.reject))
        print(english(change.message) if change.message else "no change")
        return 0
    if args.pack_command == "export":
        out = Path(args.out)
        count, size = workspace.team.export_pack(
            out,
            author=args.author,
            everyone=args.all,
            since=args.since or "",
            passphrase=_passphrase(args.passphrase_file),
        )
        sealed = ", sealed" if args.passphrase_file else ""
        print(f"wrote {out} ({count} rows, {size:,} bytes{sealed})")
        return 0
    preview = workspace.team.preview_pack(Path(args.file), _passphrase(args.passphrase_file))
    print_plan(workspace, preview.plan)
    if args.dry_run or preview.plan.empty:
        print("nothing was changed" + (" (dry run)" if args.dry_run else ""))
        return 0
    change = workspace.apply(preview.command)
    result = english(change.message) if change.message else "no change"
    print(f"merged the pack from {preview.pack.made_by}: {result}")
    return 0


def print_plan(workspace: Workspace, plan: MergePlan) -> None:
    """Every change, every disagreement and every row that matches no paragraph here."""
    me = workspace.team.author
    for change in plan.changes:
        where = ", ".join(_label(workspace, i) for i in change.item_ids) or "not found here"
        who = f"{change.author} (you)" if change.mine else change.author
        fields = "; ".join(f"{f}: {_show(old)} -> {_show(new)}" for f, old, new in change.fields())
        print(f"{who} on {change.where} [{where}]: {fields or 'same values, newer'}")
    for found in plan.disagreements:
        stances = ", ".join(
            f"{'you' if e.mine else e.author} {e.stance.value if e.stance else '-'}"
            for e in found.entries
        )
        print(f"disagreement on {found.label}: {stances}")
    for row in plan.unresolved:
        offers = ", ".join(f"{c.reference} ({c.score:.0f})" for c in row.candidates[:3])
        print(
            f"unresolved: {row.row.author} on {row.where} matches no paragraph here"
            + (f"; candidates {offers}" if offers else "")
        )
    authors = len({c.author for c in plan.changes})
    print(
        f"{_count(len(plan.changes), 'change')} from {_count(authors, 'author')}, "
        f"{_count(len(plan.disagreements), 'disagreement')}, {len(plan.unresolved)} unresolved "
        f"({_count(plan.rows, 'row')} received" + (f"; you are {me})" if me else ")")
    )


def _unresolved(workspace: Workspace, as_json: bool) -> int:
    """One entry per paragraph (its rows by every author), with the candidates to link."""
    by_key: dict[ParagraphKey, list[Unresolved]] = defaultdict(list)
    for lost in workspace.team.unresolved():
        by_key[lost.row.key].append(lost)
    found: list[dict[str, Any]] = []
    for key, rows in by_key.items():
        found.append(
            {
                "row": paragraph_reference(key),
                "where": rows[0].where,
                "number": key.number,
                "text": workspace.team.paragraph_text(rows[0].row),
                "rows": [
                    {"author": r.row.author, "kind": r.row.kind, "at": r.row.at, **r.row.values}
                    for r in rows
                ],
                "candidates": [
                    {"item": c.reference, "item_id": c.item_id, "score": round(c.score, 1)}
                    for c in rows[0].candidates
                ],
            }
        )
    if as_json:
        print_json(found)
        return 0
    for entry in found:
        who = ", ".join(sorted({r["author"] for r in entry["rows"]}))
        print(f"{entry['row']}  {entry['where']}  ({who})")
        offers = ", ".join(f"{c['item']} ({c['score']:.0f})" for c in entry["candidates"][:3])
        print(f"    candidates: {offers}" if offers else "    no candidate: link it to any item")
    print(f"{_count(len(found), 'paragraph')} found nowhere here")
    return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _label(workspace: Workspace, item_id: int) -> str:
    item = workspace.item(item_id)
    return f"{item.document_id}:{item.number}"


def _show(value: object) -> str:
    if value is None:
        return "-"
    text = str(value)
    return repr(text if len(text) <= 60 else text[:59] + "…")


def hub_command(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.direction == "push":
        count = workspace.team.hub_push(args.url)
        print(f"pushed {count} rows")
        return 0
    pulled = workspace.team.hub_pull(args.url)
    if pulled.command is None:
        print("pulled 0 rows: nothing new on the hub")
        return 0
    assert pulled.plan is not None
    print_plan(workspace, pulled.plan)
    change = workspace.apply(pulled.command)
    print(
        f"pulled {pulled.rows} rows: {english(change.message) if change.message else 'no change'}"
    )
    return 0


COMMANDS = {"pack": pack_command, "hub": hub_command}
