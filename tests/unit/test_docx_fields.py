"""Paragraphs numbered by a field that opens them (AUTONUM, LISTNUM), as older templates and
files converted from WordPerfect number theirs: Word stores no text for the number."""

from __future__ import annotations

from cybertrack.importers import parse_bytes
from tests.unit.docx_builder import DocBuilder


def _field(doc: DocBuilder, instruction: str, text: str) -> None:
    doc.raw_paragraph(
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        f"<w:r><w:instrText xml:space='preserve'> {instruction} </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        f"<w:r><w:t xml:space='preserve'>\t{text}</w:t></w:r>"
    )


def test_legal_listnum_fields_number_paragraphs_and_their_sub_paragraphs() -> None:
    doc = DocBuilder()
    doc.para("Report of the Working Group on its first session")
    _field(doc, "LISTNUM LegalDefault", "The Working Group met in Vienna from 1 to 3 March.")
    _field(doc, "LISTNUM LegalDefault", "The Working Group adopted the following agenda:")
    _field(doc, "LISTNUM LegalDefault \\l 2", "Opening of the session and election of officers.")
    _field(doc, "LISTNUM LegalDefault \\l 2", "Adoption of the agenda and organization of work.")
    _field(doc, "LISTNUM LegalDefault", "The Working Group adopted its report by consensus.")
    parsed = parse_bytes(doc.bytes(), "listnum.docx")
    assert [i.number for i in parsed.items] == ["1", "2", "2.1", "2.2", "3"]
    assert parsed.items[0].text == "The Working Group met in Vienna from 1 to 3 March."
    assert parsed.coverage.left_out == 0


def test_autonum_fields_count_on_and_a_field_after_text_is_no_number() -> None:
    doc = DocBuilder()
    doc.para("Report of the Working Group on its first session")
    for text in ("The Group met in Vienna.", "The Group adopted its agenda.", "It closed."):
        doc.raw_paragraph(
            "<w:fldSimple w:instr=' AUTONUM '/>"
            f"<w:r><w:t xml:space='preserve'>\t{text} The meeting was held in public.</w:t></w:r>"
        )
    doc.raw_paragraph(
        "<w:r><w:t xml:space='preserve'>See also paragraph </w:t></w:r>"
        "<w:fldSimple w:instr=' AUTONUM '/><w:r><w:t xml:space='preserve'> above.</w:t></w:r>"
    )
    parsed = parse_bytes(doc.bytes(), "autonum.docx")
    assert [i.number for i in parsed.items] == ["1", "2", "3"]  # no "4" for the cross-reference


def test_a_numberdefault_listnum_prints_1_then_a() -> None:
    doc = DocBuilder()
    doc.para("Decisions of the Working Group on its first session")
    _field(doc, "LISTNUM", "The Working Group decides to meet again in Vienna next year:")
    _field(doc, "LISTNUM \\l 2", "for five days in the first half of the year;")
    _field(doc, "LISTNUM \\l 2", "with interpretation into the six official languages.")
    _field(doc, "LISTNUM", "The Working Group requests the secretariat to report on costs.")
    parsed = parse_bytes(doc.bytes(), "numberdefault.docx")
    assert [i.number for i in parsed.items] == ["1", "2"]
    assert parsed.items[0].text == (
        "The Working Group decides to meet again in Vienna next year: a) for five days in the "
        "first half of the year; b) with interpretation into the six official languages."
    )
