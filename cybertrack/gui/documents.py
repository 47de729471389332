"""What a document is called on screen: a name that tells versions apart.

Two versions of a text often share a symbol or a title. A document's label is its name (symbol,
else title) with its version label ("Rev.1"); when that still leaves two documents with one
label, their dates (or, failing those, the order they came in) tell them apart. A title the
import headed with the document's kind ("Resolution: ...") names the kind in the interface's
language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication

from cybertrack.domain.model import DocumentRow, document_name, kind_and_subject
from cybertrack.gui.dates import short_date
from cybertrack.gui.numbers import number


def _date(row: DocumentRow) -> str | None:
    when = row.doc_date or row.start_date
    try:
        return short_date(date.fromisoformat(when)) if when else None
    except ValueError:
        return when


# The kinds of document the import names (domain: importers/metadata.py, assemble.py).
_KINDS = {
    "report": "Report",
    "draft report": "Draft report",
    "draft resolution": "Draft resolution",
    "draft decision": "Draft decision",
    "amendments": "Amendments",
    "addendum": "Addendum",
    "resolution": "Resolution",
    "decision": "Decision",
    "note by the secretariat": "Note by the Secretariat",
    "treaty": "Treaty",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def kind_name(kind: str | None) -> str | None:
    """A kind of document named in the interface's language ("Projet de résolution"); an
    unknown one as the import wrote it."""
    return _tr(_KINDS[kind]) if kind in _KINDS else kind


def shown_title(row: DocumentRow) -> str:
    """The title with the kind heading it in the interface's language: "Résolution : ..."."""
    split = kind_and_subject(row.title, row.kind)
    if split is None or not all(kind in _KINDS for kind in split[0]):
        return row.title
    first, *rest = (_tr(_KINDS[kind]) for kind in split[0])
    head = ", ".join([first, *(word[:1].lower() + word[1:] for word in rest)])
    return _tr("%1: %2").replace("%1", head).replace("%2", split[1])


def shown_name(row: DocumentRow) -> str:
    """The document's name: its symbol, else its title as `shown_title` gives it."""
    return row.name if row.symbol else document_name(None, shown_title(row), row.version_label)


def document_labels(rows: Iterable[DocumentRow]) -> dict[int, str]:
    """Document id -> its label among `rows` (every document of the workspace, or those shown)."""
    rows = list(rows)
    shown = {row.id: shown_name(row) for row in rows}
    names = Counter(shown.values())
    labels = {}
    for row in rows:
        label = shown[row.id]
        if names[label] > 1:
            label = " · ".join(p for p in (label, _date(row)) if p)
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
