"""`cybertrack export --kind capital-report --date DAY` and `--kind status-table --as-of TIME`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from cybertrack.domain.messages import english
from cybertrack.domain.times import parse_day, parse_time
from cybertrack.services import Workspace

KINDS = ("capital-report", "status-table")


def export(workspace: Workspace, args: argparse.Namespace) -> int:
    from cybertrack.exporters.product import ExportOptions, Profile
    from cybertrack.services.day_exports import (
        CAPITAL_REPORT,
        prepare_capital_report,
        prepare_status_table,
    )

    kind = args.kind
    if kind == CAPITAL_REPORT:
        if args.as_of:
            _refuse("the report to capital is for one day: give --date YYYY-MM-DD, not --as-of")
        if not args.date:
            _refuse("the report to capital needs --date YYYY-MM-DD, the day it reports")
        profile = Profile(args.profile) if args.profile else Profile.INTERNAL
    elif kind in KINDS:
        if args.date:
            _refuse("the status table is as of a moment: give --as-of TIME, not --date")
        profile = Profile(args.profile) if args.profile else Profile.SHAREABLE
    else:
        _refuse(f"--date and --as-of are for --kind {' or '.join(KINDS)}")
    if args.order != "document" or getattr(args, "include_undecided", False):
        _refuse("--order and --include-undecided are for the papers, not these products")
    options = ExportOptions(profile=profile, language=args.language, tracked_changes=not args.clean)
    out = Path(args.out)
    documents = args.document or None  # --document may be repeated
    template = Path(args.template) if args.template else None
    if kind == CAPITAL_REPORT:
        job = prepare_capital_report(
            workspace,
            out,
            parse_day(args.date),
            options=options,
            document_ids=documents,
            template=template,
        )
    else:
        as_of = parse_time(args.as_of) if args.as_of else None
        job = prepare_status_table(
            workspace, out, as_of, options=options, document_ids=documents, template=template
        )
    result = job.run()
    for warning in result.warnings:
        print(f"warning: {english(warning)}", file=sys.stderr)
    print(f"wrote {out} ({result.items} items, {kind}, {profile.value})")
    return 0


def _refuse(text: str) -> NoReturn:
    print(f"error: {text}", file=sys.stderr)
    raise SystemExit(1)
