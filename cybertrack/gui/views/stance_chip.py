"""The stance column drawn as a coloured chip that always carries its word (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cybertrack.gui.models.item_table_model import RowRole
from cybertrack.gui.stances import COLOURS, stance_name

_PAD_X, _PAD_Y = 8, 3


class StanceChipDelegate(QStyledItemDelegate):
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
        paint_chip(self, painter, option, index, stance_name(row.stance), colour)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        widest = max(option.fontMetrics.horizontalAdvance(stance_name(s)) for s in (*COLOURS, None))
        return QSize(widest + 2 * _PAD_X + 16, option.fontMetrics.height() + 2 * _PAD_Y + 6)


def paint_chip(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
    label: str,
    colour: QColor | None,
) -> None:
    """The cell's background and selection, then a rounded chip with `label`: filled with
    `colour`, or an outline in the palette's own colours when there is none (light and dark)."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    style = opt.widget.style() if opt.widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    if not label:
        return
    metrics = opt.fontMetrics
    width = metrics.horizontalAdvance(label) + 2 * _PAD_X
    height = metrics.height() + 2 * _PAD_Y
    rect = QRectF(
        opt.rect.left() + 6,
        opt.rect.center().y() - height / 2 + 0.5,
        min(width, opt.rect.width() - 12),
        height,
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour is None:
        painter.setPen(opt.palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        text_colour = opt.palette.color(QPalette.ColorRole.PlaceholderText)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        text_colour = QColor("white")
    painter.drawRoundedRect(rect, height / 2, height / 2)
    painter.setPen(text_colour)
    font = opt.font
    font.setBold(colour is not None)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
