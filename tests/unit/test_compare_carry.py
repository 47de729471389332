"""The carry-over proposal and the comparison rows, on the seed and its revision."""

from __future__ import annotations

from cybertrack.domain.comparison import RowFlag
from cybertrack.domain.positions import Stance
from cybertrack.services import CarryPositions, ConfirmLink, SetStance, Workspace
from tests.unit import comparison_fixtures
from tests.unit.comparison_fixtures import item

two = comparison_fixtures.two  # the seed and its revision, linked (a fixture)


def by_numbers(two: Workspace) -> dict[tuple[str, str], object]:
    return {(p.source.number, p.target.number): p for p in two.comparison.carry_plan(1, 2)}


def test_the_plan_proposes_every_decided_item_and_flags_changed_text(two: Workspace) -> None:
    plan = by_numbers(two)
    assert set(plan) == {("4", "4"), ("10", "11"), ("20", "20"), ("21", "20")}
    reworded = plan[("4", "4")]
    assert reworded.text_changed  # type: ignore[attr-defined]
    ops = {span.op for span in reworded.diff}  # type: ignore[attr-defined]
    assert ops == {"equal", "delete", "insert"}
    inserted = " ".join(s.text for s in reworded.diff if s.op == "insert")  # type: ignore[attr-defined]
    assert "competent authorities" in inserted
    moved = plan[("10", "11")]
    assert not moved.text_changed and moved.suggested  # type: ignore[attr-defined]


def test_two_decided_items_merged_into_one_are_not_chosen_for_the_user(two: Workspace) -> None:
    plan = by_numbers(two)
    assert plan[("20", "20")].conflict and plan[("21", "20")].conflict  # type: ignore[attr-defined]
    assert not plan[("20", "20")].suggested  # type: ignore[attr-defined]


def test_a_new_item_with_its_own_position_is_not_overwritten_by_default(two: Workspace) -> None:
    two.apply(SetStance((item(two, 2, "11"),), Stance.OPPOSE))
    assert not by_numbers(two)[("10", "11")].suggested  # type: ignore[attr-defined]


def test_headless_carry_needs_a_confirmed_link(two: Workspace) -> None:
    assert not any(p.headless for p in two.comparison.carry_plan(1, 2))
    two.apply(ConfirmLink(item(two, 1, "10"), item(two, 2, "11")))
    headless = [p for p in two.comparison.carry_plan(1, 2) if p.headless]
    assert [(p.source.number, p.target.number) for p in headless] == [("10", "11")]


def test_only_accepted_proposals_are_carried(two: Workspace) -> None:
    accepted = [p for p in two.comparison.carry_plan(1, 2) if p.source.number == "4"]
    two.apply(CarryPositions(tuple((p.source.id, p.target.id) for p in accepted)))
    decided = {i.number: (i.stance, i.note) for i in two.items(2) if i.stance}
    assert decided == {"4": (Stance.OPPOSE, "Sovereignty first")}


def test_comparison_rows_follow_links_across_documents(two: Workspace) -> None:
    documents, rows = two.comparison.rows([2, 1])
    assert [d.id for d in documents] == [1, 2]  # date order, whatever order was asked
    cells = {
        (r.cells[0].number if r.cells[0] else None, r.cells[1].number if r.cells[1] else None): r
        for r in rows
    }
    assert len(rows) == 39 - 1 + 2  # dropped rows stay, the merged pair is one row, 2 new
    assert cells[("20 + 21", "20")].flags == {RowFlag.TEXT_CHANGED}
    assert cells[("8", None)].flags == {RowFlag.DROPPED}
    assert cells[(None, "6")].flags == {RowFlag.NEW}
    assert cells[("10", "11")].flags == frozenset()
    assert cells[("4", "4")].flags == {RowFlag.TEXT_CHANGED}
    assert cells[("4", "4")].cells[1].text_changed  # type: ignore[union-attr]
    two.apply(SetStance((item(two, 2, "11"),), Stance.OPPOSE))
    _, rows = two.comparison.rows([1, 2])
    swapped = next(r for r in rows if r.cells[0] and r.cells[0].number == "10")
    assert swapped.flags == {RowFlag.STANCE_CHANGED}
    # Rows follow the newest text; a dropped item stays where it was.
    newest = [r.cells[1].number if r.cells[1] else None for r in rows[:10]]
    assert newest == ["1", "2", "3", "4", "5", "6", "7", "8", None, "9"]
    assert rows[8].cells[0].number == "8"  # type: ignore[union-attr]
    assert [r.cells[0].number if r.cells[0] else None for r in rows[-4:]] == [
        "37",
        "38",
        "39",
        None,
    ]


def test_the_previous_version_is_the_decided_text_most_items_link_to(two: Workspace) -> None:
    previous = two.comparison.previous_version(2)
    assert previous is not None and previous.id == 1
    assert two.comparison.previous_version(1) is None  # nothing decided in document 2 yet


def test_earlier_versions_follow_active_links_back(two: Workspace) -> None:
    merged = two.comparison.earlier_versions(item(two, 2, "20"))
    assert sorted((d.id, i.number, i.stance, changed) for d, i, changed in merged) == [
        (1, "20", Stance.AMEND, True),
        (1, "21", Stance.SUPPORT, True),
    ]
    assert two.comparison.earlier_versions(item(two, 2, "6")) == []  # new
    assert two.comparison.earlier_versions(item(two, 1, "4")) == []  # nothing before


def test_the_review_lists_what_each_version_has_alone(two: Workspace) -> None:
    review = two.comparison.carry_review(1, 2)
    assert [(p.source.number, p.target.number) for p in review.plan] == [
        (p.source.number, p.target.number) for p in two.comparison.carry_plan(1, 2)
    ]
    links = two.comparison.links_between(1, 2)
    linked_old = {lk.from_item_id for lk in links if lk.active}
    linked_new = {lk.to_item_id for lk in links if lk.active}
    assert review.dropped and review.added  # the revision drops and adds paragraphs
    assert [i.id for i in review.dropped] == [i.id for i in two.items(1) if i.id not in linked_old]
    assert [i.id for i in review.added] == [i.id for i in two.items(2) if i.id not in linked_new]
