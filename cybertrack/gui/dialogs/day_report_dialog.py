"""File > Report to capital… and File > Status table…: the two products of the negotiation day.

The report to capital covers one day and is internal only; the status table is the room as of
a time, shareable (room notes only in the internal profile). The dialog reads the workspace on
the GUI thread and writes the Word file on a worker thread (the job touches no database).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QStandardPaths, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.exporters.product import ExportOptions, Profile
from cybertrack.gui.dialogs.export_worker import JobRunnable, JobSignals
from cybertrack.gui.dialogs.room_status_dialog import from_qt, to_qt
from cybertrack.gui.messages import error_text
from cybertrack.services import Workspace
from cybertrack.services.day_exports import (
    CAPITAL_REPORT,
    STATUS_TABLE,
    DayJob,
    prepare_capital_report,
    prepare_status_table,
)
from cybertrack.services.exports import ExportResult


class DayReportDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        document_id: int | None,
        as_of: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.document_id = document_id
        self._signals = JobSignals()  # no parent: the worker holds it beyond a closed dialog
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self.setWindowTitle(self.tr("Reports of the negotiation day"))
        self.product = QComboBox()
        self.product.setAccessibleName(self.tr("Product"))
        self.product.addItem(self.tr("Report to capital (internal)"), CAPITAL_REPORT)
        self.product.addItem(self.tr("Status table"), STATUS_TABLE)
        self.product.setCurrentIndex(max(self.product.findData(kind), 0))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Day reported"))
        self.as_of = QDateTimeEdit(to_qt(as_of) if as_of else QDateTime.currentDateTime())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("d MMM yyyy HH:mm")
        self.as_of.setMaximumDateTime(QDateTime.currentDateTime())
        self.as_of.setAccessibleName(self.tr("Room as of"))
        self.documents = QComboBox()
        self.documents.setAccessibleName(self.tr("Documents"))
        self.documents.addItem(self.tr("The document shown"), "shown")
        self.documents.addItem(self.tr("Every document"), "all")
        self.documents.setEnabled(document_id is not None)
        if document_id is None:
            self.documents.setCurrentIndex(1)
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Profile"))
        self.profile.addItem(self.tr("Shareable (no room notes)"), Profile.SHAREABLE.value)
        self.profile.addItem(self.tr("Internal (with room notes)"), Profile.INTERNAL.value)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        for code, name in (("en", "English"), ("fr", "Français"), ("es", "Español")):
            self.language.addItem(name, code)
        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("Word file to write"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the Word file to write"))
        browse.clicked.connect(self.choose_output)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export result"))

        form = QFormLayout()
        self._labels: dict[QWidget, QLabel] = {}
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(browse)
        for text, widget in (
            (self.tr("&Product:"), self.product),
            (self.tr("&Day:"), self.day),
            (self.tr("Room &as of:"), self.as_of),
            (self.tr("D&ocuments:"), self.documents),
            (self.tr("P&rofile:"), self.profile),
            (self.tr("&Language:"), self.language),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            self._labels[widget] = label
            form.addRow(label, widget)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.output)
        form.addRow(file_label, output_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.product.currentIndexChanged.connect(self._on_product_changed)
        self._on_product_changed()

    def kind(self) -> str:
        return str(self.product.currentData())

    def _on_product_changed(self) -> None:
        report = self.kind() == CAPITAL_REPORT
        for widget, shown in (
            (self.day, report),
            (self.as_of, not report),
            (self.profile, not report),
        ):
            widget.setVisible(shown)
            self._labels[widget].setVisible(shown)
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        name = "report-to-capital.docx" if report else "status-table.docx"
        self.output.setText(str(folder / name))

    def choose_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the Word file"), self.output.text(), self.tr("Word (*.docx)")
        )
        if name:
            self.output.setText(name if name.lower().endswith(".docx") else name + ".docx")

    def prepare(self) -> DayJob:
        out = Path(self.output.text())
        shown_only = self.documents.currentData() == "shown" and self.document_id is not None
        documents = [self.document_id] if shown_only and self.document_id is not None else None
        language = str(self.language.currentData())
        if self.kind() == CAPITAL_REPORT:
            shown = self.day.date()
            return prepare_capital_report(
                self.workspace,
                out,
                date(shown.year(), shown.month(), shown.day()),
                options=ExportOptions(profile=Profile.INTERNAL, language=language),
                document_ids=documents,
            )
        options = ExportOptions(profile=Profile(self.profile.currentData()), language=language)
        return prepare_status_table(
            self.workspace,
            out,
            from_qt(self.as_of.dateTime()),
            options=options,
            document_ids=documents,
        )

    def start(self) -> None:
        try:
            job = self.prepare()
        except CyberTrackError as exc:
            self._on_failed(error_text(exc))
            return
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", job.out.name))
        QThreadPool.globalInstance().start(JobRunnable(job, self._signals))

    def _on_done(self, result: ExportResult) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(
            self.tr("Written: %1 (%2 paragraphs).")
            .replace("%1", self.output.text())
            .replace("%2", str(result.items))
        )

    def _on_failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(message)
