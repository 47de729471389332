"""The room column drawn as a chip carrying its word, next to our stance's chip; an empty cell
for a paragraph the room has not discussed (yet, or as of the moment shown)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from cybertrack.gui.models.negotiation_columns import ChipRole
from cybertrack.gui.views.stance_chip import ChipDelegate


class RoomChipDelegate(ChipDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        chip = index.data(ChipRole)
        label, colour = chip if chip else ("", None)
        self.paint_chip(painter, option, index, label, colour)
