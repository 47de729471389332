"""The position paper: data first, then the Word file built from the template."""

from datetime import date
from importlib.resources import as_file, files

import docx

from cybertrack.domain.model import Stance
from cybertrack.exporters.docx_writer import CHARACTER_STYLES, PARAGRAPH_STYLES
from cybertrack.exporters.position_paper import build_position_paper, format_dates
from cybertrack.services import Batch, EditNote, SetAmendment, SetStance
from cybertrack.services.exports import DEFAULT_TEMPLATE, export_position_paper


def test_every_style_the_writer_uses_is_in_the_template():
    with as_file(files("cybertrack.resources").joinpath(DEFAULT_TEMPLATE)) as path:
        names = {s.name for s in docx.Document(str(path)).styles}
    assert set(PARAGRAPH_STYLES) <= names
    assert set(CHARACTER_STYLES) <= names


def test_view_model_counts_and_groups(seeded):
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance(tuple(ids[:2]), Stance.SUPPORT))
    seeded.apply(SetStance((ids[2],), Stance.OPPOSE))
    row = seeded.documents()[0]
    paper = build_position_paper(
        [(row, seeded.items(row.id))], delegation="Delegation of Norway", issued=date(2026, 1, 5)
    )
    assert (paper.summary.support, paper.summary.oppose, paper.summary.undecided) == (2, 1, 36)
    (document,) = paper.documents
    assert document.place_and_dates == "Vienna, 27–29 July 2020"
    assert [s.heading for s in document.sections] == ["A. International cooperation"]
    assert [i.label for i in document.sections[0].items][:3] == ["(1)", "(2)", "(3)"]


def test_dates_in_the_un_form():
    assert format_dates("2020-07-27", "2020-07-29") == "27–29 July 2020"
    assert format_dates("2022-03-30", "2022-04-01") == "30 March–1 April 2022"
    assert format_dates("2021-12-30", "2022-01-02") == "30 December 2021–2 January 2022"
    assert format_dates("2020-07-27", None) == "27 July 2020"
    assert format_dates(None, None) is None


def test_exported_docx_reopens_with_every_item(seeded, tmp_path):
    items = seeded.items()
    seeded.apply(
        Batch(
            (
                SetStance((items[1].id,), Stance.AMEND),
                EditNote(items[1].id, "Keep Budapest out"),
                SetAmendment(items[1].id, "States are encouraged to use existing treaties."),
            )
        )
    )
    out = tmp_path / "paper.docx"
    assert export_position_paper(seeded, out, delegation="Delegation of Chile") == 39
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    for item in items:
        assert item.text in text
    item_paragraphs = [p for p in document.paragraphs if p.style.name == "CT Item"]
    assert [p.text.split("\t")[0] for p in item_paragraphs] == [i.label for i in items]
    assert "Position: Amend" in text
    assert "Proposed wording: States are encouraged to use existing treaties." in text
    assert document.core_properties.author == "Delegation of Chile"
    assert document.paragraphs[0].style.name == "CT Delegation"
