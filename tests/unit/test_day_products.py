"""The report to capital and the status table: their data first, then the Word files."""

from datetime import date, datetime, timedelta, timezone

import docx
import pytest

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.positions import Field, Instruction, RoomStatus, Stance
from cybertrack.domain.times import utc_stamp
from cybertrack.exporters.capital_report import build_capital_report
from cybertrack.exporters.docx_template import ALL_STYLES
from cybertrack.exporters.negotiation_words import _WORDS
from cybertrack.exporters.product import ExportOptions, Profile
from cybertrack.exporters.status_table import build_status_table
from cybertrack.importers import read_document
from cybertrack.services import (
    AddDelegations,
    ImportDocument,
    MakeProposal,
    SetField,
    SetInstruction,
    SetRoomStatus,
    SetStance,
)
from cybertrack.services.day_exports import (
    gather_day_sources,
    prepare_capital_report,
    prepare_status_table,
)
from tests.conftest import DATA

GENEVA = timezone(timedelta(hours=1))
DAY = date(2026, 11, 27)
INTERNAL = ExportOptions(profile=Profile.INTERNAL)
SHAREABLE = ExportOptions(profile=Profile.SHAREABLE)


def at(hour, minute=0, day=27):
    return datetime(2026, 11, day, hour, minute, tzinfo=GENEVA)


@pytest.fixture
def day(seeded):
    """27 November in the room: (3) agreed the day before; (5) pending -> ad ref; (6) bracketed
    with two proposals; (7) a deviation; (8) in informals."""
    ws = seeded
    n = {k: ws.resolve_item(f"1:{k}") for k in ("3", "5", "6", "7", "8")}
    ws.apply(AddDelegations((("India", False), ("Brazil", False), ("Norway", False))))
    india, brazil, norway = (ws.negotiation.delegation_id(x) for x in ("India", "Brazil", "Norway"))
    ws.apply(SetRoomStatus((n["3"],), RoomStatus.AGREED, at(17, day=26)))
    ws.apply(SetRoomStatus((n["5"],), RoomStatus.PENDING, at(10, day=26)))
    ws.apply(SetRoomStatus((n["5"],), RoomStatus.AD_REF, at(17, 30), "subject to capital"))
    ws.apply(SetRoomStatus((n["6"],), RoomStatus.BRACKETED, at(11), "EU reserves"))
    ws.apply(SetRoomStatus((n["8"],), RoomStatus.INFORMALS, at(12)))
    ws.apply(SetInstruction((n["7"],), Instruction.SUPPORT))
    ws.apply(SetField(n["7"], Field.FALLBACK, "States may consider such protocols"))
    ws.apply(SetField(n["7"], Field.INSTRUCTION_NOTE, "The minister is keen"))
    ws.apply(SetStance((n["7"],), Stance.OPPOSE))
    ws.apply(SetInstruction((n["5"],), Instruction.AMEND))
    ws.apply(
        MakeProposal(
            n["6"],
            india,
            "States should restrict access to critical infrastructure.",
            (brazil,),
            (norway,),
            at(15),
        )
    )
    ws.apply(
        MakeProposal(n["6"], brazil, "A new paragraph on capacity.", (india,), (), at(16), True)
    )
    ws.apply(MakeProposal(n["8"], norway, "Earlier text.", made_at=at(16, day=26)))  # not that day
    return ws


def _report(ws, options=INTERNAL):
    return build_capital_report(
        gather_day_sources(ws, [1]), options, day=DAY, delegation="Ruritania", zone=GENEVA
    )


def test_the_report_puts_deviations_first_then_moves_proposals_and_what_is_open(day):
    report = _report(day)
    (document,) = report.documents
    (deviation,) = document.deviations
    assert (deviation.label, deviation.instruction, deviation.stance) == (
        "(7)",
        Instruction.SUPPORT,
        Stance.OPPOSE,
    )
    assert (deviation.fallback, deviation.note) == (
        "States may consider such protocols",
        "The minister is keen",
    )
    moved = {m.label: m for m in document.moved}
    assert set(moved) == {"(5)", "(6)", "(8)"}  # (3) moved the day before
    assert moved["(5)"].path == (RoomStatus.PENDING, RoomStatus.AD_REF)
    assert (moved["(5)"].as_of, moved["(5)"].note) == ("17:30", "subject to capital")
    assert moved["(5)"].instruction is Instruction.AMEND
    assert moved["(6)"].path == (None, RoomStatus.BRACKETED)
    assert [(p.label, p.by, p.supported_by, p.opposed_by, p.time) for p in document.proposals] == [
        ("(6)", "India", ("Brazil",), ("Norway",), "15:00"),
        ("(6 bis)", "Brazil", ("India",), (), "16:00"),
    ]
    assert document.proposals[0].original.startswith("States should continue strengthening")
    assert document.proposals[1].original == ""  # a new paragraph: all of it is inserted
    assert [(o.label, o.status) for o in document.still_open] == [
        ("(6)", RoomStatus.BRACKETED),
        ("(8)", RoomStatus.INFORMALS),
    ]
    assert document.not_taken_up == "recommendations (1), (2), (4), (7) and (9)–(39)"
    assert report.summary == (
        "Changes of status: 3 · proposals: 2 · deviations from instructions: 1 · still open: 2"
    )
    assert report.title.title == "Report to capital"
    assert report.title.classification == "Internal – not for distribution"


def test_a_quiet_day_reports_nothing_moved(day):
    report = build_capital_report(
        gather_day_sources(day, [1]), INTERNAL, day=date(2026, 11, 20), delegation="R", zone=GENEVA
    )
    (document,) = report.documents
    assert (document.moved, document.proposals) == ((), ())
    assert len(document.deviations) == 1  # a deviation stands whatever the day


def test_the_report_is_internal_only(day, tmp_path):
    with pytest.raises(CyberTrackError, match="internal only"):
        _report(day, SHAREABLE)
    with pytest.raises(CyberTrackError, match="internal only"):
        prepare_capital_report(day, tmp_path / "r.docx", DAY, options=SHAREABLE)
    assert not (tmp_path / "r.docx").exists()


def test_the_status_table_is_the_room_as_of_a_moment(day):
    sources = gather_day_sources(day, [1])
    noon = build_status_table(
        sources, SHAREABLE, as_of=utc_stamp(at(12)), delegation="R", zone=GENEVA
    )
    (document,) = noon.documents
    rows = {r.label: r for r in document.rows}
    assert rows["(5)"].status is RoomStatus.PENDING  # ad ref only at 17:30
    assert rows["(5)"].as_of == "26 November 2026, 10:00"
    assert rows["(6)"].status is RoomStatus.BRACKETED
    assert rows["(6)"].note == ""  # shareable: no room notes
    assert rows["(1)"].status is None and rows["(1)"].as_of == ""
    assert noon.as_of == "As of 27 November 2026, 12:00"
    assert document.unit == "Recommendation"  # the first column names the items as they are
    assert document.counts == (
        "Agreed: 1 · Pending: 1 · In informals: 1 · Bracketed: 1 · Not yet discussed: 35"
    )
    evening = build_status_table(
        sources, INTERNAL, as_of=utc_stamp(at(18)), delegation="R", zone=GENEVA
    )
    rows = {r.label: r for r in evening.documents[0].rows}
    assert rows["(5)"].status is RoomStatus.AD_REF
    assert rows["(6)"].note == "EU reserves"  # internal: the room notes


def test_every_language_has_every_word():
    keys = set(_WORDS["en"])
    assert all(set(words) == keys for words in _WORDS.values())


def _docx_text(path):
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts), document


def test_the_report_file_uses_template_styles_and_the_sponsor_authors_its_changes(day, tmp_path):
    out = tmp_path / "report.docx"
    prepare_capital_report(day, out, DAY, document_ids=[1], zone=GENEVA).run()
    text, document = _docx_text(out)
    for expected in (
        "Report to capital",
        "Negotiations of 27 November 2026",
        "Deviations from instructions",
        "Fallback wording: States may consider such protocols",
        "Pending → Agreed ad ref.",
        "(6 bis)",
        "Supported by: Brazil",
        "Opposed by: Norway",
        "Not yet taken up in the room: recommendations (1), (2), (4), (7) and (9)–(39).",
    ):
        assert expected in text, expected
    used = {p.style.name for p in document.paragraphs}
    assert used <= set(ALL_STYLES)
    body = document.element.body.xml
    assert 'w:author="India"' in body and 'w:author="Brazil"' in body
    assert document.core_properties.author == "Delegation"  # the delegation, nobody personal
    assert {table.rows[0].cells[0].text for table in document.tables} == {"Recommendation"}


def test_the_shareable_status_table_carries_no_instruction_or_note(day, tmp_path):
    out = tmp_path / "status.docx"
    prepare_status_table(day, out, at(18), document_ids=[1], zone=GENEVA).run()
    text, _ = _docx_text(out)
    assert "Status of negotiations" in text and "As of 27 November 2026, 18:00" in text
    assert "Agreed ad ref." in text
    for secret in ("subject to capital", "EU reserves", "minister", "States may consider", "India"):
        assert secret not in text
    internal = tmp_path / "status-internal.docx"
    prepare_status_table(day, internal, at(18), options=INTERNAL, zone=GENEVA).run()
    assert "subject to capital" in _docx_text(internal)[0]


def test_the_status_table_in_french(day, tmp_path):
    out = tmp_path / "statut.docx"
    options = ExportOptions(profile=Profile.SHAREABLE, language="fr")
    prepare_status_table(day, out, at(18), options=options, zone=GENEVA).run()
    text, _ = _docx_text(out)
    assert "État des négociations" in text and "Situation au 27 novembre 2026, 18:00" in text
    assert "Adopté ad referendum" in text and "Entre crochets" in text
    assert docx.Document(str(out)).tables[0].rows[0].cells[0].text == "Recommandation"


def test_a_status_table_in_the_future_or_a_wrong_name_is_refused(day, tmp_path):
    with pytest.raises(CyberTrackError, match="is in the future"):
        prepare_status_table(day, tmp_path / "s.docx", at(9, day=30))
    with pytest.raises(CyberTrackError, match=r"name it \.docx"):
        prepare_status_table(day, tmp_path / "s.pdf", at(9))
    assert not (tmp_path / "s.docx").exists() and not (tmp_path / "s.pdf").exists()


def test_the_report_in_arabic_reads_right_to_left(day, tmp_path):
    out = tmp_path / "rapport.docx"
    options = ExportOptions(profile=Profile.INTERNAL, language="ar")
    prepare_capital_report(day, out, DAY, options=options, document_ids=[1], zone=GENEVA).run()
    text, document = _docx_text(out)
    assert "تقرير إلى العاصمة" in text
    assert "معلّق ← متفق عليه بشرط الاستشارة" in text  # the arrow points the way it is read
    assert document.element.body.find(".//{*}bidiVisual") is not None  # tables mirrored


def test_the_report_and_the_table_tell_a_label_from_the_same_label_in_an_annex(workspace):
    # A/RES/79/243: PP1-PP5 and paragraphs 1-12 of the resolution, PP1-PP15 and articles of
    # the annexed convention, paragraphs 1-5 of the annexed interpretative notes.
    workspace.apply(ImportDocument(read_document(DATA / "A_RES_79_243.pdf")))
    first = [i for i in workspace.items() if i.label == "PP1"]
    workspace.apply(SetRoomStatus((first[0].id, first[1].id), RoomStatus.BRACKETED, at(11)))
    (document,) = _report(workspace).documents
    convention = "Annex United Nations Convention against …"
    assert [m.label for m in document.moved] == ["PP1", f"PP1 ({convention})"]
    assert document.not_taken_up == (
        "preambular paragraphs 2–5, operative paragraphs 1–12, preambular paragraphs"
        f" 2–15 ({convention}), articles 1–68 and paragraphs 1–5 (Annex Interpretative"
        " notes on specific …)"
    )
    table = build_status_table(
        gather_day_sources(workspace, [1]),
        SHAREABLE,
        as_of=utc_stamp(at(12)),
        delegation="Ruritania",
        zone=GENEVA,
    )
    labels = [row.label for row in table.documents[0].rows]
    assert labels[:6] == ["PP1", "PP2", "PP3", "PP4", "PP5", "1."]
    assert labels[17] == f"PP1 ({convention})" and labels[32] == "Article 1"


def test_the_report_to_capital_names_no_unit_in_its_fixed_words():
    # A treaty's articles, the Staff Regulations' regulations and rules: "No paragraph changed
    # status" was wrong for them. The lines that count or sum up say no unit at all.
    paragraph = {"en": "paragraph", "fr": "paragraphe", "es": "párrafo", "ar": "فقرة"}
    paragraph |= {"ru": "пункт", "zh": "段"}
    for language, words in _WORDS.items():
        for key in ("summary_line", "no_deviations", "no_moves", "still_open", "nothing_open"):
            assert paragraph[language] not in words[key].lower(), (language, key)


def test_what_is_still_open_since_an_earlier_day_says_that_day(day):
    # "Still open: (9) In informals 11:00" in the report on the 27th, for a status of the
    # 26th at 11:00: read as later than the day's own entries.
    nine = day.resolve_item("1:9")
    day.apply(SetRoomStatus((nine,), RoomStatus.INFORMALS, at(11, day=26)))
    (document,) = _report(day).documents
    when = {o.label: o.as_of for o in document.still_open}
    assert when["(9)"] == "26 November 2026, 11:00"
    assert when["(8)"] == "12:00"  # the day's own: its time alone
