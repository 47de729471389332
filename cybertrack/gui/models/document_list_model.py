"""The documents in the workspace, for the navigator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from cybertrack.domain.model import DocumentRow

RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(QAbstractListModel):
    def __init__(self, rows: list[DocumentRow] | None = None) -> None:
        super().__init__()
        self._rows: list[DocumentRow] = rows or []

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, document_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.symbol or row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.title, row.body, row.venue]
            return "\n".join(p for p in parts if p)
        if role == RowRole:
            return row
        return None
