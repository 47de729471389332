"""The navigator tree: rows wrap long names (meeting bodies are long) instead of cutting them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

_MOST_LINES = 3


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text, remembered by text and width: the tree asks for every
    row's height whenever it lays out, and most rows (and their widths) stay the same."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[str, int, int], int] = {}

    def forget(self) -> None:
        self._heights.clear()

    def _wrap_width(self) -> int:
        """The width rows wrap to, the vertical scroll bar's room always kept: with the
        viewport's own width, a document added or removed showed or hid the bar and every
        row's height was measured again (170 rows, most of an import's last step)."""
        view = self._view
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return view.maximumViewportSize().width() - bar

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        text = str(index.data() or "")
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(80, self._wrap_width() - depth * self._view.indentation() - 12)
        metrics = option.fontMetrics
        # A bold row (a meeting) is measured a little wider than the plain font says; a plain
        # row as it is, or a deep one (an annex's chapter) took two lines' height for one.
        wider = 1.1 if index.data(Qt.ItemDataRole.FontRole) is not None else 1.0
        key = (text, width, int(metrics.height() * wider))
        height = self._heights.get(key)
        if height is None:
            if metrics.horizontalAdvance(text) * wider <= width:
                height = metrics.height() + 8
            else:
                bounds = metrics.boundingRect(
                    QRect(0, 0, int(width / wider), 10_000), int(Qt.TextFlag.TextWordWrap), text
                )
                # At most three lines: a resolution's heading runs to ten at this width; the
                # style elides the last line shown, the tooltip holds the whole heading.
                height = min(bounds.height(), _MOST_LINES * metrics.lineSpacing()) + 8
            if len(self._heights) > 20_000:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)


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

    def expand_meetings(self) -> None:
        """Meetings open on their documents; a document opens on its sections when chosen
        (200 documents' sections all open would be a long list, and slow to lay out)."""
        model = self.model()
        for row in range(model.rowCount()):
            self.expand(model.index(row, 0))

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
