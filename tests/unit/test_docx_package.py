"""The parts of a .docx the reader needs, and what it leaves out of them before parsing."""

import re
from pathlib import Path

from cybertrack.importers import docx_package, read_document
from tests.conftest import DATA


def test_no_reader_asks_for_what_the_package_leaves_out() -> None:
    # The main document's tab stops, and runs' language, kerning, spacing and fonts, are
    # taken out before parsing (docx_package.UNREAD): a reader that asked for one would find
    # nothing. A mention of them in a Word reader is a reader that needs them back.
    names = "|".join(docx_package.UNREAD)
    asked = re.compile(rf"""(?:W \+ "|\{{W\}}|w:)(?:{names})\b""")
    folder = Path(docx_package.__file__).parent
    readers = [p for p in folder.glob("docx*.py") if p.name != "docx_package.py"]
    assert len(readers) >= 5
    for path in readers:
        found = asked.findall(path.read_text(encoding="utf-8"))
        # The tab stops' own test (docx_text: a stop is no tab of the text) may stay.
        found = [f for f in found if f not in ('W + "tabs', "w:tabs")]
        assert not found, (path.name, found)


def test_leaving_out_the_unread_changes_no_text() -> None:
    xml = (
        b'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1267"/></w:tabs>'
        b'<w:spacing w:line="240"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times"/>'
        b'<w:i/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr>'
        b"<w:tab/><w:t>16.1</w:t></w:r></w:p>"
    )
    assert docx_package.without_unread(xml) == (
        b"<w:p><w:pPr></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:tab/><w:t>16.1</w:t></w:r></w:p>"
    )
    assert docx_package.without_unread(xml, sizes=True) == (
        b'<w:p><w:pPr></w:pPr><w:r><w:rPr><w:i/><w:sz w:val="20"/></w:rPr><w:tab/>'
        b"<w:t>16.1</w:t></w:r></w:p>"
    )


def test_a_report_reads_the_same_without_them() -> None:
    document = read_document(DATA / "A_81_6_Sect.16.docx")
    assert [i.number for i in document.items] == [f"16.{n}" for n in range(1, 148)]
    first = document.items[0].text
    assert first.startswith("The United Nations Office on Drugs and Crime (UNODC) is responsible")
