"""The negotiation day in the desk: the room's status (now or as of an earlier time), capital's
instruction, other delegations' proposals, and the evening's two products.

It owns the "Room, capital and proposals" panel (a dock under the list), keeps the room's
timeline of the shown document in memory for the as-of view, and gives the window the slots of
the Room menu. Kept out of main_window.py so the window stays a composer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMessageBox, QScrollArea

from cybertrack.domain.model import ChangeSet, ItemRow
from cybertrack.domain.negotiation import Proposal, RoomTimeline
from cybertrack.domain.positions import RoomStatus
from cybertrack.domain.times import utc_stamp
from cybertrack.gui.dates import local_date_time
from cybertrack.gui.models.item_table_model import RowRole
from cybertrack.gui.views.negotiation_panel import NegotiationPanel
from cybertrack.services import (
    EditProposal,
    MakeProposal,
    SetField,
    SetInstruction,
    SetRoomStatus,
    WithdrawProposal,
)

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow

ROOM_ACTIONS = {
    "room.agreed": RoomStatus.AGREED,
    "room.ad_ref": RoomStatus.AD_REF,
    "room.pending": RoomStatus.PENDING,
    "room.informals": RoomStatus.INFORMALS,
    "room.bracketed": RoomStatus.BRACKETED,
    "room.deleted": RoomStatus.DELETED,
    "room.clear": None,
}


def touches_room(change: ChangeSet) -> bool:
    """Whether the change recorded (or undid) a room status, or replaced documents."""
    if change.documents_changed or isinstance(change.command, SetRoomStatus):
        return True
    return any(touches_room(part) for part in change.parts)


class NegotiationDesk(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = NegotiationPanel()
        self.dock = QDockWidget(self.tr("Room, capital and proposals"), window)
        self.dock.setObjectName("negotiationDock")
        # Scrollable, so the dock never makes the window taller than a small screen allows.
        scroller = QScrollArea()
        scroller.setWidget(self.panel)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setMinimumHeight(24)
        self.panel.setMinimumHeight(220)
        self.dock.setWidget(scroller)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [290], Qt.Orientation.Vertical)
        self._timeline: RoomTimeline | None = None

        panel = self.panel
        panel.instruction_changed.connect(
            lambda item_id, choice: self.window.execute(SetInstruction((item_id,), choice))
        )
        panel.text_edited.connect(lambda i, f, t: self.window.execute(SetField(i, f, t)))
        panel.record_room.connect(self.record_room)
        panel.new_proposal.connect(self.new_proposal)
        panel.edit_proposal.connect(self.edit_proposal)
        panel.withdraw_proposal.connect(self.toggle_withdrawn)
        items = window.items
        items.room_bar.as_of_changed.connect(self.set_as_of)
        items.rows_replaced.connect(self._on_rows_replaced)
        window.table.selectionModel().currentChanged.connect(self._on_current_changed)
        window.events.changed.connect(self._on_change)
        window.installEventFilter(self)

    def slots(self) -> dict[str, Callable[[], object]]:
        found: dict[str, Callable[[], object]] = {
            name: partial(self.set_room, status) for name, status in ROOM_ACTIONS.items()
        }
        room_bar = self.window.items.room_bar
        return found | {
            "room.record": self.record_room,
            "room.instruction": self.focus_instruction,
            "room.propose": self.new_proposal,
            "view.as_of": room_bar.focus_as_of,
            "view.deviations": room_bar.toggle_deviations,
            "view.negotiation": lambda: self.dock.setVisible(not self.dock.isVisible()),
            "file.capital_report": lambda: self.export("capital-report"),
            "file.status_table": lambda: self.export("status-table"),
        }

    # -- the room as of a moment --------------------------------------------------------------
    def set_as_of(self, moment: datetime | None) -> None:
        """Redraw the room column as of `moment` (None: now), from the timeline in memory."""
        document_id = self.window.current_document_id()
        if moment is None or document_id is None:
            self.window.items.show_room_as_of(None)
            return
        if self._timeline is None:
            self._timeline = self.window.workspace.negotiation.timeline(document_id)
        self.window.items.show_room_as_of(
            self._timeline.as_of(utc_stamp(moment)), local_date_time(moment)
        )

    def _on_rows_replaced(self) -> None:
        self._timeline = None  # another document, or the same one reloaded
        moment = self.window.items.room_bar.as_of_time()
        if moment is not None:
            self.set_as_of(moment)

    def _on_change(self, change: ChangeSet) -> None:
        room_bar = self.window.items.room_bar
        if touches_room(change):
            self._timeline = None
            if room_bar.as_of_time() is not None:
                self.set_as_of(room_bar.as_of_time())
        if room_bar.active():  # a stance or status changed: the filter's answer may have
            self.window.items.apply_filters()
        self.show_item(self.window.detail.item)

    # -- the panel ----------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.flush()  # typing for the item being left goes to that item
        self.show_item(current.data(RowRole) if current.isValid() else None)

    def show_item(self, item: ItemRow | None) -> None:
        if item is None:
            self.panel.show_item(None, [], [])
            return
        negotiation = self.window.workspace.negotiation
        self.panel.show_item(item, negotiation.proposals([item.id]), negotiation.history(item.id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Close:
                self.panel.flush()
            elif event.type() == QEvent.Type.Resize:
                self._fit_dock()
        return False

    def _fit_dock(self) -> None:
        """On a small screen the panel takes at most a third of the window: the list first."""
        most = self.window.height() // 3
        if self.dock.isVisible() and not self.dock.isFloating() and self.dock.height() > most:
            self.window.resizeDocks([self.dock], [most], Qt.Orientation.Vertical)

    def focus_instruction(self) -> None:
        self.dock.show()
        self.panel.instruction.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- commands -----------------------------------------------------------------------------
    def set_room(self, status: RoomStatus | None) -> None:
        """The room's status on the selected items, as of now."""
        ids = self.window.selected_item_ids()
        if ids:
            self.window.execute(SetRoomStatus(ids, status))

    def record_room(self) -> None:
        from cybertrack.gui.dialogs.room_status_dialog import RoomStatusDialog

        rows = self.window.table.selected_rows() or (
            [self.window.detail.item] if self.window.detail.item else []
        )
        if not rows:
            return
        when = self.window.items.room_bar.as_of_time() or datetime.now().astimezone()
        dialog = RoomStatusDialog([r.label for r in rows], rows[0].room_status, when, self.window)
        if dialog.exec():
            status, as_of, note = dialog.chosen()
            self.window.execute(SetRoomStatus(tuple(r.id for r in rows), status, as_of, note))

    def _delegations_known(self) -> bool:
        if self.window.workspace.comparison.delegations():
            return True
        QMessageBox.information(
            self.window,
            self.tr("Proposals"),
            self.tr(
                "No delegation is known yet. Add them in View > Delegations… (Ctrl+Shift+D), "
                "then record their proposals."
            ),
        )
        return False

    def new_proposal(self) -> None:
        from cybertrack.gui.dialogs.proposal_dialog import ProposalDialog

        item = self.window.detail.item
        if item is None or not self._delegations_known():
            return
        delegations = self.window.workspace.comparison.delegations()
        dialog = ProposalDialog(item, delegations, parent=self.window)
        if dialog.exec():
            by, text, supporters, opponents, when, new = dialog.chosen()
            self.window.execute(MakeProposal(item.id, by, text, supporters, opponents, when, new))

    def edit_proposal(self, proposal: Proposal) -> None:
        from cybertrack.gui.dialogs.proposal_dialog import ProposalDialog

        item = self.window.detail.item
        if item is None:
            return
        delegations = self.window.workspace.comparison.delegations()
        dialog = ProposalDialog(item, delegations, proposal, parent=self.window)
        if dialog.exec():
            by, text, supporters, opponents, when, _new = dialog.chosen()
            self.window.execute(EditProposal(proposal.id, text, by, supporters, opponents, when))

    def toggle_withdrawn(self, proposal: Proposal) -> None:
        self.window.execute(WithdrawProposal(proposal.id, withdrawn=not proposal.withdrawn))

    def export(self, kind: str) -> None:
        """The report to capital or the status table (services.day_exports.KINDS); the Word
        writers are loaded now, not when the window opens."""
        from cybertrack.gui.dialogs.day_report_dialog import DayReportDialog
        from cybertrack.services.day_exports import KINDS

        assert kind in KINDS, kind

        self.window.detail.flush()
        self.panel.flush()
        as_of = self.window.items.room_bar.as_of_time()
        DayReportDialog(
            self.window.workspace, kind, self.window.current_document_id(), as_of, self.window
        ).exec()
