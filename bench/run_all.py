"""Run every benchmark in bench/ and write BENCHMARKS.md: figures, targets, machine, how to rerun.

Benchmarks are discovered: every bench/*.py except helpers (`_*.py`), this file and the
generator, which runs first so that all of them can use the same large workspace (its path is
passed in CYBERTRACK_BENCH_WORKSPACE). Each benchmark prints its own figures; they are copied
into BENCHMARKS.md as printed.

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
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
WORKSPACE = BENCH / "out" / "large.cybertrack"
# The last output of each benchmark, so that rerunning one keeps the others in the report.
RESULTS = BENCH / "out" / "results.json"
NOT_BENCHMARKS = {"run_all", "make_workspace", "__init__"}

# The targets the issues set, by benchmark name.
TARGETS = {
    "crash": "SIGKILL at random moments, hundreds of times: 0 losses, 0 integrity failures",
    "fuzz": "every importer: 0 crashes, 0 hangs, 0 partial imports",
    "startup": "a shown window near the bare PySide6 floor (the desk: under 1.5 s at 100,000 "
    "items)",
    "scale": "services on 100,000 items: stance commit under 10 ms; search and lists fast "
    "enough for a 50 ms keystroke budget",
    "odd_disks": "read-only medium opens read-only; a full disk refuses the write in one "
    "sentence and loses nothing saved (real tmpfs mounts; needs root)",
    "import": "the whole import, database write included: .docx within 1.5x of a python-docx "
    "walk, .pdf within 1.5x of pypdfium2's text; text forms under 50 ms per 100 KB",
    "gui": "start under 1.5 s, search update under 50 ms, stance commit under 10 ms "
    "(100,000 items)",
    "export": "a 1,000-item position paper under 3 s and within 1.5x of a bare python-docx loop "
    "writing the same paragraphs with the same styles",
    "compare": "link 5,000 x 5,000 items under 5 s",
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


def run(name: str, timeout: float) -> Outcome:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        CYBERTRACK_BENCH_WORKSPACE=str(WORKSPACE),
    )
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(BENCH / f"{name}.py")],
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


def write_report(
    outcomes: list[Outcome], generated: Outcome | None, machine_lines: list[str]
) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmarks",
        "",
        f"Measured {when} by `python bench/run_all.py` on:",
        "",
        *machine_lines,
        "",
        "Rerun everything with `python bench/run_all.py` (it regenerates this file), or one",
        "benchmark with `python bench/NAME.py` (`--help` shows its options). The large workspace",
        "is `bench/out/large.cybertrack`, made by `python bench/make_workspace.py`.",
        "",
        "| benchmark | target | exit | seconds |",
        "|---|---|---|---|",
    ]
    ran = {o.name: o for o in outcomes}
    present = set(discover())
    for name in sorted(set(EXPECTED) | set(ran)):
        target = TARGETS.get(name, "")
        if name in ran:
            o = ran[name]
            status = "ok" if o.returncode == 0 else f"FAILED ({o.returncode})"
            lines.append(f"| `{name}` | {target} | {status} | {o.seconds:.0f} |")
        else:
            missing = "not run" if name in present else "not in this checkout"
            lines.append(f"| `{name}` | {target} | {missing} | |")
    if generated is not None:
        lines += ["", "## make_workspace (the large workspace)", "", "```", generated.output, "```"]
    for o in outcomes:
        lines += ["", f"## {o.name}", "", f"Target: {TARGETS.get(o.name, '(none set)')}", ""]
        lines += ["```", o.output or "(no output)", "```"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="run only these benchmarks")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per benchmark")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    names = [n for n in discover() if not args.only or n in args.only]
    machine_lines = machine()
    generated = (
        run("make_workspace", args.timeout) if (BENCH / "make_workspace.py").exists() else None
    )
    if generated is not None:
        print(generated.output, flush=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results = {name: Outcome(**fields) for name, fields in previous.items()}
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
    return 0 if all(o.returncode == 0 for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
