"""A message bar across the window, as Word and Outlook show one: after a new version arrives it
offers to review carrying our positions over, and after a carry it says what was done.

It never blocks (an import must not stop to ask): it waits above the desk until the delegate
answers it or closes it, and every button has its key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cybertrack.gui.numbers import number
from cybertrack.services.comparison import VersionMatch

_STYLE = (
    "QFrame#carryPrompt {{ background: {0}; border: 1px solid {1}; border-radius: 3px; }}"
    " QFrame#carryPrompt QLabel {{ color: #1f1f1f; }}"
)
_OFFER = ("#e8f0fe", "#9bb8e8")
_DONE = ("#e6f4ea", "#8fc59b")


class CarryPrompt(QFrame):
    review = Signal(object)  # VersionMatch: open the carry-over review
    show_recheck = Signal()  # after a carry: list the positions to look at again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carryPrompt")
        self.setAccessibleName(self.tr("Carry-over"))
        self.match: VersionMatch | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Carry-over message"))
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._act)
        self.close_button = QPushButton(self.tr("Not now"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.setAccessibleDescription(
            self.tr("View ▸ Carry positions (Ctrl+Shift+V) opens the review later")
        )
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def offer(self, match: VersionMatch, old_label: str, new_label: str) -> None:
        """`new` revises `old`: offer to review carrying the positions over."""
        self.match = match
        self.setStyleSheet(_STYLE.format(*_OFFER))
        text = self.tr(
            "%1 looks like a new version of %2. %3 of your positions there can be carried "
            "over; %4 of them onto a text that has changed."
        )
        self.text.setText(
            text.replace("%1", new_label)
            .replace("%2", old_label)
            .replace("%3", number(match.positions))
            .replace("%4", number(match.changed))
        )
        self.action_button.setText(
            self.tr("&Review carrying %1 positions… (Ctrl+Shift+V)").replace(
                "%1", number(match.positions)
            )
        )
        self.action_button.setAccessibleName(self.tr("Review the carry-over"))
        self.action_button.setAccessibleDescription(
            self.tr("Opens the list of positions to carry, each ticked or not")
        )
        self.action_button.show()
        self.close_button.setText(self.tr("Not now"))
        self.show()

    def done(self, said: str, recheck: int) -> None:
        """A carry is done: say what it did, and offer the positions to look at again."""
        self.match = None
        self.setStyleSheet(_STYLE.format(*_DONE))
        self.text.setText(said[:1].upper() + said[1:])  # a message, begun as a sentence
        self.action_button.setVisible(recheck > 0)
        self.action_button.setText(
            self.tr("&Show the %1 to recheck").replace("%1", number(recheck))
        )
        self.action_button.setAccessibleName(self.tr("Show the positions to recheck"))
        self.action_button.setAccessibleDescription(
            self.tr("Filters the list to the carried positions whose text changed")
        )
        self.close_button.setText(self.tr("Close"))
        self.show()

    def _act(self) -> None:
        if self.match is not None:
            self.review.emit(self.match)
        else:
            self.show_recheck.emit()
