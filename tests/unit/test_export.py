"""The position paper: data first, then the Word file built from the template."""

from datetime import date
from importlib.resources import as_file, files

import docx

from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.exporters.docx_template import ALL_STYLES, CHARACTER_STYLES, PARAGRAPH_STYLES
from cybertrack.exporters.position_paper import build_position_paper
from cybertrack.exporters.product import ExportOptions, Order, Profile, Source
from cybertrack.exporters.vocabulary import Vocabulary
from cybertrack.services import Batch, SetField, SetPriority, SetStance
from cybertrack.services.exports import DEFAULT_TEMPLATE, export_position_paper


def test_every_style_the_writers_use_is_in_the_template():
    with as_file(files("cybertrack.resources").joinpath(DEFAULT_TEMPLATE)) as path:
        styles = docx.Document(str(path)).styles
    names = {s.name for s in styles}
    assert set(ALL_STYLES) <= names
    assert {styles[n].type for n in PARAGRAPH_STYLES} == {1}  # WD_STYLE_TYPE.PARAGRAPH
    assert {styles[n].type for n in CHARACTER_STYLES} == {2}  # WD_STYLE_TYPE.CHARACTER


def _paper(ws, order=Order.DOCUMENT, language="en", profile=Profile.SHAREABLE):
    row = ws.documents()[0]
    return build_position_paper(
        [Source(row, ws.items(row.id))],
        ExportOptions(order=order, language=language, profile=profile),
        delegation="Delegation of Norway",
        issued=date(2026, 1, 5),
    )


def test_view_model_counts_and_groups(seeded):
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance(tuple(ids[:2]), Stance.SUPPORT))
    seeded.apply(SetStance((ids[2],), Stance.OPPOSE))
    paper = _paper(seeded)
    assert (paper.summary.support, paper.summary.oppose, paper.summary.undecided) == (2, 1, 36)
    assert paper.summary_text.startswith("39 items: support 2, oppose 1")
    title = paper.title
    assert (title.delegation, title.title) == ("Delegation of Norway", "Position paper")
    assert title.place_and_dates == "Vienna, 27–29 July 2020"
    assert title.meeting == "Expert Group to Conduct a Comprehensive Study on Cybercrime"
    assert title.issued == "Issued 5 January 2026"
    assert title.classification == "For distribution to other delegations"
    assert title.prepared_by is None
    (document,) = paper.documents
    assert [g.heading for g in document.groups] == ["A. International cooperation"]
    assert [i.label for i in document.items][:3] == ["(1)", "(2)", "(3)"]


def test_items_ordered_by_stance_or_priority(seeded):
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance((ids[5],), Stance.OPPOSE))
    seeded.apply(SetStance((ids[7], ids[1]), Stance.SUPPORT))
    seeded.apply(SetPriority((ids[9],), Priority.RED_LINE))
    by_stance = _paper(seeded, Order.STANCE).documents[0].groups
    assert [g.heading for g in by_stance] == ["Support", "Oppose", "No position yet"]
    assert [i.label for i in by_stance[0].items] == ["(2)", "(8)"]
    by_priority = _paper(seeded, Order.PRIORITY, profile=Profile.INTERNAL).documents[0].groups
    assert [g.heading for g in by_priority] == ["Red line", None]
    assert [i.label for i in by_priority[0].items] == ["(10)"]
    # Red lines are negotiating strategy: a shareable paper neither shows nor groups by them.
    shareable = _paper(seeded, Order.PRIORITY).documents[0]
    assert [g.heading for g in shareable.groups] == [None]
    assert {i.priority for i in shareable.items} == {Priority.NORMAL}


def test_dates_in_three_languages():
    first, last = date(2020, 7, 27), date(2020, 7, 29)
    assert Vocabulary("en").format_range(first, last) == "27–29 July 2020"
    assert Vocabulary("fr").format_range(first, last) == "27–29 juillet 2020"
    assert Vocabulary("es").format_range(first, last) == "27–29 de julio de 2020"
    assert Vocabulary("en").format_range(date(2022, 3, 30), date(2022, 4, 1)) == (
        "30 March–1 April 2022"
    )
    assert Vocabulary("en").format_range(date(2021, 12, 30), date(2022, 1, 2)) == (
        "30 December 2021–2 January 2022"
    )


def test_every_language_has_every_word():
    assert Vocabulary("fr").keys() == Vocabulary("en").keys() == Vocabulary("es").keys()


def test_french_paper_has_french_fixed_words_and_original_item_text(seeded):
    paper = _paper(seeded, language="fr")
    assert paper.title.title == "Document de position"
    assert paper.title.place_and_dates == "Vienna, 27–29 juillet 2020"
    assert paper.documents[0].items[0].text == seeded.items()[0].text


def test_exported_docx_reopens_with_every_item(seeded, tmp_path):
    items = seeded.items()
    seeded.apply(
        Batch(
            (
                SetStance((items[1].id,), Stance.AMEND),
                SetField(items[1].id, Field.NOTE, "Keep Budapest out"),
                SetField(
                    items[1].id, Field.AMENDMENT, "States are encouraged to use existing treaties."
                ),
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
    assert "Keep Budapest out" not in text  # the note is internal; the paper is shareable
    assert document.core_properties.author == "Delegation of Chile"
    assert document.paragraphs[0].style.name == "CT Delegation"
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == ["Item", "Text", "Position"]
    assert [r.cells[0].text for r in table.rows[1:]] == [i.label for i in items]
