"""The tour's negotiation day: the room column, the room as of the morning, the proposals.

A day scripted through ordinary commands on the tour's workspace: statuses recorded through the
day, capital's instructions (one our line departs from), and two proposals with supporters.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from cybertrack.domain.positions import Field, Instruction, RoomStatus, Stance

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow

Shot = Callable[..., None]


def negotiation_day(window: MainWindow, shot: Shot) -> None:
    from cybertrack.services import (
        AddDelegations,
        MakeProposal,
        SetField,
        SetInstruction,
        SetRoomStatus,
        SetStance,
    )

    run = window.commands.execute
    workspace = window.workspace
    ids = [row.id for row in workspace.items()]
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    morning, afternoon = now - timedelta(hours=7), now - timedelta(hours=3)
    run(
        AddDelegations(
            (
                ("India", False),
                ("Brazil", False),
                ("Norway", False),
                ("European Union", True),
            )
        )
    )
    who = {d.name: d.id for d in workspace.comparison.delegations()}
    for position, status in (
        (0, RoomStatus.PENDING),
        (1, RoomStatus.INFORMALS),
        (2, RoomStatus.PENDING),
        (3, RoomStatus.BRACKETED),
        (5, RoomStatus.PENDING),
        (6, RoomStatus.INFORMALS),
    ):
        run(SetRoomStatus((ids[position],), status, morning))
    for position, status, note in (
        (0, RoomStatus.AGREED, ""),
        (1, RoomStatus.AD_REF, "Subject to confirmation by capitals"),
        (2, RoomStatus.AGREED, ""),
        (4, RoomStatus.DELETED, "Chair's proposal"),
        (6, RoomStatus.BRACKETED, "EU reserves its position"),
    ):
        run(SetRoomStatus((ids[position],), status, afternoon, note))
    run(SetInstruction((ids[0], ids[3]), Instruction.SUPPORT))
    run(SetInstruction((ids[1],), Instruction.AMEND))
    run(SetInstruction((ids[2],), Instruction.FLEXIBLE))
    run(SetField(ids[3], Field.FALLBACK, "States may consider respecting sovereignty …"))
    run(SetField(ids[3], Field.INSTRUCTION_NOTE, "Keep the reference to sovereignty."))
    run(SetStance((ids[3],), Stance.OPPOSE))
    text = workspace.item(ids[3]).text
    run(
        MakeProposal(
            ids[3],
            who["India"],
            text.replace("sovereignty", "sovereign equality").replace("should", "may"),
            (who["Brazil"],),
            (who["Norway"],),
            now - timedelta(hours=4),
        )
    )
    run(
        MakeProposal(
            ids[3],
            who["European Union"],
            "Cooperation shall respect human rights and the rule of law.",
            (who["Norway"],),
            (),
            now - timedelta(hours=2),
            new_paragraph=True,
        )
    )
    window.go_to_item(ids[3])
    shot("room-column")
    window.items.room_bar.show_as_of(morning + timedelta(minutes=30))
    shot("room-as-of")
    window.items.room_bar.show_as_of(None)
    shot("proposals", window.negotiation.dock)
