"""What a document is called on screen: a name that tells versions apart.

Two versions of a text often share a symbol or a title. A document's label is its name (symbol,
else title) with its version label ("Rev.1"); when that still leaves two documents with one
label, their dates (or, failing those, the order they came in) tell them apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication

from cybertrack.domain.model import DocumentRow
from cybertrack.gui.dates import short_date
from cybertrack.gui.numbers import number


def _date(row: DocumentRow) -> str | None:
    when = row.doc_date or row.start_date
    try:
        return short_date(date.fromisoformat(when)) if when else None
    except ValueError:
        return when


def document_labels(rows: Iterable[DocumentRow]) -> dict[int, str]:
    """Document id -> its label among `rows` (every document of the workspace, or those shown)."""
    rows = list(rows)
    names = Counter(row.name for row in rows)
    labels = {}
    for row in rows:
        label = row.name
        if names[row.name] > 1:
            label = " · ".join(p for p in (row.name, _date(row)) if p)
        labels[row.id] = label
    # Same name and same date (or none): the order of import settles it.
    repeated = Counter(labels.values())
    seen: Counter[str] = Counter()
    for row in sorted(rows, key=lambda r: r.id):
        label = labels[row.id]
        if repeated[label] > 1:
            seen[label] += 1
            labels[row.id] = (
                QCoreApplication.translate("Documents", "%1 (version %2)")
                .replace("%1", label)
                .replace("%2", number(seen[label]))
            )
    return labels


def document_label(row: DocumentRow, others: Iterable[DocumentRow] = ()) -> str:
    """The label of one document, told apart from `others` (the rest of the workspace)."""
    rows = {r.id: r for r in others}
    rows[row.id] = row
    return document_labels(rows.values())[row.id]
