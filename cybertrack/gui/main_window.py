"""The main window: it only composes the navigator, the find bar, the item table and the detail
panel, and turns what the user asks for into workspace commands.

A language switch builds a new window in place of this one (gui/language_switch.py): every
string is set where a widget is made, so a rebuild translates all of them; the workspace, the
undo stack and the event bus are handed over, and the place (document, item, filters) kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Message
from cybertrack.domain.model import ChangeSet, ItemRow
from cybertrack.domain.positions import Stance
from cybertrack.gui.actions import build_actions, build_menus, build_toolbar
from cybertrack.gui.background_writes import BackgroundWrites
from cybertrack.gui.comparison_menu import comparison_slots, watch_comparison
from cybertrack.gui.desk_view import DocumentDesk
from cybertrack.gui.events import WorkspaceEvents
from cybertrack.gui.help import TipsBanner, help_slots
from cybertrack.gui.icons import icon
from cybertrack.gui.import_flow import ImportFlow, VersionWatch
from cybertrack.gui.interpreter import tune_for_the_window
from cybertrack.gui.language_switch import preferences
from cybertrack.gui.messages import error_text, message_text
from cybertrack.gui.models.item_filter_proxy import UNDECIDED
from cybertrack.gui.models.navigator_model import NavigatorModel
from cybertrack.gui.negotiation_desk import NegotiationDesk
from cybertrack.gui.passes import AfterPaint
from cybertrack.gui.precedent_actions import attach_precedents, precedent_slots
from cybertrack.gui.settings import DeskSettings
from cybertrack.gui.team_actions import import_pack, is_pack, team_slots
from cybertrack.gui.transfer_actions import transfer_slots
from cybertrack.gui.trust import restore_from_backup
from cybertrack.gui.undo import UndoAdapter, name_undo_actions
from cybertrack.gui.views.carry_prompt import CarryPrompt
from cybertrack.gui.views.detail_panel import DetailPanel
from cybertrack.gui.views.items_pane import ItemsPane
from cybertrack.gui.views.navigator_view import NavigatorView
from cybertrack.gui.workspace_files import WorkspaceFiles
from cybertrack.services import (
    Command,
    MarkChecked,
    SetField,
    SetPriority,
    SetStance,
    Workspace,
)

# Transactions (a document indexed, or a fold slice) given at opening to precedent indexing an
# interrupted import left: bounded, so that a closing window does not wait long for them.
LEFTOVER_SLICES = 50


class MainWindow(DocumentDesk, QMainWindow):
    replaced = Signal(object)  # the window that took this one's place (a language switch)

    def __init__(
        self,
        workspace: Workspace,
        settings: DeskSettings | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        events: WorkspaceEvents | None = None,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings or DeskSettings()
        # Handed over by the window this one replaces (a language switch), else new.
        self.events = events or WorkspaceEvents(self)
        self.undo_stack = undo_stack or QUndoStack(self)
        for handed_over in (self.events, self.undo_stack):
            handed_over.setParent(self)
        self.import_flow: ImportFlow | None = None
        self.background = BackgroundWrites(self)  # large undos and redos, off this thread
        self.background.busy_changed.connect(self._on_background_busy)
        self.version_watch: VersionWatch | None = None  # set by watch_comparison
        self._shown_import: ChangeSet | None = None
        self._bind_commands(workspace)
        self.setAcceptDrops(True)
        self.setWindowIcon(icon("cybertrack"))
        room = self.screen().availableGeometry()  # a sensible first size on any screen
        self.resize(min(1360, int(room.width() * 0.92)), min(820, int(room.height() * 0.9)))
        self._document_id: int | None = None
        self._preloaded: list[ItemRow] | None = None  # rows a worker read (an import)
        self._switching = False

        self.navigator_model = NavigatorModel()
        self.navigator = NavigatorView()
        self.navigator.setModel(self.navigator_model)

        self.items = ItemsPane()
        self.items.disagreements = lambda: self.item_model.disagreements()
        self.items.filtered.connect(self.detail_query)
        self.items.loaded.connect(self._on_loaded)
        self.items.refreshed.connect(self._on_loaded)
        self.items.selection_changed.connect(self._on_selection)
        self.items.filter_bar.leave.connect(self.focus_table)
        # Short names for what the window (and its tests) use most.
        self.item_model, self.proxy, self.table = (
            self.items.item_model,
            self.items.proxy,
            self.items.table,
        )
        self.filter_bar = self.items.filter_bar
        self._after_rows_painted = AfterPaint(self.table.viewport())
        self._after_filter_painted = AfterPaint(self.table.viewport())

        self.detail = DetailPanel()
        self.detail.stance_requested.connect(self.set_stance)
        self.detail.text_edited.connect(lambda i, f, t: self.execute(SetField(i, f, t)))
        self.detail.priority_changed.connect(lambda i, p: self.execute(SetPriority((i,), p)))
        self.precedents = attach_precedents(self)
        self.detail.checked_requested.connect(self.mark_checked)

        self.splitter = QSplitter()
        for widget in (self.navigator, self.items, self.detail):
            self.splitter.addWidget(widget)
        for position, stretch in enumerate((1, 4, 3)):
            self.splitter.setStretchFactor(position, stretch)
        self.splitter.setSizes([280, 660, 480])
        self.splitter.setChildrenCollapsible(False)
        self.tips = TipsBanner(self.settings.store)
        self.carry_prompt = CarryPrompt()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tips)
        column.addWidget(self.carry_prompt)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.items.shown_label.setAccessibleName(self.tr("Items shown"))
        self.items.selected_label.setAccessibleName(self.tr("Items selected"))
        self.statusBar().addPermanentWidget(self.items.selected_label)
        self.statusBar().addPermanentWidget(self.items.shown_label)
        self.statusBar().addPermanentWidget(self.progress_label)

        self.files = WorkspaceFiles(self, self, self.settings)
        self.events.changed.connect(self._on_change)  # rows refreshed before the desk reads them
        self.negotiation = NegotiationDesk(self)  # the room, capital, proposals (a dock)
        self._build_actions()
        self.navigator.selectionModel().currentChanged.connect(self._on_navigator_changed)
        self.navigator.expanded.connect(self._read_sections)
        self.table.selectionModel().currentChanged.connect(self._on_item_changed)
        self.settings.restore_layout(self, self.splitter)
        self.table.restore_columns(self.settings.header())
        self._show_workspace()
        if workspace.read_only:
            from cybertrack.gui.trust import install_read_only_banner

            install_read_only_banner(self)
        tune_for_the_window()

    # -- actions: menus and toolbar come from the action catalogue ---------------------------
    def _build_actions(self) -> None:
        slots = {
            **self._slots(),
            **transfer_slots(self),
            **team_slots(self),
            **self.files.slots(),
            **comparison_slots(self),
            **help_slots(self),
            **precedent_slots(self),
            **self.negotiation.slots(),
            "file.restore": lambda: restore_from_backup(self),
        }
        actions = self.window_actions = build_actions(self, slots)
        self.menus = build_menus(self, actions, self.files.add_recent_menu)
        self.toolbar = build_toolbar(self, actions)
        self.undo_action, self.redo_action = actions["edit.undo"], actions["edit.redo"]
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # The Edit menu says what would be undone: "Undo: Set (16) to amend".
        self.undo_stack.undoTextChanged.connect(self._name_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._name_undo_actions)
        self._name_undo_actions()
        watch_comparison(self)

    def _name_undo_actions(self, _text: str = "") -> None:
        name_undo_actions(self.undo_stack, self.undo_action, self.redo_action)

    def _slots(self) -> dict[str, Callable[[], object]]:
        """The window's own actions (the other features bring theirs)."""
        return {
            "file.import": self.import_files,
            "file.quit": self.close,
            "edit.undo": self.undo_stack.undo,
            "edit.redo": self.undo_stack.redo,
            "edit.find": self.focus_search,
            "edit.clear_filters": self.items.clear_filters,
            "edit.search_scope": self.filter_bar.next_scope,
            "edit.note": self.focus_note,
            "edit.amendment": lambda: self.focus_amendment(from_original=True),
            "edit.amendment_empty": lambda: self.focus_amendment(from_original=False),
            "edit.preferences": lambda: preferences(self),
            "stance.support": lambda: self.set_stance(Stance.SUPPORT),
            "stance.oppose": lambda: self.set_stance(Stance.OPPOSE),
            "stance.amend": lambda: self.set_stance(Stance.AMEND),
            "stance.clear": lambda: self.set_stance(None),
            "stance.checked": self.mark_checked,
            "go.text": self.detail.focus_text,
            "go.next": lambda: self.move_by(1),
            "go.previous": lambda: self.move_by(-1),
            "go.next_undecided": self.next_undecided,
            "go.list": self.focus_table,
            "go.navigator": self.navigator.setFocus,
            "view.undecided": lambda: self.filter_bar.choose_stance(UNDECIDED),
        }

    # -- commands -----------------------------------------------------------------------------
    def execute(self, command: Command) -> ChangeSet | None:
        try:
            return self.commands.execute(command)
        except CyberTrackError as exc:
            QMessageBox.warning(self, self.tr("CyberTrack"), error_text(exc))
            return None

    def selected_item_ids(self) -> tuple[int, ...]:
        self._after_rows_painted.flush()  # a document just shown: its first item is chosen
        ids = [row.id for row in self.table.selected_rows()]
        if not ids and self.detail.item is not None:
            ids = [self.detail.item.id]
        return tuple(ids)

    def set_stance(self, stance: Stance | None) -> None:
        ids = self.selected_item_ids()
        if ids:
            self.execute(SetStance(ids, stance))

    def mark_checked(self) -> None:
        """The carried positions whose text changed have been looked at again."""
        ids = self.selected_item_ids()
        if ids:
            self.execute(MarkChecked(ids))

    def move_by(self, step: int) -> None:
        self._after_rows_painted.flush()  # a document just shown: from its first item
        current = self.table.currentIndex()
        self.table.go_to_row(current.row() + step if current.isValid() else 0)
        self.table.setFocus()

    def next_undecided(self) -> None:
        self.items.load_rest()
        row = self.table.next_undecided_row()
        if row is None:
            self.statusBar().showMessage(self.tr("Every item shown has a stance."), 5000)
            return
        self.table.go_to_row(row)
        self.table.setFocus()

    def focus_table(self) -> None:
        self.detail.flush()
        self.table.setFocus()

    def focus_note(self) -> None:
        if self.filter_bar.search.hasFocus():  # Enter in the find box: on to the results
            self.focus_table()
        elif self.detail.item is not None:
            self.detail.note.setFocus()

    def focus_amendment(self, *, from_original: bool = True) -> None:
        """Ctrl+M: amend as in Word's review, from the original wording (Ctrl+Shift+M: empty)."""
        if self.detail.item is not None:
            self.detail.start_amendment(from_original=from_original)

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import documents"),
            str(Path.home()),
            self.tr(
                "Documents (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;All files (*)"  # noqa: E501 (one literal, as lupdate reads it)
            ),
        )
        self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        """Preview each file (parsed off the GUI thread), then import it as one undo step."""
        assert self.import_flow is not None  # bound in __init__
        self.import_flow.start(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from cybertrack.gui.dialogs.import_preview import accept_file_drag  # not at start

        accept_file_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        from cybertrack.gui.dialogs.import_preview import paths_from_drop

        paths = paths_from_drop(event)
        for pack in [p for p in paths if is_pack(p)]:
            import_pack(self, pack)  # a colleague's pack: previewed, then merged
        if documents := [p for p in paths if not is_pack(p)]:
            self.import_paths(documents)

    # -- the workspace ------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        """Show another workspace; the old one is closed and its undo history ends with it."""
        self.detail.flush()
        self._remember_place()
        self.background.wait()  # a large undo still being written finishes in the old file
        old, self.workspace = self.workspace, workspace
        self.undo_stack.clear()
        self._bind_commands(workspace)
        self._document_id = None
        self.filter_bar.clear()
        self._show_workspace()
        if old is not workspace:
            old.close()

    def _bind_commands(self, workspace: Workspace) -> None:
        """Commands (and the import flow that applies them) go to `workspace` from now on."""
        self.commands = UndoAdapter(workspace, self.events, self.undo_stack, self.background)
        self.commands.on_failed = self._background_failed
        if self.import_flow is not None:
            self.import_flow.deleteLater()
        self.import_flow = ImportFlow(
            self,
            self.commands,
            lambda m: self.statusBar().showMessage(m, 15000),
            self.show_import,
        )

    def _show_workspace(self) -> None:
        self.setWindowTitle(self.tr("CyberTrack — %1").replace("%1", str(self.workspace.path)))
        self.settings.remember_workspace(self.workspace.path)
        # Straight to the item left last time: its document is the one read, never the first
        # document and then that one.
        last = self.settings.last_item(self.workspace.path)
        document_id = None
        if last is not None:
            try:
                document_id = self.workspace.item(last).document_id
            except CyberTrackError:
                last = None  # gone since
        self._set_navigator(self.workspace.documents())
        self._select_document(document_id)
        if last is not None:
            self.items.load_until(last)
            self.table.go_to_item(last)
        if not self.workspace.read_only and self.workspace.precedent_index_pending():
            # An import cut short after its commit (a crash): its precedent postings written
            # now, off this thread; a bounded number of transactions, the next import does
            # the rest.
            self.background.run(
                self.workspace,
                lambda writer: writer.update_precedent_index(slices=LEFTOVER_SLICES),
                lambda _more: None,
                lambda _message: None,
            )

    # -- remembering ----------------------------------------------------------------------------
    def _remember_place(self) -> None:
        if self.detail.item is not None:
            self.settings.remember_item(self.workspace.path, self.detail.item.id)

    def remember(self) -> None:
        """Unsent typing sent; the item, the layout and the column widths remembered."""
        self.detail.flush()
        self.precedents.shutdown()
        self._remember_place()
        self.settings.save_window_layout(self, self.splitter, self.table.horizontalHeader())
        self.settings.sync()

    def _background_failed(self, message: Message) -> None:
        QMessageBox.warning(self, self.tr("CyberTrack"), message_text(message))

    def _on_background_busy(self, busy: bool) -> None:
        writing = self.tr("Writing the change…")
        if busy:
            self.statusBar().showMessage(writing)
        elif self.statusBar().currentMessage() == writing:  # not what came after it
            self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember()
        self.items.stop()
        if self.import_flow is not None:
            self.import_flow.stop()
        self.background.wait()
        super().closeEvent(event)


__all__ = ["MainWindow", "QWidget"]
