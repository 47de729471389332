"""Position packs and the hub at scale: 10,000 edits on the 100,000-item workspace.

    python bench/team.py [--workspace bench/out/large.cybertrack] [--edits 10000]

Baseline, in the same run: SQLite's session extension (through apsw) recording the same
10,000 edits as a changeset of the `positions` table, compressed the same way; built from the
session and applied to a copy. Both are then applied to a workspace whose documents were
imported in another order (local ids differ), and the bench counts positions that land on
another paragraph than the one edited. The hub: 10,000 rows pushed to and pulled from a
throwaway PostgreSQL on loopback (tests/pg_cluster.py), with psycopg (the app's driver) and
pg8000 when it is installed (the driver not chosen, for comparison).

Exit status 1 if a figure misses its target.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_workspace import DEFAULT_OUT, make
from cybertrack.domain.model import ParsedDocument, ParsedItem
from cybertrack.domain.units import Unit
from cybertrack.services import ImportDocument, SetSetting, Workspace

NOW = "2027-03-01T10:00:00+00:00"
SINCE = "2027-01-01T00:00:00+00:00"
# Targets: what a delegate waits for, per 10,000 edits.
TARGET_PACK_BYTES = 3 * 2**20  # fits an email attachment with room to spare
TARGET_BUILD_S = 2.0
TARGET_APPLY_S = 5.0  # preview and merge as one undo step
TARGET_PUSH_S = 3.0
TARGET_PULL_S = TARGET_APPLY_S  # a pull's merge is a pack's merge, plus the fetch


def timed(job: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = job()
    return time.perf_counter() - started, result


class Clock:
    """Wall seconds (what the user waits for) and this process's CPU seconds, which tell how
    much of the wait was the machine being busy with other work (a shared 2-core machine)."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def run(self, job: Callable[[], Any]) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        result = job()
        self.wall += time.perf_counter() - wall
        self.cpu += time.process_time() - cpu
        return result

    def __str__(self) -> str:
        return f"{self.wall:.2f} s (CPU {self.cpu:.2f} s)"


def edits(path: Path, count: int) -> list[tuple[int, str, str]]:
    rng = random.Random(19)
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM items ORDER BY id")]
    stances = ("support", "oppose", "amend")
    return [
        (item_id, rng.choice(stances), f"capital's view {n} {rng.randint(1, 10**6)}")
        for n, item_id in enumerate(rng.sample(ids, count))
    ]


def session_edits(path: Path, changes: list[tuple[int, str, str]]) -> tuple[float, bytes]:
    """The baseline: the edits recorded by SQLite's session extension; (build s, changeset)."""
    import apsw

    conn = apsw.Connection(str(path))
    session = apsw.Session(conn, "main")
    session.attach("positions")
    with conn:
        for item_id, stance, note in changes:
            conn.execute(
                "INSERT INTO positions (item_id, stance, note, amendment, rationale, priority,"
                " updated_at, shared_at) VALUES (?, ?, ?, '', '', 'normal', ?, ?)"
                " ON CONFLICT(item_id) DO UPDATE SET stance = excluded.stance,"
                " note = excluded.note, updated_at = excluded.updated_at,"
                " shared_at = excluded.shared_at",
                (item_id, stance, note, NOW, NOW),
            )
    seconds, changeset = timed(lambda: zlib.compress(session.changeset(), 6))
    session.close()
    conn.close()
    return seconds, changeset


def session_apply(path: Path, changeset: bytes) -> tuple[float, int]:
    """Apply the changeset; a conflict takes the incoming row where SQLite allows.

    Returns (seconds, conflicts raised)."""
    import apsw

    conflicts = 0

    def conflict(reason: int, _change: Any) -> int:
        nonlocal conflicts
        conflicts += 1
        if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
            return int(apsw.SQLITE_CHANGESET_REPLACE)
        return int(apsw.SQLITE_CHANGESET_OMIT)

    conn = apsw.Connection(str(path))
    data = zlib.decompress(changeset)
    with conn:
        seconds, _ = timed(lambda: apsw.Changeset.apply(data, conn, conflict=conflict))
    conn.close()
    return seconds, conflicts


def reordered(source: Path, target: Path) -> None:
    """The same documents imported in reverse order: same paragraphs, other local ids."""
    with sqlite3.connect(source) as conn:
        documents = conn.execute("SELECT id, title, content_hash FROM documents").fetchall()
        items: dict[int, list[ParsedItem]] = {}
        for doc, number, label, kind, text in conn.execute(
            "SELECT document_id, number, label, kind, text FROM items"
            " ORDER BY document_id, position"
        ):
            items.setdefault(doc, []).append(ParsedItem(number, label, text, Unit.read(kind)))
    with Workspace.open(target) as ws:
        for doc, title, content_hash in reversed(documents):
            parsed = ParsedDocument(title, content_hash, f"{doc}.txt", items=tuple(items[doc]))
            ws.apply(ImportDocument(parsed))
        ws.apply(SetSetting("author", "Carol"))


def misplaced(source: Path, target: Path, changes: list[tuple[int, str, str]], who: str) -> int:
    """How many of the edits show, in `target`, on an item of another text than was edited."""
    with sqlite3.connect(source) as conn:
        edited = {
            r[0]: r[1]
            for r in conn.execute(
                f"SELECT id, text_key FROM items WHERE id IN ({','.join('?' * len(changes))})",
                [c[0] for c in changes],
            )
        }
    notes = {note: edited[item_id] for item_id, _s, note in changes}
    with sqlite3.connect(target) as conn:
        if who == "session":
            rows = conn.execute(
                "SELECT p.note, i.text_key FROM positions p JOIN items i ON i.id = p.item_id"
                " WHERE p.note LIKE 'capital''s view %'"
            ).fetchall()
        else:
            rows = conn.execute(
                "SELECT json_extract(t.data, '$.note'), i.text_key FROM team_rows t"
                " JOIN documents d ON d.fingerprint = t.doc_key"
                " JOIN items i ON i.document_id = d.id AND i.number = t.number"
                " AND i.text_key = t.text_key"
            ).fetchall()
    return sum(1 for note, key in rows if note in notes and notes[note] != key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("CYBERTRACK_BENCH_WORKSPACE", DEFAULT_OUT))
    parser.add_argument("--workspace", type=Path, default=default)
    parser.add_argument("--edits", type=int, default=10_000)
    args = parser.parse_args(argv)
    if not args.workspace.exists():
        make(args.workspace, 200, 100_000)
    failures = []

    def report(name: str, figure: str, baseline: str, target: str, ok: bool) -> None:
        print(
            f"team: {name}: {figure} (baseline {baseline}; target {target}){'' if ok else ' MISS'}"
        )
        if not ok:
            failures.append(name)

    with tempfile.TemporaryDirectory(prefix="cybertrack-team-") as tmp:
        folder = Path(tmp)
        anna, ben, carol = (folder / f"{n}.cybertrack" for n in ("anna", "ben", "carol"))
        with Workspace.open(args.workspace) as ws:  # brings the file to the current schema
            ws.save_copy(anna)
        shutil.copy(anna, ben)
        for path, name in ((anna, "Anna"), (ben, "Ben")):
            with Workspace.open(path) as ws:
                ws.apply(SetSetting("author", name))
        carol_import, _ = timed(lambda: reordered(anna, carol))
        carol_session = folder / "carol-session.cybertrack"
        shutil.copy(carol, carol_session)
        changes = edits(anna, args.edits)

        session_build, changeset = session_edits(anna, changes)
        session_seconds, _ = session_apply(ben, changeset)
        _, session_conflicts = session_apply(carol_session, changeset)
        session_wrong = misplaced(anna, carol_session, changes, "session")

        pack = folder / "anna.ctpack"
        build = Clock()
        with Workspace.open(anna) as ws:
            rows, size = build.run(lambda: ws.team.export_pack(pack, since=SINCE))
        assert rows == args.edits, rows
        ben_fresh = folder / "ben2.cybertrack"
        with Workspace.open(args.workspace) as ws:
            ws.save_copy(ben_fresh)
        merge = Clock()
        with Workspace.open(ben_fresh) as ws:
            ws.apply(SetSetting("author", "Ben"))
            change = merge.run(lambda: ws.apply(ws.team.preview_pack(pack).command))
            assert change.undoable
        with Workspace.open(carol) as ws:
            ws.apply(ws.team.preview_pack(pack).command)
        ours_wrong = misplaced(anna, carol, changes, "pack")

        k = 1024
        report(
            "pack size, 10,000 edits",
            f"{size / k:,.0f} KB",
            f"session changeset {len(changeset) / k:,.0f} KB",
            f"under {TARGET_PACK_BYTES / 2**20:.0f} MB",
            size <= TARGET_PACK_BYTES,
        )
        report(
            "pack build",
            str(build),
            f"changeset {session_build:.2f} s",
            f"under {TARGET_BUILD_S:.0f} s",
            build.wall <= TARGET_BUILD_S,
        )
        report(
            "pack preview + merge (one undo step)",
            str(merge),
            f"changeset apply {session_seconds:.2f} s",
            f"under {TARGET_APPLY_S:.0f} s",
            merge.wall <= TARGET_APPLY_S,
        )
        report(
            "positions on another paragraph, documents imported in another order",
            f"{ours_wrong:,}",
            f"changeset {session_wrong:,} ({session_conflicts:,} conflicts raised)",
            "0",
            ours_wrong == 0,
        )
        print(f"team: (the reordered workspace took {carol_import:.0f} s to import)")
        failures += hub(folder, pack, args.workspace, report)
    load = os.getloadavg()[0]
    print(f"team: load average {load:.1f} on {os.cpu_count()} cores during the run")
    if failures:
        print(f"team: MISSED {', '.join(failures)}")
        return 1
    return 0


def hub(
    folder: Path, pack_path: Path, args_workspace: Path, report: Callable[..., None]
) -> list[str]:
    from cybertrack.services.team import hub as team_hub
    from cybertrack.services.team.pack_file import read_pack
    from tests.pg_cluster import binaries, cluster

    if binaries() is None:
        print("team: hub: MISS (PostgreSQL is not installed: apt-get install postgresql)")
        return ["hub"]
    pack = read_pack(pack_path)
    with cluster() as url:
        push = Clock()
        sent = push.run(lambda: team_hub.send(url, pack))
        client = folder / "dora.cybertrack"
        with Workspace.open(args_workspace) as ws:
            ws.save_copy(client)
        pull = Clock()
        with Workspace.open(client) as ws:
            ws.apply(SetSetting("author", "Dora"))
            pulled = pull.run(lambda: ws.team.hub_pull(url))  # with the merge's plan
            pull.run(lambda: ws.apply(pulled.command))
        baseline = _bare_insert(url, pack)
        report(
            f"hub push of {sent:,} rows",
            str(push),
            f"bare COPY of the same rows {baseline[0]:.2f} s",
            f"under {TARGET_PUSH_S:.0f} s",
            push.wall <= TARGET_PUSH_S,
        )
        report(
            f"hub pull of {pulled.rows:,} rows, with the merge (one undo step)",
            str(pull),
            f"bare SELECT {baseline[1]:.2f} s",
            f"under {TARGET_PULL_S:.0f} s",
            pull.wall <= TARGET_PULL_S,
        )
        _pg8000(url, pack)
    return []


def _bare_insert(url: str, pack: Any) -> tuple[float, float]:
    """The floor: the same rows into a plain table with no merge rule, and read back."""
    import psycopg

    rows = [(r.key.document, r.key.number, r.key.text, r.author, r.at, r.data) for r in pack.rows]
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE bare (d text, n text, k text, a text, at text, data text)")
        started = time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY bare FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        push = time.perf_counter() - started
        pull, _ = timed(lambda: conn.execute("SELECT * FROM bare").fetchall())
    return push, pull


def _pg8000(url: str, pack: Any) -> None:
    """The driver not chosen, when installed: the same pull query (the JSON push is alike)."""
    try:
        import pg8000.native
    except ImportError:
        print("team: (pg8000 not installed: no driver comparison)")
        return
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    conn = pg8000.native.Connection(
        parts.username or "", host=parts.hostname, port=parts.port, database="postgres"
    )
    seconds, rows = timed(lambda: conn.run("SELECT * FROM cybertrack_rows WHERE seq > 0"))
    conn.close()
    print(f"team: driver comparison: pg8000 fetches the {len(rows):,} rows in {seconds:.2f} s")


if __name__ == "__main__":
    raise SystemExit(main())
