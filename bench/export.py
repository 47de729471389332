"""Time to export a 1,000-item position paper, against a bare python-docx loop.

The bare loop opens the same template and writes the same paragraphs and overview table with
python-docx's public API by style name (no view-model, no tracked changes, no scrubbing). Our
writer resolves each style id once and builds paragraphs, runs and table rows as XML, which is
why it beats that loop: python-docx scans every style on each by-name lookup.
Target: under 3 s, within 2x of the bare loop. Run: .venv/bin/python bench/export.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cybertrack.domain.model import Meeting, ParsedDocument, ParsedItem, ParsedSection
from cybertrack.domain.positions import Field, Stance
from cybertrack.exporters.docx_writer import excerpt
from cybertrack.exporters.product import ExportOptions
from cybertrack.services import Batch, ImportDocument, SetField, SetStance, Workspace
from cybertrack.services.exports import DEFAULT_TEMPLATE, export_product

ITEMS = 1000
TEXT = (
    "States should continue strengthening cooperation to protect critical infrastructure and "
    "strengthen networks of collaboration among computer emergency response teams, item {n}."
)


def _workspace(path: Path) -> Workspace:
    ws = Workspace.open(path)
    document = ParsedDocument(
        title="Synthetic report",
        content_hash="bench",
        source_name="bench.txt",
        meeting=Meeting(body="Expert Group", venue="Vienna", start_date=date(2020, 7, 27)),
        sections=(ParsedSection(0, "A.", "International cooperation", 1),),
        items=tuple(
            ParsedItem(str(n), f"({n})", TEXT.format(n=n), section_key=0)
            for n in range(1, ITEMS + 1)
        ),
    )
    ws.apply(ImportDocument(document))
    commands: list[object] = []
    for row in ws.items():
        n = int(row.number)
        stance = (Stance.SUPPORT, Stance.OPPOSE, Stance.AMEND, None)[n % 4]
        commands.append(SetStance((row.id,), stance))
        if n % 4 == 1:
            commands.append(SetField(row.id, Field.RATIONALE, "Consistent with existing treaties."))
        if stance is Stance.AMEND:
            commands.append(
                SetField(row.id, Field.AMENDMENT, row.text.replace("continue", "further"))
            )
    ws.apply(Batch(tuple(commands)))  # type: ignore[arg-type]
    return ws


def _bare_loop(ws: Workspace, template: Path, out: Path) -> None:
    import docx

    document = docx.Document(str(template))
    document.add_paragraph("Delegation", style="CT Delegation")
    document.add_paragraph("Position paper", style="CT Title")
    items = ws.items()
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["CT Table"]
    for item in items:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = item.label, excerpt(item.text)
        cells[2].text = item.stance.value if item.stance else "No position yet"
    for item in items:
        paragraph = document.add_paragraph(style="CT Item")
        paragraph.add_run(item.label, style="CT Label")
        paragraph.add_run("\t" + item.text)
        document.add_paragraph(f"Position: {item.stance}", style="CT Stance")
        if item.rationale:
            document.add_paragraph(f"Reason: {item.rationale}", style="CT Rationale")
        if item.amendment:
            document.add_paragraph(f"Proposed wording: {item.amendment}", style="CT Amendment")
    document.save(str(out))


def _best(run: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        as_file(files("cybertrack.resources").joinpath(DEFAULT_TEMPLATE)) as template,
    ):
        folder = Path(tmp)
        ws = _workspace(folder / "bench.cybertrack")
        import docx  # noqa: F401  (import cost is not part of either figure)

        ours = _best(lambda: export_product(ws, folder / "paper.docx", ExportOptions()))
        # One run: the bare loop takes seconds (python-docx scans every style per lookup).
        bare = _best(lambda: _bare_loop(ws, template, folder / "bare.docx"), repeat=1)
        ws.close()
    print(f"items: {ITEMS}")
    print(f"position paper export: {ours:.2f} s (target < 3 s)")
    print(f"bare python-docx loop: {bare:.2f} s")
    print(f"ratio: {ours / bare:.2f}x (target within 2x)")


if __name__ == "__main__":
    main()
