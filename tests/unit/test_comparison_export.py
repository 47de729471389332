"""The comparison as a Word table and an Excel sheet."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from cybertrack.domain.errors import CyberTrackError
from cybertrack.exporters.comparison_table import (
    TABLE_STYLES,
    build_comparison_table,
)
from cybertrack.exporters.docx_writer import STANCE_STYLES
from cybertrack.services import Workspace
from cybertrack.services.comparison_export import export_comparison
from tests.unit import comparison_fixtures

two = comparison_fixtures.two  # the seed and its revision, linked (a fixture)

TEMPLATE = (
    Path(__file__).resolve().parents[2] / "resources" / "templates" / "cybertrack-default.docx"
)


def test_the_view_model_has_one_row_per_linked_group(two: Workspace) -> None:
    documents, rows = two.comparison.rows([1, 2])
    table = build_comparison_table(documents, rows)
    assert table.headings[-1] == "Changes"
    assert len(table.headings) == 3 and table.headings[0].endswith("(2020-07-27)")
    texts = {(c[0].text, c[1].text): changes for c, changes in table.rows}
    assert texts[("(4) Oppose", "(4) No position yet · text changed")] == "text changed"
    assert texts[("(8) No position yet", "—")] == "dropped"
    assert texts[("—", "(6) No position yet")] == "new"


def test_word_table(two: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "comparison.docx"
    assert export_comparison(two, [1, 2], out) == 40
    document = docx.Document(str(out))
    (table,) = document.tables
    assert table.style.name in TABLE_STYLES
    assert len(table.rows) == 41
    header = [c.text for c in table.rows[0].cells]
    assert header[2] == "Changes"
    fourth = [c.text for c in table.rows[4].cells]
    assert fourth == ["(4) Oppose", "(4) No position yet · text changed", "text changed"]
    runs = table.rows[4].cells[0].paragraphs[0].runs
    assert [r.style.name for r in runs] == ["CT Label", STANCE_STYLES[two.item(4).stance]]


def test_every_style_the_table_writer_uses_is_in_the_template() -> None:
    names = {s.name for s in docx.Document(str(TEMPLATE)).styles}
    assert any(style in names for style in TABLE_STYLES)
    assert {"CT Title", "CT Label", "CT Field Name", *STANCE_STYLES.values()} <= names


def test_excel_sheet(two: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "comparison.xlsx"
    export_comparison(two, [1, 2], out)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 41 and rows[0][-1] == "Changes"
    assert rows[4] == ("(4) Oppose", "(4) No position yet · text changed", "text changed")
    assert sheet.freeze_panes == "A2"


def test_other_file_types_are_refused(two: Workspace, tmp_path: Path) -> None:
    with pytest.raises(CyberTrackError, match=r"\.docx \(Word\) or \.xlsx"):
        export_comparison(two, [1, 2], tmp_path / "comparison.pdf")
    assert not (tmp_path / "comparison.pdf").exists()
