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


def read_only_medium(point: Path) -> list[str]:
    db = point / "w.cybertrack"
    cli(db, "import", str(SEED))
    cli(db, "stance", "1:1", "support")
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
    items = json.loads(cli(db, "items", "--json").stdout or "[]")
    edit = cli(db, "stance", "1:2", "oppose")
    unchanged = hashlib.sha256(db.read_bytes()).hexdigest() == digest
    return [
        f"read-only medium: {len(items)} items readable, first stance {items[0]['stance']!r}",
        f"read-only medium: edit refused with exit {edit.returncode}: {one_line(edit)}",
        f"read-only medium: file unchanged: {unchanged}",
    ]


def full_disk(point: Path) -> list[str]:
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
    return [
        *(f"full disk, app open: {line}" for line in in_app),
        f"full disk: import refused with exit {imported.returncode}: {one_line(imported)}",
        f"full disk: edit refused with exit {edit.returncode}: {one_line(edit)}",
        f"full disk: after freeing space: {len(after)} items, first "
        f"{after[0]['stance']!r} / {after[0]['note']!r}, integrity {check.stdout.strip()}",
    ]


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
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cybertrack-disks-") as tmp:
        for name, size, scenario in (
            ("ro", "8m", read_only_medium),
            ("full", "2m", full_disk),
        ):
            point = Path(tmp) / name
            point.mkdir()
            if not mount(point, size):
                print("odd_disks: cannot mount a tmpfs here (needs root); see the unit tests")
                return 0
            try:
                lines += scenario(point)
            finally:
                subprocess.run(["umount", str(point)], capture_output=True)
    for line in lines:
        print(f"odd_disks: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
