"""Build .docx files with Word automatic numbering, tracked changes and headers, in the test."""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.oxml import parse_xml

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class DocBuilder:
    def __init__(self) -> None:
        self.document = docx.Document()
        self._numbering = self.document.part.numbering_part.element
        self._next_abstract = 100
        self._next_num = 100

    def abstract(
        self, levels: list[tuple[str, str, int]], extra: dict[int, str] | None = None
    ) -> int:
        """Define an abstract list: one (numFmt, lvlText, start) per level, and `extra` XML
        for some levels ({1: '<w:isLgl/>'}). Returns its id."""
        abstract_id = self._next_abstract
        self._next_abstract += 1
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/>{(extra or {}).get(i, "")}'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text, start) in enumerate(levels)
        )
        element = parse_xml(
            f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'
        )
        first_num = self._numbering.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num"
        )
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self._numbering.append(element)
        return abstract_id

    def num(self, abstract_id: int, start_override: dict[int, int] | None = None) -> int:
        """A list instance of `abstract_id`, optionally restarting levels at given values."""
        num_id = self._next_num
        self._next_num += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
            for lvl, value in (start_override or {}).items()
        )
        self._numbering.append(
            parse_xml(
                f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f"{overrides}</w:num>"
            )
        )
        return num_id

    def para(
        self, text: str, num_id: int | None = None, ilvl: int = 0, style: str | None = None
    ) -> Any:
        paragraph = self.document.add_paragraph(text, style=style)
        if num_id is not None:
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(
                parse_xml(
                    f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
        return paragraph

    def styled_list(self, style_name: str, num_id: int) -> None:
        """Give a new paragraph style its own numbering, as UN templates do."""
        from docx.enum.style import WD_STYLE_TYPE

        style = self.document.styles.add_style(style_name, WD_STYLE_TYPE.PARAGRAPH)
        ppr = style.element.get_or_add_pPr()
        ppr.append(
            parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
        )

    def raw_paragraph(self, inner_xml: str) -> None:
        """A paragraph written as XML (tracked changes, fields, footnote references)."""
        body = self.document.element.body
        body.insert(len(body) - 1, parse_xml(f"<w:p {W_NS}>{inner_xml}</w:p>"))

    def raw_block(self, xml: str) -> None:
        """A body-level element written as XML (a content control, custom XML)."""
        body = self.document.element.body
        body.insert(len(body) - 1, parse_xml(xml))

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()
