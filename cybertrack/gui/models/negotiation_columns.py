"""The item table's negotiation columns: the room's status (now, or as of an earlier moment)
and capital's instruction with our deviation from it; and the room filter over them.

The item model holds an optional "as of" overlay (item id -> the room entry in force then):
without it the room column shows each row's current status.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from cybertrack.domain.model import ItemRow
from cybertrack.domain.negotiation import RoomAsOf, RoomEntry
from cybertrack.domain.positions import RoomStatus
from cybertrack.gui.dates import local_stamp
from cybertrack.gui.room import (
    DEVIATION_COLOUR,
    ROOM_COLOURS,
    ROOM_ORDER,
    instruction_name,
    room_name,
)
from cybertrack.gui.stances import stance_name

ChipRole = Qt.ItemDataRole.UserRole + 10  # (word, colour) for a chip, or None
RoomOverlay = Mapping[int, RoomEntry]
DEVIATION_MARK = "≠"


class RoomChoice(enum.StrEnum):
    """What the room filter may ask for beyond one status."""

    ANY = "any"
    OPEN = "open"  # pending, in informals or bracketed
    UNDISCUSSED = "undiscussed"


RoomFilter = RoomChoice | RoomStatus


def room_at(row: ItemRow, overlay: RoomOverlay | None) -> tuple[RoomStatus | None, str | None, str]:
    """The row's room status, its "as of" stamp and its note, now or as of the overlay's time."""
    if overlay is None:
        return row.room_status, row.room_as_of, ""
    entry = overlay.get_entry(row.id) if isinstance(overlay, RoomAsOf) else overlay.get(row.id)
    return (entry.status, entry.as_of, entry.note) if entry else (None, None, "")


def room_data(row: ItemRow, role: int, overlay: RoomOverlay | None) -> Any:
    status, as_of, note = room_at(row, overlay)
    if role == ChipRole:
        return (room_name(status), ROOM_COLOURS[status]) if status else None
    if role == Qt.ItemDataRole.DisplayRole:
        return room_name(status) if status else ""
    if role == Qt.ItemDataRole.ToolTipRole and as_of:
        when = local_stamp(as_of)
        tip = QCoreApplication.translate("Room", "%1 as of %2").replace("%1", room_name(status))
        tip = tip.replace("%2", when)
        return f"{tip}\n{note}" if note else tip
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return QCoreApplication.translate("Room", "Room: %1").replace("%1", room_name(status))
    return None


def capital_data(row: ItemRow, role: int) -> Any:
    if row.instruction is None:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        name = instruction_name(row.instruction)
        return f"{DEVIATION_MARK} {name}" if row.deviation else name
    if role == Qt.ItemDataRole.ForegroundRole and row.deviation:
        return DEVIATION_COLOUR
    if role == Qt.ItemDataRole.FontRole and row.deviation:
        font = QFont()
        font.setBold(True)
        return font
    if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        name = instruction_name(row.instruction)
        if not row.deviation:
            return QCoreApplication.translate("Room", "Capital: %1").replace("%1", name)
        return (
            QCoreApplication.translate("Room", "Deviation: capital instructs %1, our stance is %2")
            .replace("%1", name)
            .replace("%2", stance_name(row.stance))
        )
    return None


def room_sort_key(row: ItemRow, overlay: RoomOverlay | None) -> int:
    status = room_at(row, overlay)[0]
    return ROOM_ORDER[status] if status else len(ROOM_ORDER)


def capital_sort_key(row: ItemRow) -> tuple[int, str]:
    """Deviations first, then by instruction, then the items without one."""
    if row.instruction is None:
        return (2, "")
    return (0 if row.deviation else 1, row.instruction.value)


def room_filter_ids(
    rows: Iterable[ItemRow],
    overlay: RoomOverlay | None,
    choice: RoomFilter,
    deviations_only: bool,
) -> frozenset[int] | None:
    """The ids the room filter lets through (None: it lets everything through)."""
    if choice is RoomChoice.ANY and not deviations_only:
        return None
    kept = set()
    for row in rows:
        if deviations_only and not row.deviation:
            continue
        status = room_at(row, overlay)[0]
        if choice is RoomChoice.OPEN and (status is None or status.settled):
            continue
        if choice is RoomChoice.UNDISCUSSED and status is not None:
            continue
        if isinstance(choice, RoomStatus) and status is not choice:
            continue
        kept.add(row.id)
    return frozenset(kept)
