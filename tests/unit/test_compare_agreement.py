"""Agreement with our stance, and who is where on each item of the seed."""

from __future__ import annotations

import pytest

from cybertrack.compare.agreement import Agreement, agreement, alignments
from cybertrack.domain.positions import Stance
from cybertrack.services import AddDelegations, SetDelegationStance, SetStance, Workspace

S, OP, A = Stance.SUPPORT, Stance.OPPOSE, Stance.AMEND


@pytest.mark.parametrize(
    "ours, theirs, expected",
    [
        (S, S, Agreement.AGREE),
        (OP, OP, Agreement.AGREE),
        (A, A, Agreement.AGREE),
        (S, OP, Agreement.DISAGREE),
        (OP, S, Agreement.DISAGREE),
        (S, A, Agreement.PARTIAL),
        (A, OP, Agreement.PARTIAL),
        (None, S, None),
        (S, None, None),
    ],
)
def test_agreement(ours, theirs, expected) -> None:
    assert agreement(ours, theirs) is expected


def test_who_is_with_us_on_an_item_from_the_seeds_participants(seeded: Workspace) -> None:
    ws = seeded
    ws.apply(AddDelegations(tuple(ws.comparison.participant_delegations(1))))
    ids = {d.name: d.id for d in ws.comparison.delegations()}
    four, five = ws.resolve_item("1:4"), ws.resolve_item("1:5")
    ws.apply(SetStance((four,), OP))
    for name, stance in (
        ("Group of 77 and China", OP),
        ("Russian Federation", OP),
        ("United States of America", S),
        ("Brazil", A),
    ):
        ws.apply(SetDelegationStance(ids[name], (four, five), stance, "statement of 28 July"))
    items = ws.items(1)
    found = alignments(
        items, ws.comparison.delegations(), ws.comparison.delegation_stances([four, five])
    )
    assert found[four].with_us == ("Group of 77 and China", "Russian Federation")
    assert found[four].against == ("United States of America",)
    assert found[four].partly == ("Brazil",)
    assert found[five].with_us == () and len(found[five].undecided_by_us) == 4
    assert found[ws.resolve_item("1:6")].with_us == ()
