"""Run every benchmark in bench/ and write BENCHMARKS.md: each figure, its baseline, its target
and "met" or "missed"; exits 1 when any figure missed.

Benchmarks are discovered: every bench/*.py except helpers (`_*.py`), this file and the
generator, which runs first and builds the workspaces of 1,000 to 1,000,000 items
(bench/out/ws-N.cybertrack; the 100,000-item one is passed in CYBERTRACK_BENCH_WORKSPACE, the
sizes in CYBERTRACK_BENCH_SIZES). A benchmark judges its figures in `RESULT` lines
(bench/_verdict.py); one that prints none is judged by its exit code. The scaling table is made
from the `SCALING` lines.

    python bench/run_all.py            # everything, then BENCHMARKS.md
    python bench/run_all.py scale fuzz # only these; the others keep their last figures
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._verdict import Verdict, parse, scaling_rows

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
# The workspaces of the scaling table; the 100,000-item one is "the large workspace".
SIZES = (1_000, 10_000, 100_000, 1_000_000)
WORKSPACE = BENCH / "out" / "ws-100000.cybertrack"
# The last output of each benchmark, so that rerunning one keeps the others in the report.
RESULTS = BENCH / "out" / "results.json"
NOT_BENCHMARKS = {"run_all", "make_workspace", "__init__"}

# The targets the issues set, by benchmark name.
TARGETS = {
    "precedent": "paraphrases of real paragraphs: source first >= 95%, top 3 >= 99%; 1,000,000 "
    "paragraphs: query median <= 50 ms, worst <= 150 ms, <= 300 MB resident, a 100-paragraph "
    "document added in < 1 s (against FTS5 bm25)",
    "crash": "SIGKILL at random moments, hundreds of times: 0 losses, 0 integrity failures",
    "fuzz": "every importer: 0 crashes, 0 hangs, 0 partial imports",
    "startup": "window shown and item table painted within 1.5x a bare PySide6 window (sample, "
    "1,000 to 100,000 items), 2x at 1,000,000 (same run, interleaved)",
    "scale": "import into N items within 1.2x the same import into an empty workspace (median "
    "of 7, version detection included); stance commit at most 5 ms at any size",
    "odd_disks": "read-only medium opens read-only; a full disk refuses the write in one "
    "sentence and loses nothing saved (real tmpfs mounts; needs root)",
    "import": "the whole import, database write included: .docx within 1.5x of a python-docx "
    "walk, .pdf within 1.5x of pypdfium2's text; text forms under 50 ms per 100 KB",
    "gui": "keystroke to repainted table at 1,000,000 items (5,000 in the document): median "
    "16 ms, worst 50 ms; memory at most 300 MB; stance key to repainted row",
    "export": "a 1,000-item position paper under 3 s and within 1.5x of a bare python-docx loop "
    "writing the same paragraphs with the same styles",
    "compare": "every link of five kinds of real edits right, 5,000 x 5,000 under 5 s, against "
    "difflib's sequence match",
    "desk_import": "import into 100,000 items from the desk: 40 paragraphs shown within 0.5 s, "
    "5,000 within 5 s, no GUI-thread block over 50 ms (5 ms heartbeat)",
    "as_of": "the room as of another time, on 5,000 paragraphs with 50,000 status changes: "
    "redrawn in under 50 ms (median), against reloading the current statuses",
    "team": "10,000 edits: a pack under 3 MB, built under 2 s, previewed and merged under 5 s, "
    "none on the wrong paragraph (the session changeset as baseline); hub push of 10,000 rows "
    "under 3 s, their pull and merge under 5 s",
}
EXPECTED = (
    "crash",
    "fuzz",
    "odd_disks",
    "startup",
    "scale",
    "import",
    "gui",
    "export",
    "compare",
    "desk_import",
    "precedent",
    "as_of",
    "team",
)


@dataclass
class Outcome:
    name: str
    seconds: float
    returncode: int
    output: str


def discover() -> list[str]:
    names = sorted(p.stem for p in BENCH.glob("*.py"))
    return [n for n in names if not n.startswith("_") and n not in NOT_BENCHMARKS]


def workspace_path(items: int) -> Path:
    return BENCH / "out" / f"ws-{items}.cybertrack"


def run(name: str, timeout: float, arguments: list[str] | None = None) -> Outcome:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        CYBERTRACK_BENCH_WORKSPACE=str(WORKSPACE),
        CYBERTRACK_BENCH_SIZES=",".join(str(n) for n in SIZES),
    )
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(BENCH / f"{name}.py"), *(arguments or [])],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        output = done.stdout + (f"\n[stderr]\n{done.stderr[-2000:]}" if done.returncode else "")
        code = done.returncode
    except subprocess.TimeoutExpired:
        output, code = f"timed out after {timeout:.0f} s", -1
    return Outcome(name, time.perf_counter() - started, code, output.strip())


def machine() -> list[str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:
        qt = "PySide6 not installed"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores (load average at start: {load})",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()}, {qt}, SQLite {sqlite3.sqlite_version}",
    ]


def _verdict_rows(o: Outcome) -> list[Verdict]:
    """What a benchmark judged; a script that judges nothing line by line is judged by its exit
    code, and a script that failed without saying which figure missed is a miss too."""
    found = parse(o.output)
    if not found or (o.returncode != 0 and all(v.met for v in found)):
        found.append(
            Verdict(
                "the script's own verdict" if not found else "the script's exit",
                f"exit {o.returncode}",
                "none",
                TARGETS.get(o.name, "exit 0"),
                o.returncode == 0,
            )
        )
    return found


SCALING_COLUMNS = (
    ("startup ratio", "start-up (x bare window)", "{:.2f}x"),
    ("search median ms", "search median", "{:.1f} ms"),
    ("search worst ms", "search worst", "{:.1f} ms"),
    ("stance ms", "stance commit", "{:.2f} ms"),
    ("import ms", "import of a 307-paragraph report", "{:.0f} ms"),
    ("import ratio", "import (x empty)", "{:.2f}x"),
    ("memory mb", "memory, open and searched", "{:.0f} MB"),
)


def scaling_table(outcomes: list[Outcome]) -> list[str]:
    rows: dict[int, dict[str, float]] = {}
    for o in outcomes:
        for row in scaling_rows(o.output):
            rows.setdefault(int(row["items"]), {}).update(row)
    if not rows:
        return []
    lines = [
        "## Scaling",
        "",
        "| items | " + " | ".join(title for _key, title, _f in SCALING_COLUMNS) + " |",
        "|---:|" + "---:|" * len(SCALING_COLUMNS),
    ]
    for items in sorted(rows):
        cells = [
            form.format(rows[items][key]) if key in rows[items] else "–"
            for key, _title, form in SCALING_COLUMNS
        ]
        lines.append(f"| {items:,} | " + " | ".join(cells) + " |")
    return lines


def write_report(
    outcomes: list[Outcome], generated: list[Outcome], machine_lines: list[str]
) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    judged = [(o, v) for o in [*generated, *outcomes] for v in _verdict_rows(o)]
    missed = [v for _o, v in judged if not v.met]
    lines = [
        "# Benchmarks",
        "",
        f"Measured {when} by `python bench/run_all.py` on:",
        "",
        *machine_lines,
        "",
        "Rerun everything with `python bench/run_all.py` (it regenerates this file), or one",
        "benchmark with `python bench/NAME.py` (`--help` shows its options). The workspaces of",
        "1,000 to 1,000,000 items are `bench/out/ws-N.cybertrack`, made by",
        "`python bench/make_workspace.py --items N`. Every figure is measured against its",
        "baseline in the same run; a figure that misses its target says so, and the run fails.",
        "",
        f"**{len(judged) - len(missed)} of {len(judged)} figures met their target"
        + (f"; missed: {len(missed)}.**" if missed else ".**"),
        "",
        "| benchmark | figure | measured | baseline | target | verdict |",
        "|---|---|---|---|---|---|",
    ]
    for o, v in judged:
        verdict = "met" if v.met else "**missed**"
        lines.append(
            f"| `{o.name}` | {v.what} | {v.figure} | {v.baseline} | {v.target} | {verdict} |"
        )
    ran = {o.name for o in outcomes}
    absent = [n for n in EXPECTED if n not in ran]
    if absent:
        lines += ["", "Not run this time: " + ", ".join(f"`{n}`" for n in absent) + "."]
    table = scaling_table(outcomes)
    if table:
        lines += ["", *table]
    for o in [*generated, *outcomes]:
        lines += ["", f"## {o.name}", "", f"Target: {TARGETS.get(o.name, '(see the figures)')}"]
        lines += ["", f"{o.seconds:.0f} s, exit {o.returncode}", "", "```"]
        lines += [o.output or "(no output)", "```"]
    return "\n".join(lines) + "\n"


def workspaces(timeout: float) -> list[Outcome]:
    """The workspaces of every size (the 1,000,000 one judged on its build time)."""
    made = []
    for items in SIZES:
        path = workspace_path(items)
        outcome = run("make_workspace", timeout, ["--items", str(items), "--out", str(path)])
        made.append(replace(outcome, name=f"make_workspace {items:,}"))
        print(outcome.output, flush=True)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="run only these benchmarks")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per benchmark")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--keep-workspaces", action="store_true", help="do not build them again")
    args = parser.parse_args(argv)
    names = [n for n in discover() if not args.only or n in args.only]
    machine_lines = machine()
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results = {name: Outcome(**fields) for name, fields in previous.items()}
    built = [results[n] for n in sorted(results) if n.startswith("make_workspace")]
    if args.keep_workspaces and all(workspace_path(n).exists() for n in SIZES):
        # The files the last build wrote (the same seed makes the same files): its figures.
        generated = [replace(o, name=f"{o.name} (built by an earlier run, reused)") for o in built]
    else:
        generated = workspaces(args.timeout)
        results = {n: o for n, o in results.items() if not n.startswith("make_workspace")}
        results.update({o.name: o for o in generated})
    for name in names:
        print(f"== {name}", flush=True)
        outcome = run(name, args.timeout)
        print(outcome.output, flush=True)
        results[name] = outcome
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({n: asdict(o) for n, o in results.items()}, indent=1))
    outcomes = [results[name] for name in sorted(results) if name in discover()]
    args.out.write_text(write_report(outcomes, generated, machine_lines))
    print(f"wrote {args.out}")
    failed = [v for o in [*generated, *outcomes] for v in _verdict_rows(o) if not v.met]
    for v in failed:
        print(f"missed: {v.what}: {v.figure} (target {v.target})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
