"""The navigator: meetings (body, venue, dates) > documents > sections that hold items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from cybertrack.domain.model import DocumentRow
from cybertrack.gui.dates import short_date

NodeRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Node:
    """What a navigator entry stands for. A meeting node points at its first document."""

    kind: str  # "meeting", "document" or "section"
    document_id: int
    section: str | None = None


def _date_range(start: str | None, end: str | None) -> str:
    try:
        first = date.fromisoformat(start) if start else None
        last = date.fromisoformat(end) if end else None
    except ValueError:
        return " – ".join(d for d in (start, end) if d)
    if first is None:
        return short_date(last) if last else ""
    if last is None or last == first:
        return short_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{short_date(last)}"
    return f"{short_date(first, with_year=False)} – {short_date(last)}"


def meeting_title(row: DocumentRow) -> str:
    if row.library:  # references are kept apart from the texts under negotiation
        return QCoreApplication.translate("Navigator", "Library of precedent")
    body = row.body or QCoreApplication.translate("Navigator", "Other documents")
    place = ", ".join(p for p in (row.venue, _date_range(row.start_date, row.end_date)) if p)
    return f"{body} — {place}" if place else body


class NavigatorModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self._documents: dict[int, QStandardItem] = {}
        self._library: set[int] = set()

    def set_documents(self, rows: list[DocumentRow], sections: dict[int, list[str]]) -> None:
        self.clear()
        self._documents = {}
        self._library = {row.id for row in rows if row.library}
        meetings: dict[str, QStandardItem] = {}
        for row in rows:
            title = meeting_title(row)
            meeting = meetings.get(title)
            if meeting is None:
                meeting = self._node(title, Node("meeting", row.id), bold=True)
                meeting.setToolTip(title)
                meetings[title] = meeting
                self.appendRow(meeting)
            name = row.symbol or row.title
            document = self._node(name, Node("document", row.id))
            document.setData(name, NameRole)
            document.setToolTip(
                "\n".join(p for p in (row.title, row.symbol, row.agenda_item, row.source_name) if p)
            )
            meeting.appendRow(document)
            self._documents[row.id] = document
            self.update_counts(row.id, row.decided_count, row.item_count)
            if row.library:
                continue  # a reference: no stances to take section by section
            for heading in sections.get(row.id, []):
                section = self._node(heading, Node("section", row.id, heading))
                section.setToolTip(heading)
                document.appendRow(section)

    def update_counts(self, document_id: int, decided: int, total: int) -> None:
        """Show a document's progress next to its name, e.g. 'A/AC.291/22  (27/39)'."""
        item = self._documents.get(document_id)
        if item is None:
            return
        name = str(item.data(NameRole))
        if item.data(NodeRole).document_id in self._library:
            text = f"{name}  ({total})"  # a reference: nothing to decide
            item.setText(text)
            return
        text = f"{name}  ({decided}/{total})"
        if item.text() != text:
            item.setText(text)
            item.setData(
                QCoreApplication.translate("Navigator", "%1, %2 of %3 items decided")
                .replace("%1", name)
                .replace("%2", str(decided))
                .replace("%3", str(total)),
                Qt.ItemDataRole.AccessibleTextRole,
            )

    @staticmethod
    def _node(text: str, node: Node, *, bold: bool = False) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(node, NodeRole)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def document_index(self, document_id: int) -> QModelIndex:
        item = self._documents.get(document_id)
        return item.index() if item is not None else QModelIndex()

    def first_document_index(self) -> QModelIndex:
        first = next(iter(self._documents.values()), None)
        return first.index() if first is not None else QModelIndex()
