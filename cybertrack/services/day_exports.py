"""The report to capital for a day and the status table as of a moment: gathering and writing.

Like the papers (services/exports.py), the export reads only: it collects each document's items,
room timeline and proposals, builds the product's view-model and writes it from the template.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from importlib.resources import as_file, files
from pathlib import Path

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.exporters.capital_report import DaySource, build_capital_report
from cybertrack.exporters.day_writers import DayProduct, write_day_product
from cybertrack.exporters.product import ExportOptions, Profile
from cybertrack.exporters.status_table import build_status_table
from cybertrack.services.exports import (
    DEFAULT_TEMPLATE,
    ExportResult,
    chosen_documents,
    write_from_template,
)
from cybertrack.services.settings import AUTHOR_INITIALS, DEFAULT_DELEGATION, DELEGATION
from cybertrack.services.workspace import Workspace

CAPITAL_REPORT, STATUS_TABLE = "capital-report", "status-table"
KINDS = (CAPITAL_REPORT, STATUS_TABLE)


def gather_day_sources(
    workspace: Workspace, document_ids: Sequence[int] | None = None
) -> list[DaySource]:
    rows = chosen_documents(workspace, document_ids)  # as the papers: the latest by default
    negotiation = workspace.negotiation
    return [
        DaySource(
            row,
            workspace.items(row.id),
            negotiation.timeline(row.id),
            negotiation.document_proposals(row.id),
            workspace.item_ancestors(row.id),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class DayJob:
    """The product read from the workspace; `run` touches no database (a worker may run it)."""

    product: DayProduct
    out: Path
    template: Path | None
    items: int
    documents: int

    def run(self) -> ExportResult:
        with as_file(files("cybertrack.resources").joinpath(DEFAULT_TEMPLATE)) as default:
            warnings = _write(self.product, self.out, self.template or default, default)
        return ExportResult(self.items, self.documents, tuple(warnings))


def _check(out: Path, template: Path | None) -> None:
    if out.suffix.lower() != ".docx":
        raise CyberTrackError(Code.EXPORT_NAME_DOCX, name=out.name)
    if template is not None and not template.is_file():
        raise CyberTrackError(Code.EXPORT_NO_TEMPLATE, path=str(template))


def prepare_capital_report(
    workspace: Workspace,
    out: Path,
    day: date,
    *,
    options: ExportOptions | None = None,
    document_ids: Sequence[int] | None = None,
    template: Path | None = None,
    zone: tzinfo | None = None,
) -> DayJob:
    """The report to capital on `day` (internal only: a shareable profile is refused)."""
    options = options or ExportOptions(profile=Profile.INTERNAL)
    if not options.internal:
        raise CyberTrackError(Code.REPORT_INTERNAL_ONLY)
    _check(out, template)
    sources = gather_day_sources(workspace, document_ids)
    report = build_capital_report(
        sources,
        options,
        day=day,
        delegation=workspace.setting(DELEGATION, DEFAULT_DELEGATION),
        initials=workspace.setting(AUTHOR_INITIALS),
        zone=zone,
    )
    return DayJob(report, out, template, sum(len(s.items) for s in sources), len(sources))


def prepare_status_table(
    workspace: Workspace,
    out: Path,
    as_of: datetime | None,
    *,
    options: ExportOptions | None = None,
    document_ids: Sequence[int] | None = None,
    template: Path | None = None,
    zone: tzinfo | None = None,
) -> DayJob:
    """The room as of `as_of` (None: now; a moment in the future is refused)."""
    options = options or ExportOptions(profile=Profile.SHAREABLE)
    stamp = workspace.negotiation.past(as_of)
    _check(out, template)
    sources = gather_day_sources(workspace, document_ids)
    table = build_status_table(
        sources,
        options,
        as_of=stamp,
        delegation=workspace.setting(DELEGATION, DEFAULT_DELEGATION),
        initials=workspace.setting(AUTHOR_INITIALS),
        zone=zone,
    )
    return DayJob(table, out, template, sum(len(s.items) for s in sources), len(sources))


def _write(product: DayProduct, out: Path, template: Path, default: Path) -> list[Message]:
    return write_from_template(write_day_product, product, out, template, default)
