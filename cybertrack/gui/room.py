"""How the room's status and capital's instruction look on screen: a word (never colour alone),
a colour, a key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cybertrack.domain.positions import Instruction, RoomStatus

ROOM_COLOURS = {
    RoomStatus.AGREED: QColor("#1b5e20"),
    RoomStatus.AD_REF: QColor("#00695c"),
    RoomStatus.PENDING: QColor("#455a64"),
    RoomStatus.INFORMALS: QColor("#6a1b9a"),
    RoomStatus.BRACKETED: QColor("#bf360c"),
    RoomStatus.DELETED: QColor("#616161"),
}
# The order the room column sorts in: settled first, then the ways a paragraph is still open.
ROOM_ORDER = {status: rank for rank, status in enumerate(RoomStatus)}
DEVIATION_COLOUR = QColor("#c62828")


def room_name(status: RoomStatus | None) -> str:
    names = {
        RoomStatus.AGREED: QCoreApplication.translate("Room", "Agreed"),
        RoomStatus.AD_REF: QCoreApplication.translate("Room", "Agreed ad ref"),
        RoomStatus.PENDING: QCoreApplication.translate("Room", "Pending"),
        RoomStatus.INFORMALS: QCoreApplication.translate("Room", "Informals"),
        RoomStatus.BRACKETED: QCoreApplication.translate("Room", "Bracketed"),
        RoomStatus.DELETED: QCoreApplication.translate("Room", "Deleted"),
        None: QCoreApplication.translate("Room", "Not yet discussed"),
    }
    return names[status]


def instruction_name(instruction: Instruction | None) -> str:
    names = {
        Instruction.SUPPORT: QCoreApplication.translate("Room", "Support"),
        Instruction.OPPOSE: QCoreApplication.translate("Room", "Oppose"),
        Instruction.AMEND: QCoreApplication.translate("Room", "Amend"),
        Instruction.FLEXIBLE: QCoreApplication.translate("Room", "Flexible"),
        None: QCoreApplication.translate("Room", "No instruction"),
    }
    return names[instruction]
