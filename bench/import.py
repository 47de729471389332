"""Import speed per format: the whole import (read, parse, structure, checks and the database
write) against the fastest reasonable way to get the same file's text.

- .docx: against a python-docx XML walk of the same file (open it, take the text of every
  paragraph, tables included). Target: at most 1.5x.
- .pdf: against pypdfium2's text extraction of the same file, page by page. Target: at most 1.5x.
- text forms (.txt, .md, .html, .rtf, .odt): milliseconds per 100 KB of file. Target: under 50.

Each figure is the best of --repeat runs; each run imports into a fresh workspace (the write is
part of what the delegate waits for). Prints figure, baseline and target per file, and exits
non-zero when a target is missed.

    .venv/bin/python bench/import.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cybertrack.importers import parse_bytes  # noqa: E402
from cybertrack.services import ImportDocument, Workspace  # noqa: E402

DATA = ROOT / "tests" / "data"
RATIO_TARGET = 1.5
MS_PER_100KB_TARGET = 50.0
DOCX = [
    "A_80_604_Add.3.docx",
    "A_80_590.docx",
    "A_81_6_Sect.16.docx",
    "A_81_6_Sect.5.docx",
    "FCCC_PA_CMA_2021_10_Add.3.docx",
]
PDF = ["A_80_604_Add.3.pdf", "A_80_590.pdf", "A_81_6_Sect.16.pdf"]
TEXT = [
    "a-81-6-sect16-unodc-programme-plan.txt",
    "a-80-600-sg-minurso-budget.txt",
    "A_HRC_26_5.layout.txt",
    "budapest-convention-ets185.txt",
    "synthetic-statement.html",
    "synthetic-statement.rtf",
    "synthetic-statement.odt",
]


def docx_walk(data: bytes) -> int:
    """The baseline: python-docx opens the file; every paragraph's text, tables included."""
    import docx

    document = docx.Document(io.BytesIO(data))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    total = 0
    for paragraph in document.element.body.iter(w + "p"):
        total += sum(len(t.text or "") for t in paragraph.iter(w + "t"))
    return total


def pdf_text(data: bytes) -> int:
    """The baseline: PDFium's text of every page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    total = 0
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        total += len(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return total


def whole_import(data: bytes, name: str, workspace: Workspace) -> int:
    """What the delegate waits for: parse the file and store it in the open workspace."""
    document = parse_bytes(data, name)
    workspace.apply(ImportDocument(document))
    return len(document.items)


def best_of(repeat: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def best_import(repeat: int, data: bytes, name: str, folder: Path) -> tuple[float, int]:
    """Each run imports into its own workspace, already open (as the app's is): the same file
    imported twice into one workspace would be recognised and not stored again."""
    times, items = [], 0
    for _ in range(repeat):
        with Workspace.open(folder / f"{time.perf_counter_ns()}.cybertrack") as workspace:
            start = time.perf_counter()
            items = whole_import(data, name, workspace)
            times.append(time.perf_counter() - start)
    return min(times), items


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cybertrack-bench-import-") as tmp:
        folder = Path(tmp)
        # Warm the libraries so the first file does not pay for loading them.
        best_import(1, (DATA / DOCX[0]).read_bytes(), DOCX[0], folder)
        pdf_text((DATA / PDF[0]).read_bytes())
        print(f"{'file':<40} {'items':>5} {'import s':>9} {'baseline s':>10} {'ratio':>6} target")
        for names, baseline in ((DOCX, docx_walk), (PDF, pdf_text)):
            for name in names:
                data = (DATA / name).read_bytes()
                ours, items = best_import(args.repeat, data, name, folder)
                base = best_of(args.repeat, lambda d=data, b=baseline: b(d))
                ratio = ours / base
                verdict = "ok" if ratio <= RATIO_TARGET else "MISSED"
                if verdict == "MISSED":
                    missed.append(name)
                print(
                    f"{name:<40} {items:>5} {ours:>9.3f} {base:>10.3f} {ratio:>5.2f}x "
                    f"<= {RATIO_TARGET}x {verdict}"
                )
        print(f"\n{'text form':<40} {'items':>5} {'import s':>9} {'KB':>10} {'ms/100KB':>8} target")
        for name in TEXT:
            data = (DATA / name).read_bytes()
            ours, items = best_import(args.repeat, data, name, folder)
            per_100kb = ours * 1000 / (len(data) / 100_000)
            verdict = "ok" if per_100kb < MS_PER_100KB_TARGET else "MISSED"
            if verdict == "MISSED":
                missed.append(name)
            print(
                f"{name:<40} {items:>5} {ours:>9.3f} {len(data) / 1000:>10.1f} {per_100kb:>8.1f} "
                f"< {MS_PER_100KB_TARGET:.0f} {verdict}"
            )
    if missed:
        print(f"\nimport: targets missed for {', '.join(missed)}")
        return 1
    print("\nimport: every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
