"""Save a copy: a consistent, openable snapshot; the open workspace stays the one in use."""

import pytest

from cybertrack.domain.errors import WorkspaceError
from cybertrack.domain.positions import Stance
from cybertrack.services import SetStance, Workspace


def test_copy_holds_the_work_and_is_independent(seeded, tmp_path):
    first = seeded.items()[0].id
    seeded.apply(SetStance((first,), Stance.AMEND))
    target = seeded.save_copy(tmp_path / "copies" / "copy.cybertrack")
    seeded.apply(SetStance((first,), Stance.OPPOSE))
    with Workspace.open(target) as copy:
        assert copy.item(first).stance is Stance.AMEND
        assert len(copy.items()) == 39
    assert seeded.item(first).stance is Stance.OPPOSE


def test_copy_onto_itself_or_a_folder_is_refused(seeded, tmp_path):
    with pytest.raises(WorkspaceError, match="open workspace"):
        seeded.save_copy(seeded.path)
    with pytest.raises(WorkspaceError, match="folder"):
        seeded.save_copy(tmp_path)


def test_section_headings_of_sections_holding_items(seeded):
    (doc,) = seeded.documents()
    # With the chapter above it, which holds no item of its own.
    assert seeded.section_headings() == {
        doc.id: [
            ("II. List of preliminary recommendations and conclusions", 0, False),
            ("A. International cooperation", 1, True),
        ]
    }


def test_short_last_word_is_matched_whole_when_asked(seeded):
    from cybertrack.storage.search import fts_query

    assert fts_query("Budapest c", min_prefix=2) == '"Budapest" "c"'
    assert fts_query("Budapest co", min_prefix=2) == '"Budapest" "co"*'
    (doc,) = seeded.documents()
    prefix = seeded.search("Budap", doc.id)
    assert prefix and seeded.search("Budap", doc.id, min_prefix=6) == []
    assert seeded.search("Budapest", doc.id, min_prefix=2) == prefix
