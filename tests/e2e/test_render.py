"""Every product opens in LibreOffice and prints a sane number of pages.

LibreOffice runs in its own process session with a private profile (parallel runs would share
one otherwise); on a hang the whole group is killed, since killing the `soffice` wrapper alone
leaves `soffice.bin` running.
"""

import os
import signal
import subprocess
from datetime import date

import pytest

from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.exporters.product import ExportOptions, Kind, Profile
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetField, SetPriority, SetStance
from cybertrack.services.exports import export_product
from tests.conftest import DATA


def _convert(files, out_dir, profile):
    process = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *map(str, files),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        process.wait(timeout=180)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("LibreOffice did not finish converting in 180 s")


def _pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def _text(pdf):
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_every_product_renders_in_libreoffice(seeded, tmp_path):
    ids = [i.id for i in seeded.items()]
    item = seeded.items()[1]
    seeded.apply(SetStance(tuple(ids[:8]), Stance.SUPPORT))
    seeded.apply(SetStance((ids[1],), Stance.AMEND))
    seeded.apply(
        SetField(ids[1], Field.AMENDMENT, item.text.replace("should also be used", "may serve"))
    )
    seeded.apply(SetStance((ids[9],), Stance.OPPOSE))
    seeded.apply(SetPriority((ids[9],), Priority.RED_LINE))
    seeded.apply(SetField(ids[9], Field.RATIONALE, "Outside the mandate."))
    seeded.apply(ImportDocument(read_document(DATA / "multiscript-report.txt")))
    seed_id = seeded.documents()[0].id
    expected = {
        "position-paper": (Kind.POSITION_PAPER, Profile.SHAREABLE, (3, 15)),
        "briefing": (Kind.BRIEFING, Profile.INTERNAL, (1, 6)),
        "dossier": (Kind.DOSSIER, Profile.INTERNAL, (4, 25)),
    }
    files = []
    for name, (kind, profile, _) in expected.items():
        out = tmp_path / f"{name}.docx"
        options = ExportOptions(kind=kind, profile=profile)
        export_product(seeded, out, options, document_ids=[seed_id], issued=date(2026, 2, 3))
        files.append(out)
    scripts = tmp_path / "scripts.docx"
    export_product(seeded, scripts, ExportOptions(language="fr"), issued=date(2026, 2, 3))
    files.append(scripts)

    _convert(files, tmp_path, tmp_path / "lo-profile")

    for name, (_, _, (low, high)) in expected.items():
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.is_file(), f"LibreOffice could not open {name}.docx"
        assert low <= _pages(pdf) <= high, name
        assert "Delegation" in _text(pdf)
    text = _text(tmp_path / "scripts.pdf")
    assert "各国应继续加强合作" in text
    assert "Document de position" in text
    assert _pages(tmp_path / "scripts.pdf") >= 2
