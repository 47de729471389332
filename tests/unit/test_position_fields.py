"""Public rationale, priority and workspace settings: commands that undo and redo exactly."""

import pytest

from cybertrack.domain.errors import CyberTrackError, NotFound
from cybertrack.domain.messages import english
from cybertrack.domain.positions import Field, Priority, Stance
from cybertrack.services import Batch, SetField, SetPriority, SetSetting, SetStance


def _fields(ws):
    return [(i.id, i.stance, i.note, i.rationale, i.priority) for i in ws.items()]


@pytest.mark.parametrize(
    "make",
    [
        lambda ids: SetField(ids[3], Field.RATIONALE, "Consistent with existing treaties."),
        lambda ids: SetPriority((ids[0], ids[5]), Priority.RED_LINE),
        lambda ids: Batch(
            (SetStance((ids[1],), Stance.OPPOSE), SetPriority((ids[1],), Priority.PRIORITY))
        ),
    ],
)
def test_apply_revert_reapply(seeded, make):
    ids = [i.id for i in seeded.items()]
    before = _fields(seeded)
    change = seeded.apply(make(ids))
    after = _fields(seeded)
    assert after != before
    seeded.revert(change)
    assert _fields(seeded) == before
    seeded.reapply(change)
    assert _fields(seeded) == after


def test_rationale_and_priority_reach_the_item_row(seeded):
    item = seeded.items()[4]
    seeded.apply(SetField(item.id, Field.RATIONALE, "Public reason"))
    seeded.apply(SetPriority((item.id,), Priority.RED_LINE))
    row = seeded.item(item.id)
    assert (row.rationale, row.priority, row.stance) == ("Public reason", Priority.RED_LINE, None)


def test_bad_priority_and_unknown_item_change_nothing(seeded):
    before = _fields(seeded)
    with pytest.raises(CyberTrackError):
        seeded.apply(SetPriority((seeded.items()[0].id,), 7))
    with pytest.raises(NotFound):
        seeded.apply(SetField(999_999, Field.RATIONALE, "x"))
    assert _fields(seeded) == before


def test_settings_apply_revert_reapply(workspace):
    assert workspace.setting("delegation", "Delegation") == "Delegation"
    first = workspace.apply(SetSetting("delegation", "Delegation of Chile"))
    second = workspace.apply(SetSetting("delegation", "Delegation of Peru"))
    assert workspace.setting("delegation") == "Delegation of Peru"
    workspace.revert(second)
    assert workspace.setting("delegation") == "Delegation of Chile"
    workspace.revert(first)
    assert workspace.settings() == {}
    workspace.reapply(first)
    workspace.reapply(second)
    assert workspace.settings() == {"delegation": "Delegation of Peru"}
    workspace.apply(SetSetting("delegation", None))
    assert "delegation" not in workspace.settings()


def test_a_batch_of_many_parts_is_described_by_its_first_and_a_count(seeded):
    """Naming every part nested one message per part: past a few hundred, rendering the undo
    text overflowed Python's stack."""
    items = seeded.items()
    notes = tuple(SetField(item.id, Field.NOTE, f"note {item.number}") for item in items)
    change = seeded.apply(Batch(notes))
    first = english(change.parts[0].description)
    assert english(change.description) == f"{first} (+{len(items) - 1})"
    few = seeded.apply(Batch(notes[:2]))
    assert english(few.description) == f"{first}; {english(few.parts[1].description)}"
