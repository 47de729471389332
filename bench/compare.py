"""Time to link two versions of a 5,000-item text, and the gain over a naive difflib comparison.

Run: .venv/bin/python bench/compare.py [--items 5000] [--naive-sample 200]

The items are built from the seed report's own words (so word frequencies are realistic); the
second version rewords a fifth of the items, drops and adds a few and moves some.
"""

from __future__ import annotations

import argparse
import difflib
import random
import time
from pathlib import Path

from cybertrack.compare.linking import link_items, normalise
from cybertrack.domain.model import ItemRow

SEED = (
    Path(__file__).resolve().parent.parent
    / "seeds"
    / "unodc-eg4-2020-international-cooperation.txt"
)


def _item(item_id: int, number: int, text: str) -> ItemRow:
    return ItemRow(
        id=item_id,
        document_id=1 if item_id < 1_000_000 else 2,
        number=str(number),
        label=f"({number})",
        kind="paragraph",
        section=None,
        text=text,
        stance=None,
        note="",
        amendment="",
        position=number,
    )


def make_versions(
    count: int, rng: random.Random, reworded: float = 0.2
) -> tuple[list[ItemRow], list[ItemRow]]:
    words = SEED.read_text(encoding="utf-8").split()
    texts = [" ".join(rng.choices(words, k=rng.randint(20, 90))) for _ in range(count)]
    old = [_item(i + 1, i + 1, text) for i, text in enumerate(texts)]
    revised: list[str] = []
    for text in texts:
        roll = rng.random()
        if roll < 0.05:
            continue  # dropped
        if roll < 0.05 + reworded:
            tokens = text.split()
            for _ in range(3):
                tokens[rng.randrange(len(tokens))] = rng.choice(words)
            text = " ".join(tokens)
        revised.append(text)
        if rng.random() < 0.05:
            revised.append(" ".join(rng.choices(words, k=rng.randint(20, 90))))  # new
    for _ in range(count // 100):  # a few moved items
        a, b = rng.randrange(len(revised)), rng.randrange(len(revised))
        revised[a], revised[b] = revised[b], revised[a]
    new = [_item(1_000_000 + i, i + 1, text) for i, text in enumerate(revised)]
    return old, new


def naive_seconds(old: list[ItemRow], new: list[ItemRow]) -> float:
    """All pairs with difflib, the obvious way to do it without rapidfuzz."""
    start = time.perf_counter()
    a = [normalise(i.text) for i in old]
    b = [normalise(i.text) for i in new]
    for x in a:
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(x)
        for y in b:
            matcher.set_seq1(y)
            matcher.ratio()
    return time.perf_counter() - start


def workspace_seconds(old: list[ItemRow], new: list[ItemRow]) -> dict[str, float]:
    """The whole path in a workspace: store the candidate links, build the comparison rows."""
    import tempfile

    from cybertrack.domain.model import ParsedDocument, ParsedItem
    from cybertrack.services import ImportDocument, LinkDocuments, Workspace

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder) / "b.db") as ws:
        for name, items in (("old", old), ("new", new)):
            parsed = ParsedDocument(
                title=name,
                content_hash=name,
                source_name=f"{name}.txt",
                items=tuple(ParsedItem(i.number, i.label, i.text) for i in items),
            )
            ws.apply(ImportDocument(parsed))
        start = time.perf_counter()
        ws.apply(LinkDocuments(1, 2))
        figures["store candidate links"] = time.perf_counter() - start
        start = time.perf_counter()
        ws.comparison.rows([1, 2])
        figures["comparison rows"] = time.perf_counter() - start
        start = time.perf_counter()
        ws.comparison.carry_plan(1, 2)
        figures["carry-over plan"] = time.perf_counter() - start
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--naive-sample", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(2020)
    old, new = make_versions(args.items, rng)

    start = time.perf_counter()
    links = link_items(old, new)
    ours = time.perf_counter() - start
    print(
        f"link_items {len(old)} x {len(new)} items (1 in 5 reworded): "
        f"{ours:.2f} s, {len(links)} links"
    )

    worst_old, worst_new = make_versions(args.items, random.Random(2021), reworded=0.95)
    start = time.perf_counter()
    worst_links = link_items(worst_old, worst_new)
    worst = time.perf_counter() - start
    print(
        f"link_items {len(worst_old)} x {len(worst_new)} items (every item reworded): "
        f"{worst:.2f} s, {len(worst_links)} links"
    )

    for what, seconds in workspace_seconds(old, new).items():
        print(f"workspace, {what}: {seconds:.2f} s")

    n = args.naive_sample
    sample = naive_seconds(old[:n], new[:n])
    projected = sample * (len(old) * len(new)) / (n * n)
    print(f"difflib all pairs {n} x {n}: {sample:.2f} s")
    print(f"difflib projected to {len(old)} x {len(new)}: {projected:.0f} s")
    slowest = max(ours, worst)
    print(
        f"speed-up: {projected / slowest:.0f}x   target < 5 s: {'met' if slowest < 5 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
