"""Rows of linked items across documents (columns in date order), with a flag filter proxy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from cybertrack.domain.model import DocumentRow
from cybertrack.gui.dates import short_date
from cybertrack.gui.documents import document_labels
from cybertrack.gui.stances import COLOURS, stance_name
from cybertrack.services.comparison import ComparisonRow, RowFlag

RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_CHANGED_BACKGROUND = QColor("#fff4e0")


def document_heading(document: DocumentRow, label: str | None = None) -> str:
    """A column's heading: the document's label (versions told apart) over its date."""
    name = label or document.name
    when = document.doc_date or document.start_date
    if when:
        try:
            return f"{name}\n{short_date(date.fromisoformat(when))}"
        except ValueError:
            return f"{name}\n{when}"
    return name


class ComparisonTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._documents: list[DocumentRow] = []
        self._labels: dict[int, str] = {}
        self._rows: list[ComparisonRow] = []

    def set_rows(self, documents: Sequence[DocumentRow], rows: Iterable[ComparisonRow]) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self._labels = document_labels(self._documents)
        self._rows = list(rows)
        self.endResetModel()

    @property
    def documents(self) -> list[DocumentRow]:
        return self._documents

    def label(self, document: DocumentRow) -> str:
        return document_heading(document, self._labels.get(document.id))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._documents):
            document = self._documents[section]
            return document_heading(document, self._labels.get(document.id))
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        cell = row.cells[index.column()]
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if cell is None:
                earlier = any(c is not None for c in row.cells[: index.column()])
                return self.tr("— dropped") if earlier else self.tr("— not in this version")
            text = f"({cell.number})  {stance_name(cell.stance)}"
            if _stance_moved(row, index.column()):
                text += "  · " + self.tr("stance changed")
            if cell.text_changed:
                text += "  · " + self.tr("text changed")
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell is None:
                return QColor("#777777")
            return COLOURS.get(cell.stance) if cell.stance else None
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and cell.text_changed:
            return _CHANGED_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            return cell.text
        return None


def _stance_moved(row: ComparisonRow, column: int) -> bool:
    """Our stance here differs from our stance in the previous document that has the item."""
    cell = row.cells[column]
    earlier = [c for c in row.cells[:column] if c is not None]
    if cell is None or cell.stance is None or not earlier or earlier[-1].stance is None:
        return False
    return earlier[-1].stance != cell.stance


class ComparisonFilterProxy(QSortFilterProxyModel):
    """Keeps rows carrying any of the chosen flags; no flag chosen shows every row."""

    def __init__(self) -> None:
        super().__init__()
        self._flags: frozenset[RowFlag] = frozenset()

    def set_flags(self, flags: Iterable[RowFlag]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self._flags = frozenset(flags)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._flags = frozenset(flags)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._flags:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        return bool(row is not None and row.flags & self._flags)
