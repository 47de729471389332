"""Word and PDF readers behind one call, with every library failure turned into one sentence."""

from __future__ import annotations

import zipfile

from cybertrack.domain.errors import ImportFailed
from cybertrack.importers.blocks import Block


def read_binary(kind: str, data: bytes, name: str) -> list[Block]:
    """Blocks of a .docx or .pdf file; raises ImportFailed (never a library error)."""
    try:
        if kind == "docx":
            return _docx(data, name)
        if kind == "pdf":
            from cybertrack.importers.pdf_reader import pdf_blocks

            return pdf_blocks(data, name)
    except ImportFailed:
        raise
    except Exception as exc:
        # A file no reader expected (odd structure, library limits): one sentence, no traceback.
        raise ImportFailed(
            f"{name} could not be read as {kind.upper()} ({type(exc).__name__}: {exc})"
        ) from exc
    raise ImportFailed(f"{name}: {kind} files are not supported")


def _docx(data: bytes, name: str) -> list[Block]:
    from docx.opc.exceptions import PackageNotFoundError

    from cybertrack.importers.docx_reader import docx_blocks

    try:
        return docx_blocks(data)
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, EOFError) as exc:
        raise ImportFailed(f"{name} is not a readable Word file (damaged or not .docx)") from exc
    except ValueError as exc:
        # python-docx raises ValueError for a zip that is another Office kind (e.g. .xlsx).
        raise ImportFailed(f"{name} is not a Word document ({exc})") from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and other parser failures
        if type(exc).__module__.startswith(("lxml", "docx", "zipfile", "zlib")):
            raise ImportFailed(f"{name} is a damaged Word file (its XML cannot be read)") from exc
        raise
