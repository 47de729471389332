"""Typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ) are read as their letters, whatever the form: a word is
found by a search, matched by the precedent index and exported as typed."""

from cybertrack.importers import parse_bytes
from tests.unit.docx_builder import DocBuilder
from tests.unit.pdf_fixtures import spaced_pages


def _texts(data: bytes, name: str) -> list[str]:
    return [i.text for i in parse_bytes(data, name).items]


def test_text_pasted_from_a_typeset_pdf() -> None:
    text = "1. The ﬁnancial and eﬀective ﬂow of funds.\n\n2. The oﬃce is staﬀed.\n"
    assert _texts(text.encode(), "pasted.txt") == [
        "The financial and effective flow of funds.",
        "The office is staffed.",
    ]


def test_word_file_with_ligatures_pasted_in() -> None:
    doc = DocBuilder()
    doc.para("1. The ﬁnancial and eﬀective ﬂow of funds.")
    doc.para("2. The oﬃce is staﬀed.")
    assert _texts(doc.bytes(), "pasted.docx") == [
        "The financial and effective flow of funds.",
        "The office is staffed.",
    ]


def test_pdf_set_with_ligature_glyphs() -> None:
    # The font maps codes 1-4 to the glyphs fi, fl, ff and ffi, as a typesetter sets them.
    pdf = spaced_pages(
        [[b"[(1. The \\001nancial and e\\003ective \\002ow of funds.)]", b"[(2. The o\\004ce.)]"]],
        differences=b"1 /fi 2 /fl 3 /ff 4 /ffi",
    )
    assert _texts(pdf, "typeset.pdf") == [
        "The financial and effective flow of funds.",
        "The office.",
    ]
