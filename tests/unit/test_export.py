"""The position paper: data first, then the Word file built from the template."""

from datetime import date
from importlib.resources import as_file, files

import docx
from docx.oxml.ns import qn

from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.exporters.docx_template import ALL_STYLES, CHARACTER_STYLES, PARAGRAPH_STYLES
from cybertrack.exporters.position_paper import build_position_paper
from cybertrack.exporters.product import ExportOptions, Kind, Order, Profile, Source
from cybertrack.importers import parse_bytes, read_document
from cybertrack.services import Batch, ImportDocument, SetField, SetPriority, SetSetting, SetStance
from cybertrack.services.exports import DEFAULT_TEMPLATE, export_position_paper, export_product
from tests.conftest import DATA


def _template_styles():
    with as_file(files("cybertrack.resources").joinpath(DEFAULT_TEMPLATE)) as path:
        return docx.Document(str(path)).styles


def test_every_style_the_writers_use_is_in_the_template():
    styles = _template_styles()
    names = {s.name for s in styles}
    assert set(ALL_STYLES) <= names
    assert {styles[n].type for n in PARAGRAPH_STYLES} == {1}  # WD_STYLE_TYPE.PARAGRAPH
    assert {styles[n].type for n in CHARACTER_STYLES} == {2}  # WD_STYLE_TYPE.CHARACTER


def test_every_style_sets_complex_script_and_east_asian_fonts_and_sizes():
    for style in _template_styles():
        if style.type not in (1, 2):
            continue
        rpr = style.element.rPr
        fonts = rpr.rFonts
        assert fonts.get(qn("w:cs")) and fonts.get(qn("w:eastAsia")), style.name
        size = rpr.find(qn("w:sz"))
        if size is not None:
            assert rpr.find(qn("w:szCs")) is not None, style.name
        for latin, complex_script in (("w:b", "w:bCs"), ("w:i", "w:iCs")):
            if rpr.find(qn(latin)) is not None:
                assert rpr.find(qn(complex_script)) is not None, style.name
    item = _template_styles()["CT Item"].paragraph_format
    assert not item.keep_with_next  # the writer keeps each block together itself


def _paper(ws, order=Order.DOCUMENT, language="en", profile=Profile.SHAREABLE, **more):
    row = ws.documents()[0]
    return build_position_paper(
        [Source(row, ws.items(row.id))],
        ExportOptions(order=order, language=language, profile=profile, **more),
        delegation="Delegation of Norway",
        issued=date(2026, 1, 5),
    )


def test_view_model_counts_and_groups(seeded):
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance(tuple(ids[:2]), Stance.SUPPORT))
    seeded.apply(SetStance((ids[2],), Stance.OPPOSE))
    paper = _paper(seeded)
    assert (paper.summary.support, paper.summary.oppose, paper.summary.undecided) == (2, 1, 36)
    # Shareable: what has a position, named as the document names its items.
    assert paper.summary_text == "3 recommendations: support 2, oppose 1, amend 0."
    internal = _paper(seeded, profile=Profile.INTERNAL)
    assert internal.summary_text == (
        "39 recommendations: support 2, oppose 1, amend 0, no position yet 36."
    )
    title = paper.title
    assert (title.delegation, title.title) == ("Delegation of Norway", "Position paper")
    assert title.place_and_dates == "Vienna, 27–29 July 2020"
    assert title.meeting == "Expert Group to Conduct a Comprehensive Study on Cybercrime"
    assert title.issued == "Issued 5 January 2026"
    assert title.classification == "For distribution to other delegations"
    assert title.prepared_by is None
    (document,) = paper.documents
    assert document.unit == "recommendation"
    assert [g.heading for g in document.groups] == ["A. International cooperation"]
    assert [i.label for i in document.items] == ["(1)", "(2)", "(3)"]
    assert len(internal.documents[0].items) == 39


def test_undecided_items_are_listed_only_when_asked_and_then_as_under_consideration(seeded):
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance((ids[5],), Stance.OPPOSE))
    shareable = _paper(seeded, Order.STANCE).documents[0]
    assert [g.heading for g in shareable.groups] == ["Oppose"]
    listed = _paper(seeded, Order.STANCE, include_undecided=True)
    assert [g.heading for g in listed.documents[0].groups] == ["Oppose", "Under consideration"]
    assert listed.summary_text == (
        "39 recommendations: support 0, oppose 1, amend 0, under consideration 38."
    )
    inside = _paper(seeded, Order.STANCE, profile=Profile.INTERNAL).documents[0]
    assert [g.heading for g in inside.groups] == ["Oppose", "No position yet"]


def test_items_ordered_by_stance_or_priority(seeded):
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance((ids[5],), Stance.OPPOSE))
    seeded.apply(SetStance((ids[7], ids[1], ids[9]), Stance.SUPPORT))
    seeded.apply(SetPriority((ids[9],), Priority.RED_LINE))
    by_stance = _paper(seeded, Order.STANCE).documents[0].groups
    assert [g.heading for g in by_stance] == ["Support", "Oppose"]
    assert [i.label for i in by_stance[0].items] == ["(2)", "(8)", "(10)"]
    by_priority = _paper(seeded, Order.PRIORITY, profile=Profile.INTERNAL).documents[0].groups
    # The rest follow under a heading of their own, never headless after "Red line".
    assert [g.heading for g in by_priority] == ["Red line", "Other recommendations"]
    assert [i.label for i in by_priority[0].items] == ["(10)"]
    assert len(by_priority[1].items) == 38
    french = _paper(seeded, Order.PRIORITY, "fr", Profile.INTERNAL).documents[0].groups
    assert [g.heading for g in french] == ["Ligne rouge", "Autres recommandations"]


def test_french_paper_has_french_fixed_words_and_original_item_text(seeded):
    seeded.apply(SetStance((seeded.items()[0].id,), Stance.SUPPORT))
    paper = _paper(seeded, language="fr")
    assert paper.title.title == "Document de position"
    # The title block entirely in French: the UN's French names for the place and the body.
    assert paper.title.place_and_dates == "Vienne, 27–29 juillet 2020"
    assert paper.title.meeting == (
        "Groupe d’experts chargé de réaliser une étude approfondie sur la cybercriminalité"
    )
    assert paper.title.issued == "Le 5 janvier 2026"
    assert paper.summary_text == "1 recommandation\u00a0: appui 1, opposition 0, amendement 0."
    assert paper.documents[0].items[0].text == seeded.items()[0].text


def test_exported_docx_reopens_with_every_decided_item(seeded, tmp_path):
    items = seeded.items()
    decided = items[:5]
    seeded.apply(SetStance(tuple(i.id for i in decided), Stance.SUPPORT))
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
    assert export_position_paper(seeded, out, delegation="Delegation of Chile") == 5
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    for item in decided:
        assert item.text in text
    assert items[6].text not in text  # undecided: not in a shareable paper
    assert "No position yet" not in text
    item_paragraphs = [p for p in document.paragraphs if p.style.name == "CT Item"]
    assert [p.text.split("\t")[0] for p in item_paragraphs] == [i.label for i in decided]
    assert "Position: Amend" in text
    assert "Keep Budapest out" not in text  # the note is internal; the paper is shareable
    assert document.core_properties.author == "Delegation of Chile"
    assert document.paragraphs[0].style.name == "CT Delegation"
    (table,) = document.tables
    # The unit as the document names it: a recommendation (at the UN an "item" is an agenda
    # item).
    assert [c.text for c in table.rows[0].cells] == ["Recommendation", "Text", "Position"]
    assert [r.cells[0].text for r in table.rows[1:]] == [i.label for i in decided]


def test_units_follow_the_document_in_every_language(workspace, tmp_path):
    resolution_file = DATA / "a-res-74-247-establishing-ahc-cybercrime.txt"
    workspace.apply(ImportDocument(read_document(resolution_file)))
    workspace.apply(ImportDocument(read_document(DATA / "budapest-convention-ets185.txt")))
    resolution = next(d for d in workspace.documents() if d.symbol == "A/RES/74/247")
    treaty = next(d for d in workspace.documents() if d.id != resolution.id)
    items = workspace.items()
    workspace.apply(SetStance(tuple(i.id for i in items), Stance.SUPPORT))
    expected = {
        # A resolution mixes preambular and operative paragraphs: both are paragraphs. The
        # convention's recitals and articles are a legal text's provisions.
        "en": ("Paragraph", "Provision"),
        "fr": ("Paragraphe", "Disposition"),
        "es": ("Párrafo", "Disposición"),
        "ar": ("الفقرة", "الحكم"),
        "ru": ("Пункт", "Положение"),
        "zh": ("段落", "规定"),
    }
    for language, headings in expected.items():
        out = tmp_path / f"{language}.docx"
        export_product(
            workspace,
            out,
            ExportOptions(language=language),
            document_ids=[resolution.id, treaty.id],
            issued=date(2026, 2, 3),
        )
        tables = docx.Document(str(out)).tables
        assert tuple(t.rows[0].cells[0].text for t in tables) == headings, language


def _after_table(out):
    """The paragraph right under the paper's overview table."""
    document = docx.Document(str(out))
    body = list(document.element.body.iterchildren())
    table = next(i for i, e in enumerate(body) if e.tag == qn("w:tbl"))
    return next(p for p in document.paragraphs if p._p is body[table + 1])


def test_text_under_a_table_stands_clear_of_it(workspace, tmp_path):
    from docx.shared import Pt

    from cybertrack.importers import parse_bytes

    text = (
        "Evaluation of the Global Programme on Cybercrime\n\n"
        "Recommendation 1: UNODC should strengthen its support to Member States.\n\n"
        "Recommendation 2: Donors should provide multi-year funding.\n"
    )
    workspace.apply(ImportDocument(parse_bytes(text.encode(), "evaluation.txt")))
    workspace.apply(SetStance(tuple(i.id for i in workspace.items()), Stance.SUPPORT))
    out = tmp_path / "no-headings.docx"
    export_position_paper(workspace, out, delegation="Delegation of Chile")
    first = _after_table(out)
    # No heading under the table (the document has none): the first item keeps a heading's gap.
    assert first.style.name == "CT Item" and first.text.startswith("Recommendation 1")
    assert first.paragraph_format.space_before == Pt(10)
    later = [p for p in docx.Document(str(out)).paragraphs if p.style.name == "CT Item"][1]
    assert later.paragraph_format.space_before is None  # only the one under the table


def test_a_heading_under_a_table_keeps_its_own_space(seeded, tmp_path):
    seeded.apply(SetStance(tuple(i.id for i in seeded.items()[:3]), Stance.SUPPORT))
    out = tmp_path / "headings.docx"
    export_position_paper(seeded, out, delegation="Delegation of Chile")
    heading = _after_table(out)
    # A heading under the table has its own space before: nothing is added to it.
    assert heading.style.name == "CT Section Heading"
    assert heading.paragraph_format.space_before is None


def test_a_paper_in_another_language_names_the_kind_and_the_delegation_in_it(workspace, tmp_path):
    """With no delegation set, a Spanish paper said "Delegation", and its document heading
    "Resolution: ...": two English words an ambassador had to edit out."""
    workspace.apply(
        ImportDocument(read_document(DATA / "a-res-74-247-establishing-ahc-cybercrime.txt"))
    )
    workspace.apply(SetStance(tuple(i.id for i in workspace.items()), Stance.SUPPORT))
    out = tmp_path / "es.docx"
    export_product(workspace, out, ExportOptions(language="es"), issued=date(2026, 2, 3))
    paragraphs = {p.style.name: p.text for p in reversed(docx.Document(str(out)).paragraphs)}
    assert paragraphs["CT Delegation"] == "Delegación"
    assert paragraphs["CT Document Heading"].startswith("Resolución: Countering the use")
    # A delegation that set its name keeps it, as written.
    workspace.apply(SetSetting("delegation", "Delegación de Chile"))
    export_product(workspace, out, ExportOptions(language="es"), issued=date(2026, 2, 3))
    assert docx.Document(str(out)).paragraphs[0].text == "Delegación de Chile"


def test_an_articles_paragraphs_are_paragraphs_of_the_paper(workspace, tmp_path):
    # The convention in A/RES/79/243: article 8's two paragraphs were one block of text, its
    # long label pushing the first line out of line with the others.
    workspace.apply(ImportDocument(read_document(DATA / "A_RES_79_243.pdf")))
    article = next(i for i in workspace.items() if i.label == "Article 8")
    operative = next(i for i in workspace.items() if i.label == "2.")
    workspace.apply(SetStance((article.id, operative.id), Stance.SUPPORT))
    out = tmp_path / "paper.docx"
    export_product(workspace, out, ExportOptions(), issued=date(2026, 2, 3))
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    start = texts.index("Article 8\t")  # the label on a line of its own
    assert texts[start + 1 : start + 4] == [
        "Illegal interception:",
        "1. Each State Party shall adopt such legislative and other measures as may be "
        + article.text.split("may be ", 1)[1].split(" 2. ")[0],
        "2. " + article.text.split(" 2. ", 1)[1],
    ]
    # A short label keeps its text beside it.
    assert any(t.startswith("2.\tAdopts the United Nations Convention") for t in texts)
    # In an Arabic paper the label standing alone runs the way its English text runs.
    arabic = tmp_path / "ar.docx"
    export_product(workspace, arabic, ExportOptions(language="ar"), issued=date(2026, 2, 3))
    label = next(p for p in docx.Document(str(arabic)).paragraphs if p.text == "Article 8\t")
    assert label._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is None


def test_a_paper_names_the_division_above_an_items_own_heading(workspace, tmp_path):
    # A/RES/79/243: the convention's preambular paragraphs stand under "Preamble" inside the
    # annex; a paper named only "Preamble", as if the resolution's own preamble went on.
    workspace.apply(ImportDocument(read_document(DATA / "A_RES_79_243.pdf")))
    items = workspace.items()
    first_pp = [i for i in items if i.label == "PP1"]
    operative = next(i for i in items if i.label == "2.")
    workspace.apply(SetStance((operative.id, first_pp[1].id), Stance.SUPPORT))
    out = tmp_path / "paper.docx"
    export_product(workspace, out, ExportOptions(), issued=date(2026, 2, 3))
    headings = [
        p.text[:45]
        for p in docx.Document(str(out)).paragraphs
        if p.style.name == "CT Section Heading"
    ]
    # "79/243. United Nations Convention against Cybercrime ..." only repeats the document's
    # title over paragraph 2: left out; the annex and its preamble are named.
    assert headings == [
        "Annex United Nations Convention against Cyber",
        "Preamble",
    ]


def test_lists_out_of_the_texts_order_tell_a_label_from_the_same_label_in_an_annex(
    workspace, tmp_path
):
    # A/RES/79/243: "PP1" of the resolution and "PP1" of the annexed convention; operative
    # paragraph 3 and paragraph 3 of the annexed interpretative notes. The talking points, the
    # overview table and the briefing's lists name each without its heading above it.
    workspace.apply(ImportDocument(read_document(DATA / "A_RES_79_243.pdf")))
    items = workspace.items()
    first_pp = [i for i in items if i.label == "PP1"]
    threes = [i for i in items if i.label == "3."]
    assert len(first_pp) == 2 and len(threes) == 2
    workspace.apply(SetStance((first_pp[0].id, first_pp[1].id), Stance.OPPOSE))
    workspace.apply(SetStance((threes[1].id,), Stance.SUPPORT))
    out = tmp_path / "briefing.docx"
    export_product(
        workspace,
        out,
        ExportOptions(kind=Kind.BRIEFING, profile=Profile.INTERNAL),
        issued=date(2026, 2, 3),
    )
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert (
        "–\tWe oppose preambular paragraph 1 and preambular paragraph 1"
        " (Annex United Nations Convention against …)." in texts
    )
    assert "–\tWe support paragraph 3 (Annex Interpretative notes on specific …)." in texts
    paper = tmp_path / "paper.docx"
    export_product(workspace, paper, ExportOptions(), issued=date(2026, 2, 3))
    table = docx.Document(str(paper)).tables[0]
    labels = [row.cells[0].text for row in table.rows[1:]]
    assert labels == [
        "PP1",
        "PP1 (Annex United Nations Convention against …)",
        "3. (Annex Interpretative notes on specific …)",
    ]


def test_a_papers_cover_gives_no_date_as_every_documents_when_some_have_none(workspace):
    # A paper on a Security Council resolution dated 29 October 2021 and a General Assembly
    # resolution with no meeting dates read "General Assembly; Security Council" over
    # "29 October 2021", as if both were of that day.
    council = (
        "United Nations S/RES/2601 (2021)\n\nSecurity Council\n\nResolution 2601 (2021)\n\n"
        "Adopted by the Security Council at its 8889th meeting, on 29 October 2021\n\n"
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Condemns attacks.\n\n"
        "2. Decides to remain seized.\n"
    )
    assembly = (
        "United Nations A/RES/77/107\n\nGeneral Assembly\n\n77/107. Status of the Protocols\n\n"
        "The General Assembly,\n\nRecalling its resolutions,\n\n1. Appreciates the support.\n\n"
        "2. Calls upon all States.\n"
    )
    for text, name in ((assembly, "a-res-77-107.txt"), (council, "s-res-2601.txt")):
        workspace.apply(ImportDocument(parse_bytes(text.encode(), name)))
    rows = sorted(workspace.documents(), key=lambda row: row.id)
    sources = [Source(row, workspace.items(row.id)) for row in rows]
    paper = build_position_paper(
        sources, ExportOptions(), delegation="Norway", issued=date(2026, 1, 5)
    )
    assert paper.title.meeting == "General Assembly; Security Council"
    assert paper.title.place_and_dates is None  # each document's heading says its own
    alone = build_position_paper(
        sources[1:], ExportOptions(), delegation="Norway", issued=date(2026, 1, 5)
    )
    assert alone.title.place_and_dates == "29 October 2021"
