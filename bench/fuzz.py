"""Fuzz every importer through parse_bytes in a worker process, with a time bound per file.

Inputs per importer: byte-level mutations of the real documents in tests/data (and, for .docx,
mutations of the XML parts inside a valid container), plus generated reports for text. The
worker parses each input, imports what parses into a scratch workspace and checks the document
arrived whole; a failed import must leave the workspace unchanged. An input that runs longer
than the bound is a hang: the worker is killed and replaced.

    python bench/fuzz.py --inputs 300
"""

from __future__ import annotations

import argparse
import os
import random
import select
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._docgen import document_text
from bench._mutate import mutate, mutate_docx_part
from bench._verdict import Verdicts

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEEDS = {
    "text": [
        ROOT / "seeds" / "unodc-eg4-2020-international-cooperation.txt",
        DATA / "a-res-75-282-ahc-modalities.txt",
    ],
    "docx": [DATA / "A_80_604_Add.3.docx"],
    "pdf": [DATA / "A_80_604_Add.3.pdf"],
}
OUTCOMES = ("parsed", "refused", "crash", "hang", "partial")


# -- the worker ---------------------------------------------------------------------------------
def worker() -> None:
    from cybertrack.domain.errors import CyberTrackError
    from cybertrack.importers import parse_bytes
    from cybertrack.services import ImportDocument, Workspace

    stdin, stdout = sys.stdin.buffer, sys.stdout
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "w.ct") as workspace:
        while header := stdin.readline():
            name_size, data_size = map(int, header.split())
            name = stdin.read(name_size).decode()
            data = stdin.read(data_size)
            before = len(workspace.items())
            try:
                document = parse_bytes(data, name)
                change = workspace.apply(ImportDocument(document))
                added = 0 if change.empty else len(document.items)
                whole = len(workspace.items()) == before + added
                if not change.empty:
                    workspace.revert(change)
                outcome = "parsed" if whole else "partial"
            except CyberTrackError as exc:
                one_sentence = "\n" not in str(exc)
                unchanged = len(workspace.items()) == before
                outcome = "refused" if unchanged and one_sentence else "partial"
            except Exception:
                last = traceback.format_exc().strip().splitlines()[-1]
                outcome = f"crash {last}"
            stdout.write(outcome.replace("\n", " ") + "\n")
            stdout.flush()


# -- the parent ---------------------------------------------------------------------------------
class Pool:
    """One worker process at a time; replaced when an input hangs it."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        return subprocess.Popen(
            [sys.executable, "-m", "bench.fuzz", "--worker"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def run(self, name: str, data: bytes, timeout: float) -> str:
        if self.process is None or self.process.poll() is not None:
            self.process = self._start()
        process = self.process
        assert process.stdin is not None and process.stdout is not None
        encoded = name.encode()
        process.stdin.write(f"{len(encoded)} {len(data)}\n".encode() + encoded + data)
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], timeout)
        if not ready:
            self.stop()
            return "hang"
        line = process.stdout.readline().decode().strip()
        if not line:
            self.stop()
            return "crash worker died"
        return line

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


def inputs(kind: str, count: int, rng: random.Random) -> list[tuple[str, bytes]]:
    seeds = [path.read_bytes() for path in SEEDS[kind]]
    made: list[tuple[str, bytes]] = []
    for n in range(count):
        seed = rng.choice(seeds)
        if kind == "docx" and n % 2:
            made.append((f"fuzz-{n}.docx", mutate_docx_part(seed, rng)))
        elif kind == "text" and n % 4 == 0:
            generated = document_text(rng, items=rng.randint(1, 60)).encode()
            made.append((f"fuzz-{n}.txt", mutate(generated, rng) if n % 8 else generated))
        else:
            made.append((f"fuzz-{n}.{kind if kind != 'text' else 'txt'}", mutate(seed, rng)))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=300, help="inputs per importer")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per file")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker()
        return 0
    rng = random.Random(args.seed)
    pool = Pool()
    failed = False
    verdicts = Verdicts()
    crashes: list[str] = []
    try:
        for kind in SEEDS:
            counts: Counter[str] = Counter()
            started = time.perf_counter()
            for name, data in inputs(kind, args.inputs, rng):
                outcome = pool.run(name, data, args.timeout)
                counts[outcome.split()[0]] += 1
                if outcome.startswith("crash"):
                    crashes.append(f"{kind} {name}: {outcome[6:]}")
            seconds = time.perf_counter() - started
            tried = sum(counts.values())
            print(
                f"fuzz {kind}: inputs {tried}, parsed {counts['parsed']}, "
                f"refused {counts['refused']}, crashes {counts['crash']}, hangs {counts['hang']}, "
                f"partial imports {counts['partial']} ({seconds:.1f} s)"
            )
            failed |= bool(counts["crash"] or counts["hang"] or counts["partial"])
            verdicts.check(
                f"{kind} importer, {tried} mutated inputs: crashes, hangs, partial imports",
                f"{counts['crash']}, {counts['hang']}, {counts['partial']}",
                f"none (a check of behaviour; {counts['refused']} refused in one message)",
                "0, 0, 0",
                not (counts["crash"] or counts["hang"] or counts["partial"]),
            )
    finally:
        pool.stop()
    for crash in crashes[:20]:
        print(f"fuzz: crash: {crash}")
    return verdicts.exit_code() or int(failed)


if __name__ == "__main__":
    raise SystemExit(main())
