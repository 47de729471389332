"""Import speed per format on the real documents in tests/data.

Prints, per file: items found, our import time (read + parse + structure), items per second, and
the ratio to a plain text extraction of the same file (python-docx paragraph text for .docx,
PDFium's raw page text for .pdf, decoding for text). Target: ratio within 2x.

    .venv/bin/python bench/import.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cybertrack.importers import parse_bytes  # noqa: E402

DATA = ROOT / "tests" / "data"
FILES = [
    "A_80_604_Add.3.docx",
    "A_80_590.docx",
    "A_81_6_Sect.16.docx",
    "A_80_604_Add.3.pdf",
    "A_80_590.pdf",
    "A_81_6_Sect.16.pdf",
    "a-res-74-247-establishing-ahc-cybercrime.txt",
    "budapest-convention-ets185.txt",
]


def plain_docx(data: bytes) -> int:
    import docx

    return sum(len(p.text) for p in docx.Document(io.BytesIO(data)).paragraphs)


def plain_pdf(data: bytes) -> int:
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


def plain_text(data: bytes) -> int:
    return len(data.decode("utf-8-sig"))


PLAIN: dict[str, Callable[[bytes], int]] = {"docx": plain_docx, "pdf": plain_pdf, "txt": plain_text}


def best_of(repeat: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    # Warm imports so the first file does not pay for loading the libraries.
    plain_docx((DATA / FILES[0]).read_bytes())
    plain_pdf((DATA / FILES[3]).read_bytes())
    print(f"{'file':<46} {'items':>5} {'ours s':>7} {'plain s':>7} {'items/s':>8} {'ratio':>6}")
    ratios: dict[str, list[float]] = {}
    for name in FILES:
        data = (DATA / name).read_bytes()
        kind = name.rsplit(".", 1)[-1]
        items = len(parse_bytes(data, name).items)
        ours = best_of(args.repeat, lambda data=data, name=name: parse_bytes(data, name))
        plain = best_of(args.repeat, lambda data=data, kind=kind: PLAIN[kind](data))
        ratio = ours / plain if plain else float("inf")
        ratios.setdefault(kind, []).append(ratio)
        print(
            f"{name:<46} {items:>5} {ours:>7.3f} {plain:>7.3f} {items / ours:>8.0f} {ratio:>5.1f}x"
        )
    for kind, values in ratios.items():
        print(f"{kind}: median ratio to plain extraction {statistics.median(values):.1f}x")
    print("(for text the plain step is only decoding the bytes, so its ratio says little;")
    print(" read the absolute times)")


if __name__ == "__main__":
    main()
