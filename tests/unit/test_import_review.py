"""Fixing an import before it is saved: split, merge, make an item, renumber; then stored."""

from cybertrack.domain.units import Revision, Unit
from cybertrack.importers import parse_bytes, read_document
from cybertrack.services import ImportDocument
from cybertrack.services import import_review as review
from tests.conftest import DATA

REPORT = (
    b"I. Budget\n\n"
    b"1. The Committee notes the proposal. The Committee also notes the revised estimates.\n\n"
    b"2. The Committee recommends approval.\n\n"
    b"The Committee was informed that three posts are vacant.\n\n"
    b"4. The Committee trusts the mission will report.\n"
)


def _rows():
    document = parse_bytes(REPORT, "report.txt")
    return document, review.rows_of(document)


def test_left_out_text_stands_where_it_is_in_the_source() -> None:
    _, rows = _rows()
    assert [(r.item.number if r.item else "left out") for r in rows] == [
        "1",
        "2",
        "left out",
        "4",
    ]
    assert rows[2].passage is not None and rows[2].passage.heading == "I. Budget"
    assert review.suggested_number(rows, 2) == "3"


def test_make_the_left_out_text_item_3() -> None:
    document, rows = _rows()
    fixed = review.make_item(rows, 2, "3")
    item = fixed[2].item
    assert item is not None
    assert (item.number, item.label, item.text) == (
        "3",
        "3.",
        "The Committee was informed that three posts are vacant.",
    )
    assert item.section_key == document.items[1].section_key and item.kind is Unit.PARAGRAPH
    edited = review.reviewed_document(document, fixed, title="Report", symbol="A/80/1")
    assert [i.number for i in edited.items] == ["1", "2", "3", "4"]
    assert edited.left_out == () and (edited.title, edited.symbol) == ("Report", "A/80/1")


def test_merge_the_left_out_text_into_the_item_above() -> None:
    _, rows = _rows()
    merged = review.merge_into_previous(rows, 2)
    assert [r.item.number for r in merged if r.item] == ["1", "2", "4"]
    assert merged[1].item is not None and merged[1].item.text == (
        "The Committee recommends approval. The Committee was informed that three posts are vacant."
    )


def test_split_an_item_in_two_and_renumber() -> None:
    _, rows = _rows()
    text = rows[0].item.text
    at = text.index("The Committee also")
    split = review.split(rows, 0, at, "1 bis")
    assert [(r.item.label, r.item.text) for r in split[:2]] == [
        ("1.", "The Committee notes the proposal."),
        ("1 bis.", "The Committee also notes the revised estimates."),
    ]
    renumbered = review.relabel(split, 1, "2")
    assert renumbered[1].item.label == "2."
    unchanged = review.split(rows, 0, 0, "x")  # nothing before the cut: no split
    assert unchanged == rows


def test_unticked_items_stay_out(workspace) -> None:
    document, rows = _rows()
    rows = [review.Row(r.item, r.passage, r.item is None or r.item.number != "4") for r in rows]
    edited = review.reviewed_document(document, rows, title="", symbol="")
    assert [i.number for i in edited.items] == ["1", "2"]
    assert edited.title == document.title and edited.symbol is None


def test_units_and_tracked_change_marks_are_stored(workspace) -> None:
    document = read_document(DATA / "synthetic-tracked-changes.docx")
    change = workspace.apply(ImportDocument(document))
    (document_id,) = change.document_ids
    rows = workspace.items(document_id)
    assert [(r.number, r.kind, r.revision) for r in rows] == [
        ("1", Unit.PARAGRAPH, Revision.CHANGED),
        ("2", Unit.PARAGRAPH, Revision.DELETED),
        ("2", Unit.PARAGRAPH, None),
        ("3", Unit.PARAGRAPH, Revision.INSERTED),
        ("4", Unit.PARAGRAPH, None),
    ]
    resolution = read_document(DATA / "synthetic-resolution-fr.docx")
    change = workspace.apply(ImportDocument(resolution))
    (document_id,) = change.document_ids
    kinds = [r.kind for r in workspace.items(document_id)]
    assert kinds == [Unit.PREAMBULAR] * 3 + [Unit.OPERATIVE] * 6
    assert all(isinstance(kind, Unit) for kind in kinds)
