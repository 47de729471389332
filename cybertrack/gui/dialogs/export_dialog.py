"""File > Export…: which product, for whom, in which language, from which template.

The dialog reads the workspace on the GUI thread (prepare_export) and writes the Word file on a
worker thread (the job touches no database). It says, before anything is written, what the
chosen profile puts in the file and what it leaves out. The document list says which version
of each text every document is; the latest versions are ticked, never two versions of one text
unless the delegate ticks them. The paper's language starts as the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.exporters.product import ExportOptions, Kind, Order, Profile
from cybertrack.gui.dialogs.export_worker import JobRunnable, JobSignals
from cybertrack.gui.i18n import paper_language
from cybertrack.gui.messages import error_text, message_text
from cybertrack.gui.numbers import number
from cybertrack.gui.views.version_list import DocumentVersionList
from cybertrack.services import Command, SetSetting, Workspace
from cybertrack.services.exports import ExportResult, prepare_export
from cybertrack.services.settings import DEFAULT_DELEGATION, DELEGATION

# The six UN languages, each named in itself.
LANGUAGE_NAMES = (
    ("English", "en"),
    ("Français", "fr"),
    ("Español", "es"),
    ("العربية", "ar"),
    ("Русский", "ru"),
    ("中文", "zh"),
)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        workspace: Workspace,
        execute: Callable[[Command], object] | None = None,
        parent: QWidget | None = None,
        current_document_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._execute = execute or workspace.apply
        # No parent: the worker holds it too, so it outlives a dialog closed mid-export.
        self._signals = JobSignals()
        self._job_out = Path()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self.setWindowTitle(self.tr("Export to Word"))
        self.setAccessibleName(self.tr("Export to Word"))

        self.kind = self._combo(
            self.tr("Product"),
            [
                (self.tr("Position paper"), Kind.POSITION_PAPER),
                (self.tr("Briefing note"), Kind.BRIEFING),
                (self.tr("Internal dossier"), Kind.DOSSIER),
            ],
        )
        self.profile = self._combo(
            self.tr("Profile"),
            [
                (self.tr("Shareable — for other delegations"), Profile.SHAREABLE),
                (self.tr("Internal — our delegation only"), Profile.INTERNAL),
            ],
        )
        self.language = self._combo(self.tr("Language"), list(LANGUAGE_NAMES))
        self.language.setCurrentIndex(self.language.findData(paper_language()))
        self.order = self._combo(
            self.tr("Order"),
            [
                (self.tr("As in the document"), Order.DOCUMENT),
                (self.tr("Grouped by stance"), Order.STANCE),
                (self.tr("Red lines and priorities first"), Order.PRIORITY),
            ],
        )
        self.include_undecided = QCheckBox(
            self.tr("List undecided paragraphs as under &consideration")
        )
        self.include_undecided.setAccessibleName(self.tr("List undecided paragraphs"))
        self.include_undecided.setAccessibleDescription(
            self.tr(
                "A shareable paper leaves out paragraphs without a position; tick to name them "
                "as under consideration"
            )
        )
        self.tracked = QCheckBox(self.tr("Show amendments as Word &tracked changes"))
        self.tracked.setChecked(True)
        self.tracked.setAccessibleName(self.tr("Amendments as tracked changes"))
        self.tracked.setAccessibleDescription(
            self.tr("Proposed wording appears as Word revisions the reader can accept or reject")
        )
        self.delegation = QLineEdit(workspace.setting(DELEGATION, DEFAULT_DELEGATION))
        self.delegation.setAccessibleName(self.tr("Delegation"))
        self.delegation.setPlaceholderText(
            self.tr("Delegation")
        )  # left empty: in the paper's language
        self.delegation.setAccessibleDescription(
            self.tr("The delegation named as the author of the paper")
        )

        self.documents = DocumentVersionList(workspace, current_document_id)

        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("CyberTrack's default template"))
        self.template.setAccessibleName(self.tr("Word template"))
        self.template.setAccessibleDescription(
            self.tr("A .docx or .dotx whose styles the paper uses; empty for the default")
        )
        self.output = QLineEdit(str(self._default_output(Kind.POSITION_PAPER)))
        self.output.setAccessibleName(self.tr("Output file"))
        self.output.setAccessibleDescription(self.tr("Where the Word file is written"))
        self.open_when_done = QCheckBox(self.tr("&Open the file when done"))
        self.open_when_done.setAccessibleName(self.tr("Open when done"))
        self.open_when_done.setAccessibleDescription(
            self.tr("Open the written file in the word processor")
        )

        self.included = QLabel()
        self.included.setWordWrap(True)
        self.included.setFrameShape(QFrame.Shape.StyledPanel)
        self.included.setAccessibleName(self.tr("What will be included"))
        self.included.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.hide()  # shown once an export starts
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.export_button.setAccessibleDescription(self.tr("Write the Word file now"))
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setAccessibleDescription(self.tr("Close this dialog without exporting"))

        self._lay_out()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.profile.currentIndexChanged.connect(self._on_profile_changed)
        self.tracked.toggled.connect(self._update_included)
        self.include_undecided.toggled.connect(self._update_included)
        self._on_profile_changed()

    # -- building -----------------------------------------------------------------------------
    def _combo(self, name: str, entries: list[tuple[str, str]]) -> QComboBox:
        """A combo box whose items carry plain string values (enum values, language codes)."""
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(self.tr("Choose the %1 of the paper").replace("%1", name))
        for text, value in entries:
            combo.addItem(text, str(value))
        return combo

    def _browse_row(self, edit: QLineEdit, slot: Callable[[], None], name: str) -> QHBoxLayout:
        button = QPushButton(self.tr("Browse…"))
        button.setAutoDefault(False)  # Enter exports; it never opens a file chooser
        button.setAccessibleName(name)
        button.setAccessibleDescription(self.tr("Opens a file chooser"))
        button.clicked.connect(slot)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in (
            (self.tr("&Product"), self.kind),
            (self.tr("P&rofile"), self.profile),
            (self.tr("&Language"), self.language),
            (self.tr("Or&der"), self.order),
            (self.tr("&Delegation"), self.delegation),
            (self.tr("Doc&uments"), self.documents),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        form.addRow("", self.include_undecided)
        form.addRow("", self.tracked)
        template_label = QLabel(self.tr("&Template"))
        template_label.setBuddy(self.template)
        form.addRow(
            template_label,
            self._browse_row(self.template, self.choose_template, self.tr("Choose a template")),
        )
        output_label = QLabel(self.tr("&Save as"))
        output_label.setBuddy(self.output)
        form.addRow(
            output_label,
            self._browse_row(self.output, self.choose_output, self.tr("Choose the output file")),
        )
        form.addRow("", self.open_when_done)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.included)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _default_output(self, kind: Kind) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / f"{kind.value}.docx"

    # -- reacting -----------------------------------------------------------------------------
    def options(self) -> ExportOptions:
        return ExportOptions(
            kind=Kind(self.kind.currentData()),
            profile=Profile(self.profile.currentData()),
            language=str(self.language.currentData()),
            tracked_changes=self.tracked.isChecked(),
            order=Order(self.order.currentData()),
            include_undecided=self.include_undecided.isChecked(),
        )

    def document_ids(self) -> list[int]:
        return self.documents.checked_ids()

    def _on_kind_changed(self) -> None:
        kind = Kind(self.kind.currentData())
        internal = kind is not Kind.POSITION_PAPER
        self.profile.setCurrentIndex(
            self.profile.findData(Profile.INTERNAL if internal else Profile.SHAREABLE)
        )
        # A dossier holds internal notes and the stance history: it never leaves.
        model = self.profile.model()
        assert isinstance(model, QStandardItemModel)  # what QComboBox creates
        model.item(self.profile.findData(Profile.SHAREABLE.value)).setEnabled(
            kind is not Kind.DOSSIER
        )
        self.order.setEnabled(kind is Kind.POSITION_PAPER)
        current = Path(self.output.text())
        if current.stem in {k.value for k in Kind}:
            self.output.setText(str(current.with_name(f"{kind.value}.docx")))
        self._update_included()

    def _on_profile_changed(self) -> None:
        # Red lines may only order a paper that is allowed to show them.
        model = self.order.model()
        assert isinstance(model, QStandardItemModel)  # what QComboBox creates
        priority = model.item(self.order.findData(Order.PRIORITY.value))
        priority.setEnabled(self.options().internal)
        if not self.options().internal and self.order.currentData() == Order.PRIORITY.value:
            self.order.setCurrentIndex(self.order.findData(Order.DOCUMENT.value))
        self.include_undecided.setEnabled(not self.options().internal)
        self._update_included()

    def _update_included(self) -> None:
        options = self.options()
        included = [self.tr("item texts"), self.tr("stances"), self.tr("public reasons")]
        left_out: list[str] = []
        amendments = (
            self.tr("proposed wording as tracked changes")
            if options.tracked_changes
            else self.tr("proposed wording as clean text")
        )
        included.append(amendments)
        private = [self.tr("internal notes"), self.tr("priorities"), self.tr("author initials")]
        if options.internal:
            included += private
        else:
            left_out += private
        if options.internal:
            included.append(self.tr("undecided paragraphs"))
        elif options.include_undecided:
            included.append(self.tr("undecided paragraphs, as under consideration"))
        else:
            left_out.append(self.tr("undecided paragraphs"))
        if options.include_history:
            included.append(self.tr("stance history"))
        else:
            left_out.append(self.tr("stance history"))
        text = self.tr("Included: %1.").replace("%1", ", ".join(included))
        if left_out:
            text += " " + self.tr("Left out: %1.").replace("%1", ", ".join(left_out))
        if not options.internal:
            text += " " + self.tr("The file's author is the delegation, not you.")
        self.included.setText(text)

    def choose_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Word template"),
            "",
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if name:
            self.template.setText(name)

    def choose_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), self.output.text(), self.tr("Word (*.docx)")
        )
        if name:
            self.output.setText(name)

    # -- exporting ----------------------------------------------------------------------------
    def start_export(self) -> None:
        delegation = self.delegation.text().strip()
        if self.documents.count() and not self.document_ids():
            self._on_failed(self.tr("choose at least one document"))
            return
        try:
            if delegation and delegation != self.workspace.setting(DELEGATION):
                self._execute(SetSetting(DELEGATION, delegation))
            template = self.template.text().strip()
            job = prepare_export(
                self.workspace,
                Path(self.output.text().strip()),
                self.options(),
                document_ids=self.document_ids() or None,
                template=Path(template) if template else None,
            )
        except CyberTrackError as exc:
            self._on_failed(error_text(exc))
            return
        self.export_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)  # busy: python-docx reports no progress of its own
        self.status.setText(
            self.tr("Writing %1 items to %2…")
            .replace("%1", number(job.items))
            .replace("%2", job.out.name)
        )
        self._job_out = job.out
        QThreadPool.globalInstance().start(JobRunnable(job, self._signals))

    def _on_done(self, result: ExportResult) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        message = (
            self.tr("Wrote %1 (%2 items).")
            .replace("%1", str(self._job_out))
            .replace("%2", number(result.items))
        )
        for warning in result.warnings:
            message += "\n" + self.tr("Warning: %1").replace("%1", message_text(warning))
        self.status.setText(message)
        self.exported.emit(result)
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._job_out)))

    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Not exported: %1").replace("%1", message))
