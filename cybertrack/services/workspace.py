"""The Workspace: the one service the GUI and the CLI talk to.

Every user action is a command applied in one transaction and durable when `apply` returns. The
returned ChangeSet carries before- and after-images, so `revert` and `reapply` restore rows
exactly (same ids), which is what an undo stack needs. Queries return frozen row dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cybertrack.domain.errors import NotFound, WorkspaceError
from cybertrack.domain.library import CitedParagraph, Precedent
from cybertrack.domain.messages import Code
from cybertrack.domain.model import (
    ChangeSet,
    DocumentRow,
    HistoryRow,
    ItemRow,
    OutlineHeading,
    Progress,
)
from cybertrack.domain.positions import Stance
from cybertrack.domain.search import SearchScope, needs_scan
from cybertrack.domain.search_index import scanned
from cybertrack.services.commands import Command
from cybertrack.services.commands.base import (
    Context,
    apply_command,
    reapply_change,
    revert_change,
)
from cybertrack.services.comparison import ComparisonQueries
from cybertrack.services.negotiation import NegotiationQueries
from cybertrack.services.precedents import PrecedentSearch
from cybertrack.services.workspace_file import WorkspaceFile
from cybertrack.storage import Store
from cybertrack.storage.search import fts_query

if TYPE_CHECKING:
    from cybertrack.services.team.queries import TeamQueries

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Workspace(WorkspaceFile):
    def __init__(
        self, store: Store, path: Path, clock: Clock = _utc_now, read_only: bool = False
    ) -> None:
        super().__init__(store, path, clock)
        # True when the file (or its folder, or the disk) cannot be written: edits are refused.
        self.read_only = read_only
        self.closed = False  # closed: a screen's late work (a turn later) reads nothing

    @classmethod
    def open(cls, path: Path | str, clock: Clock = _utc_now) -> Workspace:
        from cybertrack.storage.connection import is_writable

        path = Path(path)
        if path.is_file() and not is_writable(path):
            return cls(Store.open_read_only(path), path, clock, read_only=True)
        return cls(Store.open(path), path, clock)

    def reader(self) -> Workspace:
        """The same file through a second, read-only connection: for a worker thread (call it
        on that thread; WAL lets it read while the window's connection writes)."""
        return Workspace(Store.open_reader(self.path), self.path, self._clock, read_only=True)

    @classmethod
    def open_reader(cls, path: Path) -> Workspace:
        """A live workspace, read-only through a connection of its own (a worker process)."""
        return cls(Store.open_reader(path), path, read_only=True)

    def writer(self) -> Workspace:
        """The same file through a second connection that may write: a worker thread's, for a
        long write (a large import) that must not hold up the window. Call it on that thread.
        One writer at a time still: the window sends no command while the worker writes."""
        if self.read_only:
            raise WorkspaceError(Code.WORKSPACE_READ_ONLY, name=self.path.name)
        return Workspace(Store.open(self.path), self.path, self._clock)

    def close(self) -> None:
        self._store.close()
        self.closed = True

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Context]:
        self._check_can_write()
        with self._store.transaction():
            yield Context(self._store, self._now())

    # -- commands -----------------------------------------------------------------------------
    def apply(self, command: Command) -> ChangeSet:
        """Apply `command` in one transaction; on any error nothing is written."""
        with self._transaction() as ctx:
            return apply_command(ctx, command)

    def revert(self, change: ChangeSet) -> ChangeSet:
        with self._transaction() as ctx:
            revert_change(ctx, change)
        return change

    def reapply(self, change: ChangeSet) -> ChangeSet:
        with self._transaction() as ctx:
            reapply_change(ctx, change)
        return change

    def update_precedent_index(self, slices: int | None = None) -> bool:
        """The precedent index's work an import leaves for after it is shown: each queued
        document indexed, then the older runs folded into the shared segment
        (storage/precedents.py); a document or a fold slice per transaction, up to `slices` of
        them. True if some is left. No undo step: the paragraphs stay as they are."""
        done = 0
        while slices is None or done < slices:
            with self._transaction():
                more = self._store.precedents.index_step() or self._store.precedents.fold_step()
            done += 1
            if not more:
                return False
        return True

    def precedent_index_pending(self) -> bool:
        """Whether a stored document still waits to be indexed for precedent search (an import
        interrupted after its commit: see `update_precedent_index`)."""
        return self._store.precedents.pending()

    # -- queries ------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        return self._store.documents.all()

    def document(self, document_id: int) -> DocumentRow:
        row = self._store.documents.get(document_id)
        if row is None:
            raise NotFound(Code.NO_DOCUMENT, document_id=document_id)
        return row

    def documents_named(self, symbol: str | None, title: str) -> list[DocumentRow]:
        """Documents a new one could be mistaken for: the same symbol or the same title."""
        return self._store.documents.named(symbol, title)

    def document_ids_of(self, item_ids: Sequence[int]) -> set[int]:
        return self._store.documents.of_items(item_ids)

    def versions_of(self, symbol: str | None, *, exclude: int | None = None) -> list[int]:
        """Ids of the documents that carry `symbol`, oldest first (none for no symbol)."""
        if not symbol:
            return []
        return [i for i in self._store.documents.of_symbol(symbol) if i != exclude]

    def items(self, document_id: int | None = None) -> list[ItemRow]:
        if document_id is None:
            return self._store.items.all()
        self.document(document_id)
        return self._store.items.of_document(document_id)

    def items_page(self, document_id: int, start: int, limit: int) -> list[ItemRow]:
        """At most `limit` items of the document from position `start` on (0 is the first), in
        reading order: a long document shown a part at a time."""
        return self._store.items.page(document_id, start, limit)

    def items_by_ids(self, item_ids: Sequence[int]) -> list[ItemRow]:
        return self._store.items.by_ids(item_ids)

    def item(self, item_id: int) -> ItemRow:
        rows = self._store.items.by_ids([item_id])
        if not rows:
            raise NotFound(Code.NO_ITEM, item_id=item_id)
        return rows[0]

    def resolve_item(self, reference: str) -> int:
        """An item id ("17") or DOCUMENT_ID:NUMBER ("1:15", "1:(15)") -> the item's id."""
        reference = reference.strip()
        if ":" in reference:
            doc_part, number = reference.split(":", 1)
            try:
                document_id = int(doc_part)
            except ValueError:
                raise NotFound(Code.BAD_DOCUMENT_REFERENCE, reference=reference) from None
            self.document(document_id)
            number = number.strip().strip("()").rstrip(".")
            found = self._store.items.ids_by_number(document_id, number)
            if not found:
                raise NotFound(Code.NO_ITEM_NUMBERED, document_id=document_id, number=number)
            if len(found) > 1:
                ids = ", ".join(map(str, found))
                raise NotFound(
                    Code.AMBIGUOUS_ITEM_NUMBER, document_id=document_id, number=number, ids=ids
                )
            return found[0]
        try:
            item_id = int(reference)
        except ValueError:
            raise NotFound(Code.BAD_ITEM_REFERENCE, reference=reference) from None
        return self.item(item_id).id

    def participants(self, document_id: int) -> list[tuple[str, str | None]]:
        return self._store.documents.participants(document_id)

    def history(self, item_id: int) -> list[HistoryRow]:
        return self._store.positions.history(item_id)

    def search(
        self,
        text: str,
        document_id: int | None = None,
        *,
        min_prefix: int = 1,
        scope: SearchScope = SearchScope.EVERYTHING,
    ) -> list[int] | None:
        """Ids of items holding every word and "quoted phrase" of `text` in the texts `scope`
        covers (the paragraph, the delegate's note, reason and wording, or all of them); None
        means 'no filter'. The last word is a prefix if it has at least `min_prefix` characters.
        """
        if needs_scan(text):
            return self._scan(text, document_id, scope)
        query = fts_query(text, min_prefix, scope)
        if query is None:
            return None
        return self._store.items.search(query, document_id)

    def _scan(self, text: str, document_id: int | None, scope: SearchScope) -> list[int] | None:
        """A search in Chinese or Arabic reads the texts (see domain.search.needs_scan)."""
        rows = self._store.items.scan_rows(document_id)
        return scanned(text, ((item_id, texts) for item_id, *texts in rows), scope)

    def precedents(
        self, text: str, limit: int = 10, *, exclude: Sequence[int] = ()
    ) -> list[Precedent]:
        """The paragraphs closest to a draft wording, best first (see services/precedents.py)."""
        return PrecedentSearch(self._store.precedents).search(text, limit, exclude=exclude)

    def citations(self, item_ids: Sequence[int]) -> dict[int, list[CitedParagraph]]:
        """Item id -> the paragraphs its proposed wording cites as agreed language, in order."""
        return self._store.citations.of_items(list(item_ids))

    def progress(self, document_id: int) -> Progress:
        counts = self._store.positions.stance_counts(document_id)
        return Progress(
            total=sum(counts.values()),
            support=counts.get(Stance.SUPPORT, 0),
            oppose=counts.get(Stance.OPPOSE, 0),
            amend=counts.get(Stance.AMEND, 0),
        )

    def settings(self) -> dict[str, str]:
        return self._store.settings.all()

    def setting(self, key: str, default: str = "") -> str:
        value = self._store.settings.get(key)
        return default if value is None else value

    def is_empty(self) -> bool:
        return not self._store.documents.any()

    def section_headings(self) -> dict[int, list[OutlineHeading]]:
        """Document id -> its outline in reading order (for a navigator)."""
        return self._store.documents.section_headings()

    def section_headings_of(self, document_id: int) -> list[OutlineHeading]:
        return self._store.documents.section_headings(document_id).get(document_id, [])

    def item_ancestors(self, document_id: int) -> dict[int, tuple[str, ...]]:
        """Item id -> the headings above its section ("Annex ..." over "Preamble")."""
        return self._store.documents.item_ancestors(document_id)

    @property
    def comparison(self) -> ComparisonQueries:
        """Links, carry-over plans, comparison rows and other delegations."""
        return ComparisonQueries(self._store, self.document)

    @property
    def negotiation(self) -> NegotiationQueries:
        """The room as of a moment, other delegations' proposals, an item's whole history."""
        return NegotiationQueries(self._store, self._now, self.items)

    @property
    def team(self) -> TeamQueries:
        """Colleagues' positions, disagreements, position packs and the hub."""
        from cybertrack.services.team.queries import TeamQueries

        return TeamQueries(self._store, self._now)

    def _check_can_write(self) -> None:
        """Refuse a write that cannot land: read-only file, or the file gone (disk removed)."""
        if self.read_only:
            raise WorkspaceError(Code.WORKSPACE_READ_ONLY, name=self.path.name)
        if not self.path.exists():
            # An unplugged USB stick or a deleted file: writing on would go nowhere.
            raise WorkspaceError(Code.WORKSPACE_GONE, path=str(self.path))
