"""Every product opens in LibreOffice and prints a sane number of pages, in a subset of the six
languages (packaging/render_products.py renders the whole matrix to PNG)."""

from datetime import date

import pytest

from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.exporters.product import ExportOptions, Kind, Profile
from cybertrack.importers import read_document
from cybertrack.services import Batch, ImportDocument, SetField, SetPriority, SetStance
from cybertrack.services.comparison_export import export_comparison
from cybertrack.services.exports import export_product
from tests.conftest import DATA
from tests.e2e.libreoffice import convert_to_pdf, pages, pdf_text, to_png


@pytest.fixture
def tagged(seeded):
    ids = [i.id for i in seeded.items()]
    item = seeded.items()[1]
    seeded.apply(
        Batch(
            (
                SetStance(tuple(ids[:12]), Stance.SUPPORT),
                SetStance((ids[1],), Stance.AMEND),
                SetField(ids[1], Field.AMENDMENT, item.text.replace("should also be used", "may")),
                SetStance((ids[9],), Stance.OPPOSE),
                SetPriority((ids[9],), Priority.RED_LINE),
                SetField(ids[9], Field.RATIONALE, "Outside the mandate."),
                SetField(ids[9], Field.NOTE, "Capital: hold firm."),
            )
        )
    )
    seeded.apply(ImportDocument(read_document(DATA / "multiscript-report.txt")))
    scripts = [i.id for i in seeded.items(seeded.documents()[-1].id)]
    seeded.apply(SetStance(tuple(scripts), Stance.SUPPORT))
    return seeded


PRODUCTS = {
    "position-paper": (Kind.POSITION_PAPER, Profile.SHAREABLE, "en", (2, 8)),
    "briefing": (Kind.BRIEFING, Profile.INTERNAL, "en", (2, 8)),
    "briefing-shareable": (Kind.BRIEFING, Profile.SHAREABLE, "en", (1, 4)),
    "dossier": (Kind.DOSSIER, Profile.INTERNAL, "en", (4, 25)),
    "paper-fr": (Kind.POSITION_PAPER, Profile.SHAREABLE, "fr", (2, 9)),
    "paper-ar": (Kind.POSITION_PAPER, Profile.SHAREABLE, "ar", (2, 9)),
    "briefing-zh": (Kind.BRIEFING, Profile.INTERNAL, "zh", (2, 9)),
    "dossier-ru": (Kind.DOSSIER, Profile.INTERNAL, "ru", (4, 26)),
}
# The words each rendered file must show: its title, and "Page 1 of N" in its language.
SHOWN = {
    "position-paper": ("Position paper", "Page 1 of"),
    "briefing": ("Briefing note", "Page 1 of"),
    "briefing-shareable": ("Briefing note", "Page 1 of"),
    "dossier": ("Internal dossier", "Page 1 of"),
    "paper-fr": ("Document de position", "Page 1 sur"),
    "paper-ar": ("ورقة موقف", "الصفحة"),
    "briefing-zh": ("情况简报", "第1页，共"),
    "dossier-ru": ("Внутреннее досье", "Стр. 1 из"),
}


def test_every_product_renders_in_libreoffice(tagged, tmp_path):
    files = []
    for name, (kind, profile, language, _) in PRODUCTS.items():
        out = tmp_path / f"{name}.docx"
        options = ExportOptions(kind=kind, profile=profile, language=language)
        export_product(tagged, out, options, issued=date(2026, 2, 3))
        files.append(out)
    comparison = tmp_path / "comparison.docx"
    first, second = (d.id for d in tagged.documents())
    export_comparison(tagged, [first, second], comparison, language="es")
    files.append(comparison)

    convert_to_pdf(files, tmp_path, tmp_path / "lo-profile")

    for name, (_, _, _, (low, high)) in PRODUCTS.items():
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.is_file(), f"LibreOffice could not open {name}.docx"
        assert low <= pages(pdf) <= high, name
        text = "".join(pdf_text(pdf).split())  # pdftotext spaces CJK and digits its own way
        for words in SHOWN[name]:
            assert "".join(words.split()) in text, (name, words)
        assert to_png(pdf, tmp_path / name)  # pages as pictures, as a reviewer sees them
    assert "各国应继续加强合作" in pdf_text(tmp_path / "paper-fr.pdf")  # the items, as written
    assert "Comparación de posiciones entre versiones" in pdf_text(tmp_path / "comparison.pdf")
