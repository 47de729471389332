"""The documents to export, each marked with the version of its text it is.

After a revised version arrives, two documents carry the same name; a paper must never merge
them by mistake. Each entry says "latest of 2 versions" or "earlier version (the latest is
...)", and only the latest versions are ticked unless a document was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from cybertrack.gui.documents import document_labels, shown_title
from cybertrack.gui.numbers import number
from cybertrack.services import Workspace
from cybertrack.services.versions import Version, versions


class DocumentVersionList(QListWidget):
    def __init__(
        self,
        workspace: Workspace,
        current_document_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Documents to export"))
        self.setAccessibleDescription(
            self.tr(
                "Tick the documents whose items the paper covers; the latest version of each "
                "text is ticked"
            )
        )
        found = versions(workspace)
        self._labels = document_labels(v.document for v in found.values())
        for version in found.values():
            row = version.document
            entry = QListWidgetItem(self.entry_text(version))
            entry.setData(Qt.ItemDataRole.UserRole, row.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if current_document_id is None:
                chosen = version.is_latest
            else:
                chosen = row.id == current_document_id
            entry.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.addItem(entry)
        # Whole entries, wrapped: a clipped "earlier version" is the one word that matters.
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMaximumHeight(150)

    def entry_text(self, version: Version) -> str:
        """'A/80/604/Add.3 Rev.1 — Title — 8 April 2026' (the label that tells versions apart,
        as everywhere in the desk), and on a line of its own 'latest of 2 versions' or 'earlier
        version (the latest is ...)'."""
        row = version.document
        when = row.doc_date or row.start_date
        parts = [self._labels[row.id]]
        if row.symbol and row.title:
            parts.append(shown_title(row))
        if when:
            parts.append(QLocale().toString(QDate.fromString(when, "yyyy-MM-dd"), "d MMMM yyyy"))
        text = f"[{number(row.id)}] " + " — ".join(parts)
        if version.count > 1 and version.is_latest:
            text += "\n" + self.tr("latest of %1 versions").replace("%1", number(version.count))
        elif version.count > 1:
            latest = self._labels.get(version.latest.id, version.latest.name)
            text += "\n" + self.tr("earlier version (the latest is [%1] %2)").replace(
                "%1", number(version.latest.id)
            ).replace("%2", latest)
        return text

    def checked_ids(self) -> list[int]:
        return [
            int(entry.data(Qt.ItemDataRole.UserRole))
            for entry in (self.item(i) for i in range(self.count()))
            if entry.checkState() == Qt.CheckState.Checked
        ]
