"""What a printer sees: rows that never split, repeated header rows, blocks kept together but
never chained, the marking and "Page N of M" on every page whatever the template, the first
page its own, right-to-left Arabic, French typography, templates (.dotx) and versions."""

import base64
import io
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest

from cybertrack.domain.positions import Field, Stance
from cybertrack.exporters.product import ExportOptions, Kind, Profile
from cybertrack.services import Batch, SetField, SetSetting, SetStance
from cybertrack.services.exports import export_product
from tests.unit import comparison_fixtures

two = comparison_fixtures.two  # the seed (1) and its revision (2), linked
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# A 1x1 white PNG: a letterhead picture.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"
)


@pytest.fixture
def decided(seeded):
    ids = [i.id for i in seeded.items()]
    text = seeded.items()[1].text
    seeded.apply(
        Batch(
            (
                SetSetting("delegation", "Delegation of Chile"),
                SetStance(tuple(ids), Stance.SUPPORT),
                SetStance((ids[1],), Stance.AMEND),
                SetField(ids[1], Field.AMENDMENT, text.replace("should also", "may")),
                SetField(ids[1], Field.RATIONALE, "Clearer."),
                SetField(ids[3], Field.NOTE, "Capital agrees."),
            )
        )
    )
    return seeded


def _export(ws, tmp_path, name="paper.docx", **options):
    out = tmp_path / name
    result = export_product(ws, out, ExportOptions(**options), issued=date(2026, 2, 3), **{})
    return out, result


def _body(path):
    return docx.Document(str(path)).element.body


def _keeps(paragraph):
    keep = paragraph.find(f"{W}pPr/{W}keepNext")
    return keep is not None and keep.get(f"{W}val") != "0"


def test_rows_never_split_and_the_header_row_repeats(decided, tmp_path):
    out, _ = _export(decided, tmp_path)
    (table,) = _body(out).iter(f"{W}tbl")
    rows = table.findall(f"{W}tr")
    assert len(rows) == 40
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)


@pytest.mark.parametrize("kind", list(Kind))
def test_keep_with_next_never_crosses_from_one_item_to_the_next(decided, tmp_path, kind):
    out, _ = _export(decided, tmp_path, kind=kind, profile=Profile.INTERNAL)
    paragraphs = list(_body(out).iter(f"{W}p"))
    styles = [p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in paragraphs]
    for index, paragraph in enumerate(paragraphs[:-1]):
        if styles[index + 1] == "CTItem":  # the next item's first line starts a new block
            assert not _keeps(paragraph), (kind, index, styles[index])
    items = [p for p, s in zip(paragraphs, styles, strict=True) if s == "CTItem"]
    # Every item paragraph says explicitly whether it keeps with the next: a template whose
    # CT Item style keeps with next cannot chain a list into one block.
    assert all(p.find(f"{W}pPr/{W}keepNext") is not None for p in items)


def test_the_dossier_keeps_the_stance_history_with_its_item(decided, tmp_path):
    out, _ = _export(decided, tmp_path, kind=Kind.DOSSIER, profile=Profile.INTERNAL)
    paragraphs = list(_body(out).iter(f"{W}p"))
    for index, paragraph in enumerate(paragraphs):
        style = paragraph.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
        if style == "CTHistory":
            text = "".join(t.text for t in paragraph.iter(f"{W}t"))
            assert text.startswith("Stance history:")
            assert paragraph.find(f"{W}pPr/{W}keepLines") is not None  # never split
            before = paragraphs[index - 1]
            assert before.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "CTStance"
            assert _keeps(before)  # the stance line keeps with its history


def test_marking_and_page_numbers_on_every_page_with_a_first_page_of_its_own(decided, tmp_path):
    out, _ = _export(decided, tmp_path, language="fr")
    section = docx.Document(str(out)).sections[0]
    assert section.different_first_page_header_footer
    first = [p.text for p in section.first_page_header.paragraphs]
    later = [p.text for p in section.header.paragraphs]
    assert first == ["Pour communication aux autres délégations"]
    assert later == [
        "Delegation of Chile · Document de position · Pour communication aux autres délégations"
    ]
    for footer in (section.footer, section.first_page_footer):
        xml = footer._element.xml
        assert 'w:instr=" PAGE "' in xml and 'w:instr=" NUMPAGES "' in xml
        assert "Page " in xml and " sur " in xml


def _letterhead_template(path, *, first_page=False):
    template = docx.Document()
    section = template.sections[0]
    header = section.first_page_header if first_page else section.header
    section.different_first_page_header_footer = first_page
    paragraph = header.paragraphs[0]
    paragraph.text = "MINISTRY OF FOREIGN AFFAIRS"
    paragraph.add_run().add_picture(io.BytesIO(PIXEL))
    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    field = docx.oxml.OxmlElement("w:fldSimple")
    field.set(docx.oxml.ns.qn("w:instr"), " PAGE ")
    footer._p.append(field)
    template.save(str(path))


def test_a_letterhead_template_keeps_its_letterhead_and_gets_the_marking(decided, tmp_path):
    template = tmp_path / "letterhead.docx"
    _letterhead_template(template)
    out = tmp_path / "paper.docx"
    export_product(decided, out, ExportOptions(), template=template, issued=date(2026, 2, 3))
    document = docx.Document(str(out))
    section = document.sections[0]
    for header in (section.first_page_header, section.header):
        texts = [p.text for p in header.paragraphs]
        assert texts[0] == "MINISTRY OF FOREIGN AFFAIRS"
        assert texts[-1].endswith("For distribution to other delegations")
        (blip,) = header._element.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
        )
        assert blip.get(f"{R}embed") in header.part.rels  # the picture came with it
    # The template's own page number line is replaced by ours, not doubled.
    footer = section.footer._element.xml
    assert footer.count('w:instr=" PAGE "') == 1 and "NUMPAGES" in footer


def test_a_dotx_template_is_accepted(decided, tmp_path):
    source = tmp_path / "source.docx"
    _letterhead_template(source, first_page=True)
    template = tmp_path / "ministry.dotx"
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(template, "w") as out:
        for entry in archive.infolist():
            data = archive.read(entry)
            if entry.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            out.writestr(entry, data)
    paper = tmp_path / "paper.docx"
    export_product(decided, paper, ExportOptions(), template=template, issued=date(2026, 2, 3))
    document = docx.Document(str(paper))  # a real .docx again
    section = document.sections[0]
    assert next(p.text for p in section.first_page_header.paragraphs) == (
        "MINISTRY OF FOREIGN AFFAIRS"
    )
    with zipfile.ZipFile(paper) as archive:
        assert b"template.main+xml" not in archive.read("[Content_Types].xml")


def test_an_arabic_paper_runs_right_to_left_throughout(decided, tmp_path):
    out, _ = _export(decided, tmp_path, language="ar")
    body = _body(out)
    for table in body.iter(f"{W}tbl"):
        assert table.find(f"{W}tblPr/{W}bidiVisual") is not None
    assert body.find(f"{W}sectPr/{W}bidi") is not None
    for paragraph in body.iter(f"{W}p"):
        text = "".join(t.text for t in paragraph.iter(f"{W}t"))
        style = paragraph.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
        content = ("CTItem", "CTItemText", "CTAmendment", "CTStance", "CTRationale", "CTNote")
        content = (*content, "CTTableText")
        if style in (*content, "CTDelegation", "CTDocumentHeading", "CTSectionHeading"):
            continue  # English texts of the document run in their own direction
        assert paragraph.find(f"{W}pPr/{W}bidi") is not None, text
    stance_lines = [
        p for p in body.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "CTStance"
    ]
    # A stance line holds the paper's words ("الموقف: تأييد"): right to left, as the paper
    # runs, though the item it follows is English (before, set left to right beside it).
    assert stance_lines
    assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in stance_lines)
    # Labels and English cells keep their stops in place ("2." not ".2"): held by marks.
    cells = ["".join(t.text for t in tc.iter(f"{W}t")) for tc in body.iter(f"{W}tc")]
    numbered = [c for c in cells if c.strip("\u200e")[:1] in "(0123456789"]
    assert numbered  # the seed's "(1)", "(2)", ...
    assert all(c.startswith("\u200e(") and c.endswith(")\u200e") for c in numbered)
    document = docx.Document(str(out))
    assert document.core_properties.language == "ar-SA"


def test_french_fixed_words_have_french_spaces(decided, tmp_path):
    item = decided.items()[1]
    decided.apply(SetField(item.id, Field.RATIONALE, "Voir « l'article 5 » : trop large ?"))
    out, _ = _export(decided, tmp_path, language="fr")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Position\u00a0: Appui" in texts
    # The delegation's own reason takes French typography too; the negotiated text never does.
    assert "Motif\u00a0: Voir «\u202fl'article 5\u202f»\u00a0: trop large\u202f?" in texts
    assert any(t.startswith("Libellé proposé\u00a0: ") for t in texts)
    assert any(t.startswith("39 recommandations\u00a0: appui 38") for t in texts)


def test_an_amendment_identical_to_the_text_is_warned_about_and_not_printed(decided, tmp_path):
    item = decided.items()[5]
    decided.apply(SetStance((item.id,), Stance.AMEND))
    # The desk no longer stores such wording; a workspace of an earlier version may hold it.
    database = decided._store.database
    database.execute(
        "UPDATE positions SET amendment = ? WHERE item_id = ?",
        [item.text.replace(" ", "  "), item.id],
    )
    out, result = _export(decided, tmp_path)
    warnings = [str(w) for w in result.warnings]
    assert warnings == [
        "Draft report, addendum: International cooperation (6): the proposed wording is the "
        "same as the text, so the paper shows no proposed wording for it"
    ]
    amendments = [
        p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "CT Amendment"
    ]
    assert len(amendments) == 1  # only (2)'s real proposal


def test_the_latest_version_is_exported_unless_another_is_chosen(two, tmp_path):
    ids = [i.id for i in two.items(2)]
    two.apply(SetStance(tuple(ids), Stance.SUPPORT))
    out, result = _export(two, tmp_path, profile=Profile.INTERNAL)
    assert result.documents == 1 and result.items == len(ids)  # never both versions merged
    headings = [
        p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "CT Document Heading"
    ]
    assert headings == [two.document(2).title]
    earlier = tmp_path / "earlier.docx"
    export_product(two, earlier, ExportOptions(profile=Profile.INTERNAL), document_ids=[1])
    headings = [
        p.text
        for p in docx.Document(str(earlier)).paragraphs
        if p.style.name == "CT Document Heading"
    ]
    assert headings == [two.document(1).title]


def test_a_label_on_its_own_line_keeps_with_its_long_text(tmp_path):
    # "Article 4" is too wide for the hanging indent and stands on its own line: at a page's
    # foot it was left alone, its text on the next page.
    from cybertrack.exporters.docx_blocks import Writer, item_paragraphs, keep_together
    from cybertrack.exporters.docx_template import open_template
    from cybertrack.exporters.vocabulary import Vocabulary

    template = Path(__file__).parents[2] / "resources" / "templates" / "cybertrack-default.docx"
    document, _ = open_template(template, template)
    writer = Writer(document, Vocabulary("en"), "Delegation", date(2026, 2, 3))
    long_text = "The States Parties undertake to act. " * 40
    block = item_paragraphs(writer, "Article 4", long_text)
    assert len(block) == 2  # the label alone, then its text
    keep_together(block)
    label, text = block
    assert _keeps(label._p)
    assert not _keeps(text._p)  # a long paragraph keeps with nothing, and may break


def test_a_section_heading_that_repeats_the_documents_title_is_left_out(workspace, tmp_path):
    # "Resolution: Countering the use of ..." then "75/282. Countering the use of ...": the
    # same title twice in a row, over the paper's first paragraph.
    from cybertrack.importers import read_document
    from cybertrack.services import ImportDocument
    from tests.conftest import DATA

    workspace.apply(ImportDocument(read_document(DATA / "A_RES_75_282.pdftotext.txt")))
    first = workspace.items()[0]
    workspace.apply(SetStance((first.id,), Stance.SUPPORT))
    out, _ = _export(workspace, tmp_path)
    paragraphs = docx.Document(str(out)).paragraphs
    styles = {p.style.name: [] for p in paragraphs}
    for p in paragraphs:
        styles[p.style.name].append(p.text)
    title = "Resolution: Countering the use of information and communications technologies"
    assert styles["CT Document Heading"][0].startswith(title)
    assert not any("Countering" in text for text in styles.get("CT Section Heading", []))


def test_a_repeated_title_is_known_after_any_languages_colon():
    from cybertrack.exporters.docx_blocks import repeats_title

    heading = "77/107. Status of the Protocols Additional"
    for title in (
        "Resolution: Status of the Protocols Additional",
        "Résolution : Status of the Protocols Additional",
        "决议：Status of the Protocols Additional",  # the Chinese paper printed it twice
    ):
        assert repeats_title(heading, title)
    assert not repeats_title("Annex: Status of the Protocols Additional", title)
