"""A paragraph number set apart from its text, in a paragraph of its own ("12." then the text
below it), as files converted from PDF to Word or HTML have them."""

from __future__ import annotations

import pytest

from cybertrack.importers import parse_bytes
from tests.unit.docx_builder import DocBuilder

TEXTS = (
    "Decides to convene a session of the Ad Hoc Committee;",
    "Requests the Secretary-General to provide the Committee with the support it needs;",
    "Decides to remain seized of the matter.",
)


def _check(document) -> None:
    assert [(i.number, i.label, i.text) for i in document.items] == [
        (str(n), f"{n}.", text) for n, text in enumerate(TEXTS, 1)
    ]
    assert not document.warnings  # numbered as printed, nothing left out


def test_numbers_apart_in_word() -> None:
    doc = DocBuilder()
    doc.para("Draft resolution", style="Title")
    for n, text in enumerate(TEXTS, 1):
        doc.para(f"{n}.")
        doc.para(text)
    _check(parse_bytes(doc.bytes(), "converted.docx"))


def test_numbers_apart_in_html() -> None:
    body = "".join(f"<p>{n}.</p><p>{text}</p>" for n, text in enumerate(TEXTS, 1))
    html = f"<html><body><h1>Draft resolution</h1>{body}</body></html>"
    _check(parse_bytes(html.encode(), "converted.html"))


@pytest.mark.parametrize("alone", ["2020.", "12345678.", "(a)"])
def test_what_is_no_number_apart(alone: str) -> None:
    """A year, a long figure or a letter alone is no paragraph number of its own."""
    doc = DocBuilder()
    doc.para("Draft resolution", style="Title")
    doc.para("1. Decides to convene a session;")
    doc.para(alone)
    doc.para("2. Requests support.")
    document = parse_bytes(doc.bytes(), "converted.docx")
    assert [i.number for i in document.items] == ["1", "2"]
