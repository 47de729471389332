"""Comparison commands: each applied in one transaction, revertible and re-appliable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cybertrack.domain.comparison import LinkState
from cybertrack.domain.errors import CyberTrackError, NotFound
from cybertrack.domain.positions import Stance
from cybertrack.services import (
    AddDelegations,
    Batch,
    CarryPositions,
    ConfirmLink,
    LinkDocuments,
    RejectLink,
    RepointLink,
    SetDelegationStance,
    Workspace,
)
from tests.unit import comparison_fixtures
from tests.unit.comparison_fixtures import item

two = comparison_fixtures.two  # the seed and its revision, linked (a fixture)


def state(ws: Workspace) -> Any:
    c = ws.comparison
    items = ws.items()
    return (
        [(i.id, i.stance, i.note, i.amendment, i.rationale, i.priority) for i in items],
        sorted((lk.id, lk.from_item_id, lk.to_item_id, lk.score, lk.state) for lk in c.all_links()),
        c.delegations(),
        c.delegation_stances([i.id for i in items]),
    )


COMMANDS: list[Callable[[Workspace], Any]] = [
    lambda ws: LinkDocuments(2, 1),
    lambda ws: ConfirmLink(item(ws, 1, "4"), item(ws, 2, "4")),
    lambda ws: RejectLink(item(ws, 1, "25"), item(ws, 2, "24")),
    lambda ws: ConfirmLink(item(ws, 1, "8"), item(ws, 2, "6")),  # a link made by hand
    lambda ws: RepointLink(item(ws, 1, "10"), item(ws, 2, "11"), item(ws, 2, "12")),
    lambda ws: CarryPositions(((item(ws, 1, "4"), item(ws, 2, "4")),)),
    lambda ws: AddDelegations((("Group of 77 and China", True), ("Brazil", False))),
    lambda ws: Batch(
        (
            AddDelegations((("European Union", True),)),
            SetDelegationStance(
                1, (item(ws, 2, "4"), item(ws, 2, "5")), Stance.SUPPORT, "informals"
            ),
        )
    ),
]


@pytest.mark.parametrize("make", COMMANDS)
def test_apply_revert_reapply(two: Workspace, make: Callable[[Workspace], Any]) -> None:
    before = state(two)
    change = two.apply(make(two))
    after = state(two)
    assert after != before
    two.revert(change)
    assert state(two) == before
    two.reapply(change)
    assert state(two) == after


def test_linking_twice_keeps_the_users_decisions(two: Workspace) -> None:
    old, new = item(two, 1, "25"), item(two, 2, "24")
    two.apply(RejectLink(old, new))
    change = two.apply(LinkDocuments(1, 2))
    assert change.empty
    (link,) = [lk for lk in two.comparison.links_of_item(new) if lk.from_item_id == old]
    assert link.state is LinkState.REJECTED


def test_links_are_found_from_either_end(two: Workspace) -> None:
    old, new = item(two, 1, "20"), item(two, 2, "20")
    assert [lk.to_item_id for lk in two.comparison.links_of_item(old)] == [new]
    assert {lk.from_item_id for lk in two.comparison.links_of_item(new)} == {
        old,
        item(two, 1, "21"),
    }


def test_repoint_rejects_the_old_link_and_confirms_the_new(two: Workspace) -> None:
    old = item(two, 1, "10")
    two.apply(RepointLink(old, item(two, 2, "11"), item(two, 2, "12")))
    states = {lk.to_item_id: lk.state for lk in two.comparison.links_of_item(old)}
    assert states == {
        item(two, 2, "11"): LinkState.REJECTED,
        item(two, 2, "12"): LinkState.CONFIRMED,
    }


def test_carry_copies_the_whole_position(two: Workspace) -> None:
    old, new = item(two, 1, "20"), item(two, 2, "20")
    two.apply(CarryPositions(((old, new),)))
    carried = two.item(new)
    assert (carried.stance, carried.amendment) == (Stance.AMEND, "delete 'buy-in'")
    assert [h.new for h in two.history(new)] == [Stance.AMEND]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda ws: LinkDocuments(1, 1), "two different documents"),
        (lambda ws: LinkDocuments(1, 99), "no document with id 99"),
        (lambda ws: ConfirmLink(item(ws, 1, "1"), 9999), "no item with id 9999"),
        (lambda ws: ConfirmLink(item(ws, 1, "1"), item(ws, 1, "2")), "two different documents"),
        (lambda ws: CarryPositions(((1, 50), (2, 50))), "not several"),
        (lambda ws: AddDelegations((("  ", False),)), "needs a name"),
        (lambda ws: SetDelegationStance(42, (1,), Stance.SUPPORT), "no delegation with id 42"),
    ],
)
def test_bad_requests_say_why_and_change_nothing(
    two: Workspace, make: Callable[[Workspace], Any], message: str
) -> None:
    before = state(two)
    with pytest.raises(CyberTrackError, match=message):
        two.apply(make(two))
    assert state(two) == before


def test_participants_become_delegations_with_the_g77_as_a_group(seeded: Workspace) -> None:
    entries = seeded.comparison.participant_delegations(1)
    assert len(entries) == 20
    assert ("Group of 77 and China", True) in entries
    assert ("State of Palestine", False) in entries
    assert not any("on behalf of" in name for name, _ in entries)
    seeded.apply(AddDelegations(tuple(entries)))
    seeded.apply(AddDelegations(tuple(entries)))  # again: nothing new
    names = [d.name for d in seeded.comparison.delegations()]
    assert len(names) == 20
    assert names[0] == "Group of 77 and China"  # groups first
    with pytest.raises(NotFound):
        seeded.comparison.participant_delegations(7)


def test_a_delegation_stance_keeps_its_source_and_can_be_cleared(seeded: Workspace) -> None:
    seeded.apply(AddDelegations((("European Union", True),)))
    (eu,) = seeded.comparison.delegations()
    first = item(seeded, 1, "1")
    seeded.apply(SetDelegationStance(eu.id, (first,), Stance.OPPOSE, " statement of 28 July "))
    (recorded,) = seeded.comparison.delegation_stances([first])
    assert (recorded.stance, recorded.source) == (Stance.OPPOSE, "statement of 28 July")
    seeded.apply(SetDelegationStance(eu.id, (first,), None))
    assert seeded.comparison.delegation_stances([first]) == []
