"""The `cybertrack` command. Every headless job; the GUI is one subcommand among them.

Errors print one line `error: ...` to stderr and exit 1; the workspace is left unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from cybertrack import __version__
from cybertrack.cli import compare_commands, delegation_commands
from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.model import Stance
from cybertrack.services import Workspace, default_workspace_path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cybertrack",
        description="Track your delegation's stance on every item of a negotiation text.",
    )
    parser.add_argument("--version", action="version", version=f"cybertrack {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="workspace file (default: $CYBERTRACK_DB or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import documents (.txt/.md, .docx, .pdf)")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = sub.add_parser("documents", help="list the documents in the workspace")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("items", help="list items with their stance")
    p.add_argument("--document", type=int, metavar="ID", help="only this document's items")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("stance", help="set the stance on an item")
    p.add_argument("item", metavar="ITEM", help="item id or DOCUMENT_ID:NUMBER")
    p.add_argument("stance", choices=[*(s.value for s in Stance), "none"])
    p.add_argument("--note", help="internal note (rationale)")
    p.add_argument("--amendment", help="proposed amendment wording")

    p = sub.add_parser("export", help="write a position paper as a Word document")
    p.add_argument("out", metavar="OUT.docx")
    p.add_argument("--document", type=int, metavar="ID", help="only this document")

    sub.add_parser("gui", help="open the desktop application (the default)")
    compare_commands.add_parsers(sub)
    delegation_commands.add_parsers(sub)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run one headless command (everything but `gui`, which cybertrack.entry starts)."""
    command = args.command
    try:
        path = default_workspace_path(args.db)
        with Workspace.open(path) as workspace:
            return int(COMMANDS[command](workspace, args))
    except CyberTrackError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth a traceback.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("error: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 130


def _import(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.importers import read_document
    from cybertrack.services import ImportDocument

    # Parse every file first so that one bad file imports nothing rather than half the batch.
    parsed = [read_document(Path(name)) for name in args.files]
    for document in parsed:
        change = workspace.apply(ImportDocument(document))
        if change.empty:
            print(f"{document.source_name}: {change.message}")
        else:
            (document_id,) = change.document_ids
            row = workspace.document(document_id)
            name = f"{row.symbol} — {row.title}" if row.symbol else row.title
            print(f"[{document_id}] {name}: {row.item_count} items")
    return 0


def _documents(workspace: Workspace, args: argparse.Namespace) -> int:
    rows = workspace.documents()
    if args.json:
        keys = ("id", "symbol", "title", "body", "venue", "start_date", "end_date", "item_count")
        _print_json([{k: asdict(row)[k] for k in keys} for row in rows])
        return 0
    if not rows:
        print("No documents yet: cybertrack import FILE")
    for row in rows:
        place = ", ".join(filter(None, [row.venue, _dates(row.start_date, row.end_date)]))
        print(
            f"[{row.id}] {row.symbol or '-'}  {row.title}  ({row.item_count} items)"
            + (f"  {place}" if place else "")
        )
    return 0


def _dates(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return f"{start} to {end}"
    return start or ""


def _items(workspace: Workspace, args: argparse.Namespace) -> int:
    rows = workspace.items(args.document)
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "document_id": r.document_id,
                    "number": r.number,
                    "label": r.label,
                    "section": r.section,
                    "text": r.text,
                    "stance": r.stance.value if r.stance else None,
                    "note": r.note,
                    "amendment": r.amendment,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        stance = r.stance.value if r.stance else "-"
        text = r.text if len(r.text) <= 90 else r.text[:89] + "…"
        print(f"{r.id:>6}  {r.label:<8} {stance:<8} {text}")
    return 0


def _stance(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.services import Batch, EditNote, SetAmendment, SetStance

    item_id = workspace.resolve_item(args.item)
    commands: list[SetStance | EditNote | SetAmendment] = [
        SetStance((item_id,), Stance.parse(args.stance))
    ]
    if args.note is not None:
        commands.append(EditNote(item_id, args.note))
    if args.amendment is not None:
        commands.append(SetAmendment(item_id, args.amendment))
    workspace.apply(Batch(tuple(commands)))
    row = workspace.item(item_id)
    print(f"{row.label} (item {row.id}): {row.stance.value if row.stance else 'no stance'}")
    return 0


def _export(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.services.exports import export_position_paper

    out = Path(args.out)
    count = export_position_paper(workspace, out, document_id=args.document)
    print(f"wrote {out} ({count} items)")
    return 0


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


COMMANDS = {
    "import": _import,
    "documents": _documents,
    "items": _items,
    "stance": _stance,
    "export": _export,
    **compare_commands.COMMANDS,
    **delegation_commands.COMMANDS,
}
