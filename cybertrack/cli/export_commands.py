"""`cybertrack export`, `export-sheet` and `import-sheet`: the Word products and the stance
workbook, headless (the day's products, capital report and status table, in day_exports.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cybertrack.cli import day_exports
from cybertrack.domain.messages import english
from cybertrack.exporters.vocabulary import LANGUAGES
from cybertrack.services import Workspace


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("export", help="write a position paper as a Word document")
    p.add_argument("out", metavar="OUT.docx")
    p.add_argument(
        "--document",
        type=int,
        action="append",
        metavar="ID",
        help="this document (repeat for several; default: the latest version of each text)",
    )
    p.add_argument(
        "--kind",
        choices=["position-paper", "briefing", "dossier", *day_exports.KINDS],
        default="position-paper",
    )
    p.add_argument(
        "--profile",
        choices=["shareable", "internal"],
        help="what may leave the building (default: shareable paper, internal briefing/dossier; "
        "a dossier is internal only)",
    )
    p.add_argument("--template", metavar="FILE", help="your own Word template (.docx or .dotx)")
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the paper's fixed words (en, fr, es, ar, ru, zh)",
    )
    p.add_argument(
        "--order",
        choices=["document", "stance", "priority"],
        default="document",
        help="item order in the paper (priority needs --profile internal)",
    )
    p.add_argument("--clean", action="store_true", help="amendments as clean text, not tracked")
    p.add_argument(
        "--include-undecided",
        action="store_true",
        help="a shareable product also lists undecided items, as under consideration",
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="capital-report: the day reported")
    p.add_argument("--as-of", metavar="TIME", help="status-table: the room as of this time")

    p = sub.add_parser("export-sheet", help="write the stance table as an Excel workbook")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument(
        "--document",
        type=int,
        action="append",
        metavar="ID",
        help="this document (repeat for several; default: the latest version of each text)",
    )
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the headings, title block and stance words",
    )

    p = sub.add_parser("import-sheet", help="update stances and notes from an edited workbook")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")


def export(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.exporters.product import ExportOptions, Kind, Order, Profile
    from cybertrack.services.exports import export_product

    if args.kind in day_exports.KINDS or args.date or args.as_of:
        return day_exports.export(workspace, args)
    kind = Kind(args.kind)
    default_profile = Profile.SHAREABLE if kind is Kind.POSITION_PAPER else Profile.INTERNAL
    options = ExportOptions(
        kind=kind,
        profile=Profile(args.profile) if args.profile else default_profile,
        language=args.language,
        tracked_changes=not args.clean,
        order=Order(args.order),
        include_undecided=args.include_undecided,
    )
    out = Path(args.out)
    result = export_product(
        workspace,
        out,
        options,
        document_ids=args.document,
        template=Path(args.template) if args.template else None,
    )
    for warning in result.warnings:
        print(f"warning: {english(warning)}", file=sys.stderr)
    print(f"wrote {out} ({result.items} items, {options.kind.value}, {options.profile.value})")
    return 0


def export_sheet(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.services.sheets import export_stance_sheet

    out = Path(args.out)
    count = export_stance_sheet(workspace, out, args.document, language=args.language)
    print(f"wrote {out} ({count} items)")
    return 0


def import_sheet(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.services.sheets import plan_sheet_import

    plan = plan_sheet_import(workspace, Path(args.file))
    for change in plan.changes:
        where = f"{change.label} (item {change.item_id})"
        print(f"{where} {english(change.field)}: {change.old!r} -> {change.new!r}")
    for row in plan.unmatched:
        print(f"skipped {english(row.reason)}")
    items = len({c.item_id for c in plan.changes})
    if args.dry_run or plan.empty:
        print(f"{len(plan.changes)} changes to {items} items; nothing was changed")
    else:
        workspace.apply(plan.command)
        print(f"applied {len(plan.changes)} changes to {items} items")
    return 0


COMMANDS = {"export": export, "export-sheet": export_sheet, "import-sheet": import_sheet}
