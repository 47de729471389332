"""Copies of one document in several languages are not its versions.

Before: the Universal Declaration imported in Arabic, Chinese and English (all A/RES/217)
was one text in three versions: the navigator read "A/RES/217 (version 1/2/3)", the Chinese
copy was called "Rev.1", and an export left the Arabic and English copies out as "earlier".
"""

from __future__ import annotations

from cybertrack.importers import parse_bytes, read_document
from cybertrack.services import ImportDocument
from cybertrack.services.versions import versions
from tests.conftest import DATA


def test_the_declaration_in_three_languages_is_three_texts(workspace):
    for language in ("en", "ar", "zh"):
        workspace.apply(ImportDocument(read_document(DATA / f"udhr-{language}.txt")))
    found = versions(workspace)
    assert len(found) == 3
    assert all(v.count == 1 and v.is_latest for v in found.values())


def test_a_revision_of_the_same_title_is_a_version(workspace):
    text = "{symbol}\n\nDraft resolution\n\nCountering cybercrime\n\n1. Decides.\n\n2. Requests.\n"
    for symbol in ("A/C.3/80/L.3", "A/C.3/80/L.3/Rev.1"):
        document = parse_bytes(text.format(symbol=symbol).encode(), f"{symbol[-5:]}.txt")
        workspace.apply(ImportDocument(document))
    found = versions(workspace)
    assert {v.count for v in found.values()} == {2}
    latest = {v.latest.symbol for v in found.values()}
    assert latest == {"A/C.3/80/L.3/Rev.1"}
