"""Writing the comparison of documents to a Word table or an Excel sheet."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code
from cybertrack.exporters.comparison_table import (
    build_comparison_table,
    write_comparison_docx,
    write_comparison_xlsx,
)
from cybertrack.services.exports import DEFAULT_TEMPLATE
from cybertrack.services.settings import DEFAULT_DELEGATION, DELEGATION
from cybertrack.services.workspace import Workspace


def export_comparison(
    workspace: Workspace,
    document_ids: Sequence[int],
    out: Path | str,
    *,
    language: str = "en",
    issued: date | None = None,
) -> int:
    """Write the comparison of `document_ids` to `out` (.docx or .xlsx) in `language`; returns
    the row count."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".xlsx"):
        raise CyberTrackError(Code.COMPARISON_EXPORT_KIND, name=out.name)
    documents, rows = workspace.comparison.rows(document_ids)
    table = build_comparison_table(
        documents,
        rows,
        language=language,
        delegation=workspace.setting(DELEGATION, DEFAULT_DELEGATION),
        issued=issued,
    )
    try:
        if suffix == ".xlsx":
            write_comparison_xlsx(table, out)
        else:
            with as_file(files("cybertrack.resources").joinpath(DEFAULT_TEMPLATE)) as template:
                write_comparison_docx(table, template, out)
    except OSError as exc:
        raise CyberTrackError(
            Code.CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)
        ) from None
    return len(rows)
