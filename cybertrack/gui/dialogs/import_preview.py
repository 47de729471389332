"""Import with a preview: parse off the GUI thread, show what was found, save in one step.

The worker only reads and parses the file (plain data back through a signal); the write happens
on the GUI thread as one ImportDocument command through the undo adapter, so one import is one
undo step. The user may fix the title and symbol and untick items that are not recommendations.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.library import is_adopted
from cybertrack.domain.model import ChangeSet, ParsedDocument
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.messages import error_text, message_text
from cybertrack.gui.undo import UndoAdapter
from cybertrack.services import ImportDocument

_PREVIEW_CHARS = 160


class _ParseSignals(QObject):
    parsed = Signal(object)  # ParsedDocument
    failed = Signal(str)


class ParseJob(QRunnable):
    """Read and parse one file on a pool thread; never touches the workspace."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.signals = _ParseSignals()

    def run(self) -> None:
        from cybertrack.importers import read_document

        try:
            document = read_document(self.path)
        except CyberTrackError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # a parser bug must not kill the app or hang the dialog
            self.signals.failed.emit(f"{self.path.name} could not be read ({type(exc).__name__})")
        else:
            self.signals.parsed.emit(document)


class ImportPreviewDialog(QDialog):
    """One file: progress while parsing, then metadata and checkable items, then Import."""

    parsed = Signal(object)
    failed = Signal(str)
    imported = Signal(object)  # the ChangeSet

    def __init__(self, commands: UndoAdapter, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commands = commands
        self.path = path
        self.document: ParsedDocument | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.setAccessibleName(self.tr("Import preview"))
        self.resize(820, 640)
        self._build()
        self._job = ParseJob(path)
        self._job.signals.parsed.connect(self._show_document)
        self._job.signals.failed.connect(self._show_failure)
        QThreadPool.globalInstance().start(self._job)

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Reading %1…").replace("%1", self.path.name))
        self.status.setAccessibleName(self.tr("Import status"))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the parse returns
        self.progress.setAccessibleName(self.tr("Reading progress"))
        layout.addWidget(self.status)
        layout.addWidget(self.progress)

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.symbol_edit = QLineEdit()
        self.symbol_edit.setAccessibleName(self.tr("Symbol"))
        self.symbol_edit.setPlaceholderText(self.tr("e.g. A/80/604/Add.3"))
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("Document details"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_edit)
        symbol_label = QLabel(self.tr("S&ymbol:"))
        symbol_label.setBuddy(self.symbol_edit)
        form.addRow(title_label, self.title_edit)
        form.addRow(symbol_label, self.symbol_edit)
        form.addRow(self.tr("Details:"), self.details)
        # An adopted text (a resolution, a treaty) is offered as a reference; a draft is not.
        self.library_box = QCheckBox(
            self.tr("Keep in the &library of precedent (a reference, not a text to negotiate)")
        )
        self.library_box.setAccessibleName(self.tr("Library of precedent"))
        form.addRow("", self.library_box)
        layout.addLayout(form)

        self.items_label = QLabel(self.tr("&Items found (untick those that are not items):"))
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Items found"))
        self.items.setWordWrap(True)
        self.items.setUniformItemSizes(False)
        self.items.setAlternatingRowColors(True)
        self.items.itemChanged.connect(self._update_count)
        self.items_label.setBuddy(self.items)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)

        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.all_button.setAccessibleName(self.tr("Tick all items"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("Untick all (&N)"))
        self.none_button.setAccessibleName(self.tr("Untick all items"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Items to import"))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout.addLayout(row)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the ticked items"))
        self.import_button.setToolTip(self.tr("Import (Ctrl+Return)"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the import"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        add_scoped_action(self, "preview.import", self.save)
        self._set_editable(False)

    def _set_editable(self, enabled: bool) -> None:
        for widget in (
            self.title_edit,
            self.symbol_edit,
            self.library_box,
            self.items,
            self.all_button,
            self.none_button,
            self.import_button,
        ):
            widget.setEnabled(enabled)

    # -- parse results ------------------------------------------------------------------------
    def _show_document(self, document: ParsedDocument) -> None:
        self.document = document
        self.progress.hide()
        self.status.setText(
            self.tr("Found %1 items in %2 (%3). Check them, then import.")
            .replace("%1", str(len(document.items)))
            .replace("%2", document.source_name)
            .replace("%3", document.source_format.upper())
        )
        self.title_edit.setText(document.title)
        self.symbol_edit.setText(document.symbol or "")
        self.details.setText(self._details(document))
        self.library_box.setChecked(
            is_adopted(
                symbol=document.symbol,
                kind=document.kind,
                distribution=document.distribution,
                library=False,
            )
        )
        self.items.blockSignals(True)
        for item in document.items:
            text = item.text if len(item.text) <= _PREVIEW_CHARS else item.text[:159] + "…"
            entry = QListWidgetItem(f"{item.label}  {text}")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            entry.setToolTip(item.text)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        self._set_editable(True)
        self._update_count()
        self.items.setCurrentRow(0)
        self.title_edit.setFocus()
        self.parsed.emit(document)

    def _details(self, document: ParsedDocument) -> str:
        meeting = document.meeting
        dates = " – ".join(
            dict.fromkeys(d.isoformat() for d in (meeting.start_date, meeting.end_date) if d)
        )
        facts = [
            (self.tr("Kind"), document.kind),
            (self.tr("Date"), document.doc_date.isoformat() if document.doc_date else None),
            (self.tr("Body"), meeting.body),
            (self.tr("Session"), meeting.session),
            (self.tr("Venue"), ", ".join(filter(None, [meeting.venue, dates])) or None),
            (self.tr("Agenda item"), document.agenda_item),
            (self.tr("Distribution"), document.distribution),
            (self.tr("Original"), document.original_language),
            (self.tr("Format"), document.source_format.upper()),
        ]
        return " · ".join(f"{name}: {value}" for name, value in facts if value)

    def _show_failure(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("Cannot import: %1").replace("%1", message))
        self.failed.emit(message)

    # -- choices ------------------------------------------------------------------------------
    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.items.count()):
            self.items.item(row).setCheckState(state)

    def checked_rows(self) -> list[int]:
        return [
            row
            for row in range(self.items.count())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_count(self) -> None:
        total = self.items.count()
        chosen = len(self.checked_rows())
        self.count_label.setText(
            self.tr("%1 of %2 items will be imported")
            .replace("%1", str(chosen))
            .replace("%2", str(total))
        )
        self.import_button.setEnabled(self.document is not None and chosen > 0)

    def edited_document(self) -> ParsedDocument | None:
        """The parsed document with the user's title, symbol and ticked items."""
        if self.document is None:
            return None
        rows = self.checked_rows()
        return replace(
            self.document,
            title=self.title_edit.text().strip() or self.document.title,
            symbol=self.symbol_edit.text().strip() or None,
            items=tuple(self.document.items[row] for row in rows),
        )

    def save(self) -> None:
        """One ImportDocument command: one transaction, one undo step."""
        document = self.edited_document()
        if document is None or not document.items:
            return
        try:
            change: ChangeSet = self._commands.execute(
                ImportDocument(document, library=self.library_box.isChecked())
            )
        except CyberTrackError as exc:
            QMessageBox.warning(self, self.tr("Import failed"), error_text(exc))
            return
        self.imported.emit(change)
        self.accept()


class ImportFlow(QObject):
    """Several files, one preview after the other; reports each result in the status bar."""

    def __init__(self, parent: QWidget, commands: UndoAdapter, show_message: object) -> None:
        super().__init__(parent)
        self._parent = parent
        self._commands = commands
        self._show_message = show_message
        self._queue: list[Path] = []
        self.dialog: ImportPreviewDialog | None = None

    def start(self, paths: list[Path]) -> None:
        self._queue.extend(paths)
        if self.dialog is None:
            self._next()

    def _next(self) -> None:
        self.dialog = None
        if not self._queue:
            return
        dialog = ImportPreviewDialog(self._commands, self._queue.pop(0), self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._report)
        dialog.finished.connect(self._next)
        self.dialog = dialog
        dialog.open()

    def _report(self, change: ChangeSet) -> None:
        if change.message and callable(self._show_message):
            self._show_message(message_text(change.message))


def dropped_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


def accept_file_drag(event: QDragEnterEvent) -> None:
    """Accept a drag that carries local files; anything else is left alone."""
    if event.mimeData().hasUrls() and dropped_paths(event.mimeData().urls()):
        event.acceptProposedAction()


def paths_from_drop(event: QDropEvent) -> list[Path]:
    paths = dropped_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
    if paths:
        event.acceptProposedAction()
    return paths
