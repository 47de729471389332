"""Agreed language beside the amendment: the precedent list, the marks, insert and cite.

While the delegate writes the proposed wording, the closest paragraphs of the library and of
every imported document are listed, best first, searched on a worker thread after a short
pause in typing (results of an older draft are dropped). With no wording yet, the list shows
precedent for the paragraph itself. The words of the draft that come verbatim (four words or
more) from an adopted text of the library are marked in the editor; never words that only a
draft, a text under negotiation or the paragraph being amended holds. The chosen precedent's
wording can be inserted at the cursor, or the precedent cited as agreed language (the citation
goes into the papers); both have keys in the action catalogue.

The panel never writes: citing emits the new list of citations and the window applies it as a
command; inserting types into the editor, which commits like typing.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cybertrack.domain.library import AgreedSpan, CitedParagraph, Precedent, agreed_language, cite
from cybertrack.domain.messages import Message
from cybertrack.domain.model import ItemRow
from cybertrack.domain.precedent import word_count
from cybertrack.gui.messages import message_text
from cybertrack.gui.precedent_worker import PrecedentSearcher

TYPING_PAUSE_MS = 300
PrecedentRole = Qt.ItemDataRole.UserRole + 1
AGREED_BACKGROUND = "#d5ecd4"
DARK_AGREED_BACKGROUND = "#2f5b2e"
SHARED_BACKGROUND = "#fff0b3"
DARK_SHARED_BACKGROUND = "#6b5a1a"


class PrecedentPanel(QWidget):
    citations_changed = Signal(int, object)  # item id, tuple of cited item ids (the new list)

    def __init__(
        self,
        amendment: QPlainTextEdit,
        workspace_path: Callable[[], Path],
        citations_of: Callable[[int], list[CitedParagraph]],
        set_marks: Callable[[list[QTextEdit.ExtraSelection]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._set_marks = set_marks or amendment.setExtraSelections
        self.setAccessibleName(self.tr("Precedent"))
        self.amendment = amendment
        self._path = workspace_path
        self._citations_of = citations_of
        self._item: ItemRow | None = None
        self._query = ""
        self._spans: list[AgreedSpan] = []
        self._cited: list[CitedParagraph] = []
        self._shown: list[Precedent] = []
        self._pending = False
        self.searcher = PrecedentSearcher(self)
        self.searcher.found.connect(self._show_results)

        self.list = QTreeWidget()  # one column without header: entries elide to the width
        self.list.setAccessibleName(self.tr("Precedent for the amendment"))
        self.list.setAccessibleDescription(
            self.tr("The closest paragraphs of the library and the other documents, best first")
        )
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(1)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # one line each: five at a glance
        self.list.setMinimumHeight(64)
        self.list.setMaximumHeight(92)  # five entries
        self.list.currentItemChanged.connect(lambda *_: self._show_preview())
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Chosen precedent"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setMinimumHeight(56)
        self.preview.setMaximumHeight(120)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Agreed language"))
        self.cited = QLabel()
        self.cited.setWordWrap(True)
        self.cited.setAccessibleName(self.tr("Cited as agreed language"))
        self.cited.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.status, self.cited):  # one line each; spare room goes to the preview
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)  # the detail panel scrolls as a whole when space is short
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.status)
        layout.addWidget(self.list)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.cited)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.amendment.textChanged.connect(self._typed)
        self.show_item(None)

    # -- what is shown -----------------------------------------------------------------------
    @property
    def precedents(self) -> list[Precedent]:
        return list(self._shown)

    @property
    def agreed_spans(self) -> list[AgreedSpan]:
        return list(self._spans)

    @property
    def searched(self) -> str | None:
        """The text whose precedent is shown; None while a search is still to come back."""
        if self._timer.isActive() or self._pending:
            return None
        return self._query

    def show_item(self, item: ItemRow | None) -> None:
        """The detail panel shows `item` (or nothing): search again if it is another one."""
        same = item is not None and self._item is not None and item.id == self._item.id
        self._item = item
        self._show_citations()
        if same:
            return
        self._timer.stop()
        self.searcher.cancel()
        self._pending = False
        self._query = ""
        self._clear_list()
        self._mark([])
        if item is None:
            self.status.setText(self.tr("Choose an item to see precedent for it."))
            self.preview.clear()
            return
        # After the same pause as typing: moving through the items with the arrow keys, or a
        # document shown after an import, starts no search for each item passed over.
        self.status.setText(self.tr("Searching…"))
        self._timer.start()

    def _clear_list(self) -> None:
        self.list.clear()
        self._shown = []

    def _typed(self) -> None:
        if self._item is not None:
            self._timer.start()

    def search_now(self) -> None:
        """Search for the draft (or, with none yet, for the paragraph itself) on the worker."""
        self._timer.stop()
        if self._item is None:
            return
        draft = self.amendment.toPlainText()
        query = draft if draft.strip() else self._item.text
        if query == self._query:
            return
        self._query = query
        if word_count(query) < 2:
            self.searcher.cancel()
            self._pending = False
            self._clear_list()
            self._mark([])
            self.status.setText(self.tr("Type at least two words to find precedent."))
            return
        self.status.setText(self.tr("Searching…"))
        self._pending = True
        self.searcher.request(self._path(), query, (self._item.id,))

    def _show_results(self, serial: int, result: list[Precedent] | Message) -> None:
        if serial != self.searcher.serial or self._item is None:
            return  # an older draft's answer, or the item has gone
        self._pending = False
        self._clear_list()
        if isinstance(result, Message):
            self._mark([])
            self.status.setText(message_text(result))
            return
        entries = []
        for precedent in result:
            entry = QTreeWidgetItem([self._entry_text(precedent)])
            entry.setData(0, PrecedentRole, precedent)
            entry.setToolTip(0, precedent.paragraph.text)
            entries.append(entry)
        self.list.addTopLevelItems(entries)
        self._shown = list(result)
        if entries:
            self.list.setCurrentItem(entries[0])
        drafting = bool(self.amendment.toPlainText().strip())
        self._mark(agreed_language(result) if drafting else [])
        self._show_status(result, drafting)
        self._show_preview()

    def _entry_text(self, precedent: Precedent) -> str:
        paragraph = precedent.paragraph
        if precedent.agreed:
            status = self.tr("agreed language")
        elif paragraph.adopted:
            status = self.tr("adopted, not in the library")
        elif paragraph.library:
            status = self.tr("draft")
        else:
            status = self.tr("under negotiation")
        star = "★ " if precedent.agreed else ""
        score = self.tr("%1% match").replace("%1", str(round(precedent.score * 100)))
        head = f"{star}{self.reference(paragraph)} · {score} · {status}"
        return f"{head} — {_excerpt(paragraph.text, 200)}"

    def _show_status(self, result: Sequence[Precedent], drafting: bool) -> None:
        if not result:
            self.status.setText(self.tr("No precedent: no paragraph shares three words in a row."))
            return
        if not drafting:
            self.status.setText(self.tr("Precedent for this paragraph (no wording yet)."))
            return
        words = word_count(self.amendment.toPlainText())
        agreed = sum(word_count(self.amendment.toPlainText()[s.start : s.end]) for s in self._spans)
        self.status.setText(
            self.tr("Agreed language: %1 of %2 words of the wording (marked).")
            .replace("%1", str(agreed))
            .replace("%2", str(words))
        )

    def _show_preview(self) -> None:
        entry = self.list.currentItem()
        if entry is None:
            self.preview.clear()
            return
        precedent: Precedent = entry.data(0, PrecedentRole)
        text = precedent.paragraph.text
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        background = DARK_SHARED_BACKGROUND if dark else SHARED_BACKGROUND
        parts, last = [], 0
        for phrase in sorted(precedent.shared, key=lambda p: p.start):
            if phrase.start < last:
                continue
            shared = html.escape(text[phrase.start : phrase.end])
            parts.append(html.escape(text[last : phrase.start]))
            parts.append(f'<span style="background:{background}">{shared}</span>')
            last = phrase.end
        parts.append(html.escape(text[last:]))
        title = html.escape(self.reference(precedent.paragraph))
        self.preview.setHtml(f"<b>{title}</b><br>{''.join(parts)}")

    def _show_citations(self) -> None:
        self._cited = self._citations_of(self._item.id) if self._item is not None else []
        if not self._cited:
            self.cited.setText(self.tr("Cited: none yet."))
        else:
            names = "; ".join(self.reference(c) for c in self._cited)
            self.cited.setText(self.tr("Cited as agreed language: %1").replace("%1", names))

    def _mark(self, spans: list[AgreedSpan]) -> None:
        """Mark the agreed words in the editor (its text itself is left alone)."""
        self._spans = spans
        dark = self.amendment.palette().color(QPalette.ColorRole.Base).lightness() < 128
        marked = QTextCharFormat()
        marked.setBackground(QColor(DARK_AGREED_BACKGROUND if dark else AGREED_BACKGROUND))
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        selections = []
        length = len(self.amendment.toPlainText())
        for span in spans:
            if span.end > length:
                continue  # the text changed since this search: the next one marks it
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.amendment.document())
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = marked  # type: ignore[attr-defined]
            selections.append(selection)
        self._set_marks(selections)
        self.amendment.setToolTip(
            "\n".join(
                self.tr("Agreed language from %1").replace("%1", self.reference(s.source))
                for s in spans
            )
        )

    def reference(self, paragraph: CitedParagraph) -> str:
        """'A/RES/74/247, para. 2' in the interface language."""
        return cite(
            paragraph,
            {
                "para": self.tr("para. {n}"),
                "article": self.tr("art. {n}"),
                "rule": self.tr("rule {n}"),
                "regulation": self.tr("regulation {n}"),
                "conclusion": self.tr("conclusion {n}"),
                "guideline": self.tr("guideline {n}"),
                "principle": self.tr("principle {n}"),
                "action": self.tr("action {n}"),
                "target": self.tr("target {n}"),
                "preambular": self.tr("preambular para. {n}"),
            },
        )

    # -- what the keys do --------------------------------------------------------------------
    def chosen(self) -> Precedent | None:
        entry = self.list.currentItem()
        if entry is None:
            return self._shown[0] if self._shown else None
        precedent: Precedent = entry.data(0, PrecedentRole)
        return precedent

    def focus_list(self) -> None:
        self.list.setFocus()
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)

    def insert_chosen(self) -> bool:
        """Put the chosen precedent's wording into the amendment at its cursor."""
        precedent = self.chosen()
        if self._item is None or precedent is None:
            return False
        cursor = self.amendment.textCursor()
        text = precedent.paragraph.text
        before = self.amendment.toPlainText()[: cursor.position()]
        if before and not before[-1].isspace():
            text = " " + text
        cursor.insertText(text)
        self.amendment.setTextCursor(cursor)
        self.amendment.setFocus()
        return True

    def cite_chosen(self) -> bool:
        """Cite the chosen precedent as agreed language, or stop citing it if it is cited."""
        precedent = self.chosen()
        if self._item is None or precedent is None:
            return False
        ids = [c.item_id for c in self._cited]
        chosen = precedent.paragraph.item_id
        ids = [i for i in ids if i != chosen] if chosen in ids else [*ids, chosen]
        self.citations_changed.emit(self._item.id, tuple(ids))
        return True

    def shutdown(self) -> None:
        """The window is closing: no search more (one running in the worker process reads
        the file through its own connection and comes back to nobody)."""
        self._timer.stop()
        self.searcher.cancel()


def _excerpt(text: str, characters: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= characters else text[: characters - 1].rstrip() + "…"
