"""The navigator: meetings (body, venue, dates) > documents > sections that hold items."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cybertrack.domain.model import DocumentRow
from cybertrack.gui.dates import short_date
from cybertrack.gui.documents import document_labels
from cybertrack.gui.numbers import number

Index = QModelIndex | QPersistentModelIndex
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
        return f"{number(first.day)}–{short_date(last)}"  # the locale's digits throughout
    return f"{short_date(first, with_year=False)} – {short_date(last)}"


def meeting_title(row: DocumentRow) -> str:
    if row.library:  # references are kept apart from the texts under negotiation
        return QCoreApplication.translate("Navigator", "Library of precedent")
    body = row.body or QCoreApplication.translate("Navigator", "Other documents")
    place = ", ".join(p for p in (row.venue, _date_range(row.start_date, row.end_date)) if p)
    return f"{body} — {place}" if place else body


@dataclass
class _Entry:
    """One row of the tree: its text, what it stands for, its place."""

    text: str
    node: Node
    parent: int  # index in NavigatorModel._entries; -1 for a meeting
    row: int
    tip: str = ""
    children: list[int] = field(default_factory=list)
    name: str = ""  # a document's label, without its counts
    spoken: str = ""  # what a screen reader says for a document


class NavigatorModel(QAbstractItemModel):
    """Meetings > documents > sections, built as plain Python lists and served on demand: a
    workspace of 200 documents fills it in milliseconds (one Qt item per row took 0.15 s)."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[_Entry] = []
        self._meetings: list[int] = []
        self._documents: dict[int, int] = {}  # document id -> entry
        self._rows: list[DocumentRow] = []
        self._sections: dict[int, list[str]] = {}
        self._counts: dict[int, tuple[int, int]] = {}  # as last updated (decided, total)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_documents(self, rows: list[DocumentRow], sections: dict[int, list[str]]) -> None:
        self.beginResetModel()
        self._entries, self._meetings, self._documents = [], [], {}
        self._library: set[int] = set()
        self._rows, self._sections = list(rows), dict(sections)
        counts = self._counts
        self._counts = {}
        meetings: dict[str, int] = {}
        labels = document_labels(rows)  # versions told apart
        for row in rows:
            title = meeting_title(row)
            meeting = meetings.get(title)
            if meeting is None:
                meeting = self._add(title, Node("meeting", row.id), -1, tip=title)
                meetings[title] = meeting
            name = labels[row.id]
            facts = (row.title, row.symbol, row.version_label, row.agenda_item, row.source_name)
            document = self._add(
                name, Node("document", row.id), meeting, tip="\n".join(p for p in facts if p)
            )
            self._entries[document].name = name
            self._documents[row.id] = document
            if row.library:
                self._library.add(row.id)
            decided, total = counts.get(row.id, (row.decided_count, row.item_count))
            self._count(document, decided, total)
            self._counts[row.id] = (decided, total)
            if row.library:
                continue  # a reference: no stances to take section by section
            for heading in sections.get(row.id, []):
                self._add(heading, Node("section", row.id, heading), document, tip=heading)
        self.endResetModel()

    def _add(self, text: str, node: Node, parent: int, *, tip: str) -> int:
        siblings = self._meetings if parent < 0 else self._entries[parent].children
        self._entries.append(_Entry(text, node, parent, len(siblings), tip))
        siblings.append(len(self._entries) - 1)
        return len(self._entries) - 1

    def _count(self, entry: int, decided: int, total: int) -> bool:
        document = self._entries[entry]
        if document.node.document_id in self._library:  # a reference: nothing to decide
            text, spoken = f"{document.name}  ({number(total)})", document.name
        else:
            text = f"{document.name}  ({number(decided)}/{number(total)})"
            spoken = (
                QCoreApplication.translate("Navigator", "%1, %2 of %3 items decided")
                .replace("%1", document.name)
                .replace("%2", number(decided))
                .replace("%3", number(total))
            )
        if text == document.text and document.spoken:
            return False
        document.text, document.spoken = text, spoken
        return True

    def update_counts(self, document_id: int, decided: int, total: int) -> None:
        """Show a document's progress next to its name, e.g. 'A/AC.291/22  (27/39)'."""
        entry = self._documents.get(document_id)
        if entry is not None:
            self._counts[document_id] = (decided, total)
        if entry is not None and self._count(entry, decided, total):
            index = self.document_index(document_id)
            self.dataChanged.emit(index, index)

    # -- the model ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        siblings = self._children(parent)
        return self.createIndex(row, 0, siblings[row]) if row < len(siblings) else QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        up = self._entries[child.internalId()].parent
        return QModelIndex() if up < 0 else self.createIndex(self._entries[up].row, 0, up)

    def _children(self, parent: Index) -> list[int]:
        return self._entries[parent.internalId()].children if parent.isValid() else self._meetings

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text
        if role == NodeRole:
            return entry.node
        if role == NameRole:
            return entry.name or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tip or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return entry.spoken or entry.text
        if role == Qt.ItemDataRole.FontRole and entry.node.kind == "meeting":
            return self._bold
        return None

    # -- finding ------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        """The documents shown, with their counts as last updated."""
        return [
            replace(row, decided_count=self._counts[row.id][0], item_count=self._counts[row.id][1])
            for row in self._rows
        ]

    def headings(self) -> dict[int, list[str]]:
        return dict(self._sections)

    def label(self, document_id: int) -> str | None:
        """The document's label as the navigator shows it (versions told apart)."""
        entry = self._documents.get(document_id)
        return self._entries[entry].name if entry is not None else None

    def document_index(self, document_id: int) -> QModelIndex:
        entry = self._documents.get(document_id)
        if entry is None:
            return QModelIndex()
        return self.createIndex(self._entries[entry].row, 0, entry)

    def first_document_index(self) -> QModelIndex:
        first = next(iter(self._documents), None)
        return self.document_index(first) if first is not None else QModelIndex()
