"""Word and PDF readers behind one call, with every library failure turned into one sentence."""

from __future__ import annotations

import zipfile
from collections.abc import Callable

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.domain.units import RevisionView
from cybertrack.importers.blocks import Source


def read_source(
    kind: str, data: bytes, name: str, view: RevisionView = RevisionView.PROPOSED
) -> Source:
    """The blocks of a Word or PDF file with what its reader set aside and warns about;
    raises ImportFailed (never a library error)."""
    if kind == "pdf":
        from cybertrack.importers.pdf_reader import read_pdf

        return _guarded(kind, name, lambda: read_pdf(data, name))
    if kind == "docx":
        return _guarded(kind, name, lambda: _docx(data, name, view))
    raise ImportFailed(Code.IMPORT_UNSUPPORTED, name=name, kind=kind)


def _guarded(kind: str, name: str, read: Callable[[], Source]) -> Source:
    try:
        return read()
    except ImportFailed:
        raise
    except Exception as exc:
        # A file no reader expected (odd structure, library limits): one sentence, no traceback.
        reason = f"{type(exc).__name__}: {exc}"
        raise ImportFailed(
            Code.IMPORT_READER_FAILED, name=name, kind=kind.upper(), reason=reason
        ) from exc


def _docx(data: bytes, name: str, view: RevisionView) -> Source:
    from cybertrack.importers.docx_reader import docx_source

    try:
        return docx_source(data, view)
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise ImportFailed(Code.DOCX_UNREADABLE, name=name) from exc
    except ValueError as exc:
        raise ImportFailed(Code.DOCX_NOT_WORD, name=name, reason=str(exc)) from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and other parser failures
        if type(exc).__module__.startswith(("lxml", "docx", "zipfile", "zlib")):
            raise ImportFailed(Code.DOCX_BAD_XML, name=name) from exc
        raise
