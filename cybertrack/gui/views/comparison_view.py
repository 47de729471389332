"""The comparison view: linked items across documents, filters, and the texts side by side."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.model import ChangeSet
from cybertrack.gui.actions import add_scoped_action
from cybertrack.gui.dialog_size import fit_dialog
from cybertrack.gui.diff_html import diff_html
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.messages import error_text
from cybertrack.gui.models.comparison_model import (
    ComparisonFilterProxy,
    ComparisonTableModel,
    RowRole,
)
from cybertrack.gui.numbers import number
from cybertrack.gui.stances import stance_name
from cybertrack.gui.views.empty_hint import EmptyHint
from cybertrack.services import Workspace
from cybertrack.services.comparison import ComparisonRow, RowFlag


class ComparisonDialog(QDialog):
    """Rows are linked item groups; columns the chosen documents in date order."""

    def __init__(
        self,
        workspace: Workspace,
        events: WorkspaceEvents,
        document_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.document_ids = document_ids
        self.setWindowTitle(self.tr("Compare documents"))
        fit_dialog(self, "compare", QSize(1200, 760))

        self.model = ComparisonTableModel()
        self.proxy = ComparisonFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Linked items across documents"))
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "No item to compare with these filters. Clear a filter (Alt+1…4), or link the "
                "versions first (View ▸ Links between versions, Ctrl+L)."
            ),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show only:")))
        self.filter_boxes: dict[RowFlag, QCheckBox] = {}
        for key, flag, text in (
            ("Alt+1", RowFlag.STANCE_CHANGED, self.tr("&1 Stance changed")),
            ("Alt+2", RowFlag.TEXT_CHANGED, self.tr("&2 Text changed")),
            ("Alt+3", RowFlag.NEW, self.tr("&3 New")),
            ("Alt+4", RowFlag.DROPPED, self.tr("&4 Dropped")),
        ):
            box = QCheckBox(text)
            box.setAccessibleName(text.replace("&", ""))
            box.setToolTip(f"{text.replace('&', '')} ({key})")
            box.toggled.connect(self._apply_filters)
            filters.addWidget(box)
            self.filter_boxes[flag] = box
        filters.addStretch(1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)

        self.texts = QWidget()
        self.text_layout = QHBoxLayout(self.texts)
        self.text_layout.setContentsMargins(0, 0, 0, 0)
        self.browsers: list[QTextBrowser] = []

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.texts)
        splitter.setSizes([430, 300])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(self.tr("Export as Word or Excel (Ctrl+E)"))
        self.export_button.setAccessibleName(self.tr("Export the comparison"))
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        add_scoped_action(self, "compare.export", self.export)
        add_scoped_action(self, "compare.list", self.table.setFocus)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        events.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        documents, rows = self.workspace.comparison.rows(self.document_ids)
        self.model.set_rows(documents, rows)
        self._build_browsers()
        self._apply_filters()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _build_browsers(self) -> None:
        for browser in self.browsers:
            browser.deleteLater()
        self.browsers = []
        for document in self.model.documents:
            browser = QTextBrowser()
            browser.setAccessibleName(
                self.tr("Text in %1").replace("%1", self.model.label(document))
            )
            self.text_layout.addWidget(browser)
            self.browsers.append(browser)

    def _apply_filters(self) -> None:
        flags = [flag for flag, box in self.filter_boxes.items() if box.isChecked()]
        self.proxy.set_flags(flags)
        self.count_label.setText(
            self.tr("%1 of %2 rows")
            .replace("%1", number(self.proxy.rowCount()))
            .replace("%2", number(self.model.rowCount()))
        )

    def current_row(self) -> ComparisonRow | None:
        index = self.table.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return row if isinstance(row, ComparisonRow) else None

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RowRole) if current.isValid() else None
        previous_text: str | None = None
        for column, browser in enumerate(self.browsers):
            cell = row.cells[column] if row is not None else None
            heading = self.model.label(self.model.documents[column]).replace("\n", " · ")
            if cell is None:
                body = "<p><i>" + self.tr("Not in this version.") + "</i></p>"
            else:
                text = (
                    diff_html(previous_text, cell.text)
                    if previous_text is not None
                    else cell.text.replace("<", "&lt;")
                )
                body = f"<p><b>({cell.number})</b> — {stance_name(cell.stance)}</p><p>{text}</p>"
                previous_text = cell.text
            browser.setHtml(f"<p style='color:#555'>{heading}</p>{body}")

    def _on_change(self, change: ChangeSet) -> None:
        if change.item_ids or change.documents_changed:
            self.reload()

    def export(self) -> None:
        from cybertrack.gui.i18n import paper_language
        from cybertrack.services.comparison_export import export_comparison

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the comparison"),
            "comparison.docx",
            self.tr("Word document (*.docx);;Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        try:
            export_comparison(self.workspace, self.document_ids, name, language=paper_language())
        except CyberTrackError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
