"""Checks every file passes before a reader parses it: size per format, hostile containers."""

from __future__ import annotations

import re

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code
from cybertrack.importers.zip_guard import check_docx, check_odt

# The longest UN texts (a full programme budget) are a few MB as text; 20 MB is ten times that,
# and still parses in seconds. A larger "text" is a log or a dump, not a meeting document.
MAX_TEXT_BYTES = 20 * 1024 * 1024
# A web page of a meeting document is its text with tags: the same limit, doubled.
MAX_HTML_BYTES = 2 * MAX_TEXT_BYTES
# RTF carries pictures as hexadecimal text; the overall file limit (50 MB) bounds it.
_ENTITY = re.compile(rb"<!entity", re.IGNORECASE)


def guard_input(data: bytes, kind: str, name: str) -> None:
    """Raise ImportFailed (one sentence) if `data` must not reach the `kind` reader."""
    if kind == "docx":
        check_docx(data, name)
    elif kind == "odt":
        check_odt(data, name)
    elif kind == "text" and len(data) > MAX_TEXT_BYTES:
        raise ImportFailed(
            Code.IMPORT_TEXT_TOO_LARGE,
            name=name,
            size=round(len(data) / 2**20),
            limit=MAX_TEXT_BYTES // 2**20,
        )
    elif kind == "html":
        if len(data) > MAX_HTML_BYTES:
            raise ImportFailed(
                Code.MARKUP_TOO_LARGE,
                name=name,
                kind="HTML",
                size=round(len(data) / 2**20),
                limit=MAX_HTML_BYTES // 2**20,
            )
        if _ENTITY.search(data):
            raise ImportFailed(Code.HTML_ENTITIES, name=name)
