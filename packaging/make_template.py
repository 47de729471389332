"""Regenerate resources/templates/cybertrack-default.docx, the default Word template.

The template is the source of every paper's look: styles by name, page size, margins. Every
style sets its fonts and sizes for all three scripts Word distinguishes: Latin and Cyrillic,
complex scripts (Arabic: w:cs, w:szCs, w:bCs, w:iCs, a little larger, as Arabic is set) and East
Asian (Chinese: w:eastAsia), so a paper in any of the six UN languages follows the styles.
Headers and footers are left empty: the writer adds the classification marking and "Page N of
M" in the paper's language. Delegations restyle their papers by editing a copy in Word, so the
writer never sets a font or a size itself. Run: python packaging/make_template.py
"""

from __future__ import annotations

import copy
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates" / "cybertrack-default.docx"
FONT = "Times New Roman"
EAST_ASIAN_FONT = "SimSun"
# Arabic reads small at the Latin size: complex-script text is set this many points larger.
COMPLEX_SCRIPT_EXTRA = 2


def _all_scripts(style, *, size=None, bold=False, italic=False, fonts=True):
    """Fonts, size, bold and italic for complex-script and East Asian text as well."""
    rpr = style.element.get_or_add_rPr()
    if fonts:
        rfonts = rpr.get_or_add_rFonts()
        for attribute in ("ascii", "hAnsi", "cs"):
            rfonts.set(qn(f"w:{attribute}"), FONT)
        rfonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    for flag, value in (("bCs", bold), ("iCs", italic)):
        element = OxmlElement(f"w:{flag}")
        if not value:
            element.set(qn("w:val"), "0")
        _insert_in_order(rpr, element)
    if size is not None:
        element = OxmlElement("w:szCs")
        element.set(qn("w:val"), str(int((size + COMPLEX_SCRIPT_EXTRA) * 2)))
        _insert_in_order(rpr, element)


def _cover_every_script(style):
    """Give a style that sets a Latin font, size, bold or italic the same for the other
    scripts (a theme font would otherwise win over the complex-script one)."""
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attribute in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
        rfonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "cs"):
        if rfonts.get(qn(f"w:{attribute}")) is None:
            rfonts.set(qn(f"w:{attribute}"), FONT)
    if rfonts.get(qn("w:eastAsia")) is None:
        rfonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    size = rpr.find(qn("w:sz"))
    if size is not None and rpr.find(qn("w:szCs")) is None:
        element = OxmlElement("w:szCs")
        element.set(qn("w:val"), str(int(size.get(qn("w:val"))) + 2 * COMPLEX_SCRIPT_EXTRA))
        _insert_in_order(rpr, element)
    for latin, complex_script in (("b", "bCs"), ("i", "iCs")):
        flag = rpr.find(qn(f"w:{latin}"))
        if flag is not None and rpr.find(qn(f"w:{complex_script}")) is None:
            element = copy.deepcopy(flag)
            element.tag = qn(f"w:{complex_script}")
            _insert_in_order(rpr, element)


# CT_RPr's child order (the part that matters here).
_RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]


def _insert_in_order(rpr, element):
    name = element.tag.split("}")[1]
    for existing in rpr.findall(element.tag):
        rpr.remove(existing)
    rank = _RPR_ORDER.index(name)
    for index, child in enumerate(rpr):
        child_name = child.tag.split("}")[1]
        if child_name in _RPR_ORDER and _RPR_ORDER.index(child_name) > rank:
            rpr.insert(index, element)
            return
    rpr.append(element)


def _paragraph_style(
    doc,
    name,
    *,
    size=11,
    bold=False,
    italic=False,
    before=0,
    after=6,
    indent=0.0,
    hanging=0.0,
    align=None,
    colour=None,
    keep_next=False,
    base="Normal",
):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if colour:
        style.font.color.rgb = RGBColor.from_string(colour)
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.left_indent = Cm(indent)
    fmt.first_line_indent = Cm(-hanging) if hanging else None
    fmt.keep_with_next = keep_next
    if align is not None:
        fmt.alignment = align
    _all_scripts(style, size=size, bold=bold, italic=italic)
    return style


def _character_style(doc, name, *, bold=False, italic=False, colour=None):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.font.bold = bold
    style.font.italic = italic
    if colour:
        style.font.color.rgb = RGBColor.from_string(colour)
    _all_scripts(style, bold=bold, italic=italic, fonts=False)
    return style


def _table_style(doc, name):
    """A grid of thin grey lines."""
    style = doc.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    tbl_pr = OxmlElement("w:tblPr")
    style.element.append(tbl_pr)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), "A6A6A6")
        borders.append(line)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        width = OxmlElement(f"w:{edge}")
        width.set(qn("w:w"), "85")
        width.set(qn("w:type"), "dxa")
        margins.append(width)
    tbl_pr.append(margins)
    return style


def build() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.widow_control = True
    _all_scripts(normal, size=11)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)

    centred = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph_style(doc, "CT Delegation", size=12, bold=True, after=2, align=centred)
    _paragraph_style(doc, "CT Title", size=16, bold=True, before=6, after=6, align=centred)
    _paragraph_style(doc, "CT Meeting", size=11, after=2, align=centred)
    _paragraph_style(doc, "CT Meeting Details", size=10, after=2, align=centred)
    _paragraph_style(doc, "CT Symbol", size=10, after=2, align=centred)
    _paragraph_style(doc, "CT Date", size=10, after=2, align=centred)
    _paragraph_style(
        doc,
        "CT Classification",
        size=9,
        italic=True,
        before=6,
        after=12,
        align=centred,
        colour="595959",
    )
    _paragraph_style(doc, "CT Prepared By", size=9, after=12, align=centred, colour="595959")
    _paragraph_style(doc, "CT Heading", size=12, bold=True, before=12, after=6, keep_next=True)
    _paragraph_style(doc, "CT Summary", size=11, after=8)
    _paragraph_style(
        doc, "CT Document Heading", size=13, bold=True, before=18, after=4, keep_next=True
    )
    _paragraph_style(doc, "CT Document Details", size=10, italic=True, after=8, keep_next=True)
    _paragraph_style(
        doc, "CT Section Heading", size=11, bold=True, before=12, after=6, keep_next=True
    )
    # No keep-with-next here: the writer keeps each item's block together itself, so a list of
    # items never chains into one block that jumps whole to the next page.
    _paragraph_style(
        doc,
        "CT Item",
        size=11,
        after=3,
        indent=1.0,
        hanging=1.0,
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    # An item's further paragraphs (an article's paragraphs 2, 3 ...) in its text column.
    _paragraph_style(
        doc, "CT Item Text", size=11, after=3, indent=1.0, align=WD_ALIGN_PARAGRAPH.JUSTIFY
    )
    _paragraph_style(doc, "CT Stance", size=10, after=2, indent=1.0)
    _paragraph_style(doc, "CT Rationale", size=10, after=2, indent=1.0)
    _paragraph_style(doc, "CT Note", size=10, italic=True, after=2, indent=1.0, colour="404040")
    _paragraph_style(doc, "CT Amendment", size=10, after=10, indent=1.0)
    _paragraph_style(doc, "CT History", size=9, after=1, indent=1.5, colour="404040")
    _paragraph_style(doc, "CT Talking Point", size=11, after=4, indent=0.6, hanging=0.6)
    _paragraph_style(doc, "CT Table Heading", size=9, bold=True, after=0)
    _paragraph_style(doc, "CT Table Text", size=9, after=0)
    _paragraph_style(
        doc, "CT Header", size=8, after=0, align=WD_ALIGN_PARAGRAPH.RIGHT, colour="595959"
    )
    _paragraph_style(doc, "CT Footer", size=9, after=0, align=centred)
    _character_style(doc, "CT Label", bold=True)
    _character_style(doc, "CT Stance Support", bold=True, colour="1E6B30")
    _character_style(doc, "CT Stance Oppose", bold=True, colour="9B1C1C")
    _character_style(doc, "CT Stance Amend", bold=True, colour="8A5A00")
    _character_style(doc, "CT Stance Undecided", italic=True, colour="595959")
    _character_style(doc, "CT Field Name", italic=True)
    _character_style(doc, "CT Red Line", bold=True, colour="9B1C1C")
    _character_style(doc, "CT Priority", bold=True, colour="8A5A00")
    _table_style(doc, "CT Table")

    for style in doc.styles:  # Word's built-in styles too: every style covers every script
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _cover_every_script(style)
    # Empty: the writer adds the marking and the page numbers in the paper's language.
    section.header.paragraphs[0].style = doc.styles["CT Header"]
    section.footer.paragraphs[0].style = doc.styles["CT Footer"]
    # No author or other personal data in a template that every export starts from.
    props = doc.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.title = "CyberTrack paper"
    props.comments = ""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(OUT))


if __name__ == "__main__":
    build()
    print(f"wrote {OUT}")
