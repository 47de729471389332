"""Linking the seed report to the revised version we wrote (tests/data/seed-revised.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cybertrack.compare.linking import change_status, link_items, normalise
from cybertrack.domain.comparison import Change, Link, LinkState
from cybertrack.domain.model import ItemRow
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, Workspace

DATA = Path(__file__).resolve().parent.parent / "data"

# Old number -> new number(s), as tests/data/README.md describes the revision.
MOVED = {6: 7, 7: 8, 9: 9, 10: 11, 11: 10, 20: 20, 21: 20, 38: 36}
DROPPED = {"8", "37", "39"}
NEW = {"6", "37"}
REWORDED_OLD = {"4", "13", "25", "33", "20", "21"}


def expected_pairs() -> set[tuple[str, str]]:
    pairs = set()
    for old in range(1, 40):
        if str(old) in DROPPED:
            continue
        if old in MOVED:
            new = MOVED[old]
        elif old < 6:
            new = old
        elif old < 20:
            new = old  # one dropped (8) and one added (6) before it
        else:
            new = old - 1  # (20) and (21) became one
        if old == 38:
            new = 36
        pairs.add((str(old), str(new)))
    return pairs


@pytest.fixture
def versions(seeded: Workspace) -> tuple[list[ItemRow], list[ItemRow]]:
    seeded.apply(ImportDocument(read_document(DATA / "seed-revised.txt")))
    first, second = seeded.documents()
    return seeded.items(first.id), seeded.items(second.id)


def numbers(links: list[Link], old: list[ItemRow], new: list[ItemRow]) -> set[tuple[str, str]]:
    number = {item.id: item.number for item in (*old, *new)}
    return {(number[link.from_item_id], number[link.to_item_id]) for link in links}


def test_normalise_folds_case_punctuation_and_space() -> None:
    assert normalise("  States’ SOVEREIGNTY;\n must—be  respected. ") == (
        "states sovereignty must be respected"
    )


def test_every_link_of_the_revised_seed_is_found(versions: tuple[list[ItemRow], ...]) -> None:
    old, new = versions
    links = link_items(old, new)
    assert numbers(links, old, new) == expected_pairs()
    assert all(link.state is LinkState.CANDIDATE for link in links)


def test_scores_tell_identical_from_reworded(versions: tuple[list[ItemRow], ...]) -> None:
    old, new = versions
    links = link_items(old, new)
    by_old = {
        next(i.number for i in old if i.id == link.from_item_id): link.score for link in links
    }
    assert by_old["1"] == 100.0
    assert by_old["10"] == 100.0  # swapped, not changed
    assert 60.0 <= by_old["25"] < 90.0
    assert 90.0 <= by_old["4"] < 100.0


def test_every_change_is_flagged(versions: tuple[list[ItemRow], ...]) -> None:
    old, new = versions
    old_status, new_status = change_status(old, new, link_items(old, new))
    by_number_old = {i.number: old_status[i.id] for i in old}
    by_number_new = {i.number: new_status[i.id] for i in new}
    assert {n for n, s in by_number_old.items() if s is Change.DROPPED} == DROPPED
    assert {n for n, s in by_number_old.items() if s is Change.CHANGED} == REWORDED_OLD
    assert {n for n, s in by_number_new.items() if s is Change.NEW} == NEW
    assert {n for n, s in by_number_new.items() if s is Change.CHANGED} == {
        "4",
        "13",
        "20",
        "24",
        "32",
    }
    # The page break inside old (2) is white space, not a change.
    assert by_number_old["2"] is Change.SAME


def test_a_rejected_link_makes_both_ends_unmatched(versions: tuple[list[ItemRow], ...]) -> None:
    old, new = versions
    links = link_items(old, new)
    first = next(link for link in links if link.from_item_id == old[0].id)
    rejected = [
        Link(lk.from_item_id, lk.to_item_id, lk.score, LinkState.REJECTED) if lk == first else lk
        for lk in links
    ]
    old_status, new_status = change_status(old, new, rejected)
    assert old_status[first.from_item_id] is Change.DROPPED
    assert new_status[first.to_item_id] is Change.NEW


def item(item_id: int, number: str, text: str, section: str | None = None) -> ItemRow:
    return ItemRow(
        id=item_id,
        document_id=item_id // 100,
        number=number,
        label=f"({number})",
        kind="paragraph",
        section=section,
        text=text,
        stance=None,
        note="",
        amendment="",
        position=item_id % 100,
    )


def test_identical_boilerplate_links_to_its_own_number() -> None:
    text = "The Expert Group took note of the statements made by the delegations present."
    old = [item(101, "1", text), item(102, "2", text)]
    new = [item(201, "1", text), item(202, "2", text)]
    assert {(lk.from_item_id, lk.to_item_id) for lk in link_items(old, new)} == {
        (101, 201),
        (102, 202),
    }


def test_a_split_item_links_to_both_parts() -> None:
    first = "States should establish joint investigative teams with other countries at all levels."
    second = "Such teams should share electronic evidence quickly and respect human rights always."
    old = [item(101, "1", f"{first} {second}")]
    new = [item(201, "1", first), item(202, "2", second)]
    links = link_items(old, new)
    assert {(lk.from_item_id, lk.to_item_id) for lk in links} == {(101, 201), (101, 202)}
    old_status, new_status = change_status(old, new, links)
    assert old_status == {101: Change.CHANGED}
    assert new_status == {201: Change.CHANGED, 202: Change.CHANGED}


def test_unrelated_texts_do_not_link() -> None:
    old = [item(101, "1", "States should protect critical infrastructure against attacks.")]
    new = [item(201, "1", "The meeting was opened by the Chair, who welcomed the delegates.")]
    assert link_items(old, new) == []
    assert link_items([], new) == []
    assert change_status([], new, []) == ({}, {201: Change.NEW})
