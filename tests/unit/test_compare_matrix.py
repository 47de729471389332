"""Rows of linked items across three documents (pure, no workspace)."""

from __future__ import annotations

from cybertrack.compare.matrix import RowFlag, comparison_rows
from cybertrack.domain.comparison import Link, LinkState
from cybertrack.domain.model import DocumentRow, ItemRow
from cybertrack.domain.positions import Stance


def document(document_id: int) -> DocumentRow:
    return DocumentRow(
        document_id, None, f"Version {document_id}", None, None, None, None, None,
        f"2021-0{document_id}-01", None, None, "x.txt", 2,
    )  # fmt: skip


def item(item_id: int, document_id: int, position: int, text: str, stance=None) -> ItemRow:
    return ItemRow(
        item_id, document_id, str(position + 1), f"({position + 1})", "paragraph", None, text,
        stance, "", "", position,
    )  # fmt: skip


def test_a_chain_of_links_is_one_row_across_three_versions() -> None:
    items = [
        item(11, 1, 0, "States should cooperate.", Stance.SUPPORT),
        item(12, 1, 1, "States should share data.", Stance.OPPOSE),
        item(21, 2, 0, "States should cooperate.", Stance.SUPPORT),
        item(22, 2, 1, "States should share data quickly."),
        item(31, 3, 0, "States should cooperate fully.", Stance.AMEND),
        item(32, 3, 1, "A new idea."),
    ]
    links = [
        Link(11, 21, 100.0),
        Link(21, 31, 90.0, LinkState.CONFIRMED),
        Link(12, 22, 90.0),
        Link(22, 32, 20.0, LinkState.REJECTED),  # rejected: not the same item
    ]
    rows = comparison_rows([document(3), document(1), document(2)], items, links)
    assert len(rows) == 3
    first, second, third = rows
    assert [c.number if c else None for c in first.cells] == ["1", "1", "1"]
    assert first.flags == {RowFlag.TEXT_CHANGED, RowFlag.STANCE_CHANGED}
    assert [bool(c and c.text_changed) for c in first.cells] == [False, False, True]
    assert [c.number if c else None for c in second.cells] == ["2", "2", None]
    assert second.flags == {RowFlag.TEXT_CHANGED, RowFlag.DROPPED}
    assert [c.number if c else None for c in third.cells] == [None, None, "2"]
    assert third.flags == {RowFlag.NEW}
