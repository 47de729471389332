"""Import with a preview: parse off the GUI thread, show what was found, fix it, save in one step.

The worker only reads and parses the file (plain data back through a signal). Import hands one
ImportDocument command to `submit`: by default it is applied at once through the undo adapter;
the window's import flow (gui/import_flow.py) writes it on a worker thread instead, while this
dialog shows progress. Either way one import is one undo step. The user may fix the title and
symbol, untick items that are not recommendations, and label a version whose name is taken.

The list shows, between the items where it stands in the source, every passage the import left
out (amber), and the findings (gaps in the numbering, text in no item); the delegate may split,
merge, add or renumber items, and for a Word file with tracked changes choose the version read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.library import is_adopted
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet, ParsedDocument
from cybertrack.domain.units import RevisionView
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.dates import short_date
from cybertrack.gui.dialog_size import fit_dialog
from cybertrack.gui.dialogs.import_review_pane import FILL_CHUNK, FINDINGS, ReviewPane
from cybertrack.gui.documents import document_labels, kind_name
from cybertrack.gui.messages import error_text, message_text
from cybertrack.gui.numbers import number
from cybertrack.gui.passes import AfterPaint, next_pass
from cybertrack.gui.process_jobs import lower_priority
from cybertrack.gui.undo import UndoAdapter
from cybertrack.services import ImportDocument
from cybertrack.services import import_review as review


class _ParseSignals(QObject):
    parsed = Signal(object)  # ParsedDocument
    failed = Signal(str)


class ParseJob(QRunnable):
    """Read and parse one file on a pool thread; never touches the workspace."""

    def __init__(self, path: Path, revisions: RevisionView = RevisionView.PROPOSED) -> None:
        super().__init__()
        self.path = path
        self.revisions = revisions
        self.signals = _ParseSignals()

    def run(self) -> None:
        from cybertrack.importers import read_document

        lower_priority()  # the window's thread goes first

        try:
            document = read_document(self.path, revisions=self.revisions)
        except CyberTrackError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # a parser bug must not kill the app or hang the dialog
            failure = Message(
                Code.IMPORT_UNREADABLE, path=self.path.name, reason=type(exc).__name__
            )
            self.signals.failed.emit(message_text(failure))
        else:
            self.signals.parsed.emit(document)


class ImportPreviewDialog(QDialog):
    """One file: progress while parsing, then metadata and checkable items, then Import."""

    parsed = Signal(object)
    failed = Signal(str)
    imported = Signal(object)  # the ChangeSet

    def __init__(
        self,
        commands: UndoAdapter,
        path: Path,
        parent: QWidget | None = None,
        *,
        document: ParsedDocument | None = None,
    ) -> None:
        """Preview `path` (read on a pool thread), or a `document` already read."""
        super().__init__(parent)
        self._commands = commands
        self.path = path
        self.document: ParsedDocument | None = None
        self.submit: Callable[[ImportDocument], None] = self._apply_now
        self._writing = False
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.setAccessibleName(self.tr("Import preview"))
        fit_dialog(self, "import-preview", QSize(900, 720))
        self._after_paint = AfterPaint(self)
        self._build()
        self._parse(RevisionView.PROPOSED, document)

    def _parse(self, revisions: RevisionView, document: ParsedDocument | None = None) -> None:
        self._job = ParseJob(self.path, revisions)
        self._job.signals.parsed.connect(self._show_document)
        self._job.signals.failed.connect(self._show_failure)
        if document is None:
            # Once the preview is on screen: a worker running Python makes every call into
            # Python of the window's first paint wait its turn (40 ms more for 5,000 rows).
            job = self._job
            self._after_paint.call(lambda: QThreadPool.globalInstance().start(job))
        else:
            next_pass(self, lambda: self._show_document(document))

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
        # Asked only when a document of this name is already in the workspace.
        self.version_edit = QLineEdit()
        self.version_edit.setAccessibleName(self.tr("Version label"))
        self.version_edit.setPlaceholderText(self.tr("e.g. Rev.1, or the date of this text"))
        self.version_label = QLabel(self.tr("&Version:"))
        self.version_label.setBuddy(self.version_edit)
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        self.version_note.setAccessibleName(self.tr("Another document has this name"))
        self.revisions_box = QComboBox()
        self.revisions_box.setAccessibleName(self.tr("Version to import"))
        self.revisions_box.addItem(self.tr("As proposed (tracked changes accepted)"), "proposed")
        self.revisions_box.addItem(self.tr("Original (tracked changes rejected)"), "original")
        self.revisions_box.activated.connect(self._version_chosen)
        self.revisions_label = QLabel(self.tr("Trac&ked changes:"))
        self.revisions_label.setBuddy(self.revisions_box)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Import warnings"))
        self.warnings.setStyleSheet("color: #8a4b00")
        self.warnings.hide()
        form.addRow(title_label, self.title_edit)
        form.addRow(symbol_label, self.symbol_edit)
        form.addRow(self.version_label, self.version_edit)
        form.addRow("", self.version_note)
        for edit in (self.title_edit, self.symbol_edit):
            edit.textEdited.connect(self._check_name)
        form.addRow(self.tr("Details:"), self.details)
        # An adopted text (a resolution, a treaty) is offered as a reference; a draft is not.
        self.library_box = QCheckBox(
            self.tr("Keep in the &library of precedent (a reference, not a text to negotiate)")
        )
        self.library_box.setAccessibleName(self.tr("Library of precedent"))
        form.addRow("", self.library_box)
        form.addRow(self.revisions_label, self.revisions_box)
        self.revisions_box.hide()
        self.revisions_label.hide()
        layout.addLayout(form)
        layout.addWidget(self.warnings)

        self.review_pane = ReviewPane(keys_scope=self)
        self.review_pane.counted.connect(self._counted)
        # The list and the count, named as the dialog's own (tests and the import flow read them).
        self.items = self.review_pane.items
        self.findings = self.review_pane.findings
        self.count_label = self.review_pane.count_label
        layout.addWidget(self.review_pane, 1)

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
            self.revisions_box,
            self.import_button,
        ):
            widget.setEnabled(enabled)
        self.review_pane.set_enabled(enabled)

    # -- parse results ------------------------------------------------------------------------
    def _show_document(self, document: ParsedDocument) -> None:
        self.document = document
        self.progress.hide()
        self.status.setText(
            self.tr("Found %1 items in %2 (%3). Check them, then import.")
            .replace("%1", number(len(document.items)))
            .replace("%2", document.source_name)
            .replace("%3", document.source_format.upper())
        )
        self.title_edit.setText(document.title)
        self.title_edit.setCursorPosition(0)  # a long title shows its start, not its end
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
        self._check_name()
        tracked = document.revisions is not None
        self.revisions_box.setVisible(tracked)
        self.revisions_label.setVisible(tracked)
        if document.revisions is not None:
            self.revisions_box.setCurrentIndex(
                self.revisions_box.findData(document.revisions.value)
            )
        others = [w for w in document.warnings if w.code not in FINDINGS]
        self.warnings.setText(
            "\n".join(self.tr("Warning: %1").replace("%1", message_text(w)) for w in others)
        )
        self.warnings.setVisible(bool(others))
        self.review_pane.begin(document)
        next_pass(self, lambda: self._fill(document, 0))  # once the header is painted

    def _fill(self, document: ParsedDocument, start: int) -> None:
        """The rows, a few hundred per turn of the event loop."""
        if document is not self.document:
            return  # closed or replaced meanwhile
        if self.review_pane.fill(start):
            next_pass(self, lambda: self._fill(document, start + FILL_CHUNK))
            return
        self._set_editable(True)
        self.title_edit.setFocus()
        self.parsed.emit(document)

    def _details(self, document: ParsedDocument) -> str:
        meeting = document.meeting
        sponsored = document.kind in ("draft resolution", "draft decision", "amendments")
        dates = " – ".join(
            dict.fromkeys(short_date(d) for d in (meeting.start_date, meeting.end_date) if d)
        )
        facts = [
            (self.tr("Kind"), kind_name(document.kind)),
            (self.tr("Date"), short_date(document.doc_date) if document.doc_date else None),
            (self.tr("Body"), meeting.body),
            (self.tr("Session"), meeting.session),
            (self.tr("Venue"), ", ".join(filter(None, [meeting.venue, dates])) or None),
            (self.tr("Agenda item"), document.agenda_item),
            (self.tr("Distribution"), document.distribution),
            (self.tr("Original"), document.original_language),
            (self.tr("Format"), document.source_format.upper()),
            # Who spoke (a meeting record), made statements (a report says so) or sponsors
            # the draft (its first page names them).
            (
                self.tr("Sponsors") if sponsored else self.tr("Statements by"),
                ", ".join(p.name for p in document.participants),
            ),
        ]
        from cybertrack.importers import coverage_message

        text = " · ".join(f"{name}: {value}" for name, value in facts if value)
        return f"{text}\n{message_text(coverage_message(document))}"

    def _check_name(self) -> None:
        """Ask for a version label while the title or symbol is already taken."""
        if self.document is None:
            taken = []
        else:
            symbol = self.symbol_edit.text().strip() or None
            title = self.title_edit.text().strip() or self.document.title
            taken = self._commands.workspace.documents_named(symbol, title)
        for widget in (self.version_label, self.version_edit, self.version_note):
            widget.setVisible(bool(taken))
        if not taken:
            return
        names = ", ".join(document_labels(taken).values())
        self.version_note.setText(
            self.tr(
                "Already in the workspace: %1. Give this version a label that tells it apart."
            ).replace("%1", names)
        )
        if not self.version_edit.text().strip():
            self.version_edit.setText(f"Rev.{len(taken)}")

    def _show_failure(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("Cannot import: %1").replace("%1", message))
        self.failed.emit(message)

    def _version_chosen(self) -> None:
        """Read the file again in the chosen version of its tracked changes."""
        chosen = RevisionView(self.revisions_box.currentData())
        if self.document is None or self.document.revisions is chosen:
            return
        self._set_editable(False)
        self.progress.show()
        self._parse(chosen)

    # -- choices ------------------------------------------------------------------------------
    def _counted(self, chosen: int) -> None:
        self.import_button.setEnabled(self.document is not None and chosen > 0)

    def edited_document(self) -> ParsedDocument | None:
        """The parsed document with the user's title, symbol, fixes and ticked items."""
        if self.document is None:
            return None
        return review.reviewed_document(
            self.document,
            self.review_pane.edited_rows(),
            title=self.title_edit.text(),
            symbol=self.symbol_edit.text(),
        )

    def version(self) -> str | None:
        if not self.version_edit.isVisibleTo(self):
            return None
        return self.version_edit.text().strip() or None

    def save(self) -> None:
        """One ImportDocument command: one transaction, one undo step."""
        document = self.edited_document()
        if not self.import_button.isEnabled() or document is None or not document.items:
            return  # still reading or listing the items, already writing, or nothing ticked
        self.submit(
            ImportDocument(
                document, version_label=self.version(), library=self.library_box.isChecked()
            )
        )

    def _apply_now(self, command: ImportDocument) -> None:
        try:
            change: ChangeSet = self._commands.execute(command)
        except CyberTrackError as exc:
            self.write_failed(error_text(exc))
            return
        self.written(change)

    # -- while a worker writes the import ------------------------------------------------------
    def writing(self, count: int) -> None:
        """Import pressed: `count` items are being written (Cancel cannot stop a
        transaction)."""
        self._writing = True
        self._set_editable(False)
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Importing %1 items…").replace("%1", number(count)))
        self.progress.setRange(0, 0)
        self.progress.show()

    def written(self, change: ChangeSet) -> None:
        self._writing = False
        self.imported.emit(change)
        self.accept()

    def write_failed(self, message: str) -> None:
        self._writing = False
        self.progress.hide()
        self.buttons.setEnabled(True)
        self._set_editable(True)
        self.status.setText(self.tr("Not imported: %1").replace("%1", message))
        QMessageBox.warning(self, self.tr("Import failed"), message)

    def reject(self) -> None:
        if not self._writing:  # a transaction under way finishes; then the dialog closes
            super().reject()


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
