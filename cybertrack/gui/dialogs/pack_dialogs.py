"""Position packs in the window: what to send (whose rows, since when, sealed or not), and the
preview of what a received pack changes, with every disagreement, before it is merged."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.positions import Instruction, RoomStatus, Stance
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.dates import local_stamp
from cybertrack.gui.room import instruction_name, room_name
from cybertrack.gui.stances import COLOURS, stance_name
from cybertrack.services.team.merge import MergePlan


class ExportPackDialog(QDialog):
    """Whose rows, changed since when, and an optional passphrase (typed twice)."""

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export position pack"))
        self.setAccessibleName(self.tr("Export position pack"))
        self.mine = QRadioButton(self.tr("My positions (%1)").replace("%1", author))
        self.mine.setChecked(True)
        self.everyone = QRadioButton(self.tr("The whole team's positions"))
        self.use_since = QCheckBox(self.tr("Only changes since"))
        self.since = QDateTimeEdit(QDateTime.currentDateTime().addDays(-7))
        self.since.setCalendarPopup(True)
        self.since.setEnabled(False)
        self.since.setAccessibleName(self.tr("Changes since"))
        self.use_since.toggled.connect(self.since.setEnabled)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Optional: seal the pack for email"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {COLOURS[Stance.OPPOSE].name()}")
        form = QFormLayout()
        form.addRow(self.tr("Rows:"), self.mine)
        form.addRow("", self.everyone)
        form.addRow(self.use_since, self.since)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        if self.passphrase.text() != self.again.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    def since_text(self) -> str:
        if not self.use_since.isChecked():
            return ""
        seconds = self.since.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


MAX_COLUMN = 300


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    # "A long document title 19": cut in the middle, so the paragraph's number stays in view.
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            table.setItem(r, c, cell)
    header = table.horizontalHeader()
    table.resizeColumnsToContents()
    for column in range(len(headers) - 1):  # long names are cut (the tooltip has them whole)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN))
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class PackPreviewDialog(QDialog):
    """Every change, every disagreement and every row found nowhere; Merge applies them all
    as one undo step (Ctrl+Return)."""

    def __init__(
        self, plan: MergePlan, name: str, labels: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Merge position pack: %1").replace("%1", name))
        self.setAccessibleName(self.tr("Merge position pack"))
        authors = len({c.author for c in plan.changes})
        summary = QLabel(
            self.tr("Changes: %1 · authors: %2 · disagreements: %3 · rows found nowhere here: %4")
            .replace("%1", str(len(plan.changes)))
            .replace("%2", str(authors))
            .replace("%3", str(len(plan.disagreements)))
            .replace("%4", str(len(plan.unresolved)))
        )
        summary.setWordWrap(True)
        if plan.empty:
            summary.setText(self.tr("This pack changes nothing here: you already have all of it."))

        changes = []
        for change in plan.changes:
            where = ", ".join(labels.get(i, str(i)) for i in change.item_ids) or self.tr(
                "not found: %1"
            ).replace("%1", change.where)
            who = self.tr("%1 (you)").replace("%1", change.author) if change.mine else change.author
            for field, old, new in change.fields():
                changes.append([who, where, _field(field), _value(field, old), _value(field, new)])
        self.changes = _table(
            [
                self.tr("Author"),
                self.tr("Item"),
                self.tr("Field"),
                self.tr("Now"),
                self.tr("From the pack"),
            ],
            changes,
            self.tr("Changes"),
        )
        you = self.tr("you")
        disagreements = [
            [
                d.label,
                " · ".join(
                    f"{you if e.mine else e.author}: {stance_name(e.stance)}" for e in d.entries
                ),
            ]
            for d in plan.disagreements
        ]
        self.disagreements = _table(
            [self.tr("Item"), self.tr("Positions")], disagreements, self.tr("Disagreements")
        )
        unresolved = [
            [
                u.row.author,
                u.where,
                ", ".join(f"{c.reference} ({c.score:.0f})" for c in u.candidates[:3])
                or self.tr("none yet: import the document, then link it in Team (Ctrl+Alt+T)"),
            ]
            for u in plan.unresolved
        ]
        self.unresolved = _table(
            [self.tr("Author"), self.tr("Paragraph"), self.tr("Candidates")],
            unresolved,
            self.tr("Rows that match no paragraph"),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.changes, self.tr("Changes (%1)").replace("%1", str(len(changes))))
        self.tabs.addTab(
            self.disagreements,
            self.tr("Disagreements (%1)").replace("%1", str(len(disagreements))),
        )
        self.tabs.addTab(
            self.unresolved, self.tr("Not found here (%1)").replace("%1", str(len(unresolved)))
        )
        if disagreements:
            self.tabs.tabBar().setTabTextColor(1, COLOURS[Stance.OPPOSE])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("&Merge (Ctrl+Return)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(not plan.empty)
        self.merge_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_scoped_action(self, "pack.apply", lambda: self.accept() if not plan.empty else None)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)


def _field(field: str) -> str:
    names = {
        "stance": QCoreApplication.translate("Team", "Stance"),
        "note": QCoreApplication.translate("Team", "Internal note"),
        "amendment": QCoreApplication.translate("Team", "Proposed wording"),
        "rationale": QCoreApplication.translate("Team", "Public reason"),
        "priority": QCoreApplication.translate("Team", "Priority"),
        "instruction": QCoreApplication.translate("Team", "Capital's instruction"),
        "fallback": QCoreApplication.translate("Team", "Capital's fallback"),
        "instruction_note": QCoreApplication.translate("Team", "Capital's note"),
        "entries": QCoreApplication.translate("Team", "Room"),
        "proposals": QCoreApplication.translate("Team", "Proposals"),
    }
    return names.get(field, field)


def _value(field: str, value: object) -> str:
    if field == "stance":
        return stance_name(Stance(str(value)) if value else None)
    if field == "instruction":
        return instruction_name(Instruction(str(value)) if value else None)
    if value is None or value == "" or value == []:
        return "—"
    if field == "entries" and isinstance(value, list):  # [[as of, status, note], ...]
        text = " · ".join(
            f"{room_name(RoomStatus(e[1]) if e[1] else None)} ({local_stamp(e[0])})" for e in value
        )
    elif field == "proposals" and isinstance(value, list):
        text = "; ".join(f"{p['by']}: {p['text']}" for p in value)
    else:
        text = str(value)
    return text if len(text) < 200 else text[:199] + "…"
