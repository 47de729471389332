"""View > Team: who changed what in the last merge, where the team disagrees, and colleagues'
rows that match no paragraph here, to link to their candidate (C) or refuse it (R)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.model import ChangeSet
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.dates import local_stamp
from cybertrack.gui.dialogs.pack_dialogs import _field, _table, _value
from cybertrack.gui.stances import stance_name
from cybertrack.services import LinkParagraph, Workspace
from cybertrack.services.team.merge import Unresolved


class TeamDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        execute: Callable[[LinkParagraph], ChangeSet | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.execute = execute
        self.setWindowTitle(self.tr("Team"))
        self.setAccessibleName(self.tr("Team"))
        author = workspace.team.author
        self.heading = QLabel(
            self.tr("You are %1 in the team.").replace("%1", author)
            if author
            else self.tr("Set your name first: File ▸ Export position pack asks for it.")
        )
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        add_scoped_action(self, "team.link", lambda: self._link(True))
        add_scoped_action(self, "team.reject", lambda: self._link(False))
        self.resize(920, 520)
        self.refresh()

    def refresh(self) -> None:
        self.tabs.clear()
        self.changes = self._last_merge()
        self.disagreements = self._disagreements()
        self.lost: list[Unresolved] = self.workspace.team.unresolved()
        rows = [
            [
                u.row.author,
                u.where,
                stance_name(u.row.stance),
                self._candidate(u),
            ]
            for u in self.lost
        ]
        self.unresolved = _table(
            [self.tr("Author"), self.tr("Paragraph"), self.tr("Stance"), self.tr("Candidate")],
            rows,
            self.tr("Rows that match no paragraph"),
        )
        self.tabs.addTab(self.changes, self.tr("Since the last merge"))
        self.tabs.addTab(
            self.disagreements,
            self.tr("Disagreements (%1)").replace("%1", str(self.disagreements.rowCount())),
        )
        self.tabs.addTab(
            self.unresolved, self.tr("Not found here (%1)").replace("%1", str(len(rows)))
        )
        if rows:
            self.unresolved.setCurrentCell(0, 0)

    def _candidate(self, lost: Unresolved) -> str:
        if not lost.candidates:
            return self.tr("none: import the document it is in")
        best = lost.candidates[0]
        return f"{best.reference} ({best.score:.0f}) — C / R"

    def _last_merge(self) -> QTableWidget:
        merges = self.workspace.team.merges(1)
        rows = []
        for merge in merges:
            when = local_stamp(merge.at)
            for change in merge.changes:
                for field, old, new in change["fields"]:
                    rows.append(
                        [
                            when,
                            merge.source,
                            change["author"],
                            change["where"],
                            _field(field),
                            f"{_value(field, old)} → {_value(field, new)}",
                        ]
                    )
        headers = [
            self.tr("When"),
            self.tr("From"),
            self.tr("Author"),
            self.tr("Paragraph"),
            self.tr("Field"),
            self.tr("Change"),
        ]
        return _table(headers, rows, self.tr("Changes in the last merge"))

    def _disagreements(self) -> QTableWidget:
        rows = []
        for document in self.workspace.documents():
            items = self.workspace.items(document.id)
            ids = self.workspace.team.disagreements(document.id, items)
            chosen = [i for i in items if i.id in ids]
            entries = self.workspace.team.entries(chosen)
            you = self.tr("you")
            for item in chosen:
                stances = " · ".join(
                    f"{you if e.mine else e.author}: {stance_name(e.stance)}"
                    for e in entries.get(item.id, [])
                )
                rows.append([f"{document.symbol or document.title} {item.label}", stances])
        return _table(
            [self.tr("Item"), self.tr("Positions")], rows, self.tr("Items where the team disagrees")
        )

    def _link(self, confirm: bool) -> None:
        """Tie the selected row's paragraph to its best candidate, or refuse that candidate."""
        if self.tabs.currentWidget() is not self.unresolved:
            self.tabs.setCurrentWidget(self.unresolved)
            return
        row = self.unresolved.currentRow()
        if not 0 <= row < len(self.lost) or not self.lost[row].candidates:
            return
        lost = self.lost[row]
        self.execute(LinkParagraph(lost.row.key, lost.candidates[0].item_id, confirm))
        self.refresh()
        self.tabs.setCurrentWidget(self.unresolved)
