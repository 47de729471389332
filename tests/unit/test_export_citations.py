"""Cited agreed language in the papers: the line after the proposed wording, in the paper's
language, in the position paper and the briefing note; the library itself is not exported."""

import docx
import pytest

from cybertrack.domain.positions import Field, Stance
from cybertrack.exporters.product import ExportOptions, Kind, Profile
from cybertrack.importers import read_document
from cybertrack.services import Batch, ImportDocument, SetCitations, SetField, SetStance
from cybertrack.services.exports import build_product, export_product
from tests.conftest import DATA

WORDING = (
    "States are encouraged to contribute to the work of the open-ended ad hoc intergovernmental "
    "committee of experts, representative of all regions."
)


@pytest.fixture
def cited(seeded):
    """Seed item (2) amended with wording drawn from A/RES/74/247, para. 2 and PP1, cited."""
    seeded.apply(
        ImportDocument(
            read_document(DATA / "a-res-74-247-establishing-ahc-cybercrime.txt"), library=True
        )
    )
    library = next(d for d in seeded.documents() if d.library)
    paragraphs = {i.number: i.id for i in seeded.items(library.id)}
    seed = next(d for d in seeded.documents() if not d.library)
    item = next(i for i in seeded.items(seed.id) if i.number == "2")
    seeded.apply(
        Batch(
            (
                SetStance((item.id,), Stance.AMEND),
                SetField(item.id, Field.AMENDMENT, WORDING),
                SetCitations(item.id, (paragraphs["2"], paragraphs["PP1"])),
            )
        )
    )
    return seeded


def _paragraphs(path):
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_the_position_paper_names_the_agreed_language_after_the_wording(cited, tmp_path):
    out = tmp_path / "paper.docx"
    result = export_product(cited, out, ExportOptions())
    assert result.documents == 1  # the library is cited, not exported
    texts = _paragraphs(out)
    line = "Agreed language: A/RES/74/247, para. 2; A/RES/74/247, preambular para. 1"
    assert line in texts
    wording = next(i for i, t in enumerate(texts) if t.startswith("Proposed wording:"))
    assert texts.index(line) == wording + 1


@pytest.mark.parametrize(
    "language, line",
    [
        ("fr", "Libellé convenu\u00a0: A/RES/74/247, par. 2; A/RES/74/247, alinéa 1 du préambule"),
        ("es", "Lenguaje convenido: A/RES/74/247, párr. 2; A/RES/74/247, párr. 1 del preámbulo"),
        # A paper in Arabic, Russian or Chinese that cited agreed language stopped on a KeyError.
        ("ar", "الصيغة المتفق عليها: A/RES/74/247, الفقرة 2; A/RES/74/247, الفقرة 1 من الديباجة"),
        (
            "ru",
            "Согласованная формулировка: A/RES/74/247, пункт 2; A/RES/74/247, пункт 1 преамбулы",
        ),
        ("zh", "商定措辞：A/RES/74/247, 第2段; A/RES/74/247, 序言部分第1段"),
    ],
)
def test_the_line_speaks_the_paper_s_language(cited, tmp_path, language, line):
    out = tmp_path / f"paper-{language}.docx"
    export_product(cited, out, ExportOptions(language=language))
    assert line in _paragraphs(out)


def test_the_briefing_note_lists_the_wording_with_its_agreed_language(cited, tmp_path):
    note = build_product(cited, ExportOptions(kind=Kind.BRIEFING, profile=Profile.INTERNAL))
    (document,) = note.documents
    (item,) = document.proposals
    assert item.amendment == WORDING
    assert [c.number for c in item.citations] == ["2", "PP1"]
    out = tmp_path / "briefing.docx"
    export_product(cited, out, ExportOptions(kind=Kind.BRIEFING, profile=Profile.INTERNAL))
    texts = _paragraphs(out)
    wording = next(i for i, t in enumerate(texts) if t.startswith("Proposed wording:"))
    assert texts[wording + 1].startswith("Agreed language: A/RES/74/247, para. 2")


def test_items_without_citations_have_no_line(seeded, tmp_path):
    out = tmp_path / "paper.docx"
    export_product(seeded, out, ExportOptions())
    assert not [t for t in _paragraphs(out) if t.startswith("Agreed language")]


def test_every_paper_language_names_every_place_of_a_citation():
    from cybertrack.domain.library import ENGLISH_PLACES, ParagraphPlace, paragraph_place
    from cybertrack.exporters.agreed_language import _WORDS
    from cybertrack.exporters.vocabulary import LANGUAGES

    assert set(_WORDS) == set(LANGUAGES)
    for words in _WORDS.values():
        assert set(words) == {"agreed_language", *ENGLISH_PLACES}
    assert paragraph_place("Rule 91", "91").kind == "rule"
    assert paragraph_place("Статья 5", "5") == paragraph_place("Article 5", "5")
    assert paragraph_place("第五条", "5") == paragraph_place("Article 5", "5")
    # A regulation of the Financial or Staff Regulations, in the languages it is numbered in.
    assert paragraph_place("Regulation 5.1", "5.1") == ParagraphPlace("regulation", "5.1")
    assert paragraph_place("Положение 1.1", "1.1") == ParagraphPlace("regulation", "1.1")
    assert paragraph_place("Règle 105.1", "105.1") == ParagraphPlace("rule", "105.1")
