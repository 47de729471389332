"""Two workspaces built independently exchange position packs and converge.

Anna imports three documents as text, Ben the same documents in another order as .docx and
.pdf; their local ids differ. Packs carry rows keyed by paragraph identity and author, so every
position lands on its own paragraph, every disagreement is shown, a paragraph found nowhere is
kept and offered for linking, and merging twice or in another order changes nothing more.
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from cybertrack.domain.positions import Field, Instruction, RoomStatus, Stance
from cybertrack.domain.team import POSITION, canonical
from cybertrack.importers import read_document
from cybertrack.services import (
    AddDelegations,
    Batch,
    ImportDocument,
    LinkParagraph,
    MakeProposal,
    SetField,
    SetInstruction,
    SetRoomStatus,
    SetSetting,
    SetStance,
    Workspace,
)
from cybertrack.services.team.pack_file import _to_json, read_pack
from tests.conftest import DATA, SEED, TickingClock, early_copy_of_590

TXT_604 = DATA / "a-80-604-add3-acabq-minurso.txt"


def _open(path: Path, author: str, files: list[Path]) -> Workspace:
    ws = Workspace.open(path, clock=TickingClock())
    for file in files:
        ws.apply(ImportDocument(read_document(file)))
    ws.apply(SetSetting("author", author))
    return ws


def _doc(ws: Workspace, fragment: str) -> int:
    """The id of the document whose title or source names `fragment`."""
    (found,) = [
        d.id for d in ws.documents() if fragment in (d.source_name + d.title + (d.symbol or ""))
    ]
    return found


def _item(ws: Workspace, fragment: str, number: str) -> int:
    return ws.resolve_item(f"{_doc(ws, fragment)}:{number}")


@pytest.fixture
def anna(tmp_path):
    files = [SEED, TXT_604, early_copy_of_590(tmp_path)]
    with _open(tmp_path / "anna.cybertrack", "Anna", files) as ws:
        yield ws


@pytest.fixture
def ben(tmp_path):
    files = [DATA / "A_80_590.docx", DATA / "A_80_604_Add.3.pdf", SEED]
    with _open(tmp_path / "ben.cybertrack", "Ben", files) as ws:
        yield ws


def _stance(ws, ref, stance, note=None, amendment=None):
    commands = [SetStance((ref,), stance)]
    if note:
        commands.append(SetField(ref, Field.NOTE, note))
    if amendment:
        commands.append(SetField(ref, Field.AMENDMENT, amendment))
    ws.apply(Batch(tuple(commands)))


def _anna_works(anna):
    _stance(anna, _item(anna, "Western Sahara", "19"), Stance.OPPOSE, note="Too many posts")
    _stance(anna, _item(anna, "Western Sahara", "7"), Stance.SUPPORT)  # "[fn1]" in the text
    _stance(anna, _item(anna, "Mali", "40"), Stance.AMEND, amendment="Set it out")
    _stance(anna, _item(anna, "International cooperation", "3"), Stance.SUPPORT)


def _ben_works(ben):
    _stance(ben, _item(ben, "A/80/604", "19"), Stance.SUPPORT, note="Fine as drafted")
    _stance(ben, _item(ben, "International cooperation", "3"), Stance.AMEND, amendment="New")
    _stance(ben, _item(ben, "A/80/590", "12"), Stance.OPPOSE)


def _exchange(sender: Workspace, receiver: Workspace, out: Path, **how) -> object:
    sender.team.export_pack(out, **how)
    preview = receiver.team.preview_pack(out)
    receiver.apply(preview.command)
    return preview.plan


def _team_view(ws: Workspace) -> set[tuple]:
    """Every author's position, by what the paragraph is (number and text), not by local id."""
    view = set()
    for item in ws.items():
        for entry in ws.team.entries([item]).get(item.id, []):
            stance = entry.stance.value if entry.stance else None
            view.add((item.number, item.text[:40], entry.author, stance, entry.note))
    return view


def test_the_local_ids_really_differ(anna, ben):
    assert _item(anna, "Western Sahara", "19") != _item(ben, "A/80/604", "19")


def test_packs_both_ways_put_every_position_on_its_paragraph(anna, ben, tmp_path):
    _anna_works(anna)
    _ben_works(ben)
    plan = _exchange(anna, ben, tmp_path / "anna.ctpack")

    # Paragraph 19 of A/80/604/Add.3: Anna's row reached Ben's PDF-imported copy, beside his.
    item = ben.item(_item(ben, "A/80/604", "19"))
    assert item.text.startswith("The Secretary-General proposes a total of 255 civilian posts")
    entries = {e.author: e for e in ben.team.entries([item])[item.id]}
    assert (entries["Anna"].stance, entries["Anna"].note) == (Stance.OPPOSE, "Too many posts")
    assert entries["Ben"].stance is Stance.SUPPORT and entries["Ben"].mine
    # Paragraph 7 differs by a footnote marker between the forms; still the same paragraph.
    seven = ben.item(_item(ben, "A/80/604", "7"))
    assert ben.team.entries([seven])[seven.id][0].stance is Stance.SUPPORT
    # Every disagreement is in front of Ben: 604/19 (oppose v support), seed 3 (support v amend).
    disagreements = {
        (d.label.split(":")[1], tuple(e.author for e in d.entries)) for d in plan.disagreements
    }
    assert disagreements == {("19", ("Ben", "Anna")), ("3", ("Ben", "Anna"))}
    seed = _doc(ben, "International cooperation")
    assert ben.team.disagreements(seed, ben.items(seed)) == {
        _item(ben, "International cooperation", "3")
    }

    # Paragraph 40 of A/80/590 reads otherwise in Anna's earlier copy, so it matches no
    # paragraph of Ben's .docx by text. Kept, and offered: the candidate is paragraph 40.
    (lost,) = plan.unresolved
    assert (lost.row.author, lost.row.key.number) == ("Anna", "40")
    forty = _item(ben, "A/80/590", "40")
    assert lost.candidates[0].item_id == forty
    assert [u.row.key.number for u in ben.team.unresolved()] == ["40"]
    assert not ben.team.entries([ben.item(forty)])
    ben.apply(LinkParagraph(lost.row.key, forty))
    (linked,) = ben.team.entries([ben.item(forty)])[forty]
    assert (linked.author, linked.stance, linked.amendment) == (
        "Anna",
        Stance.AMEND,
        "Set it out",
    )
    assert ben.team.unresolved() == []

    # And back: Ben sends the whole team's rows; Anna sees Ben's, never on another paragraph.
    _exchange(ben, anna, tmp_path / "team.ctpack", everyone=True)
    mali_12 = anna.item(_item(anna, "Mali", "12"))
    assert [(e.author, e.stance) for e in anna.team.entries([mali_12])[mali_12.id]] == [
        ("Ben", Stance.OPPOSE)
    ]
    placed = {
        (i.number, e.author)
        for i in anna.items()
        for e in anna.team.entries([i]).get(i.id, [])
        if e.author == "Ben"
    }
    assert placed == {("19", "Ben"), ("3", "Ben"), ("12", "Ben")}
    # Converged: both see the same positions on the same paragraphs (texts aside: forms differ).
    assert _by_number(_team_view(anna)) == _by_number(_team_view(ben))
    assert len(_by_number(_team_view(anna))) == 7


def _by_number(view: set[tuple]) -> set[tuple]:
    return {(n, a, s, note) for n, _t, a, s, note in view}


def test_the_same_pack_twice_changes_nothing(anna, ben, tmp_path):
    _anna_works(anna)
    pack = tmp_path / "anna.ctpack"
    anna.team.export_pack(pack)
    first = ben.apply(ben.team.preview_pack(pack).command)
    assert first.undoable
    again = ben.team.preview_pack(pack)
    assert again.plan.empty and not again.plan.changes
    assert ben.apply(again.command).empty


def test_packs_in_any_order_give_the_same_result(anna, ben, tmp_path):
    _anna_works(anna)
    _ben_works(ben)
    anna.team.export_pack(tmp_path / "a1.ctpack")
    _stance(anna, _item(anna, "Western Sahara", "19"), Stance.AMEND, note="Changed my mind")
    anna.team.export_pack(tmp_path / "a2.ctpack")
    ben.team.export_pack(tmp_path / "b.ctpack")
    states = []
    for order in (("a1", "a2", "b"), ("b", "a2", "a1"), ("a2", "b", "a1", "a2")):
        path = tmp_path / f"carol-{'-'.join(order)}.cybertrack"
        with _open(path, "Carol", [SEED, TXT_604, DATA / "A_80_590.pdf"]) as carol:
            for name in order:
                carol.apply(carol.team.preview_pack(tmp_path / f"{name}.ctpack").command)
            states.append(_team_view(carol))
    assert states[0] == states[1] == states[2]
    # The same author's newer change won: Anna's second pack, even when it came first.
    assert ("19", "Anna", "amend", "Changed my mind") in {
        (n, a, s, note) for n, _t, a, s, note in states[1]
    }


def test_a_merge_is_one_undo_step(anna, ben, tmp_path):
    _anna_works(anna)
    _ben_works(ben)
    before = (ben.items(), ben._store.team.rows())
    anna.team.export_pack(tmp_path / "anna.ctpack")
    change = ben.apply(ben.team.preview_pack(tmp_path / "anna.ctpack").command)
    assert ben._store.team.rows()
    ben.revert(change)
    assert (ben.items(), ben._store.team.rows()) == before
    assert ben.team.merges() == []
    ben.reapply(change)
    assert len(ben._store.team.rows()) == 4


def test_my_own_rows_from_another_machine_become_my_positions(anna, ben, tmp_path):
    """Anna works on a laptop too: her rows come back to it through Ben's team pack."""
    _anna_works(anna)
    _exchange(anna, ben, tmp_path / "anna.ctpack")
    with _open(tmp_path / "laptop.cybertrack", "Anna", [DATA / "A_80_604_Add.3.docx"]) as laptop:
        plan = _exchange(ben, laptop, tmp_path / "team.ctpack", everyone=True)
        nineteen = laptop.item(_item(laptop, "A/80/604", "19"))
        assert (nineteen.stance, nineteen.note) == (Stance.OPPOSE, "Too many posts")
        assert all(c.mine for c in plan.changes if c.author == "Anna")
        # Her rows on documents the laptop lacks are kept, and travel on in her next pack.
        assert {u.row.key.number for u in laptop.team.unresolved()} == {"3", "40"}
        laptop.team.export_pack(tmp_path / "laptop.ctpack")
        assert laptop.team.preview_pack(tmp_path / "laptop.ctpack").pack.rows


def test_an_undone_edit_is_a_new_change_for_the_team(anna, ben, tmp_path):
    """Undo must not be won back by the colleague's older copy at the next exchange."""
    ref = _item(anna, "Western Sahara", "19")
    change = anna.apply(SetStance((ref,), Stance.OPPOSE))
    _exchange(anna, ben, tmp_path / "1.ctpack")
    anna.revert(change)  # the row disappears: the team table keeps Anna's emptied row
    _exchange(anna, ben, tmp_path / "2.ctpack", since="")
    nineteen = ben.item(_item(ben, "A/80/604", "19"))
    assert ben.team.entries([nineteen]) == {}
    _exchange(ben, anna, tmp_path / "3.ctpack", everyone=True)
    assert anna.item(ref).stance is None


def test_rows_that_came_before_their_document_attach_when_it_is_imported(tmp_path):
    """Ben merges Anna's pack before he has A/80/590; importing it (as .docx, where Anna had the
    text form) ties her rows to his paragraphs by number and text, undo and redo included."""
    with _open(tmp_path / "anna.cybertrack", "Anna", [early_copy_of_590(tmp_path)]) as anna:
        _stance(anna, _item(anna, "Mali", "12"), Stance.OPPOSE, note="Not again")
        _stance(anna, _item(anna, "Mali", "40"), Stance.AMEND)  # differs between the forms
        anna.team.export_pack(tmp_path / "anna.ctpack")
    with _open(tmp_path / "ben.cybertrack", "Ben", [SEED]) as ben:
        plan = ben.team.preview_pack(tmp_path / "anna.ctpack").plan
        assert {u.row.key.number for u in plan.unresolved} == {"12", "40"}
        ben.apply(ben.team.preview_pack(tmp_path / "anna.ctpack").command)
        imported = ben.apply(ImportDocument(read_document(DATA / "A_80_590.docx")))
        twelve = ben.item(_item(ben, "A/80/590", "12"))
        (entry,) = ben.team.entries([twelve])[twelve.id]
        assert (entry.author, entry.stance, entry.note) == ("Anna", Stance.OPPOSE, "Not again")
        # Paragraph 40 reads otherwise in the .docx: still found nowhere, offered for linking.
        assert [u.row.key.number for u in ben.team.unresolved()] == ["40"]
        ben.revert(imported)
        assert {u.row.key.number for u in ben.team.unresolved()} == {"12", "40"}
        ben.reapply(imported)
        assert ben.team.entries([ben.item(twelve.id)])[twelve.id][0].author == "Anna"


def test_my_own_rows_become_my_positions_when_their_document_arrives(anna, tmp_path):
    _anna_works(anna)
    anna.team.export_pack(tmp_path / "anna.ctpack")
    with _open(tmp_path / "laptop.cybertrack", "Anna", [SEED]) as laptop:
        laptop.apply(laptop.team.preview_pack(tmp_path / "anna.ctpack").command)
        laptop.apply(ImportDocument(read_document(DATA / "A_80_604_Add.3.pdf")))
        nineteen = laptop.item(_item(laptop, "A/80/604", "19"))
        assert (nineteen.stance, nineteen.note) == (Stance.OPPOSE, "Too many posts")


def test_a_bad_since_is_one_message(anna, tmp_path):
    from cybertrack.domain.errors import CyberTrackError
    from cybertrack.domain.messages import Code

    with pytest.raises(CyberTrackError) as refused:
        anna.team.export_pack(tmp_path / "x.ctpack", since="last tuesday")
    assert refused.value.message.code is Code.TEAM_BAD_TIME
    assert not (tmp_path / "x.ctpack").exists()


def test_the_negotiation_days_fields_travel_per_author(anna, ben, tmp_path):
    """Capital's instruction, the room's status and other delegations' proposals that Anna
    recorded reach Ben beside his own, by the same rules; twice changes nothing."""
    ref = _item(anna, "Western Sahara", "19")
    anna.apply(SetInstruction((ref,), Instruction.OPPOSE))
    anna.apply(SetField(ref, Field.FALLBACK, "Keep the posts at 250"))
    anna.apply(SetRoomStatus((ref,), RoomStatus.BRACKETED, note="Informals at 15:00"))
    anna.apply(AddDelegations((("India", False), ("Norway", False))))
    names = {d.name: d.id for d in anna._store.delegations.all()}
    anna.apply(MakeProposal(ref, names["India"], "Replace 255 by 240", (names["Norway"],)))
    ben.apply(SetRoomStatus((_item(ben, "A/80/604", "19"),), RoomStatus.PENDING))

    plan = _exchange(anna, ben, tmp_path / "anna.ctpack")
    assert {c.kind for c in plan.changes} == {"position", "room", "proposals"}
    nineteen = ben.item(_item(ben, "A/80/604", "19"))
    entries = {e.author: e for e in ben.team.entries([nineteen])[nineteen.id]}
    assert entries["Anna"].instruction is Instruction.OPPOSE
    assert entries["Anna"].room_status is RoomStatus.BRACKETED
    ((proposal),) = entries["Anna"].proposals
    assert (proposal["by"], proposal["text"], proposal["supported_by"]) == (
        "India",
        "Replace 255 by 240",
        ["Norway"],
    )
    # Ben's own room status is his, untouched by Anna's.
    assert nineteen.room_status is RoomStatus.PENDING
    again = ben.team.preview_pack(tmp_path / "anna.ctpack").plan
    assert again.empty

    # Anna's laptop: her instruction becomes her own; her room row waits in the team table
    # and her next pack carries the union of both machines' timelines.
    with _open(tmp_path / "laptop.cybertrack", "Anna", [DATA / "A_80_604_Add.3.docx"]) as laptop:
        _exchange(anna, laptop, tmp_path / "anna2.ctpack")
        mine = laptop.item(_item(laptop, "A/80/604", "19"))
        assert (mine.instruction, mine.fallback) == (Instruction.OPPOSE, "Keep the posts at 250")
        laptop.apply(SetRoomStatus((mine.id,), RoomStatus.AGREED, note="Gavel"))
        laptop.team.export_pack(tmp_path / "laptop.ctpack")
        (room,) = [r for r in read_pack(tmp_path / "laptop.ctpack").rows if r.kind == "room"]
        assert {(e[1], e[2]) for e in room.values["entries"]} == {
            ("bracketed", "Informals at 15:00"),
            ("agreed", "Gavel"),
        }


def test_a_pack_of_the_first_format_still_imports(anna, ben, tmp_path):
    """A format 1 pack carries no instruction: merging it leaves the instruction as it was."""
    ref = _item(ben, "A/80/604", "19")
    ben.apply(SetInstruction((ref,), Instruction.SUPPORT))
    ben.team.export_pack(tmp_path / "ben.ctpack")
    pack = read_pack(tmp_path / "ben.ctpack")
    old = [
        replace(
            r,
            at="2030-01-01T00:00:00+00:00",
            data=canonical({k: v for k, v in r.values.items() if k not in POSITION.optional}),
        )
        for r in pack.rows
    ]
    body = zlib.compress(
        _to_json(replace(pack, rows=tuple(old))).replace('"format": 2', '"format": 1').encode()
    )
    (tmp_path / "v1.ctpack").write_bytes(b"CTPACK" + bytes([1, 0]) + body)
    with _open(tmp_path / "laptop.cybertrack", "Ben", [DATA / "A_80_604_Add.3.docx"]) as laptop:
        laptop.apply(SetInstruction((_item(laptop, "A/80/604", "19"),), Instruction.AMEND))
        laptop.apply(laptop.team.preview_pack(tmp_path / "v1.ctpack").command)
        nineteen = laptop.item(_item(laptop, "A/80/604", "19"))
        assert (nineteen.stance, nineteen.instruction) == (None, Instruction.AMEND)
    anna.apply(anna.team.preview_pack(tmp_path / "v1.ctpack").command)
    nineteen = anna.item(_item(anna, "Western Sahara", "19"))
    assert anna.team.entries([nineteen]) == {} or all(
        e.instruction is None for e in anna.team.entries([nineteen])[nineteen.id]
    )
