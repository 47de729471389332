"""The negotiation day below the front ends: room status over time, instructions and deviations,
proposals, and the item's history of all of it."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cybertrack.domain.errors import BadValue, NotFound
from cybertrack.domain.negotiation import (
    EventKind,
    RoomEntry,
    RoomTimeline,
    latin_ordinal,
    new_paragraph_label,
)
from cybertrack.domain.positions import Field, Instruction, RoomStatus, Stance, is_deviation
from cybertrack.domain.times import day_bounds, local_iso, parse_day, parse_time, utc_stamp
from cybertrack.services import (
    AddDelegations,
    Batch,
    EditProposal,
    MakeProposal,
    SetField,
    SetInstruction,
    SetRoomStatus,
    SetStance,
    WithdrawProposal,
)
from cybertrack.storage.images import DocumentAbsent

GENEVA = timezone(timedelta(hours=1))  # the meeting's local time in these tests (CET)


def at(hour: int, minute: int = 0, day: int = 27) -> datetime:
    """A moment of 27 November 2026 in Geneva (the seeded workspace's clock is the 28th)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=GENEVA)


def item(ws, number: str) -> int:
    return ws.resolve_item(f"1:{number}")


# -- spellings and times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("agreed", RoomStatus.AGREED),
        ("Agreed ad ref", RoomStatus.AD_REF),
        ("agreed ad referendum", RoomStatus.AD_REF),
        ("ad-ref", RoomStatus.AD_REF),
        ("AD REF", RoomStatus.AD_REF),
        ("in informals", RoomStatus.INFORMALS),
        ("informal consultations", RoomStatus.INFORMALS),
        ("in brackets", RoomStatus.BRACKETED),
        ("deleted", RoomStatus.DELETED),
        ("none", None),
    ],
)
def test_room_status_reads_the_secretariat_s_spellings(typed, status):
    assert RoomStatus.parse(typed) is status


def test_unknown_room_status_and_instruction_name_the_choices():
    with pytest.raises(BadValue, match="choose agreed, ad-ref, pending"):
        RoomStatus.parse("maybe")
    assert Instruction.parse("Flexibility") is Instruction.FLEXIBLE
    with pytest.raises(BadValue, match="unknown instruction 'abstain'"):
        Instruction.parse("abstain")


def test_a_deviation_is_a_firm_instruction_and_a_different_stance():
    assert is_deviation(Instruction.SUPPORT, Stance.OPPOSE)
    assert is_deviation(Instruction.AMEND, Stance.SUPPORT)
    assert not is_deviation(Instruction.SUPPORT, Stance.SUPPORT)
    assert not is_deviation(
        Instruction.FLEXIBLE, Stance.OPPOSE
    )  # flexibility is never departed from
    assert not is_deviation(Instruction.OPPOSE, None)  # undecided: not (yet) a deviation
    assert not is_deviation(None, Stance.OPPOSE)


def test_times_are_read_as_local_time_and_stored_in_utc():
    assert utc_stamp(parse_time("2026-11-30T17:30", GENEVA)) == "2026-11-30T16:30:00+00:00"
    assert utc_stamp(parse_time("2026-11-30 17:30", GENEVA)) == "2026-11-30T16:30:00+00:00"
    # An explicit offset wins over the local zone.
    assert utc_stamp(parse_time("2026-11-30T17:30+05:00", GENEVA)) == "2026-11-30T12:30:00+00:00"
    assert local_iso("2026-11-30T16:30:00+00:00", GENEVA) == "2026-11-30T17:30:00+01:00"
    for bad in ("yesterday", "2026-13-01T10:00", "2026-11-30", "17:30", ""):
        with pytest.raises(BadValue, match="is not a time"):
            parse_time(bad, GENEVA)
    assert parse_day("2026-11-30") == date(2026, 11, 30)
    with pytest.raises(BadValue, match="is not a date"):
        parse_day("30/11/2026")


def test_a_local_day_is_its_own_midnight_to_the_next():
    assert day_bounds(date(2026, 11, 30), GENEVA) == (
        "2026-11-29T23:00:00+00:00",
        "2026-11-30T23:00:00+00:00",
    )


def test_new_paragraphs_are_numbered_bis_ter_after_their_paragraph():
    assert [latin_ordinal(n) for n in (1, 2, 3)] == ["bis", "ter", "quater"]
    assert new_paragraph_label("(5)", "5", 1) == "(5 bis)"
    assert new_paragraph_label("5.", "5", 2) == "5 ter."
    assert new_paragraph_label("Article 3", "3", 1) == "Article 3 bis"


# -- the room's timeline ------------------------------------------------------------------------


def _entry(n, item_id, status, stamp):
    return RoomEntry(n, item_id, status, stamp)


def test_the_timeline_answers_as_of_any_moment_and_what_moved_in_a_span():
    timeline = RoomTimeline(
        [
            _entry(3, 1, RoomStatus.AGREED, "2026-11-27T16:00:00+00:00"),
            _entry(1, 1, RoomStatus.PENDING, "2026-11-26T09:00:00+00:00"),
            _entry(2, 1, RoomStatus.INFORMALS, "2026-11-27T10:00:00+00:00"),
            _entry(4, 2, RoomStatus.BRACKETED, "2026-11-27T11:00:00+00:00"),
            _entry(5, 2, RoomStatus.BRACKETED, "2026-11-27T12:00:00+00:00"),
            _entry(6, 3, RoomStatus.PENDING, "2026-11-25T12:00:00+00:00"),
        ]
    )
    assert timeline.at(1, "2026-11-26T08:59:59+00:00") is None
    assert timeline.at(1, "2026-11-26T09:00:00+00:00").status is RoomStatus.PENDING
    assert timeline.at(1, "2026-11-27T12:00:00+00:00").status is RoomStatus.INFORMALS
    assert timeline.before(1, "2026-11-27T16:00:00+00:00").status is RoomStatus.INFORMALS
    assert {k: v.status for k, v in timeline.all_at("2026-11-27T11:30:00+00:00").items()} == {
        1: RoomStatus.INFORMALS,
        2: RoomStatus.BRACKETED,
        3: RoomStatus.PENDING,
    }
    moves = timeline.moves("2026-11-27T00:00:00+00:00", "2026-11-28T00:00:00+00:00")
    assert moves[1].path == (RoomStatus.PENDING, RoomStatus.INFORMALS, RoomStatus.AGREED)
    assert moves[2].path == (None, RoomStatus.BRACKETED)  # first discussed that day
    assert 3 not in moves  # nothing that day
    assert moves[2].last.id == 5


# -- commands -----------------------------------------------------------------------------------


def test_room_status_is_recorded_as_of_a_moment_and_undone(seeded):
    five = item(seeded, "5")
    seeded.apply(SetRoomStatus((five,), RoomStatus.PENDING, at(9, 30)))
    change = seeded.apply(
        SetRoomStatus((five,), RoomStatus.AD_REF, at(17, 30), "subject to capital")
    )
    row = seeded.item(five)
    assert (row.room_status, row.room_as_of) == (RoomStatus.AD_REF, "2026-11-27T16:30:00+00:00")
    morning = seeded.negotiation.items_as_of(1, utc_stamp(at(12)))
    assert next(r for r in morning if r.id == five).room_status is RoomStatus.PENDING
    seeded.revert(change)
    assert seeded.item(five).room_status is RoomStatus.PENDING
    seeded.reapply(change)
    assert seeded.item(five).room_status is RoomStatus.AD_REF
    [_, last] = seeded.negotiation.room_entries(five)
    assert last.note == "subject to capital"


def test_a_status_recorded_late_for_an_earlier_hour_takes_its_place_in_time(seeded):
    five = item(seeded, "5")
    seeded.apply(SetRoomStatus((five,), RoomStatus.AGREED, at(18)))
    seeded.apply(SetRoomStatus((five,), RoomStatus.BRACKETED, at(11)))  # noted afterwards
    assert seeded.item(five).room_status is RoomStatus.AGREED


def test_the_same_status_again_records_nothing_new(seeded):
    five = item(seeded, "5")
    seeded.apply(SetRoomStatus((five,), RoomStatus.BRACKETED, at(11)))
    change = seeded.apply(SetRoomStatus((five,), RoomStatus.BRACKETED, at(12)))
    assert change.empty and len(seeded.negotiation.room_entries(five)) == 1


def test_a_room_status_in_the_future_is_refused_and_nothing_is_written(seeded):
    five = item(seeded, "5")
    with pytest.raises(BadValue, match="is in the future"):
        seeded.apply(SetRoomStatus((five,), RoomStatus.AGREED, at(10, day=29)))
    assert seeded.negotiation.room_entries(five) == []
    with pytest.raises(NotFound):
        seeded.apply(SetRoomStatus((999_999,), RoomStatus.AGREED))


def test_instruction_fallback_and_note_are_undoable_and_flag_a_deviation(seeded):
    seven = item(seeded, "7")
    change = seeded.apply(
        Batch(
            (
                SetInstruction((seven,), Instruction.SUPPORT),
                SetField(seven, Field.FALLBACK, "States may consider"),
                SetField(seven, Field.INSTRUCTION_NOTE, "minister keen"),
            )
        )
    )
    row = seeded.item(seven)
    assert (row.instruction, row.fallback, row.instruction_note) == (
        Instruction.SUPPORT,
        "States may consider",
        "minister keen",
    )
    assert not row.deviation  # undecided is not a deviation
    seeded.apply(SetStance((seven,), Stance.OPPOSE))
    assert seeded.item(seven).deviation
    seeded.apply(SetInstruction((seven,), Instruction.FLEXIBLE))
    assert not seeded.item(seven).deviation
    seeded.revert(change)
    assert seeded.item(seven).fallback == ""


def _delegations(ws, *names):
    ws.apply(AddDelegations(tuple((name, False) for name in names)))
    return [ws.negotiation.delegation_id(name) for name in names]


def test_proposals_with_supporters_are_edited_withdrawn_and_reinstated(seeded):
    india, brazil, norway = _delegations(seeded, "India", "Brazil", "Norway")
    six = item(seeded, "6")
    seeded.apply(
        MakeProposal(
            six, india, "replace 'suppression' by 'restriction'", (brazil,), (norway,), at(15)
        )
    )
    seeded.apply(MakeProposal(six, brazil, "A new paragraph.", made_at=at(16), new_paragraph=True))
    first, second = seeded.negotiation.proposals([six])
    assert (first.by, first.supported_by, first.opposed_by) == ("India", ("Brazil",), ("Norway",))
    assert (second.label("(6)", "6"), second.new_paragraph) == ("(6 bis)", True)
    edit = seeded.apply(
        EditProposal(first.id, text="replace it", supported_by=(brazil, norway), opposed_by=())
    )
    assert seeded.negotiation.proposal(first.id).supported_by == ("Brazil", "Norway")
    withdraw = seeded.apply(WithdrawProposal(first.id, at=at(17)))
    withdrawn = seeded.negotiation.proposal(first.id)
    assert withdrawn.withdrawn_at == "2026-11-27T16:00:00+00:00"
    assert withdrawn.active_at(utc_stamp(at(16, 30))) and not withdrawn.active_at(utc_stamp(at(17)))
    seeded.revert(withdraw)
    seeded.revert(edit)
    again = seeded.negotiation.proposal(first.id)
    assert (again.text, again.withdrawn_at) == ("replace 'suppression' by 'restriction'", None)
    seeded.apply(WithdrawProposal(first.id))
    seeded.apply(WithdrawProposal(first.id, withdrawn=False))
    assert not seeded.negotiation.proposal(first.id).withdrawn


def test_bad_proposals_are_refused_in_one_sentence(seeded):
    india, brazil = _delegations(seeded, "India", "Brazil")
    six = item(seeded, "6")
    for command, text in (
        (MakeProposal(six, india, "  "), "a proposal needs its text"),
        (
            MakeProposal(six, india, "x", (brazil,), (brazil,)),
            "Brazil cannot both support and oppose",
        ),
        (MakeProposal(six, india, "x", opposed_by=(india,)), "India made the proposal"),
        (MakeProposal(six, india, "x", made_at=at(9, day=30)), "is in the future"),
        (MakeProposal(six, 999, "x"), "no delegation with id 999"),
        (EditProposal(12345, text="x"), "no proposal with id 12345"),
    ):
        with pytest.raises((BadValue, NotFound), match=text):
            seeded.apply(command)
    assert seeded.negotiation.proposals([six]) == []
    with pytest.raises(NotFound, match="no delegation named 'Chile'"):
        seeded.negotiation.delegation_id("Chile")
    assert seeded.negotiation.delegation_id("india") == india  # any case


def test_the_item_history_holds_every_kind_of_change_in_time_order(seeded):
    (india,) = _delegations(seeded, "India")
    six = item(seeded, "6")
    seeded.apply(SetRoomStatus((six,), RoomStatus.BRACKETED, at(11), "the EU objects"))
    seeded.apply(SetInstruction((six,), Instruction.OPPOSE))
    seeded.apply(SetField(six, Field.FALLBACK, "delete"))
    seeded.apply(SetField(six, Field.FALLBACK, "delete the paragraph"))  # typing: one entry
    seeded.apply(SetStance((six,), Stance.OPPOSE))
    seeded.apply(MakeProposal(six, india, "new text", made_at=at(15)))
    (proposal,) = seeded.negotiation.proposals([six])
    seeded.apply(WithdrawProposal(proposal.id))
    history = seeded.negotiation.history(six)
    kinds = [(e.kind, e.old, e.new) for e in history]
    assert kinds == [
        (EventKind.ROOM, None, "bracketed"),  # 10:00 UTC on the 27th: its "as of" time
        (EventKind.INSTRUCTION, None, "oppose"),  # the rest on the 28th, as made
        (EventKind.FALLBACK, "", "delete the paragraph"),
        (EventKind.STANCE, None, "oppose"),
        (EventKind.PROPOSAL_MADE, None, "India"),
        (EventKind.PROPOSAL_WITHDRAWN, None, "India"),
    ]
    assert history[0].detail == "the EU objects" and history[4].detail == "new text"
    assert [e.at for e in history] == sorted(e.at for e in history)


def test_a_whole_document_image_carries_its_negotiation_rows(seeded):
    """Removing a document and putting it back (undo of an import) keeps the room and the
    proposals of its items."""
    (india,) = _delegations(seeded, "India")
    six = item(seeded, "6")
    seeded.apply(SetRoomStatus((six,), RoomStatus.BRACKETED, at(11)))
    seeded.apply(MakeProposal(six, india, "new text", made_at=at(15)))
    store = seeded._store
    image = store.documents.image(1)
    tables = dict(image.rows)
    assert len(tables["room_statuses"]) == 1 and len(tables["proposals"]) == 1
    now = datetime.now(UTC).isoformat()
    with store.transaction():
        store.restore([DocumentAbsent(1)], now)
    assert seeded.documents() == []
    with store.transaction():
        store.restore([image], now)
    assert seeded.item(six).room_status is RoomStatus.BRACKETED
    assert [p.text for p in seeded.negotiation.proposals([six])] == ["new text"]


def test_undo_marks_the_history_entries_undone_and_redo_clears_the_mark(seeded):
    """As for stances: an undone change stays in the item's history, marked, never recorded as
    a new change."""
    (india,) = _delegations(seeded, "India")
    six = item(seeded, "6")
    instruct = seeded.apply(SetInstruction((six,), Instruction.OPPOSE))
    propose = seeded.apply(MakeProposal(six, india, "new text", made_at=at(15)))
    seeded.revert(propose)
    seeded.revert(instruct)
    history = seeded.negotiation.history(six)
    assert [(e.kind, e.undone) for e in history] == [
        (EventKind.INSTRUCTION, True),
        (EventKind.PROPOSAL_MADE, True),
    ]
    seeded.reapply(instruct)
    assert [e.undone for e in seeded.negotiation.history(six)] == [False, True]
