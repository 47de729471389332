"""Find and filter: a search box (debounced) with its scope (the paragraph, the delegate's own
note, reason and wording, or everything), stance, section, has amendment, has note, to recheck,
clear.

The bar only says what the user wants to see (`changed`); the window asks the workspace for
search hits and hands the combined filter to the proxy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.positions import Stance
from cybertrack.domain.search import SearchScope
from cybertrack.gui.icons import icon
from cybertrack.gui.models.item_filter_proxy import UNDECIDED
from cybertrack.gui.stances import stance_name

# Zero: the search runs as soon as the keystrokes already queued are handled, so keys typed
# while a (slow) search runs are merged into one search instead of queueing one each.
SEARCH_PAUSE_MS = 0
ANY = ""


class SearchBox(QLineEdit):
    """Escape and the down arrow hand the keyboard back to the table."""

    leave = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Down):
            self.leave.emit()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    changed = Signal()
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Find in items (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find in items"))
        self.search.setClearButtonEnabled(True)
        search_mark = self.search.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        search_mark.setText(self.tr("Find"))
        # The line edit's own clear button is a tool button a screen reader must be able to name.
        for action in self.search.actions():
            if not action.text():
                action.setText(self.tr("Clear the search"))
        self.search.leave.connect(self.leave)
        self.search.returnPressed.connect(self.leave)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self.search_timer.start)
        self.scope_box = QComboBox()
        self.scope_box.setAccessibleName(self.tr("Search in"))
        self.scope_box.setAccessibleDescription(
            self.tr("Search the item text, your own notes and wording, or both (Ctrl+Shift+F)")
        )
        self.scope_box.setToolTip(self.tr("Search in (Ctrl+Shift+F changes it)"))
        for scope, name in (
            (SearchScope.EVERYTHING, self.tr("Everywhere")),
            (SearchScope.TEXT, self.tr("Item text")),
            (SearchScope.OWN, self.tr("My notes and wording")),
        ):
            self.scope_box.addItem(name, scope.value)
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_box.currentIndexChanged.connect(self.changed)

        self.stance = QComboBox()
        self.stance.setAccessibleName(self.tr("Filter by stance"))
        self.stance.setAccessibleDescription(
            self.tr("Show only items with this stance, or undecided")
        )
        # "" rather than None as item data: PySide 6.12 over-releases None read back from a
        # combo box (currentData), which ends in a fatal error after some thousand reads.
        self.stance.addItem(self.tr("Any stance"), ANY)
        self.stance.addItem(stance_name(None), UNDECIDED)
        for stance in Stance:
            self.stance.addItem(stance_name(stance), stance)
        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Filter by section"))
        self.section.setAccessibleDescription(self.tr("Show only the items of one section"))
        self.section.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.section.setMinimumContentsLength(6)
        self.has_amendment = QCheckBox(self.tr("Wording"))
        self.has_amendment.setAccessibleName(self.tr("Only items with an amendment"))
        self.has_amendment.setToolTip(self.tr("Only items with proposed amendment wording"))
        self.has_note = QCheckBox(self.tr("Note"))
        self.has_note.setAccessibleName(self.tr("Only items with a note"))
        self.has_note.setToolTip(self.tr("Only items with an internal note"))
        self.recheck = QCheckBox(self.tr("Recheck"))
        self.recheck.setAccessibleName(self.tr("Only items to recheck"))
        self.recheck.setToolTip(
            self.tr("Only positions carried onto a text that changed, not yet looked at again")
        )
        self.team = QCheckBox(self.tr("Team"))
        self.team.setAccessibleName(self.tr("Only items where the team disagrees"))
        self.team.setToolTip(self.tr("Only items where colleagues hold different stances"))
        self.clear_button = QToolButton()
        self.clear_button.setIcon(icon("filter-clear"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every item again (Ctrl+Shift+L)"))
        self.clear_button.clicked.connect(self.clear)
        self.stance.currentIndexChanged.connect(self.changed)
        self.section.currentIndexChanged.connect(self.changed)
        self.has_amendment.toggled.connect(self.changed)
        self.has_note.toggled.connect(self.changed)
        self.recheck.toggled.connect(self.changed)
        self.team.toggled.connect(self.changed)

        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.scope_box)
        find.addWidget(self.clear_button)
        filters = QHBoxLayout()
        filters.addWidget(self.stance)
        filters.addWidget(self.section, 1)
        filters.addWidget(self.has_amendment)
        filters.addWidget(self.has_note)
        filters.addWidget(self.recheck)
        filters.addWidget(self.team)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(find)
        layout.addLayout(filters)
        self.set_sections([])

    # -- what the user asked for --------------------------------------------------------------
    def query(self) -> str:
        return self.search.text()

    def scope(self) -> SearchScope:
        return SearchScope(str(self.scope_box.currentData()))

    def next_scope(self) -> None:
        """Ctrl+Shift+F: the next scope, and the keyboard in the find box."""
        self.scope_box.setCurrentIndex((self.scope_box.currentIndex() + 1) % self.scope_box.count())
        self.focus_search()

    def stance_filter(self) -> Stance | str | None:
        value = self.stance.currentData()  # Qt may hand a StrEnum back as a plain str
        if not isinstance(value, str) or value == ANY:
            return None
        return UNDECIDED if value == UNDECIDED else Stance(value)

    def section_filter(self) -> str | None:
        value = self.section.currentData()
        return value if isinstance(value, str) and value != ANY else None

    # -- setting it ---------------------------------------------------------------------------
    def set_sections(self, headings: list[str]) -> None:
        current = self.section_filter()
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr("All sections"), ANY)
        for heading in headings:
            self.section.addItem(heading, heading)
        found = self.section.findData(current) if current is not None else 0
        self.section.setCurrentIndex(max(found, 0))
        self.section.blockSignals(False)
        if current is not None and found < 0:
            self.changed.emit()

    def choose_section(self, heading: str | None) -> None:
        self.section.setCurrentIndex(max(self.section.findData(heading), 0) if heading else 0)

    def choose_stance(self, stance: Stance | str | None) -> None:
        wanted = stance.value if isinstance(stance, Stance) else stance
        found = next(
            (i for i in range(self.stance.count()) if self.stance.itemData(i) == wanted), 0
        )
        self.stance.setCurrentIndex(found)

    def _widgets(self) -> tuple[QWidget, ...]:
        return (
            self.search,
            self.stance,
            self.section,
            self.has_amendment,
            self.has_note,
            self.recheck,
            self.team,
            self.scope_box,
        )

    def state(self) -> dict[str, Any]:
        """What is asked for, to put back later (a language switch rebuilds the bar)."""
        return {
            "search": self.search.text(),
            "scope": self.scope().value,
            "stance": self.stance.currentIndex(),
            "section": self.section_filter(),
            "has_amendment": self.has_amendment.isChecked(),
            "has_note": self.has_note.isChecked(),
            "recheck": self.recheck.isChecked(),
            "team": self.team.isChecked(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.search.setText(str(state.get("search", "")))
        for widget in self._widgets()[1:]:
            widget.blockSignals(True)
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(state.get("scope"))))
        self.stance.setCurrentIndex(int(state.get("stance", 0)))
        self.choose_section(state.get("section"))
        self.has_amendment.setChecked(bool(state.get("has_amendment")))
        self.has_note.setChecked(bool(state.get("has_note")))
        self.recheck.setChecked(bool(state.get("recheck")))
        self.team.setChecked(bool(state.get("team")))
        for widget in self._widgets()[1:]:
            widget.blockSignals(False)
        self.search_timer.stop()
        self.changed.emit()

    def clear(self) -> None:
        """Every filter off in one step, and one `changed` signal (the scope stays)."""
        widgets = self._widgets()[1:]  # the find box keeps its signals (its clear button)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.stance.setCurrentIndex(0)
        self.section.setCurrentIndex(0)
        self.has_amendment.setChecked(False)
        self.has_note.setChecked(False)
        self.recheck.setChecked(False)
        self.team.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.search_timer.stop()
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
