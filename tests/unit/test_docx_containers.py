"""Word: text wrapped in content controls, custom XML and text boxes is read where it stands.

Templates and forms put paragraphs (whole statements, a report's body) in content controls,
nested ones too; a text box holds a paragraph beside the running text. Read only as direct
children of the body, their paragraphs were dropped, without a word when none was numbered.
"""

from cybertrack.importers import parse_bytes
from tests.unit.docx_builder import W_NS, DocBuilder

_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _control(inner: str) -> str:
    return f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def _table(cell: str) -> str:
    return (
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>'
        f"<w:tr><w:tc><w:tcPr/>{_p(cell)}</w:tc></w:tr></w:tbl>"
    )


def _read(doc: DocBuilder):
    return parse_bytes(doc.bytes(), "statement.docx")


def test_paragraphs_in_nested_controls_and_custom_xml_are_read_in_order() -> None:
    doc = DocBuilder()
    doc.para("Report of the Working Group")
    doc.para("1. The first paragraph, outside any control.")
    doc.raw_block(
        _control(
            _control(_p("2. The second paragraph, in a control in a control."))
            + _p("3. In the outer control.")
        )
    )
    doc.raw_block(_control(_table("A table cell in a control")))
    doc.raw_block(f'<w:customXml {W_NS} w:element="para">{_p("4. In custom XML.")}</w:customXml>')
    doc.para("5. The last paragraph.")
    document = _read(doc)
    assert [(i.number, i.text) for i in document.items] == [
        ("1", "The first paragraph, outside any control."),
        ("2", "The second paragraph, in a control in a control."),
        ("3", "In the outer control."),
        ("4", "In custom XML."),
        ("5", "The last paragraph."),
    ]
    assert document.coverage.tables == len("A table cell in a control")
    assert not document.warnings


def test_an_unnumbered_statement_in_a_control_is_read() -> None:
    doc = DocBuilder()
    doc.para("Statement by the delegation of Norway")
    doc.raw_block(
        _control(
            _p("Madam Chair,")
            + _p("Norway welcomes the consolidated negotiating document.")
            + _p("We support the chapter on international cooperation.")
            + _p("I thank you, Madam Chair.")
        )
    )
    document = _read(doc)
    assert [i.text for i in document.items] == [
        "Norway welcomes the consolidated negotiating document.",
        "We support the chapter on international cooperation.",
    ]


def test_a_text_box_is_read_after_its_anchor_and_its_fallback_copy_is_not() -> None:
    doc = DocBuilder()
    doc.para("1. The first paragraph.")
    box = _p("2. The second paragraph, in a text box.")
    doc.raw_paragraph(
        f"<w:r><w:t>3. The third paragraph, anchoring the box.</w:t></w:r>"
        f"<w:r><mc:AlternateContent {_MC} {_WPS} {_V}>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent>'
        f"</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent>"
        f"</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    doc.para("4. The fourth paragraph.")
    document = _read(doc)
    texts = [i.text for i in document.items]
    assert texts == [
        "The first paragraph.",
        "The third paragraph, anchoring the box.",
        "The second paragraph, in a text box.",
        "The fourth paragraph.",
    ]
