"""The `cybertrack` command. Every headless job; the GUI is one subcommand among them.

Errors print one line `error: ...` to stderr and exit 1; the workspace is left unchanged.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from cybertrack import __version__
from cybertrack.cli import (
    compare_commands,
    delegation_commands,
    export_commands,
    negotiation_commands,
    precedent_commands,
    team_commands,
)
from cybertrack.cli.backups import BACKUP_COMMANDS, PATH_COMMANDS, add_backup_commands
from cybertrack.cli.json_output import print_json
from cybertrack.domain.errors import CyberTrackError, WorkspaceError
from cybertrack.domain.messages import Code, Message, english
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.domain.team import disagree
from cybertrack.services import Workspace, default_workspace_path
from cybertrack.services.paths import named_by_user


def _priority(text: str) -> Priority:
    """--priority accepts today's spelling and earlier ones ('red line')."""
    try:
        return Priority.parse(text) or Priority.NORMAL
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid choice: {text!r}") from None


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

    p = sub.add_parser(
        "import", help="import documents (.docx, .pdf, .odt, .rtf, .html, .doc, .eml, .txt/.md)"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--library",
        action="store_true",
        help="keep them as references (the library of precedent), not texts under negotiation",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="import nothing if a numbering has a gap or more than 2%% of the body text is in "
        "no item or heading",
    )
    p.add_argument(
        "--revisions",
        choices=["proposed", "original"],
        default="proposed",
        help="a Word file with tracked changes: import the text as proposed (changes accepted, "
        "the default) or the original (changes rejected)",
    )

    p = sub.add_parser("documents", help="list the documents in the workspace")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("items", help="list items with their stance and the room's status")
    p.add_argument("--document", type=int, metavar="ID", help="only this document's items")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--as-of", metavar="TIME", help="the room's status at this local time")

    p = sub.add_parser("stance", help="set the stance on an item")
    p.add_argument("item", metavar="ITEM", help="item id or DOCUMENT_ID:NUMBER")
    # Plain words in the usage and in "invalid choice" ("support", not <Stance.SUPPORT: ...>).
    p.add_argument("stance", choices=[*(s.value for s in Stance), "none"])
    p.add_argument("--note", help="internal note (rationale)")
    p.add_argument("--amendment", help="proposed amendment wording")
    p.add_argument("--rationale", help="public reason, printed in shareable papers")
    p.add_argument(
        "--priority",
        type=_priority,
        choices=list(Priority),
        metavar="{normal,priority,red-line}",
        help="normal, priority, red line",
    )
    p.add_argument(
        "--cite",
        action="append",
        metavar="ITEM",
        help="a paragraph the wording takes agreed language from (repeat for more; "
        "'none' clears the citations)",
    )

    p = sub.add_parser(
        "settings", help="show or set the delegation, your author name and your initials"
    )
    p.add_argument("--delegation", metavar="NAME", help="the delegation papers are issued by")
    p.add_argument("--author", metavar="NAME", help="your name in the team (packs, the hub)")
    p.add_argument("--initials", metavar="XX", help="the author's initials (internal only)")

    export_commands.add_parsers(sub)
    sub.add_parser("gui", help="open the desktop application (the default)")
    add_backup_commands(sub)
    compare_commands.add_parsers(sub)
    delegation_commands.add_parsers(sub)
    precedent_commands.add_parsers(sub)
    negotiation_commands.add_parsers(sub)
    team_commands.add_parsers(sub)
    return parser


# Commands that may make the workspace they are given (an import makes a new one; a restore,
# a pack or the hub may bring one back). Any other, asked of a path where there is none, says
# so: a mistyped --db made an empty workspace there, folders and all, and "settings
# --delegation Norway" reported success into it.
_MAKE_A_WORKSPACE = frozenset({"import", "restore", "pack", "hub"})


def run_command(args: argparse.Namespace) -> int:
    """Run one headless command (everything but `gui`, which cybertrack.entry starts)."""
    command = args.command
    try:
        path = default_workspace_path(args.db)
        if named_by_user(args.db) and command not in _MAKE_A_WORKSPACE and not path.exists():
            # A mistyped --db: an empty new workspace there would answer "No documents yet",
            # as if the delegate's work were gone.
            raise WorkspaceError(Code.WORKSPACE_NOT_FOUND, path=str(path))
        if command in PATH_COMMANDS:  # they open (or recover) the workspace themselves
            return int(PATH_COMMANDS[command](path, args))
        with Workspace.open(path) as workspace:
            return int(COMMANDS[command](workspace, args))
    except CyberTrackError as exc:
        print(f"error: {english(exc.message)}", file=sys.stderr)
        return 1
    except OverflowError:
        # "stance 99999999999999999999 support": no id or number SQLite can hold.
        print(f"error: {english(Message(Code.NUMBER_TOO_LARGE))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth a traceback.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        # A step that had finished (an import, a restore) is saved; only the one under way is
        # not: "nothing was changed" was wrong after a finished restore.
        print(
            "error: interrupted; what had finished is saved, the step under way is not",
            file=sys.stderr,
        )
        return 130


def _import(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.domain.units import RevisionView
    from cybertrack.importers import coverage_message, read_document, strict_problems
    from cybertrack.services import ImportDocument

    revisions = RevisionView(args.revisions)
    # Parse every file first so that one bad file imports nothing rather than half the batch.
    parsed = [read_document(Path(name), revisions=revisions) for name in args.files]
    if args.strict:
        refused = [(d, strict_problems(d)) for d in parsed]
        if any(problems for _, problems in refused):
            for document, problems in refused:
                if problems:
                    _warn(document.warnings)
                    for problem in problems:
                        print(f"error: {english(problem)}", file=sys.stderr)
            return 1
    for document in parsed:
        change = workspace.apply(ImportDocument(document, library=args.library))
        if change.empty:
            print(f"{document.source_name}: {change.message}")
            continue
        (document_id,) = change.document_ids
        row = workspace.document(document_id)
        # The title names the symbol already when the document's title did ("A/81/6 (Sect.
        # 16): Proposed programme budget ..."): said once.
        shown = row.symbol and not row.title.startswith(row.symbol)
        name = f"{row.symbol} — {row.title}" if shown else row.title
        earlier = workspace.versions_of(row.symbol, exclude=document_id)
        version = f" (new version of {row.symbol}, earlier: {earlier[-1]})" if earlier else ""
        if row.library:
            version = " (library of precedent)"
        print(f"[{document_id}] {name}: {row.item_count} items{version}")
        print(f"    {english(coverage_message(document))}")
        sys.stdout.flush()
        _warn(document.warnings)
    workspace.update_precedent_index()  # the new paragraphs indexed (storage/precedents.py)
    return 0


def _warn(warnings: tuple[Message, ...]) -> None:
    """Each finding of an import as one `warning:` line on standard error."""
    for warning in warnings:
        print(f"warning: {english(warning)}", file=sys.stderr)
    sys.stderr.flush()


def _documents(workspace: Workspace, args: argparse.Namespace) -> int:
    rows = workspace.documents()
    if args.json:
        keys = (
            "id",
            "symbol",
            "title",
            "body",
            "venue",
            "start_date",
            "end_date",
            "item_count",
            "library",
            "adopted",
        )
        print_json([{k: asdict(row)[k] for k in keys} for row in rows])
        return 0
    if not rows:
        print("No documents yet: cybertrack import FILE")
    for row in rows:
        place = ", ".join(filter(None, [row.venue, _dates(row.start_date, row.end_date)]))
        print(
            f"[{row.id}] {row.symbol or '-'}  {row.title}  ({row.item_count} items)"
            + (f"  {place}" if place else "")
            + ("  [library]" if row.library else "")
        )
    return 0


def _dates(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return f"{start} to {end}"
    return start or ""


def _items(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.cli.negotiation_commands import proposals_json
    from cybertrack.domain.negotiation import proposals_by_item
    from cybertrack.domain.times import local_iso, parse_time

    negotiation = workspace.negotiation
    if args.document is not None:
        workspace.document(args.document)
    stamp = negotiation.past(parse_time(args.as_of)) if args.as_of else negotiation.now()
    rows = negotiation.items_as_of(args.document, stamp if args.as_of else None)
    if args.json:
        from cybertrack.domain.library import cite

        cited = workspace.citations([r.id for r in rows])
        proposals = proposals_by_item(negotiation.proposals([r.id for r in rows]))
        team = workspace.team.entries(rows)
        print_json(
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
                    "citations": [cite(c) for c in cited.get(r.id, [])],
                    "room_status": r.room_status.value if r.room_status else None,
                    "room_as_of": local_iso(r.room_as_of) if r.room_as_of else None,
                    "instruction": r.instruction.value if r.instruction else None,
                    "fallback": r.fallback,
                    "deviation": r.deviation,
                    "proposals": proposals_json(proposals.get(r.id, []), stamp),
                    "team": [
                        {
                            "author": e.author,
                            "stance": e.stance.value if e.stance else None,
                            "note": e.note,
                            "amendment": e.amendment,
                            "at": e.at,
                            "instruction": e.instruction.value if e.instruction else None,
                            "room_status": e.room_status.value if e.room_status else None,
                            "room_as_of": e.room_as_of,
                            "proposals": [dict(p) for p in e.proposals],
                        }
                        for e in team.get(r.id, [])
                    ],
                    "disagreement": disagree(team.get(r.id, [])),
                }
                for r in rows
            ]
        )
        return 0
    # The label column as wide as the longest label ("Regulation 1.1", "Article XIV"): a
    # fixed width let long labels push the columns after them out of line.
    width = max([8, *(len(r.label) for r in rows)])
    for r in rows:
        stance = r.stance.value if r.stance else "-"
        room = r.room_status.value if r.room_status else "-"
        text = r.text if len(r.text) <= 80 else r.text[:79] + "…"
        print(f"{r.id:>6}  {r.label:<{width}} {stance:<8} {room:<10} {text}")
    return 0


def _stance(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.services import Batch, Command, SetField, SetPriority, SetStance

    item_id = workspace.resolve_item(args.item)
    commands: list[Command] = [SetStance((item_id,), Stance.parse(args.stance))]
    for field in (Field.NOTE, Field.AMENDMENT, Field.RATIONALE):  # capital's are `instruct`'s
        text = getattr(args, field.value)
        if text is not None:
            commands.append(SetField(item_id, field, text))
    if args.priority is not None:
        commands.append(SetPriority((item_id,), args.priority))
    if args.cite:
        commands.append(precedent_commands.citation_command(workspace, item_id, args.cite))
    workspace.apply(Batch(tuple(commands)))
    row = workspace.item(item_id)
    print(f"{row.label} (item {row.id}): {row.stance.value if row.stance else 'no stance'}")
    if line := precedent_commands.citations_line(workspace, item_id):
        print(line)
    return 0


def _settings(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.services import Batch, SetSetting
    from cybertrack.services.settings import AUTHOR, AUTHOR_INITIALS, DELEGATION

    wanted = {DELEGATION: args.delegation, AUTHOR: args.author, AUTHOR_INITIALS: args.initials}
    commands = tuple(SetSetting(k, v.strip() or None) for k, v in wanted.items() if v is not None)
    if commands:
        workspace.apply(Batch(commands, Message(Code.DID_SETTINGS)))
    for key in (DELEGATION, AUTHOR, AUTHOR_INITIALS):
        print(f"{key}: {workspace.setting(key) or '(not set)'}")
    return 0


COMMANDS = {
    "import": _import,
    "documents": _documents,
    "items": _items,
    "stance": _stance,
    "settings": _settings,
    **BACKUP_COMMANDS,
    **compare_commands.COMMANDS,
    **delegation_commands.COMMANDS,
    **precedent_commands.COMMANDS,
    **negotiation_commands.COMMANDS,
    **team_commands.COMMANDS,
    **export_commands.COMMANDS,
}
