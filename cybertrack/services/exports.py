"""Gathering workspace data for the exporters and writing the file."""

from __future__ import annotations

from datetime import date
from importlib.resources import as_file, files
from pathlib import Path

from cybertrack.domain.errors import CyberTrackError
from cybertrack.exporters.docx_writer import write_position_paper
from cybertrack.exporters.position_paper import build_position_paper
from cybertrack.services.workspace import Workspace

DEFAULT_TEMPLATE = "templates/cybertrack-default.docx"


def export_position_paper(
    workspace: Workspace,
    out: Path,
    *,
    document_id: int | None = None,
    delegation: str = "Delegation",
    issued: date | None = None,
) -> int:
    """Write a position paper to `out`; returns the number of items in it."""
    if out.suffix.lower() != ".docx":
        raise CyberTrackError(f"{out.name}: the position paper is a Word file; name it .docx")
    rows = [workspace.document(document_id)] if document_id is not None else workspace.documents()
    if not rows:
        raise CyberTrackError("the workspace has no documents to export")
    data = [(row, workspace.items(row.id)) for row in rows]
    paper = build_position_paper(data, delegation=delegation, issued=issued or date.today())
    try:
        with as_file(files("cybertrack.resources").joinpath(DEFAULT_TEMPLATE)) as template:
            write_position_paper(paper, template, out)
    except OSError as exc:
        raise CyberTrackError(f"cannot write {out}: {exc.strerror or exc}") from None
    return sum(len(items) for _, items in data)
