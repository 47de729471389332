"""One line per change in an item's history, in the interface language: our stance, the room,
capital's instruction and its texts, the proposals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cybertrack.domain.negotiation import EventKind, ItemEvent
from cybertrack.domain.positions import Instruction, RoomStatus, Stance
from cybertrack.gui.room import instruction_name, room_name
from cybertrack.gui.stances import stance_name


def _from_to(template: str, old: str, new: str) -> str:
    return template.replace("%1", old).replace("%2", new)


def event_text(event: ItemEvent) -> str:
    kind, old, new = event.kind, event.old, event.new
    if kind is EventKind.STANCE:
        return _from_to(
            QCoreApplication.translate("History", "Our stance: %1 → %2"),
            stance_name(Stance(old) if old else None),
            stance_name(Stance(new) if new else None),
        )
    if kind is EventKind.ROOM:
        before = room_name(RoomStatus(old) if old else None)
        after = room_name(RoomStatus(new) if new else None)
        if old == new:  # the same status noted again, with what was said
            text = QCoreApplication.translate("History", "Room: %1").replace("%1", after)
        else:
            text = _from_to(QCoreApplication.translate("History", "Room: %1 → %2"), before, after)
        return f"{text} ({event.detail})" if event.detail else text
    if kind is EventKind.INSTRUCTION:
        return _from_to(
            QCoreApplication.translate("History", "Capital: %1 → %2"),
            instruction_name(Instruction(old) if old else None),
            instruction_name(Instruction(new) if new else None),
        )
    sponsor = new or ""
    texts = {
        EventKind.FALLBACK: QCoreApplication.translate(
            "History", "Capital's fallback wording edited"
        ),
        EventKind.INSTRUCTION_NOTE: QCoreApplication.translate("History", "Capital's note edited"),
        EventKind.PROPOSAL_MADE: QCoreApplication.translate("History", "Proposal by %1 recorded"),
        EventKind.PROPOSAL_EDITED: QCoreApplication.translate("History", "Proposal by %1 edited"),
        EventKind.PROPOSAL_WITHDRAWN: QCoreApplication.translate(
            "History", "Proposal by %1 withdrawn"
        ),
        EventKind.PROPOSAL_REINSTATED: QCoreApplication.translate(
            "History", "Proposal by %1 reinstated"
        ),
        EventKind.PROPOSAL_REMOVED: QCoreApplication.translate("History", "Proposal by %1 removed"),
    }
    return texts[kind].replace("%1", sponsor)
