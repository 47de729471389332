"""Generate a large, realistic workspace: 200 documents, 100,000 items, stances, notes, links.

One document has 5,000 items (the desk's "big compilation" case); the others share the rest.
Documents go through the real import command (the same rows, FTS index and triggers as a
delegate's imports); positions, history, links and other delegations' stances are then written
in bulk, as years of work would have left them.

    python bench/make_workspace.py [--out bench/out/large.cybertrack] [--documents 200]
        [--items 100000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._docgen import sentence
from cybertrack.domain.model import Meeting, ParsedDocument, ParsedItem, ParsedSection
from cybertrack.domain.units import Unit
from cybertrack.services import ImportDocument, Workspace

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "bench" / "out" / "large.cybertrack"
BIG_DOCUMENT = 5_000
DELEGATIONS = (
    "G77 and China",
    "European Union",
    "Brazil",
    "Canada",
    "China",
    "Egypt",
    "India",
    "Japan",
    "Mexico",
    "Nigeria",
    "Norway",
    "Russian Federation",
    "South Africa",
    "Switzerland",
    "United Kingdom",
    "United States",
)


def parsed_document(rng: random.Random, index: int, items: int) -> ParsedDocument:
    sections = tuple(
        ParsedSection(key=k, label=f"{'ABCDEFGH'[k]}.", title=sentence(rng)[:60], level=2)
        for k in range(min(8, max(1, items // 50)))
    )
    return ParsedDocument(
        title=f"Draft report on the {index}th meeting",
        content_hash=f"bench-{index:06d}-{rng.random()}",
        source_name=f"A_BENCH_{index}.txt",
        symbol=f"UNODC/CCPCJ/EG.4/{2020 + index % 7}/L.{index}",
        kind="draft report",
        meeting=Meeting(body="Expert Group on Cybercrime", venue="Vienna"),
        sections=sections,
        items=tuple(
            ParsedItem(
                number=str(n),
                label=f"({n})",
                text=" ".join(sentence(rng) for _ in range(rng.randint(1, 4))),
                kind=Unit.RECOMMENDATION,
                section_key=(n * len(sections)) // (items + 1),
            )
            for n in range(1, items + 1)
        ),
    )


def make(out: Path, documents: int, items: int, seed: int = 1) -> dict[str, float]:
    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        out.with_name(out.name + suffix).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rest = max(0, items - BIG_DOCUMENT)
    sizes = [BIG_DOCUMENT] + [rest // (documents - 1)] * (documents - 1)
    sizes[-1] += items - sum(sizes)
    with Workspace.open(out) as workspace:
        for index, size in enumerate(sizes, start=1):
            workspace.apply(ImportDocument(parsed_document(rng, index, size)))
    imported = time.perf_counter() - started

    conn = sqlite3.connect(out)
    now = "2026-11-28T09:00:00+00:00"
    ids = [row[0] for row in conn.execute("SELECT id FROM items ORDER BY id")]
    stances = ("support", "oppose", "amend")
    positions, history = [], []
    for item_id in rng.sample(ids, k=len(ids) * 2 // 5):
        stance = rng.choice(stances)
        note = sentence(rng) if rng.random() < 0.4 else ""
        amendment = sentence(rng) if stance == "amend" else ""
        positions.append(
            (
                item_id,
                stance,
                note,
                amendment,
                "",
                rng.choice(("normal", "normal", "normal", "priority", "red-line")),
                now,
            )
        )
        history.append((item_id, None, stance, now))
    links = []
    for item_id in rng.sample(ids, k=min(20_000, len(ids) // 5)):
        other = rng.choice(ids)
        if other != item_id:
            links.append((item_id, other, round(rng.uniform(0.5, 1), 3), "confirmed", now))
    with conn:
        conn.executemany(
            "INSERT INTO positions (item_id, stance, note, amendment, rationale, priority,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            positions,
        )
        conn.executemany(
            "INSERT INTO stance_history (item_id, old, new, changed_at) VALUES (?, ?, ?, ?)",
            history,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO item_links (from_item_id, to_item_id, score, status,"
            " created_at) VALUES (?, ?, ?, ?, ?)",
            links,
        )
        conn.executemany(
            "INSERT INTO delegations (name, is_group) VALUES (?, ?)",
            [(name, int(" and " in name or "Union" in name)) for name in DELEGATIONS],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO delegation_stances (delegation_id, item_id, stance,"
            " updated_at) VALUES (?, ?, ?, ?)",
            [
                (rng.randint(1, len(DELEGATIONS)), item_id, rng.choice(stances), now)
                for item_id in rng.sample(ids, k=min(30_000, len(ids) // 3))
            ],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    total = time.perf_counter() - started
    return {
        "documents": float(documents),
        "items": float(len(ids)),
        "positions": float(len(positions)),
        "links": float(len(links)),
        "import seconds": imported,
        "total seconds": total,
        "megabytes": out.stat().st_size / 2**20,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args(argv)
    figures = make(args.out, args.documents, args.items)
    print(f"make_workspace: wrote {args.out}")
    print(
        f"make_workspace: {figures['documents']:.0f} documents, {figures['items']:,.0f} items, "
        f"{figures['positions']:,.0f} positions, {figures['links']:,.0f} links, "
        f"{figures['megabytes']:.0f} MB"
    )
    print(
        f"make_workspace: {figures['total seconds']:.1f} s "
        f"(imports through the real command: {figures['import seconds']:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
