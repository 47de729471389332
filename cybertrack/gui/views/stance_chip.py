"""The stance column drawn as a coloured chip that always carries its word (never colour alone).

`ChipDelegate` draws any such chip (the room column's too): the cell's background and selection,
then the chip, drawn once per look and kept.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cybertrack.gui.models.item_table_model import RowRole
from cybertrack.gui.stances import COLOURS, stance_name

_PAD_X, _PAD_Y = 8, 3


class ChipDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chips: dict[tuple[object, ...], QPixmap] = {}

    def paint_chip(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        label: str,
        colour: QColor | None,
    ) -> None:
        """The row's background and selection first, without the text, then the chip on top:
        filled with `colour`, or an outline in the palette's colours when there is none."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not label:
            return
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(label) + 2 * _PAD_X, opt.rect.width() - 12)
        height = metrics.height() + 2 * _PAD_Y
        if width <= 0:
            return
        chip = self._chip(label, colour, width, height, opt, painter.device().devicePixelRatioF())
        top = opt.rect.center().y() - height / 2 + 0.5
        painter.drawPixmap(QPointF(opt.rect.left() + 6, top), chip)

    def _chip(
        self,
        label: str,
        colour: QColor | None,
        width: int,
        height: int,
        opt: QStyleOptionViewItem,
        ratio: float,
    ) -> QPixmap:
        """The chip drawn once per look and kept: painting a table repaints it dozens of times
        (antialiased shapes and text cost most of a row's paint)."""
        fill = colour.rgba() if colour is not None else None
        key = (label, fill, width, height, opt.palette.cacheKey(), opt.font.key(), ratio)
        chip = self._chips.get(key)
        if chip is not None:
            return chip
        chip = QPixmap(int(width * ratio), int(height * ratio))
        chip.setDevicePixelRatio(ratio)
        chip.fill(Qt.GlobalColor.transparent)
        painter = QPainter(chip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0.5, 0.5, width - 1, height - 1)
        if colour is None:
            # Undecided: an outline only, in the palette's own colours (light and dark alike).
            painter.setPen(opt.palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text_colour = opt.palette.color(QPalette.ColorRole.PlaceholderText)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            text_colour = QColor("white")
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(text_colour)
        font = QFont(opt.font)
        font.setBold(colour is not None)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
        if len(self._chips) > 64:
            self._chips.clear()
        self._chips[key] = chip
        return chip


class StanceChipDelegate(ChipDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(RowRole)
        if row is None:
            super().paint(painter, option, index)
            return
        colour = COLOURS[row.stance] if row.stance else None
        self.paint_chip(painter, option, index, stance_name(row.stance), colour)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        widest = max(option.fontMetrics.horizontalAdvance(stance_name(s)) for s in (*COLOURS, None))
        return QSize(widest + 2 * _PAD_X + 16, option.fontMetrics.height() + 2 * _PAD_Y + 6)
