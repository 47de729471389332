"""Text boxes as tall as what they hold, so a panel is laid out by its content.

An empty note takes one line and a long amendment its whole length (up to a limit, then it
scrolls); the item text and the redline show all of themselves. The panel around them scrolls
as one when everything does not fit, never each box in its own little window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QTextBrowser, QWidget


class GrowingEdit(QPlainTextEdit):
    """A plain-text editor one line high when empty, growing with its text to `max_lines`.

    `left` is emitted when it loses focus (what was typed is committed then).
    """

    left = Signal()

    def __init__(self, max_lines: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit())
        self.fit()

    def _lines(self) -> int:
        # A plain-text layout measures its height in (wrapped) lines.
        lines = int(self.document().documentLayout().documentSize().height())
        wanted = 3 if self.hasFocus() else 1  # room to write in once the delegate is here
        return max(1, min(self.max_lines, max(lines, wanted)))

    def height_for(self, lines: int) -> int:
        document = int(self.document().documentMargin() * 2)
        return lines * self.fontMetrics().lineSpacing() + document + 2 * self.frameWidth() + 2

    def fit(self) -> None:
        lines = self._lines()
        # A scroll bar only once the text outgrows the box's largest size.
        full = int(self.document().documentLayout().documentSize().height()) > self.max_lines
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if full else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        height = self.height_for(lines)
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height_for(self._lines()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.left.emit()
        super().focusOutEvent(event)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()  # the text wraps again


class FittedBrowser(QTextBrowser):
    """Read-only rich text exactly as tall as its content (at least `min_lines`)."""

    def __init__(self, min_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit())

    def fit(self) -> None:
        width = self.viewport().width()
        if width <= 0:
            return
        self.document().setTextWidth(width)
        frame = self.frameWidth() * 2
        content = int(self.document().size().height() + 0.999)
        least = self.min_lines * self.fontMetrics().lineSpacing() + 8
        height = max(content, least) + frame
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
