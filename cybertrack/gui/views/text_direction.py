"""Each text cell laid out in its own direction, whatever the window's.

An English item in the Arabic interface stays left to right (elided on the right), and an Arabic
item in the English interface reads right to left.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from cybertrack.domain.text import is_right_to_left

# Every repaint asks again for the same few screenfuls of texts (a non-Latin one is counted
# letter by letter).
_right_to_left = lru_cache(maxsize=4096)(is_right_to_left)


class TextDirectionDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        rtl = _right_to_left(option.text)
        option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option.displayAlignment = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
