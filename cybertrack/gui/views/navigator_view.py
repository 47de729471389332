"""The navigator tree: rows wrap long names (meeting bodies are long) instead of cutting them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(80, self._view.viewport().width() - depth * self._view.indentation() - 12)
        bounds = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(width, bounds.height() + 8)


class NavigatorView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setItemDelegate(WrappingDelegate(self))
        self.setAccessibleName(self.tr("Meetings, documents and sections"))
        self.setAccessibleDescription(self.tr("Choose a document or a section to list its items"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap
        self.setMinimumWidth(150)
        self._empty = False

    def show_empty(self, empty: bool) -> None:
        """No document yet: the tree says what to do instead of standing blank."""
        self._empty = empty
        self.viewport().update()

    def empty_text(self) -> str:
        return self.tr(
            "No documents yet.\n\nImport one with Ctrl+I (File ▸ Import…) or drop a Word, PDF "
            "or text file here."
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._empty:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(
            area,
            int(
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            ),
            self.empty_text(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # row heights depend on the width
