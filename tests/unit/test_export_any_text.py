"""Every exporter writes any string the workspace may hold: control characters (the soft line
break Word pastes, NUL, escape...), bidi marks, astral characters, lone combining marks, in
item texts, notes, reasons, amendments, titles, venues and the delegation's name."""

from datetime import date
from pathlib import Path

import docx
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cybertrack.domain.comparison import Cell, ComparisonRow
from cybertrack.domain.model import DocumentRow, HistoryRow, ItemRow
from cybertrack.domain.positions import Priority, Stance
from cybertrack.domain.text import clean_text
from cybertrack.exporters.briefing import build_briefing_note
from cybertrack.exporters.comparison_table import (
    build_comparison_table,
    write_comparison_docx,
    write_comparison_xlsx,
)
from cybertrack.exporters.docx_writer import write_product
from cybertrack.exporters.dossier import build_dossier
from cybertrack.exporters.position_paper import build_position_paper
from cybertrack.exporters.product import ExportOptions, Kind, Profile, Source
from cybertrack.exporters.stance_sheet import write_stance_sheet
from cybertrack.exporters.vocabulary import LANGUAGES

TEMPLATE = (
    Path(__file__).resolve().parents[2] / "resources" / "templates" / "cybertrack-default.docx"
)
# Anything SQLite can store (no lone surrogates), weighted towards what breaks documents.
hostile = st.sampled_from(
    [
        "\x0b",
        "\x00",
        "\x1b",
        "\x0c",
        "\r\n",
        "\u200f",
        "\u202e",
        "\u2066",
        "\ufeff",
        "\ufffe",
        "𝔘𝔑",
        "😀",
        "\u0301",
        "\t",
        "=",
        "@",
        "&",
        "<w:t>",
        "]]>",
        "\x85",
        "\u2028",
        "كل",
        "国家",
    ]
)
any_text = st.lists(
    hostile | st.text(st.characters(exclude_categories=("Cs",)), max_size=12), max_size=8
).map("".join)
languages = st.sampled_from(LANGUAGES)
stances = st.sampled_from([None, *Stance])


def _rows(texts, stance, language):
    title, note, amendment, rationale, venue, label = texts
    document = DocumentRow(
        id=1,
        symbol=label or None,
        title=title,
        body=venue or None,
        session=None,
        venue=venue or None,
        start_date="2020-07-27",
        end_date="2020-07-29",
        doc_date="2020-07-27",
        kind=None,
        agenda_item=None,
        source_name="x.txt",
        item_count=2,
    )
    items = [
        ItemRow(
            id=n,
            document_id=1,
            number=str(n),
            label=label or f"({n})",
            kind="recommendation",
            section=venue or None,
            text=title or "x",
            stance=stance if n == 1 else Stance.AMEND,
            note=note,
            amendment=amendment,
            position=n,
            rationale=rationale,
            priority=Priority.RED_LINE if n == 1 else Priority.NORMAL,
        )
        for n in (1, 2)
    ]
    return document, items


common = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@common
@given(st.tuples(*[any_text] * 6), stances, languages, any_text, st.booleans())
def test_every_word_product_writes_any_stored_text(
    tmp_path, texts, stance, language, delegation, tracked
):
    document, items = _rows(texts, stance, language)
    history = {1: [HistoryRow(1, None, stance, "2026-01-01T10:00:00")]}
    source = Source(document, items, history)
    builders = (
        (build_position_paper, Profile.SHAREABLE, Kind.POSITION_PAPER),
        (build_position_paper, Profile.INTERNAL, Kind.POSITION_PAPER),
        (build_briefing_note, Profile.SHAREABLE, Kind.BRIEFING),
        (build_briefing_note, Profile.INTERNAL, Kind.BRIEFING),
        (build_dossier, Profile.INTERNAL, Kind.DOSSIER),
    )
    for build, profile, kind in builders:
        options = ExportOptions(
            kind=kind,
            profile=profile,
            language=language,
            tracked_changes=tracked,
            include_undecided=True,
        )
        product = build(
            [source], options, delegation=delegation, issued=date(2026, 2, 3), initials=delegation
        )
        out = tmp_path / f"{kind}-{profile}.docx"
        write_product(product, out, template=TEMPLATE, default=TEMPLATE)
        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)  # it reopens
        if (title := clean_text(texts[0]).strip()) and kind is not Kind.BRIEFING:
            assert title.split("\n")[0].split("\t")[0] in text


@common
@given(st.tuples(*[any_text] * 6), stances, languages, any_text)
def test_the_stance_sheet_writes_any_stored_text_and_reads_it_back(
    tmp_path, texts, stance, language, delegation
):
    document, items = _rows(texts, stance, language)
    out = tmp_path / "sheet.xlsx"
    write_stance_sheet([(document, items)], out, language=language, delegation=delegation)
    values = [
        c for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for c in row
    ]
    note = clean_text(texts[1])
    if note.strip():
        assert note in values  # exactly, formulas and line breaks included


@common
@given(st.tuples(*[any_text] * 6), stances, languages, any_text)
def test_the_comparison_writes_any_stored_text(tmp_path, texts, stance, language, delegation):
    document, items = _rows(texts, stance, language)
    rows = [ComparisonRow((Cell((items[0],), True), None), frozenset())]
    table = build_comparison_table(
        [document, document], rows, language=language, delegation=delegation
    )
    write_comparison_docx(table, TEMPLATE, tmp_path / "comparison.docx")
    write_comparison_xlsx(table, tmp_path / "comparison.xlsx")
    assert docx.Document(str(tmp_path / "comparison.docx")).tables
    assert openpyxl.load_workbook(tmp_path / "comparison.xlsx").active.max_row > 2
