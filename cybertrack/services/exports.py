"""Gathering workspace data for the exporters and writing the file.

The export reads only (no command, nothing to undo): it collects the documents (by default the
latest version of each text, never a merge of two versions), their items and, for the internal
dossier, the stance history, builds the product's view-model and writes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path

from cybertrack.domain.errors import BadValue, CyberTrackError
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import DocumentRow
from cybertrack.exporters.briefing import build_briefing_note
from cybertrack.exporters.docx_writer import Product, write_product
from cybertrack.exporters.dossier import build_dossier
from cybertrack.exporters.position_paper import build_position_paper
from cybertrack.exporters.product import ExportOptions, Kind, Source
from cybertrack.exporters.vocabulary import LANGUAGES
from cybertrack.services.settings import AUTHOR_INITIALS, DEFAULT_DELEGATION, DELEGATION
from cybertrack.services.versions import latest_versions
from cybertrack.services.workspace import Workspace

DEFAULT_TEMPLATE = "templates/cybertrack-default.docx"
TEMPLATE_SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")

_BUILDERS: dict[Kind, Callable[..., Product]] = {
    Kind.POSITION_PAPER: build_position_paper,
    Kind.BRIEFING: build_briefing_note,
    Kind.DOSSIER: build_dossier,
}


@dataclass(frozen=True)
class ExportResult:
    items: int
    documents: int
    warnings: tuple[Message, ...] = field(default=())


def build_product(
    workspace: Workspace,
    options: ExportOptions,
    *,
    document_ids: Sequence[int] | None = None,
    delegation: str | None = None,
    issued: date | None = None,
) -> Product:
    """The product's view-model from the workspace (no file written)."""
    sources = gather_sources(workspace, options, document_ids)
    return _build(workspace, sources, options, delegation, issued)


def _build(
    workspace: Workspace,
    sources: Sequence[Source],
    options: ExportOptions,
    delegation: str | None,
    issued: date | None,
) -> Product:
    return _BUILDERS[options.kind](
        sources,
        options,
        delegation=delegation or workspace.setting(DELEGATION, DEFAULT_DELEGATION),
        issued=issued or date.today(),
        initials=workspace.setting(AUTHOR_INITIALS),
    )


def gather_sources(
    workspace: Workspace, options: ExportOptions, document_ids: Sequence[int] | None = None
) -> list[Source]:
    options.check()
    if options.language not in LANGUAGES:
        raise BadValue(
            Code.BAD_CHOICE,
            what=Message(Code.WORD_LANGUAGE),
            value=options.language,
            choices=", ".join(LANGUAGES),
        )
    rows = chosen_documents(workspace, document_ids)
    sources = []
    for row in rows:
        items = workspace.items(row.id)
        history = {i.id: workspace.history(i.id) for i in items} if options.include_history else {}
        citations = workspace.citations([i.id for i in items])
        ancestors = workspace.item_ancestors(row.id)
        sources.append(Source(row, items, history, citations, ancestors))
    return sources


def chosen_documents(
    workspace: Workspace, document_ids: Sequence[int] | None = None
) -> list[DocumentRow]:
    """The documents asked for, or else the latest version of each text under negotiation."""
    if document_ids:
        rows = [workspace.document(i) for i in dict.fromkeys(document_ids)]
    else:  # the texts under negotiation; the library of precedent is only cited
        rows = [d for d in latest_versions(workspace) if not d.library]
    if not rows:
        raise CyberTrackError(Code.EXPORT_NO_DOCUMENTS)
    return rows


@dataclass(frozen=True)
class ExportJob:
    """Everything needed to write the file, read from the workspace beforehand.

    `run` touches no database, so the GUI can run it on a worker thread."""

    product: Product
    out: Path
    template: Path | None
    items: int
    documents: int

    def run(self) -> ExportResult:
        with as_file(files("cybertrack.resources").joinpath(DEFAULT_TEMPLATE)) as default:
            warnings = _write(self.product, self.out, self.template or default, default)
        return ExportResult(self.items, self.documents, (*self.product.warnings, *warnings))


def prepare_export(
    workspace: Workspace,
    out: Path,
    options: ExportOptions,
    *,
    document_ids: Sequence[int] | None = None,
    template: Path | None = None,
    delegation: str | None = None,
    issued: date | None = None,
) -> ExportJob:
    """Check the request and read what the product needs; raises a one-line error if bad."""
    if out.suffix.lower() != ".docx":
        raise CyberTrackError(Code.EXPORT_NAME_DOCX, name=out.name)
    if template is not None and not template.is_file():
        raise CyberTrackError(Code.EXPORT_NO_TEMPLATE, path=str(template))
    if template is not None and template.suffix.lower() not in TEMPLATE_SUFFIXES:
        raise CyberTrackError(Code.EXPORT_BAD_TEMPLATE, name=template.name)
    sources = gather_sources(workspace, options, document_ids)
    product = _build(workspace, sources, options, delegation, issued)
    shown = options.lists_undecided
    items = sum(1 for s in sources for i in s.items if shown or i.stance is not None)
    return ExportJob(product, out, template, items, len(sources))


def export_product(
    workspace: Workspace,
    out: Path,
    options: ExportOptions,
    *,
    document_ids: Sequence[int] | None = None,
    template: Path | None = None,
    delegation: str | None = None,
    issued: date | None = None,
) -> ExportResult:
    """Write the product `options` ask for to `out`; warnings say what the template lacked."""
    job = prepare_export(
        workspace,
        out,
        options,
        document_ids=document_ids,
        template=template,
        delegation=delegation,
        issued=issued,
    )
    return job.run()


def _write(product: Product, out: Path, template: Path, default: Path) -> list[Message]:
    return write_from_template(write_product, product, out, template, default)


def write_from_template(
    write: Callable[..., list[Message]], product: object, out: Path, template: Path, default: Path
) -> list[Message]:
    """`write(product, out, template=, default=)`, its failures as one-line errors: a template
    that is not a usable .docx, or a file that cannot be written."""
    import zipfile

    from docx.opc.exceptions import PackageNotFoundError

    try:
        return write(product, out, template=template, default=default)
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        if template != default:
            raise CyberTrackError(Code.EXPORT_BAD_TEMPLATE, name=template.name) from exc
        raise
    except OSError as exc:
        raise CyberTrackError(
            Code.CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)
        ) from None


def export_position_paper(
    workspace: Workspace,
    out: Path,
    *,
    document_id: int | None = None,
    delegation: str | None = None,
    issued: date | None = None,
) -> int:
    """The shareable position paper (the CLI's plain `export`); returns the number of items."""
    result = export_product(
        workspace,
        out,
        ExportOptions(),
        document_ids=[document_id] if document_id is not None else None,
        delegation=delegation,
        issued=issued,
    )
    return result.items
