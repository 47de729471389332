"""Version detection's samples: the rare shingles of items spread over the new text, looked up
in the precedent index; a version is found by its text whatever its title or symbol."""

from __future__ import annotations

from dataclasses import replace

from cybertrack.domain.positions import Stance
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetStance
from cybertrack.services import version_detection as versions
from tests.unit.comparison_fixtures import DATA, linked_documents  # noqa: F401 - fixture


def test_samples_are_spread_over_the_text_and_find_their_document(seeded):
    (doc,) = seeded.documents()
    items = seeded.items(doc.id)
    samples = versions.samples(items)
    assert len(samples) == versions.SAMPLED_ITEMS
    holders = seeded._store.precedents.counts(sorted(set().union(*samples)))
    for shingles in samples:
        found = seeded._store.precedents.candidate_votes(
            versions._rarest(shingles, holders), versions.PER_SAMPLE
        )
        assert seeded._store.documents.of_items([i for i, _ in found]) == {doc.id}
        assert found[0][1] == len(shingles)  # its own paragraph holds every one


def test_a_version_renamed_and_without_symbol_is_found_by_its_text(
    seeded,
    linked_documents,  # noqa: F811
):
    # Unrelated texts, decided too: never compared item by item.
    for name in ("a-res-75-282-ahc-modalities.txt", "budapest-convention-ets185.txt"):
        change = seeded.apply(ImportDocument(read_document(DATA / name)))
        (other,) = change.document_ids
        seeded.apply(SetStance((seeded.items(other)[0].id,), Stance.SUPPORT))
    seeded.update_precedent_index()
    seeded.apply(SetStance((seeded.resolve_item("1:4"),), Stance.OPPOSE))
    revised = read_document(DATA / "seed-revised.txt")
    renamed = replace(revised, title="Outcome of the meeting, as revised", symbol=None)
    change = seeded.apply(ImportDocument(renamed))
    (new,) = change.document_ids
    assert seeded.precedent_index_pending()  # the new text itself is not indexed yet
    new_row = seeded.document(new)
    assert seeded._store.documents.named(None, new_row.title) == [new_row]  # not by its name
    match = seeded.comparison.version_match(new)
    assert match is not None and match.old.id == 1 and match.positions == 1
    assert linked_documents == [1]
