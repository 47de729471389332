"""The three Word products reopened with python-docx: structure, tracked changes, what leaks."""

import zipfile
from datetime import date

import docx
import pytest

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.domain.worddiff import word_diff
from cybertrack.exporters.product import ExportOptions, Kind, Order, Profile
from cybertrack.importers import parse_bytes
from cybertrack.services import Batch, ImportDocument, SetField, SetPriority, SetSetting, SetStance
from cybertrack.services.exports import build_product, export_product

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOTE = "Capital instruction 14/3: hold firm"
INITIALS = "MQZ"


@pytest.fixture
def stances(seeded):
    ids = [i.id for i in seeded.items()]
    text = seeded.items()[1].text
    amended = text.replace("join and, or use,", "use").replace("Budapest Convention and the ", "")
    seeded.apply(
        Batch(
            (
                SetSetting("delegation", "Delegation of Chile"),
                SetSetting("author_initials", INITIALS),
                SetStance((ids[0], *ids[2:7]), Stance.SUPPORT),
                SetStance((ids[8],), Stance.OPPOSE),
                SetPriority((ids[8],), Priority.RED_LINE),
                SetPriority((ids[4],), Priority.PRIORITY),
                SetField(ids[8], Field.NOTE, NOTE),
                SetField(ids[8], Field.RATIONALE, "Outside the mandate."),
                SetStance((ids[1],), Stance.AMEND),
                SetField(ids[1], Field.AMENDMENT, amended),
            )
        )
    )
    seeded.apply(SetStance((ids[8],), Stance.AMEND))
    seeded.apply(SetStance((ids[8],), Stance.OPPOSE))
    return seeded


def _export(ws, tmp_path, **options):
    out = tmp_path / f"{options.get('kind', Kind.POSITION_PAPER)}.docx"
    export_product(ws, out, ExportOptions(**options), issued=date(2026, 2, 3))
    return out


def _styles(path):
    return [p.style.name for p in docx.Document(str(path)).paragraphs]


def test_briefing_talking_points_put_red_lines_first(stances):
    note = build_product(stances, ExportOptions(kind=Kind.BRIEFING, profile=Profile.INTERNAL))
    (document,) = note.documents
    assert [p.text for p in document.points] == [
        "Red line: we oppose recommendation (9).",
        "Priority: we support recommendation (5).",
        "We support recommendations (1), (3), (4), (6) and (7).",
        "We propose amendments to recommendation (2).",
    ]
    # The text to table and the reasons to give, red lines first.
    assert [(i.label, i.rationale, bool(i.amendment)) for i in document.proposals] == [
        ("(9)", "Outside the mandate.", False),
        ("(2)", "", True),
    ]
    assert [i.label for i in document.noted] == ["(9)"]
    assert [i.label for i in document.undecided][:2] == ["(8)", "(10)"]
    assert note.title.prepared_by == f"Prepared by {INITIALS}"


def test_shareable_briefing_names_undecided_items_only_when_asked(stances):
    quiet = build_product(stances, ExportOptions(kind=Kind.BRIEFING))
    (document,) = quiet.documents
    assert document.undecided == () and document.still_open == ""
    assert document.noted == ()  # internal notes never leave
    asked = build_product(stances, ExportOptions(kind=Kind.BRIEFING, include_undecided=True))
    assert asked.documents[0].still_open == (
        "Still under consideration: recommendations (8) and (10)–(39)."
    )
    assert asked.documents[0].undecided == ()  # named, never given in full


def test_tracked_changes_one_per_changed_span(stances, tmp_path):
    out = _export(stances, tmp_path)
    body = docx.Document(str(out)).element.body
    (paragraph,) = [p for p in body.iter(f"{W}p") if p.find(f"{W}del") is not None]
    deletions = paragraph.findall(f"{W}del")
    insertions = paragraph.findall(f"{W}ins")
    # "join and, or use," -> "use": the word kept, its comma struck (a comma is a token).
    assert [d.findtext(f".//{W}delText") for d in deletions] == [
        "join and, or ",
        ",",
        "the Budapest Convention and ",
    ]
    assert insertions == []
    item = stances.items()[1]
    spans = [s for s in word_diff(item.text, item.amendment) if s.op != "equal"]
    assert len(deletions) + len(insertions) == len(spans) == 3
    ids = [e.get(f"{W}id") for e in (*deletions, *insertions)]
    assert len(set(ids)) == 3
    assert {e.get(f"{W}author") for e in (*deletions, *insertions)} == {"Delegation of Chile"}
    assert {e.get(f"{W}date") for e in deletions} == {"2026-02-03T12:00:00Z"}
    # The accepted view (every w:t, no w:delText) is the proposed wording.
    accepted = "".join(t.text for t in paragraph.iter(f"{W}t"))
    assert accepted.endswith(stances.items()[1].amendment)


def test_clean_option_writes_the_amendment_as_plain_text(stances, tmp_path):
    out = _export(stances, tmp_path, tracked_changes=False)
    document = docx.Document(str(out))
    assert not list(document.element.body.iter(f"{W}del"))
    amendment = next(p for p in document.paragraphs if p.style.name == "CT Amendment")
    assert amendment.text == "Proposed wording: " + stances.items()[1].amendment


def _xml_parts(path):
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n).decode("utf-8") for n in archive.namelist() if "xml" in n}


@pytest.mark.parametrize("kind", [Kind.POSITION_PAPER, Kind.BRIEFING])
def test_shareable_products_leak_nothing(stances, tmp_path, kind):
    out = _export(stances, tmp_path, kind=kind, profile=Profile.SHAREABLE)
    parts = _xml_parts(out)
    undecided = stances.items()[9].text
    for name, xml in parts.items():
        assert NOTE not in xml, name
        assert INITIALS not in xml, name
        assert "Prepared by" not in xml, name
        assert "Stance history" not in xml, name
        assert "Red line" not in xml, name
        assert "No position yet" not in xml, name
        assert undecided[:60] not in xml, name  # an undecided paragraph's text stays home
    assert not any("comments" in name or "people" in name for name in parts)
    props = docx.Document(str(out)).core_properties
    assert (props.author, props.last_modified_by) == ("Delegation of Chile",) * 2


def test_internal_briefing_and_dossier_carry_notes_and_history(stances, tmp_path):
    briefing = docx.Document(
        str(_export(stances, tmp_path, kind=Kind.BRIEFING, profile=Profile.INTERNAL))
    )
    assert any(NOTE in p.text for p in briefing.paragraphs)
    styles = [p.style.name for p in briefing.paragraphs]
    assert styles.count("CT Talking Point") == 4
    dossier_path = _export(stances, tmp_path, kind=Kind.DOSSIER, profile=Profile.INTERNAL)
    dossier = docx.Document(str(dossier_path))
    history = [p.text for p in dossier.paragraphs if p.style.name == "CT History"]
    assert any("Amend → Oppose" in line for line in history)
    assert any("none → Support" in line for line in history)
    assert any(p.style.name == "CT Note" and NOTE in p.text for p in dossier.paragraphs)


def test_every_style_used_in_any_product_is_defined_in_the_default_template(stances, tmp_path):
    from cybertrack.exporters.docx_template import ALL_STYLES

    used = set()
    for kind in Kind:
        out = _export(stances, tmp_path, kind=kind, profile=Profile.INTERNAL)
        document = docx.Document(str(out))
        root = document.element
        for tag in ("pStyle", "rStyle", "tblStyle"):
            used |= {e.get(f"{W}val") for e in root.iter(f"{W}{tag}")}
        for section in document.sections:
            for p in (*section.header.paragraphs, *section.footer.paragraphs):
                used.add(p.style.style_id)
        by_id = {s.style_id: s.name for s in document.styles}
    assert used <= set(by_id)
    assert {by_id[i] for i in used} - {"Normal"} <= set(ALL_STYLES) | {"CT Footer"}
    assert {"CT Talking Point", "CT History", "CT Red Line", "CT Table"} <= {by_id[i] for i in used}


def test_position_paper_structure_in_chosen_order(stances, tmp_path):
    out = _export(stances, tmp_path, order=Order.STANCE, language="es")
    document = docx.Document(str(out))
    styles = [p.style.name for p in document.paragraphs]
    assert styles[:7] == [
        "CT Delegation",
        "CT Title",
        "CT Meeting",
        "CT Meeting Details",
        "CT Date",
        "CT Classification",
        "CT Heading",
    ]
    headings = [p.text for p in document.paragraphs if p.style.name == "CT Section Heading"]
    assert headings == ["Apoyo", "Enmienda", "Oposición"]
    labels = [p.text.split("\t")[0] for p in document.paragraphs if p.style.name == "CT Item"]
    assert labels == ["(1)", "(3)", "(4)", "(5)", "(6)", "(7)", "(2)", "(9)"]
    assert document.paragraphs[1].text == "Documento de posición"


def test_own_template_missing_styles_fall_back_with_a_warning(stances, tmp_path):
    template = tmp_path / "ours.docx"
    mine = docx.Document()
    mine.core_properties.author = "Maria Quintero Zapata"
    boilerplate = mine.add_paragraph("Template boilerplate that must not survive")
    mine.add_comment(
        boilerplate.runs, text="secret remark", author="Maria Quintero Zapata", initials="MQZ"
    )
    mine.sections[0].header.paragraphs[0].text = "MINISTRY OF FOREIGN AFFAIRS"
    mine.save(str(template))
    out = tmp_path / "paper.docx"
    result = export_product(stances, out, ExportOptions(), template=template)
    assert any("'CT Item'" in str(w) for w in result.warnings)
    document = docx.Document(str(out))
    assert document.sections[0].header.paragraphs[0].text == "MINISTRY OF FOREIGN AFFAIRS"
    assert "Template boilerplate" not in "\n".join(p.text for p in document.paragraphs)
    for name, xml in _xml_parts(out).items():
        assert "Maria Quintero" not in xml, name
        assert "secret remark" not in xml, name
    assert {p.style.name for p in document.paragraphs} >= {"CT Item", "CT Title"}


def test_a_shareable_dossier_is_refused_with_one_clear_error(stances, tmp_path):
    with pytest.raises(CyberTrackError, match="the dossier is internal only"):
        _export(stances, tmp_path, kind=Kind.DOSSIER, profile=Profile.SHAREABLE)
    assert not list(tmp_path.glob("*.docx"))


def test_not_a_word_template_is_one_clear_error(stances, tmp_path):
    bad = tmp_path / "notes.docx"
    bad.write_text("not a zip")
    with pytest.raises(CyberTrackError, match="not a usable Word"):
        export_product(stances, tmp_path / "x.docx", ExportOptions(), template=bad)
    assert not (tmp_path / "x.docx").exists()


def test_arabic_items_run_right_to_left_and_chinese_survive(workspace, tmp_path):
    from cybertrack.importers import read_document
    from cybertrack.services import ImportDocument
    from tests.conftest import DATA

    workspace.apply(ImportDocument(read_document(DATA / "multiscript-report.txt")))
    items = workspace.items()
    workspace.apply(SetStance(tuple(i.id for i in items), Stance.SUPPORT))
    workspace.apply(SetStance((items[0].id,), Stance.AMEND))
    workspace.apply(
        SetField(items[0].id, Field.AMENDMENT, items[0].text.replace("الدول", "جميع الدول"))
    )
    out = tmp_path / "scripts.docx"
    export_product(workspace, out, ExportOptions(), issued=date(2026, 2, 3))
    document = docx.Document(str(out))
    item_paragraphs = [p for p in document.paragraphs if p.style.name == "CT Item"]
    arabic = [p for p in item_paragraphs if any("\u0600" <= c <= "\u06ff" for c in p.text)]
    chinese = [p for p in item_paragraphs if any("\u4e00" <= c <= "\u9fff" for c in p.text)]
    assert arabic and chinese
    for paragraph in arabic:
        assert paragraph._p.pPr.find(f"{W}bidi") is not None
        assert paragraph.runs[-1]._r.rPr.find(f"{W}rtl") is not None
    for paragraph in chinese:
        assert paragraph._p.pPr.find(f"{W}bidi") is None
    assert chinese[0].text.split("\t")[1] == items[1].text
    amendment = next(p for p in document.paragraphs if p.style.name == "CT Amendment")
    assert amendment._p.pPr.find(f"{W}bidi") is not None
    assert list(amendment._p.iter(f"{W}ins"))


def test_french_talking_points_and_priority_order_needs_internal(stances, tmp_path):
    note = build_product(
        stances, ExportOptions(kind=Kind.BRIEFING, profile=Profile.INTERNAL, language="fr")
    )
    assert note.documents[0].points[0].text == (
        "Ligne rouge\u00a0: nous nous opposons à la recommandation (9)."
    )
    with pytest.raises(CyberTrackError, match="internal profile"):
        build_product(stances, ExportOptions(order=Order.PRIORITY))


def test_a_cleared_stance_leaves_its_reason_and_wording_inside(stances, tmp_path):
    # A stance set on the wrong paragraph, then cleared: its reason and wording stay on the
    # item as a draft. A shareable paper listing undecided items shows it under
    # consideration, with neither; the internal dossier still shows the draft.
    target = stances.items()[12]
    wording = target.text.replace("States", "Member States", 1)
    stances.apply(
        Batch(
            (
                SetStance((target.id,), Stance.AMEND),
                SetField(target.id, Field.RATIONALE, "Drafted for another paragraph."),
                SetField(target.id, Field.AMENDMENT, wording),
            )
        )
    )
    stances.apply(SetStance((target.id,), None))
    shared = _xml_parts(_export(stances, tmp_path, include_undecided=True))["word/document.xml"]
    assert target.text[:60] in shared  # listed, under consideration
    assert "Drafted for another paragraph." not in shared
    assert "<w:ins " not in shared.split(target.text[:60])[1].split("</w:p>")[0]
    inside = _export(stances, tmp_path, kind=Kind.DOSSIER, profile=Profile.INTERNAL)
    assert "Drafted for another paragraph." in _xml_parts(inside)["word/document.xml"]


def test_proposed_wording_keeps_the_sub_paragraphs_laid_out_as_the_text(workspace, tmp_path):
    # S/RES/2601 (2021), paragraph 6 as a colleague amended it: the quoted text printed (a),
    # (b), (c) on lines of their own, the tracked wording ran them into one block.
    text = (
        "Decides to: (a) Strengthen the protection of schools; (b) Facilitate the "
        "continuation of education; (c) Report on progress made."
    )
    amended = text.replace("Facilitate", "Ensure")
    paragraphs = ["Resolution", "The Security Council,", "Recalling its resolutions,"]
    source = "\n\n".join([*paragraphs, f"1. {text}", "2. Decides to remain seized."])
    workspace.apply(ImportDocument(parse_bytes(source.encode(), "s-res.txt")))
    target = next(i for i in workspace.items() if i.number == "1")
    workspace.apply(
        Batch(
            (SetStance((target.id,), Stance.AMEND), SetField(target.id, Field.AMENDMENT, amended))
        )
    )
    body = docx.Document(str(_export(workspace, tmp_path))).element.body
    (paragraph,) = [p for p in body.iter(f"{W}p") if p.find(f"{W}ins") is not None]
    breaks = len(list(paragraph.iter(f"{W}br")))
    assert breaks == 3  # before (a), (b) and (c)
    accepted = "".join(
        "\n" if e.tag == f"{W}br" else (e.text or "")
        for e in paragraph.iter(f"{W}t", f"{W}br")
        if e.getparent().getparent().tag != f"{W}del"
    )
    assert accepted.endswith(
        "Decides to:\n(a) Strengthen the protection of schools;\n(b) Ensure the continuation "
        "of education;\n(c) Report on progress made."
    )
    deleted = [d.findtext(f".//{W}delText") for d in paragraph.iter(f"{W}del")]
    assert deleted == ["Facilitate"]  # one word, not the whole paragraph
