"""The services under the desk's second pass: search of the delegate's own texts, versions found
by index, the carry-over's marks and sources, amendments left as the original."""

from __future__ import annotations

import pytest

import cybertrack.services.version_detection as versions
from cybertrack.domain.model import ParsedDocument, ParsedItem
from cybertrack.domain.positions import Field, Stance
from cybertrack.domain.search import SearchScope, search_terms
from cybertrack.importers import read_document
from cybertrack.services import (
    CarryPositions,
    ImportDocument,
    MarkChecked,
    SetField,
    SetStance,
    Workspace,
)
from cybertrack.storage.search import fts_query
from tests.conftest import DATA
from tests.unit.comparison_fixtures import item, linked_documents, two  # noqa: F401 - fixtures

# -- search ---------------------------------------------------------------------------------------


def test_quoted_text_is_one_phrase_and_the_rest_separate_words():
    terms = search_terms('"Budapest Convention" capital "unclosed phrase')
    assert [(t.words, t.phrase) for t in terms] == [
        (("Budapest", "Convention"), True),
        (("capital",), False),
        (("unclosed", "phrase"), True),
    ]
    assert fts_query('"Budapest Convention" cap') == '"Budapest Convention" "cap"*'
    assert fts_query('say "no"', scope=SearchScope.TEXT) == '{text} : ("say" "no")'
    assert fts_query("x", scope=SearchScope.OWN) == '{note amendment rationale} : ("x"*)'


def test_search_finds_notes_reasons_and_wording_and_words_across_them(seeded):
    doc = seeded.documents()[0].id
    two_ = seeded.resolve_item(f"{doc}:2")
    seeded.apply(SetField(two_, Field.NOTE, "Capital says no"))
    seeded.apply(SetField(seeded.resolve_item(f"{doc}:3"), Field.RATIONALE, "capital markets"))
    assert set(seeded.search("capital says", doc) or []) == {two_}
    # One word in the paragraph (Budapest), one in the delegate's note (capital).
    assert seeded.search("Budapest capital", doc) == [two_]
    assert seeded.search("Budapest capital", doc, scope=SearchScope.TEXT) == []
    assert seeded.search("Budapest", doc, scope=SearchScope.OWN) == []
    assert len(seeded.search("capital", doc, scope=SearchScope.OWN) or []) == 2
    # The index follows edits and undo.
    change = seeded.apply(SetField(two_, Field.NOTE, "nothing to see"))
    assert seeded.search("says", doc) == []
    seeded.revert(change)
    assert seeded.search("says", doc) == [two_]


def test_a_phrase_matches_only_its_words_side_by_side(seeded):
    doc = seeded.documents()[0].id
    phrase = set(seeded.search('"Budapest Convention"', doc) or [])
    scattered = set(seeded.search('"Convention Budapest"', doc) or [])
    assert phrase and not scattered


# -- versions found by index --------------------------------------------------------------------


def _filler(number: int) -> ParsedDocument:
    words = ("tariff", "shipping", "fisheries", "aviation", "orbit", "telecom", "patents")
    items = tuple(
        ParsedItem(str(n), f"({n})", f"{words[number % 7]} clause {n} on {words[n % 7]} matters")
        for n in range(1, 6)
    )
    return ParsedDocument(f"Unrelated text {number}", f"filler-{number}", "x.txt", items=items)


def test_the_version_is_found_among_candidates_from_the_index_not_every_document(
    seeded,
    linked_documents,  # noqa: F811
):
    for number in range(12):
        seeded.apply(ImportDocument(_filler(number)))
        (doc,) = (d.id for d in seeded.documents_named(None, f"Unrelated text {number}"))
        seeded.apply(SetStance((seeded.items(doc)[0].id,), Stance.SUPPORT))
    seeded.apply(SetStance((seeded.resolve_item("1:4"),), Stance.OPPOSE))
    change = seeded.apply(ImportDocument(read_document(DATA / "seed-revised.txt")))
    (new,) = change.document_ids
    match = seeded.comparison.version_match(new)
    assert match is not None and match.old.id == 1
    assert match.positions == 1 and match.changed == 1  # (4) was reworded
    assert linked_documents == [1]  # the unrelated documents were never compared item by item


def test_a_revision_symbol_leads_to_its_stem():
    assert versions.symbol_stem("A/AC.291/L.3/Rev.1") == "A/AC.291/L.3"
    assert versions.symbol_stem("A/AC.291/L.3/Rev.2/Corr.1") == "A/AC.291/L.3"
    assert versions.symbol_stem("A/80/604/Add.3") == "A/80/604/Add.3"


def test_find_version_reads_through_its_own_connection(two):  # noqa: F811
    two.apply(SetStance((item(two, 1, "4"),), Stance.OPPOSE))
    match, documents = versions.find_version(str(two.path), 2)
    assert match is not None and match.old.id == 1 and len(documents) == 2


# -- carry-over marks, sources, checking -----------------------------------------------------------


def test_carrying_marks_changed_texts_and_records_where_it_came_from(two):  # noqa: F811
    four_old, four_new = item(two, 1, "4"), item(two, 2, "4")
    ten_old, eleven_new = item(two, 1, "10"), item(two, 2, "11")  # (10) unchanged, renumbered
    change = two.apply(CarryPositions(((four_old, four_new), (ten_old, eleven_new))))
    assert two.item(four_new).recheck and not two.item(eleven_new).recheck
    assert change.message is not None and change.message.args["recheck"] == 1
    (entry,) = two.history(four_new)
    assert entry.carried_from is not None
    assert (entry.carried_from.item_id, entry.carried_from.item_label) == (four_old, "(4)")
    assert two.apply(MarkChecked((four_new, eleven_new))).item_ids == {four_new}
    assert not two.item(four_new).recheck
    assert two.apply(MarkChecked((four_new,))).empty  # nothing left to check
    two.revert(change)
    assert [h.undone for h in two.history(four_new)] == [True]


def test_an_amendment_left_as_the_original_is_not_stored(seeded):
    first = seeded.items()[0]
    seeded.apply(SetField(first.id, Field.AMENDMENT, "  " + first.text.replace(" ", "  ") + "\n"))
    assert seeded.item(first.id).amendment == ""
    seeded.apply(SetField(first.id, Field.AMENDMENT, first.text + " Also this."))
    assert seeded.item(first.id).amendment.endswith("Also this.")


def test_a_version_label_is_stored_and_names_the_document(workspace):
    parsed = read_document(DATA / "seed-revised.txt")
    change = workspace.apply(ImportDocument(parsed, version_label=" Rev.1 "))
    (row,) = workspace.documents()
    assert row.version_label == "Rev.1" and row.name == f"{row.symbol or row.title} · Rev.1"
    assert change.message is not None and "· Rev.1" in str(change.message)
    assert workspace.documents_named(None, row.title.upper()) == [row]


def test_a_reader_and_a_writer_open_the_same_file(seeded):
    with seeded.reader() as reader:
        assert reader.read_only and len(reader.items()) == 39
    writer = seeded.writer()
    try:
        writer.apply(SetStance((seeded.items()[0].id,), Stance.SUPPORT))
    finally:
        writer.close()
    assert seeded.items()[0].stance is Stance.SUPPORT  # seen by the first connection


@pytest.mark.parametrize("scope", list(SearchScope))
def test_any_input_is_safe_in_every_scope(seeded, scope):
    for text in ('"', '""', "AND OR (", "{text}:", "*", ":"):
        seeded.search(text, scope=scope)


def test_workspace_open_reader_refuses_nothing_it_can_read(seeded):
    with Workspace.open_reader(seeded.path) as reader:
        assert reader.documents() == seeded.documents()
