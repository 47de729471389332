"""Render every Word product, every profile and every language through LibreOffice to PNG.

A reviewer looks at the pages: what a printer would print, in all six UN languages (the stance
sheets too, where LibreOffice Calc is installed). The sample is the seed meeting with the
stances a delegation would have on the morning of the meeting (support, amendments small and
large, a multi-line amendment, a red line, reasons and internal notes), the revised draft linked
to it (for the comparison table), and a short report in Arabic and Chinese.

    .venv/bin/python packaging/render_products.py OUT_DIR         # the matrix (about 2 minutes)
    .venv/bin/python packaging/render_products.py OUT_DIR --docs  # also refresh docs/ pages

Needs LibreOffice (soffice) and poppler (pdftoppm) on PATH.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cybertrack.domain.positions import Field, Priority, Stance  # noqa: E402
from cybertrack.exporters.product import ExportOptions, Kind, Profile  # noqa: E402
from cybertrack.exporters.vocabulary import LANGUAGES  # noqa: E402
from cybertrack.importers import read_document  # noqa: E402
from cybertrack.services import (  # noqa: E402
    Batch,
    Command,
    ImportDocument,
    LinkDocuments,
    SetField,
    SetPriority,
    SetSetting,
    SetStance,
    Workspace,
)
from cybertrack.services.comparison_export import export_comparison  # noqa: E402
from cybertrack.services.exports import export_product  # noqa: E402
from cybertrack.services.sheets import export_stance_sheet  # noqa: E402

SEED = ROOT / "seeds" / "unodc-eg4-2020-international-cooperation.txt"
REVISED = ROOT / "tests" / "data" / "seed-revised.txt"
SCRIPTS = ROOT / "tests" / "data" / "multiscript-report.txt"
ISSUED = date(2026, 2, 3)
PRODUCTS = (
    (Kind.POSITION_PAPER, Profile.SHAREABLE),
    (Kind.POSITION_PAPER, Profile.INTERNAL),
    (Kind.BRIEFING, Profile.SHAREABLE),
    (Kind.BRIEFING, Profile.INTERNAL),
    (Kind.DOSSIER, Profile.INTERNAL),
)
# docs/ picture -> (rendered file, page).
DOCS = {
    "position-paper.png": ("position-paper-shareable-en", 1),
    "position-paper-amendment.png": ("position-paper-shareable-en", 2),
    "briefing-note.png": ("briefing-internal-en", 1),
    "dossier.png": ("dossier-internal-en", 2),
    "comparison-table.png": ("comparison-en", 1),
    "position-paper-ar.png": ("position-paper-shareable-ar", 1),
    "position-paper-fr.png": ("position-paper-shareable-fr", 1),
    "briefing-note-zh.png": ("briefing-internal-zh", 1),
    "briefing-note-ru.png": ("briefing-shareable-ru", 1),
    "stance-sheet.png": ("stance-sheet-en", 1),
}


def _import(ws: Workspace, path: Path) -> int:
    (document_id,) = ws.apply(ImportDocument(read_document(path))).document_ids
    return document_id


def sample_workspace(path: Path) -> tuple[Workspace, int, int, int]:
    """The workspace and its documents: the seed, its revision, the multi-script report."""
    ws = Workspace.open(path)
    seed = _import(ws, SEED)
    items = ws.items(seed)
    ids = [i.id for i in items]
    text = {i.id: i.text for i in items}
    commands: list[Command] = [
        SetSetting("delegation", "Delegation of Chile"),
        SetSetting("author_initials", "MQZ"),
        SetStance(tuple(ids[:14]), Stance.SUPPORT),
        SetStance((ids[1], ids[6], ids[12]), Stance.AMEND),
        SetField(ids[1], Field.AMENDMENT, text[ids[1]].replace("should also be used", "may serve")),
        SetField(ids[1], Field.RATIONALE, "Existing treaties already cover this."),
        SetField(
            ids[6],
            Field.AMENDMENT,
            "States should consider:\n(a) Innovative protocols for the exchange of information;"
            "\n(b) Ways to expedite such procedures.",
        ),
        SetField(
            ids[12],
            Field.AMENDMENT,
            "Member States are invited to consider, as appropriate, measures that protect human "
            "rights while countering cybercrime.",
        ),
        SetStance((ids[9],), Stance.OPPOSE),
        SetPriority((ids[9],), Priority.RED_LINE),
        SetField(ids[9], Field.RATIONALE, "Outside the mandate of the Expert Group."),
        SetField(ids[9], Field.NOTE, "Capital instruction 14/3: hold firm."),
        SetPriority((ids[4],), Priority.PRIORITY),
    ]
    ws.apply(Batch(tuple(commands)))
    ws.apply(SetStance((ids[9],), Stance.AMEND))  # a stance history worth showing
    ws.apply(SetStance((ids[9],), Stance.OPPOSE))
    revised = _import(ws, REVISED)
    ws.apply(LinkDocuments(seed, revised))
    scripts = _import(ws, SCRIPTS)
    ws.apply(SetStance(tuple(i.id for i in ws.items(scripts)), Stance.SUPPORT))
    return ws, seed, revised, scripts


def export_all(ws: Workspace, seed: int, revised: int, scripts: int, out: Path) -> list[Path]:
    files = []
    for language in LANGUAGES:
        for kind, profile in PRODUCTS:
            name = out / f"{kind}-{profile}-{language}.docx"
            options = ExportOptions(kind=kind, profile=profile, language=language)
            export_product(ws, name, options, document_ids=[seed, scripts], issued=ISSUED)
            files.append(name)
        name = out / f"comparison-{language}.docx"
        export_comparison(ws, [seed, revised], name, language=language, issued=ISSUED)
        files.append(name)
        # Workbooks render only where LibreOffice Calc is installed (not needed by the tests).
        sheet = out / f"stance-sheet-{language}.xlsx"
        export_stance_sheet(ws, sheet, [seed, scripts], language=language, issued=ISSUED)
        files.append(sheet)
    return files


def render(files: list[Path], out: Path) -> dict[str, int]:
    """PDF through LibreOffice (one run, private profile), then PNG pages at 70 dpi."""
    with tempfile.TemporaryDirectory() as profile:
        process = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--norestore",
                f"-env:UserInstallation=file://{profile}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                *map(str, files),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            process.wait(timeout=900)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise SystemExit("LibreOffice did not finish in 15 minutes") from None
    pages = {}
    for file in files:
        pdf = file.with_suffix(".pdf")
        if not pdf.is_file() and file.suffix == ".xlsx":
            print(f"{file.name}: not rendered (libreoffice-calc is not installed)")
            continue
        if not pdf.is_file():
            raise SystemExit(f"LibreOffice could not open {file.name}")
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(file.with_suffix(""))])
        pages[file.stem] = len(list(out.glob(f"{file.stem}-*.png")))
    return pages


def page_file(out: Path, stem: str, page: int) -> Path:
    """pdftoppm numbers pages with as many digits as the last page needs."""
    return next(p for p in out.glob(f"{stem}-*.png") if int(p.stem.rsplit("-", 1)[1]) == page)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", action="store_true", help="refresh the pages shown in docs/")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sample = args.out / "sample.cybertrack"
    sample.unlink(missing_ok=True)
    ws, seed, revised, scripts = sample_workspace(sample)
    try:
        files = export_all(ws, seed, revised, scripts, args.out)
    finally:
        ws.close()
    for stem, count in render(files, args.out).items():
        print(f"{stem}: {count} pages")
    if args.docs:
        for picture, (stem, page) in DOCS.items():
            if not list(args.out.glob(f"{stem}-*.png")):
                print(f"docs/{picture}: {stem} was not rendered; left as it was")
                continue
            shutil.copyfile(page_file(args.out, stem, page), ROOT / "docs" / picture)
            print(f"docs/{picture} <- {stem} page {page}")
    print(f"{len(files)} files rendered to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
