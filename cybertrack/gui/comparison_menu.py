"""The comparison feature's actions (View menu) and what it watches, out of main_window.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from cybertrack.domain.model import ChangeSet, DocumentRow, ItemRow
from cybertrack.gui.documents import document_labels
from cybertrack.gui.messages import message_text
from cybertrack.gui.models.item_table_model import RowRole
from cybertrack.gui.passes import next_pass
from cybertrack.gui.stances import stance_name
from cybertrack.services.comparison import CarryReview, VersionMatch

if TYPE_CHECKING:
    from cybertrack.gui.main_window import MainWindow
    from cybertrack.services import Workspace


def comparison_slots(window: MainWindow) -> dict[str, Callable[[], object]]:
    return {
        "view.compare": lambda: compare(window),
        "view.links": lambda: links(window),
        "view.carry": lambda: carry(window),
        "view.delegations": lambda: delegations(window),
    }


def watch_comparison(window: MainWindow) -> None:
    """Offer a carry-over after a new version arrives; say what we said last time on the
    current item."""
    from cybertrack.gui.import_flow import VersionWatch

    window.version_watch = VersionWatch(window.events, lambda: window.workspace, window)
    window.version_watch.found.connect(lambda match, rows: offer_carry(window, match, rows))
    window.carry_prompt.review.connect(lambda match: carry(window, (match.old.id, match.new.id)))
    window.carry_prompt.show_recheck.connect(lambda: show_recheck(window))
    window.table.selectionModel().currentChanged.connect(
        lambda current, _previous: show_last_time(window, current.data(RowRole))
    )


def show_last_time(window: MainWindow, item: ItemRow | None) -> None:
    """'What did we say about this last time?' in the status bar, for the current item."""
    if item is None:
        return
    parts = []
    for document, earlier, text_changed in window.workspace.comparison.earlier_versions(item.id):
        part = QCoreApplication.translate("MainWindow", "Last time, in %1 %2: %3").replace(
            "%1", window.navigator_model.label(document.id) or document.name
        )
        part = part.replace("%2", earlier.label).replace("%3", stance_name(earlier.stance))
        if text_changed:
            part += " · " + QCoreApplication.translate("MainWindow", "text changed since")
        parts.append(part)
    if parts:
        window.statusBar().showMessage(" | ".join(parts), 15000)


def offer_carry(window: MainWindow, match: VersionMatch, documents: list[DocumentRow]) -> None:
    """A new version of a text we decided on: the message bar offers the carry-over review.

    Found off the GUI thread (VersionWatch), shown without blocking: an import never stops to
    ask, and the bar waits until the delegate answers or closes it.
    """
    labels = document_labels(documents)  # as the worker read them: no query here
    window.carry_prompt.offer(
        match, labels.get(match.old.id, match.old.name), labels.get(match.new.id, match.new.name)
    )


def show_recheck(window: MainWindow) -> None:
    """After a carry: the list narrowed to the carried positions whose text changed."""
    window.carry_prompt.hide()
    window.filter_bar.clear()
    window.filter_bar.recheck.setChecked(True)
    window.focus_table()


def _run_dialog(dialog: QDialog) -> None:
    """Modal, then gone: a closed dialog must not keep listening to workspace changes."""
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def version_pair(window: MainWindow) -> tuple[int, int] | None:
    """The current document as the new version and the one dated just before it as the old."""
    documents = window.workspace.documents()
    if len(documents) < 2:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Compare"),
            QCoreApplication.translate(
                "MainWindow", "Import a second version of a text first (File ▸ Import, Ctrl+I)."
            ),
        )
        return None
    ids = [d.id for d in documents]
    current = window.current_document_id()
    position = ids.index(current) if current in ids else len(ids) - 1
    if position == 0:
        return ids[0], ids[1]
    return ids[position - 1], ids[position]


def compare(window: MainWindow) -> None:
    from cybertrack.gui.views.comparison_view import ComparisonDialog

    if version_pair(window) is None:
        return
    ids = [d.id for d in window.workspace.documents()]
    _run_dialog(ComparisonDialog(window.workspace, window.events, ids, window))


def links(window: MainWindow) -> None:
    from cybertrack.gui.dialogs.link_dialog import LinkDialog

    pair = version_pair(window)
    if pair is not None:
        _run_dialog(LinkDialog(window.commands, *pair, parent=window))


def carry(window: MainWindow, pair: tuple[int, int] | None = None) -> None:
    """The carry-over review; once it has carried, the window says what it did. Versions not
    linked yet are linked first, off the window's thread (5,000 paragraphs a side take
    seconds), and the review opens when they are."""
    if pair is None:
        pair = version_pair(window)
        if pair is None:
            return
        current = window.current_document_id()
        previous = window.workspace.comparison.previous_version(current) if current else None
        if previous is not None and current is not None:
            pair = (previous.id, current)
    window.carry_prompt.hide()
    if window.workspace.read_only:
        _open_carry(window, pair)  # nothing to link in a file that cannot be written
        return
    from cybertrack.services import LinkDocuments

    command = LinkDocuments(*pair)
    found = pair

    def link_and_plan(ws: Workspace) -> tuple[ChangeSet | None, CarryReview]:
        change = None if ws.comparison.links_between(*found) else ws.apply(command)
        return change, ws.comparison.carry_review(*found)

    def ready(result: tuple[ChangeSet | None, CarryReview]) -> None:
        change, review = result
        if change is not None:
            window.commands.record(command, change)  # its own undo step, as when done in place
        # The review in a turn of its own: the window has just taken in the new links.
        next_pass(window, lambda: _open_carry(window, found, review))

    window.background.run(window.workspace, link_and_plan, ready, window.commands.on_failed)
    window.statusBar().showMessage(  # after the general "writing" word of the busy window
        QCoreApplication.translate("MainWindow", "Linking the two versions…")
    )


def _open_carry(
    window: MainWindow, pair: tuple[int, int], review: CarryReview | None = None
) -> None:
    from cybertrack.gui.dialogs.carry_dialog import CarryOverDialog

    dialog = CarryOverDialog(window.commands, *pair, parent=window, review=review)
    _run_dialog(dialog)
    if dialog.carried is not None:
        show_carried(window, dialog.carried, pair[1])


def show_carried(window: MainWindow, change: ChangeSet, document_id: int) -> None:
    """Say what a carry did (in the message bar and the status line), on the new version."""
    if change.message is None:
        return
    if window.current_document_id() != document_id:
        window.go_to_document(document_id)  # where the carried positions now are
    said = message_text(change.message)
    window.statusBar().showMessage(said, 15000)
    recheck = change.message.args.get("recheck", 0)
    window.carry_prompt.done(said, recheck if isinstance(recheck, int) else 0)


def delegations(window: MainWindow) -> None:
    from cybertrack.gui.views.delegations_view import DelegationsDialog

    document_id = window.current_document_id()
    if document_id is not None:
        _run_dialog(DelegationsDialog(window.commands, document_id, parent=window))
