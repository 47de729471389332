"""One handler per command: every command has one, and each undoes and redoes exactly."""

import sqlite3
import typing

import pytest

from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.model import ChangeSet, RowImage
from cybertrack.domain.positions import Field, Instruction, Priority, RoomStatus, Stance
from cybertrack.domain.team import Pack, PackDocument, make_row
from cybertrack.importers import read_document
from cybertrack.services import commands
from cybertrack.services.commands import HANDLERS
from cybertrack.storage import images
from tests.unit.comparison_fixtures import DATA, item, two  # noqa: F401 - fixture

COMMAND_TYPES = set(typing.get_args(commands.Command))


def test_every_command_of_the_union_has_exactly_one_handler():
    assert set(HANDLERS) == COMMAND_TYPES, "add the handler, or the command to the union"
    for command_type, handler in HANDLERS.items():
        assert handler.command_type is command_type


# One real instance of every command, made against the `two` fixture (seed + its revision).
EXAMPLES = {
    commands.ImportDocument: lambda ws: commands.ImportDocument(
        read_document(DATA / "multiscript-report.txt")
    ),
    commands.SetStance: lambda ws: commands.SetStance(
        (item(ws, 1, "1"), item(ws, 1, "2")), Stance.AMEND
    ),
    commands.SetField: lambda ws: commands.SetField(item(ws, 1, "4"), Field.NOTE, "changed"),
    commands.SetPriority: lambda ws: commands.SetPriority((item(ws, 1, "3"),), Priority.RED_LINE),
    commands.SetSetting: lambda ws: commands.SetSetting("delegation", "Ruritania"),
    commands.Batch: lambda ws: commands.Batch(
        (
            commands.SetStance((item(ws, 1, "5"),), Stance.OPPOSE),
            commands.SetField(item(ws, 1, "5"), Field.RATIONALE, "why"),
        )
    ),
    commands.LinkDocuments: lambda ws: commands.LinkDocuments(2, 1),
    commands.ConfirmLink: lambda ws: _link_command(ws, commands.ConfirmLink),
    commands.RejectLink: lambda ws: _link_command(ws, commands.RejectLink),
    commands.RepointLink: lambda ws: commands.RepointLink(*_first_link(ws), item(ws, 2, "2")),
    commands.CarryPositions: lambda ws: commands.CarryPositions(
        ((item(ws, 1, "4"), item(ws, 2, "4")), (item(ws, 1, "10"), item(ws, 2, "10")))
    ),
    commands.AddDelegations: lambda ws: commands.AddDelegations(
        (("Ruritania", False), ("Group of Friends", True))
    ),
    commands.SetDelegationStance: lambda ws: _delegation_stance(ws),
    commands.SetCitations: lambda ws: commands.SetCitations(
        item(ws, 2, "4"), (item(ws, 1, "4"), item(ws, 1, "5"))
    ),
    commands.SetRoomStatus: lambda ws: commands.SetRoomStatus(
        (item(ws, 1, "1"), item(ws, 1, "2")), RoomStatus.BRACKETED, note="informals at 3"
    ),
    commands.SetInstruction: lambda ws: commands.SetInstruction(
        (item(ws, 1, "4"), item(ws, 1, "6")), Instruction.SUPPORT
    ),
    commands.MakeProposal: lambda ws: commands.MakeProposal(
        item(ws, 1, "2"), *_delegations(ws, 1), "a new text", new_paragraph=True
    ),
    commands.EditProposal: lambda ws: commands.EditProposal(
        _proposal(ws), text="a better text", opposed_by=(_delegations(ws, 3)[2],)
    ),
    commands.WithdrawProposal: lambda ws: commands.WithdrawProposal(_proposal(ws)),
    commands.MarkChecked: lambda ws: _checked(ws),
    commands.MergePack: lambda ws: _merge_pack(ws),
    commands.LinkParagraph: lambda ws: commands.LinkParagraph(
        ParagraphKey("elsewhere", "4", "0" * 20), item(ws, 2, "4")
    ),
}


def _checked(ws):
    """Carry onto an item whose text changed (marked "recheck"), then mark it checked."""
    ws.apply(commands.CarryPositions(((item(ws, 1, "4"), item(ws, 2, "4")),)))
    assert ws.item(item(ws, 2, "4")).recheck
    return commands.MarkChecked((item(ws, 2, "4"),))


def _delegations(ws, n: int) -> tuple[int, ...]:
    """Ids of n known delegations (added here)."""
    names = ("India", "Ruritania", "Group of Friends")[:n]
    ws.apply(commands.AddDelegations(tuple((name, False) for name in names)))
    ids = {d.name: d.id for d in ws.comparison.delegations()}
    return tuple(ids[name] for name in names)


def _proposal(ws) -> int:
    india, ruritania = _delegations(ws, 2)
    change = ws.apply(
        commands.MakeProposal(item(ws, 1, "3"), india, "replace it", supported_by=(ruritania,))
    )
    (proposal,) = ws.negotiation.proposals(sorted(change.item_ids))
    return proposal.id


def _merge_pack(ws):
    """A pack with every kind of row a merge writes: a colleague's row, the local author's own
    newer row, a paragraph found by number and text only, one found nowhere; from a hub."""
    ws.apply(commands.SetSetting("author", "Me"))
    keys = ws._store.team.item_keys([item(ws, 1, "4"), item(ws, 1, "5")])
    four, five = keys[item(ws, 1, "4")], keys[item(ws, 1, "5")]
    other_form = ParagraphKey("another-form", five.number, five.text)
    nowhere = ParagraphKey("another-form", "99", "f" * 20)
    at = "2030-01-01T00:00:00+00:00"
    rows = (
        make_row(four, "position", "Anna", at, {"stance": "support", "note": "fine"}),
        make_row(four, "position", "Me", at, {"stance": "amend", "amendment": "new"}),
        make_row(other_form, "position", "Anna", at, {"stance": "oppose"}),
        make_row(nowhere, "position", "Anna", at, {"stance": "amend"}),
    )
    pack = Pack(
        "Anna",
        at,
        (PackDocument(four.document, "Seed"), PackDocument("another-form", "Seed (PDF)")),
        rows,
        {nowhere: "A paragraph that is in no document of this workspace."},
    )
    return commands.MergePack(pack, "hub example:5432/team", mark="7")


def _first_link(ws):
    link = ws.comparison.links_between(1, 2)[0]
    return link.from_item_id, link.to_item_id


def _link_command(ws, kind):
    return kind(*_first_link(ws))


def _delegation_stance(ws):
    ws.apply(commands.AddDelegations((("Ruritania", False),)))
    (delegation,) = ws.comparison.delegations()
    return commands.SetDelegationStance(
        delegation.id, (item(ws, 1, "4"),), Stance.SUPPORT, "plenary"
    )


def _everything(ws) -> dict[str, list[tuple]]:
    """Every row of every table (full-text shadow tables aside, but checked against the rows
    they index), to compare states exactly.

    Except `positions.shared_at`, the team's clock: undoing an edit is a new change for the
    colleagues who already have it (else their copy would win back at the next merge), so it
    moves on by design; tests/unit/test_team_merge.py tests it.
    """
    conn: sqlite3.Connection = ws._store.database.conn
    conn.execute("INSERT INTO item_search(item_search) VALUES ('integrity-check')")
    # The team clock and each shared row's `changed` move on with undo too: an undo is a
    # change the next hub push sends (like `shared_at`, the team time of a position).
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not name.startswith("item_search") and name != "team_clock"
    ]
    found = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        kept = [f'"{c}"' for c in columns if c not in ("shared_at", "changed")]
        rows = conn.execute(f'SELECT {", ".join(kept)} FROM "{table}"').fetchall()
        found[table] = sorted(rows, key=repr)
    return found


def _images(change: ChangeSet) -> set[type]:
    found = {type(image) for image in (*change.before, *change.after)}
    for part in change.parts:
        found |= _images(part)
    return found


def test_every_command_has_a_round_trip_example():
    assert set(EXAMPLES) == COMMAND_TYPES, "add an example of the new command to EXAMPLES"


SEEN_IMAGES: set[type] = set()


@pytest.mark.parametrize("command_type", sorted(EXAMPLES, key=lambda t: t.__name__))
def test_apply_revert_reapply_restores_every_row_exactly(two, command_type):  # noqa: F811
    command = EXAMPLES[command_type](two)
    before = _everything(two)
    change = two.apply(command)
    after = _everything(two)
    assert after != before, "the example must change something"
    two.revert(change)
    _assert_same(_everything(two), before)
    two.reapply(change)
    _assert_same(_everything(two), after)
    SEEN_IMAGES.update(_images(change))


def _assert_same(now, expected):
    """Every table exactly as expected; undo leaves the command's decisions in the audit trail,
    marked undone (never a new decision), and redo clears the mark."""
    now, expected = dict(now), dict(expected)
    # The audit trails (column: where each table keeps its undone_at).
    for trail, undone_at in (("stance_history", 5), ("item_events", 7)):
        kept, had = now.pop(trail), expected.pop(trail)
        assert set(had) <= set(kept)
        assert all(row[undone_at] is not None for row in set(kept) - set(had))
    assert now == expected


def test_every_kind_of_row_image_is_exercised_by_a_command():
    kinds = {
        cls
        for cls in vars(images).values()
        if isinstance(cls, type) and issubclass(cls, RowImage) and cls is not RowImage
    }
    assert SEEN_IMAGES, "run with the round-trip tests"
    assert kinds <= SEEN_IMAGES, f"no command example restores {kinds - SEEN_IMAGES}"
