"""The navigator: meetings (body, venue, dates) > documents > sections that hold items."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cybertrack.domain.model import DocumentRow, OutlineHeading
from cybertrack.exporters.words.names import un_name
from cybertrack.gui.dates import short_date
from cybertrack.gui.documents import document_labels
from cybertrack.gui.numbers import number

Index = QModelIndex | QPersistentModelIndex
NodeRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Node:
    """What a navigator entry stands for. A meeting node points at its first document."""

    kind: str  # "meeting", "document", "section" or "division" (headings over sections)
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
    # Known bodies and places in the interface's language: the same meeting's documents in
    # English and in French are one meeting.
    language = QLocale().name().split("_")[0]
    body = un_name(row.body, language) if row.body else None
    body = body or QCoreApplication.translate("Navigator", "Other documents")
    venue = un_name(row.venue, language) if row.venue else None
    place = ", ".join(p for p in (venue, _date_range(row.start_date, row.end_date)) if p)
    return f"{body} — {place}" if place else body


@dataclass
class _Entry:
    """One row of the tree: what it stands for, its place, its children made so far."""

    node: Node
    parent: int  # index in NavigatorModel._entries; -1 for a meeting
    row: int
    children: list[int] = field(default_factory=list)
    text: str = ""  # a document's is made when first shown (its counts in the locale's digits)
    spoken: str = ""  # what a screen reader says for a document
    opened: bool = False  # a document's sections are made


@dataclass
class _Meeting:
    title: str
    documents: list[int]  # document ids in order; the first len(children) have entries
    entry: int = -1


# Documents a meeting shows at first, and adds each time the list is scrolled to its end (Qt's
# fetchMore): a workspace of 2,000 documents lays out 100 rows, not 2,000.
BATCH = 100


def _description(name: str, decided: int, total: int, library: bool) -> tuple[str, str]:
    """A document's text and spoken text, with its counts in the locale's digits."""
    if library:  # a reference: nothing to decide
        return f"{name}  ({number(total)})", name
    spoken = (
        QCoreApplication.translate("Navigator", "%1, %2 of %3 items decided")
        .replace("%1", name)
        .replace("%2", number(decided))
        .replace("%3", number(total))
    )
    return f"{name}  ({number(decided)}/{number(total)})", spoken


class NavigatorModel(QAbstractItemModel):
    """Meetings > documents > sections, filled as the tree asks: a meeting's documents a
    hundred at a time, a document's sections when it is opened (read then by the window, one
    indexed query). Opening a workspace costs the same at 20 documents or 2,000, and reads no
    section heading."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[_Entry] = []
        self._top: list[int] = []  # the meetings' entries
        self._meetings: list[_Meeting] = []
        self._meeting_of: dict[int, int] = {}  # document id -> index in _meetings
        self._documents: dict[int, int] = {}  # document id -> entry, once made
        self._rows: list[DocumentRow] = []
        self._by_id: dict[int, DocumentRow] = {}
        self._labels: dict[int, str] = {}
        self._sections: dict[int, list[OutlineHeading]] = {}  # read so far
        self._counts: dict[int, tuple[int, int]] = {}  # as last updated (decided, total)
        # Texts made so far, kept when the tree is filled again: after an import or an undo
        # the tree asks every row for its height, each through its text (formatted numbers).
        self._described: dict[tuple[str, int, int, bool], tuple[str, str]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_documents(
        self, rows: list[DocumentRow], sections: dict[int, list[OutlineHeading]] | None = None
    ) -> None:
        """Show these documents, with the section headings already read (the others are
        given by `set_sections` when a document is opened)."""
        self.beginResetModel()
        self._entries, self._top, self._meetings = [], [], []
        self._meeting_of, self._documents = {}, {}
        self._rows, self._by_id = list(rows), {row.id: row for row in rows}
        self._sections = dict(sections or {})
        # The library of precedent: references, with no stances to take section by section.
        self._sections.update({row.id: [] for row in rows if row.library})
        counts = self._counts
        self._counts = {
            row.id: counts.get(row.id, (row.decided_count, row.item_count)) for row in rows
        }
        self._labels = document_labels(rows)  # versions told apart
        by_title: dict[str, int] = {}
        titles: dict[tuple[str | None, ...], str] = {}  # one date formatting per meeting
        for row in rows:
            key = (row.body, row.venue, row.start_date, row.end_date)
            title = titles.get(key) or titles.setdefault(key, meeting_title(row))
            position = by_title.get(title)
            if position is None:
                position = by_title[title] = len(self._meetings)
                self._meetings.append(_Meeting(title, []))
            self._meetings[position].documents.append(row.id)
            self._meeting_of[row.id] = position
        for position, meeting in enumerate(self._meetings):
            meeting.entry = self._add(Node("meeting", meeting.documents[0]), -1)
            self._entries[meeting.entry].text = meeting.title
            self._make_documents(position, BATCH)
        self.endResetModel()

    def _add(self, node: Node, parent: int) -> int:
        siblings = self._top if parent < 0 else self._entries[parent].children
        self._entries.append(_Entry(node, parent, len(siblings)))
        siblings.append(len(self._entries) - 1)
        return len(self._entries) - 1

    def _make_documents(self, position: int, count: int) -> None:
        """Entries for the next `count` documents of meeting `position`."""
        meeting = self._meetings[position]
        made = len(self._entries[meeting.entry].children)
        for document_id in meeting.documents[made : made + count]:
            self._documents[document_id] = self._add(Node("document", document_id), meeting.entry)

    def _describe(self, entry: _Entry) -> None:
        """A document's text and spoken text, with its counts in the locale's digits."""
        document_id = entry.node.document_id
        decided, total = self._counts[document_id]
        key = (self._labels[document_id], decided, total, self._by_id[document_id].library)
        described = self._described.get(key)
        if described is None:
            if len(self._described) > 20_000:  # counts change with every stance
                self._described.clear()
            described = self._described[key] = _description(*key)
        entry.text, entry.spoken = described

    def update_counts(self, document_id: int, decided: int, total: int) -> None:
        """Show a document's progress next to its name, e.g. 'A/AC.291/22  (27/39)'."""
        if self._counts.get(document_id, (decided, total)) == (decided, total):
            return
        self._counts[document_id] = (decided, total)
        entry = self._documents.get(document_id)
        if entry is not None and self._entries[entry].text:
            self._entries[entry].text = ""  # made again when next shown
            index = self.document_index(document_id)
            self.dataChanged.emit(index, index)

    # -- filled as the tree asks ------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid():
            return False
        entry = self._entries[parent.internalId()]
        if entry.node.kind == "meeting":
            meeting = self._meetings[self._meeting_of[entry.node.document_id]]
            return len(entry.children) < len(meeting.documents)
        return (
            entry.node.kind == "document"
            and not entry.opened
            and entry.node.document_id in self._sections
        )

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        entry_id = parent.internalId()
        entry = self._entries[entry_id]
        if entry.node.kind == "meeting":
            position = self._meeting_of[entry.node.document_id]
            first = len(entry.children)
            last = min(first + BATCH, len(self._meetings[position].documents)) - 1
            self.beginInsertRows(parent, first, last)
            self._make_documents(position, BATCH)
            self.endInsertRows()
            return
        self._open(entry_id)

    def _open(self, entry_id: int) -> None:
        """Make a document's section rows from its outline (read already): a division (an
        annex) over the sections it holds."""
        entry = self._entries[entry_id]
        outline = self._sections[entry.node.document_id]
        entry.opened = True
        top = [heading for heading in outline if heading.depth == 0]
        if not top:
            return
        parent = self.createIndex(entry.row, 0, entry_id)
        self.beginInsertRows(parent, 0, len(top) - 1)
        above = [entry_id]  # the entry each depth's headings go under
        for heading in outline:
            del above[heading.depth + 1 :]
            kind = "section" if heading.holds_items else "division"
            node = Node(kind, entry.node.document_id, heading.text)
            above.append(self._add(node, above[min(heading.depth, len(above) - 1)]))
        self.endInsertRows()

    def needs_sections(self, document_id: int) -> bool:
        """Whether a document's headings are still to be read (see `set_sections`)."""
        return document_id in self._by_id and document_id not in self._sections

    def set_sections(self, document_id: int, headings: list[OutlineHeading]) -> None:
        """A document's section headings, read by the window when the document was opened
        (never read here: Qt asks a model for rows in the middle of laying a view out, where a
        failed read could not be reported)."""
        self._sections[document_id] = list(headings)
        entry = self._documents.get(document_id)
        if entry is not None and not self._entries[entry].opened:
            self._open(entry)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._top)
        entry = self._entries[parent.internalId()]
        if entry.node.kind == "document" and not entry.opened:
            return bool(self._sections.get(entry.node.document_id, True))  # not read yet
        return bool(entry.children)

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
        return self._entries[parent.internalId()].children if parent.isValid() else self._top

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.internalId()]
        node = entry.node
        if node.kind == "document" and not entry.text:
            self._describe(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.section if node.kind in ("section", "division") else entry.text
        if role == NodeRole:
            return node
        if role == NameRole:
            return self._labels[node.document_id] if node.kind == "document" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(entry) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return entry.spoken or self.data(index)
        if role == Qt.ItemDataRole.FontRole and node.kind == "meeting":
            return self._bold
        return None

    def _tip(self, entry: _Entry) -> str:
        node = entry.node
        if node.kind == "meeting":
            return entry.text
        if node.kind in ("section", "division"):
            return node.section or ""
        row = self._by_id[node.document_id]
        facts = (row.title, row.symbol, row.version_label, row.agenda_item, row.source_name)
        return "\n".join(p for p in facts if p)

    # -- finding ------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        """The documents shown, with their counts as last updated."""
        return [
            replace(row, decided_count=self._counts[row.id][0], item_count=self._counts[row.id][1])
            for row in self._rows
        ]

    def headings(self) -> dict[int, list[OutlineHeading]]:
        """The section headings read so far, by document id."""
        return dict(self._sections)

    def label(self, document_id: int) -> str | None:
        """The document's label as the navigator shows it (versions told apart)."""
        return self._labels.get(document_id)

    def document_index(self, document_id: int) -> QModelIndex:
        """The document's row, made (with the documents before it) if it was not yet."""
        position = self._meeting_of.get(document_id)
        if position is None:
            return QModelIndex()
        meeting = self._meetings[position]
        while document_id not in self._documents:
            self.fetchMore(self.createIndex(self._entries[meeting.entry].row, 0, meeting.entry))
        entry = self._documents[document_id]
        return self.createIndex(self._entries[entry].row, 0, entry)

    def division_indexes(self, document_id: int) -> list[QModelIndex]:
        """The rows of a document's divisions (an annex over its chapters), outermost first:
        shown open, so that the sections they hold are in sight."""
        entry = self._documents.get(document_id)
        found: list[QModelIndex] = []
        stack = list(self._entries[entry].children) if entry is not None else []
        while stack:
            child_id = stack.pop(0)
            child = self._entries[child_id]
            if child.node.kind == "division":
                found.append(self.createIndex(child.row, 0, child_id))
                stack.extend(child.children)
        return found

    def first_document_index(self) -> QModelIndex:
        return self.document_index(self._rows[0].id) if self._rows else QModelIndex()
