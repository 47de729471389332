"""The comparison as a Word table and an Excel sheet, as clean as the papers."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from cybertrack.domain.errors import CyberTrackError
from cybertrack.exporters.comparison_table import build_comparison_table
from cybertrack.exporters.docx_writer import STANCE_STYLES
from cybertrack.services import SetSetting, Workspace
from cybertrack.services.comparison_export import export_comparison
from tests.unit import comparison_fixtures

two = comparison_fixtures.two  # the seed and its revision, linked (a fixture)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ISSUED = date(2026, 3, 9)


def test_the_view_model_has_one_row_per_linked_group(two: Workspace) -> None:
    documents, rows = two.comparison.rows([1, 2])
    table = build_comparison_table(documents, rows, delegation="Delegation of Chile")
    first, second, last = table.headings
    assert first == "Draft report, addendum: International cooperation (27 July 2020)"
    assert second.endswith("(30 July 2020)") and last == "Changes"
    texts = {(c[0].text, c[1].text): changes for c, changes in table.rows}
    assert texts[("(4) Oppose", "(4) No position yet · text changed")] == "text changed"
    assert texts[("(8) No position yet", "—")] == "dropped"
    assert texts[("—", "(6) No position yet")] == "new"
    assert table.title.title == "Comparison of positions across versions"
    assert table.title.classification == "Internal – not for distribution"


def test_the_view_model_in_french(two: Workspace) -> None:
    documents, rows = two.comparison.rows([1, 2])
    table = build_comparison_table(documents, rows, language="fr")
    assert table.headings[0].endswith("(27 juillet 2020)")
    assert table.headings[-1] == "Modifications"
    texts = {(c[0].text, c[1].text): changes for c, changes in table.rows}
    assert texts[("(4) Opposition", "(4) Sans position · texte modifié")] == "texte modifié"
    assert table.title.place_and_dates == "Vienne, 27–29 juillet 2020"


def test_word_table_has_the_papers_title_block_marking_and_clean_file(
    two: Workspace, tmp_path: Path
) -> None:
    two.apply(SetSetting("delegation", "Delegation of Chile"))
    out = tmp_path / "comparison.docx"
    assert export_comparison(two, [1, 2], out, issued=ISSUED) == 40
    document = docx.Document(str(out))
    styles = [p.style.name for p in document.paragraphs]
    assert styles[:2] == ["CT Delegation", "CT Title"]
    assert document.paragraphs[1].text == "Comparison of positions across versions"
    assert "CT Classification" in styles and "CT Date" in styles
    (table,) = document.tables
    assert table.style.name == "CT Table"
    assert len(table.rows) == 41
    rows = table._tbl.findall(f"{W}tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None  # repeats on every page
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)  # never split
    fourth = [c.text for c in table.rows[4].cells]
    assert fourth == ["(4) Oppose", "(4) No position yet · text changed", "text changed"]
    runs = table.rows[4].cells[0].paragraphs[0].runs
    assert [r.style.name for r in runs] == ["CT Label", STANCE_STYLES[two.item(4).stance]]
    props = document.core_properties
    assert (props.author, props.last_modified_by) == ("Delegation of Chile",) * 2
    assert props.created.date() == ISSUED  # not python-docx's 2013 template date
    assert props.language == "en-GB"
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "Internal – not for distribution" in header
    footer = document.sections[0].footer._element.xml
    assert "NUMPAGES" in footer and "Page " in footer


def test_excel_sheet_has_the_title_block_and_print_marking(two: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "comparison.xlsx"
    export_comparison(two, [1, 2], out, language="es", issued=ISSUED)
    book = load_workbook(out)
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "Comparación de posiciones entre versiones"
    assert "Uso interno – no distribuir" in [r[0] for r in rows[:9]]
    header = next(i for i, r in enumerate(rows) if r[-1] == "Cambios")
    assert len(rows) - header - 1 == 40
    assert rows[header + 4] == (
        "(4) Oposición",
        "(4) Sin posición · texto modificado",
        "texto modificado",
    )
    assert sheet.freeze_panes == f"A{header + 2}"
    assert sheet.oddHeader.center.text == "Uso interno – no distribuir"
    assert sheet.oddFooter.center.text == "Página &P de &N"
    assert book.properties.created.date() == ISSUED
    assert book.properties.creator != "openpyxl"


def test_other_file_types_are_refused(two: Workspace, tmp_path: Path) -> None:
    with pytest.raises(CyberTrackError, match=r"\.docx \(Word\) or \.xlsx"):
        export_comparison(two, [1, 2], tmp_path / "comparison.pdf")
    assert not (tmp_path / "comparison.pdf").exists()


def test_no_personal_part_in_either_file(two: Workspace, tmp_path: Path) -> None:
    for name in ("comparison.docx", "comparison.xlsx"):
        export_comparison(two, [1, 2], tmp_path / name)
        with zipfile.ZipFile(tmp_path / name) as archive:
            names = archive.namelist()
        assert not any("comments" in n or "custom" in n or "people" in n for n in names), name
