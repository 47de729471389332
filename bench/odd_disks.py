"""Odd disks for real: a read-only medium and a full disk, on small tmpfs mounts.

Needs the right to mount (root in a container or VM); elsewhere it says so and stops. The
unit tests simulate the same cases without privileges (tests/unit/test_odd_disks.py).

    python bench/odd_disks.py
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._verdict import Verdicts

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "unodc-eg4-2020-international-cooperation.txt"


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cybertrack", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def mount(point: Path, size: str) -> bool:
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
        capture_output=True,
    )
    return done.returncode == 0


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    return lines[0] if len(lines) == 1 else f"{len(lines)} lines of error output"


def refused(result: subprocess.CompletedProcess[str]) -> Check:
    """A refusal in one sentence: a non-zero exit and one line of error output."""
    said = one_line(result).replace("|", "/")
    ok = result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    return f"exit {result.returncode}: {said}", "refused in one line", ok


Check = tuple[str, str, bool]  # what was seen, what should be, whether it is


def read_only_medium(point: Path) -> dict[str, Check]:
    db = point / "w.cybertrack"
    cli(db, "import", str(SEED))
    cli(db, "stance", "1:1", "support")
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
    items = json.loads(cli(db, "items", "--json").stdout or "[]")
    edit = cli(db, "stance", "1:2", "oppose")
    unchanged = hashlib.sha256(db.read_bytes()).hexdigest() == digest
    first = items[0]["stance"] if items else None
    return {
        "read-only medium: items readable": (
            f"{len(items)} items, first stance {first!r}",
            "39 items, first 'support'",
            len(items) == 39 and first == "support",
        ),
        "read-only medium: an edit": refused(edit),
        "read-only medium: the file": (
            "unchanged" if unchanged else "changed",
            "unchanged",
            unchanged,
        ),
    }


def full_disk(point: Path) -> dict[str, Check]:
    db = point / "w.cybertrack"
    cli(db, "import", str(SEED))
    cli(db, "stance", "1:1", "amend", "--note", "saved before the disk filled")
    big = point.parent / "big.txt"
    big.write_text("\n\n".join(f"({n}) " + "cooperation " * 60 for n in range(1, 3000)))
    # The app is open when the disk fills up.
    app = subprocess.Popen(
        [sys.executable, "-c", OPEN_APP, str(db), str(big)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app.stdin is not None and app.stdout is not None
    app.stdout.readline()  # "open"
    filler = point / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)
    app.stdin.write("go\n")
    app.stdin.flush()
    in_app = [line.strip() for line in app.stdout]
    app.wait()
    imported = cli(db, "import", str(big))
    edit = cli(db, "stance", "1:2", "oppose")
    filler.unlink()
    after = json.loads(cli(db, "items", "--json").stdout or "[]")
    check = subprocess.run(
        [sys.executable, "-c", CHECK, str(db)], cwd=ROOT, capture_output=True, text=True
    )
    checks: dict[str, Check] = {
        f"full disk, app open: {line.split()[0]}": (
            line.replace("|", "/"),
            "refused",
            "refused" in line,
        )
        for line in in_app
    }
    first = (after[0]["stance"], after[0]["note"]) if after else (None, None)
    integrity = check.stdout.strip()
    return checks | {
        "full disk: an import from the command line": refused(imported),
        "full disk: an edit from the command line": refused(edit),
        "full disk: after freeing space": (
            f"{len(after)} items, first {first[0]!r} / {first[1]!r}, integrity {integrity}",
            "39 items, the amendment and its note kept, integrity ok",
            len(after) == 39
            and first == ("amend", "saved before the disk filled")
            and integrity == "ok",
        ),
    }


OPEN_APP = """
import sys
from cybertrack.domain.errors import CyberTrackError
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetStance, Workspace
with Workspace.open(sys.argv[1]) as ws:
    print("open", flush=True)
    sys.stdin.readline()
    for name, job in (
        ("import", lambda: ws.apply(ImportDocument(read_document(sys.argv[2])))),
        ("edit", lambda: ws.apply(SetStance((2,), None))),
    ):
        try:
            job()
            print(name, "done", flush=True)
        except CyberTrackError as exc:
            print(name, "refused:", exc, flush=True)
"""

CHECK = """
import sys
from cybertrack.services import Workspace
with Workspace.open(sys.argv[1]) as ws:
    print(ws.integrity_problems() or "ok")
"""


def main() -> int:
    checks: dict[str, Check] = {}
    verdicts = Verdicts()
    with tempfile.TemporaryDirectory(prefix="cybertrack-disks-") as tmp:
        for name, size, scenario in (
            ("ro", "8m", read_only_medium),
            ("full", "2m", full_disk),
        ):
            point = Path(tmp) / name
            point.mkdir()
            if not mount(point, size):
                verdicts.check(
                    "odd disks",
                    "not measured: no tmpfs can be mounted here (needs root)",
                    "none",
                    "measured",
                    False,
                )
                return verdicts.exit_code()
            try:
                checks |= scenario(point)
            finally:
                subprocess.run(["umount", str(point)], capture_output=True)
    for what, (seen, wanted, ok) in checks.items():
        verdicts.check(what, seen, "none (a check of behaviour)", wanted, ok)
    return verdicts.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
