"""The Workspace: the one service the GUI and the CLI talk to.

Every user action is a command applied in one transaction and durable when `apply` returns. The
returned ChangeSet carries before- and after-images, so `revert` and `reapply` restore rows
exactly (same ids), which is what an undo stack needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cybertrack.domain.errors import NotFound, WorkspaceError
from cybertrack.domain.model import (
    ChangeSet,
    DocumentRow,
    HistoryRow,
    ItemRow,
    Progress,
    Stance,
)
from cybertrack.services.backups import (
    BackupInfo,
    backup_due,
    backup_target,
    list_backups,
    rotate,
)
from cybertrack.services.commands import (
    Batch,
    Command,
    EditNote,
    ImportDocument,
    SetAmendment,
    SetPriority,
    SetRationale,
    SetSetting,
    SetStance,
)
from cybertrack.services.comparison import ComparisonQueries, apply_comparison, restore_rows
from cybertrack.services.comparison_commands import COMPARISON_COMMANDS
from cybertrack.storage import Repository, open_database
from cybertrack.storage.errors import storage_errors
from cybertrack.storage.repository import DocumentImage, PositionImage, section_headings
from cybertrack.storage.search import fts_query

Clock = Callable[[], datetime]

PRIORITIES = {0: "normal", 1: "priority", 2: "red line"}


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Workspace:
    def __init__(
        self,
        repository: Repository,
        path: Path,
        clock: Clock = _utc_now,
        read_only: bool = False,
    ) -> None:
        self._repo = repository
        self.path = path
        self._clock = clock
        # True when the file (or its folder, or the disk) cannot be written: edits are refused.
        self.read_only = read_only

    @classmethod
    def open(cls, path: Path | str, clock: Clock = _utc_now) -> Workspace:
        from cybertrack.storage.connection import is_writable, open_read_only

        path = Path(path)
        if path.is_file() and not is_writable(path):
            return cls(Repository(open_read_only(path)), path, clock, read_only=True)
        return cls(Repository(open_database(path)), path, clock)

    def close(self) -> None:
        self._repo.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._check_can_write()
        with storage_errors(), self._repo.atomic():
            yield

    # -- commands -----------------------------------------------------------------------------
    def apply(self, command: Command) -> ChangeSet:
        """Apply `command` in one transaction; on any error nothing is written."""
        self._validate(command)
        with self._transaction():
            return self._apply(command)

    def revert(self, change: ChangeSet) -> ChangeSet:
        with self._transaction():
            self._restore(change.before, change.after)
        return change

    def reapply(self, change: ChangeSet) -> ChangeSet:
        with self._transaction():
            self._restore(change.after, change.before)
        return change

    def _validate(self, command: Command) -> None:
        ids: tuple[int, ...]
        if isinstance(command, SetStance):
            ids = command.item_ids
        elif isinstance(command, EditNote | SetAmendment | SetRationale):
            ids = (command.item_id,)
        elif isinstance(command, SetPriority):
            if command.priority not in PRIORITIES:
                raise WorkspaceError(f"unknown priority {command.priority} (choose 0, 1 or 2)")
            ids = command.item_ids
        elif isinstance(command, Batch):
            for inner in command.commands:
                self._validate(inner)
            return
        else:
            return
        missing = sorted(set(ids) - self._repo.existing_item_ids(ids))
        if missing:
            raise NotFound(f"no item with id {missing[0]}")

    def _apply(self, command: Command) -> ChangeSet:
        if isinstance(command, ImportDocument):
            return self._import(command)
        if isinstance(command, SetStance):
            n = len(command.item_ids)
            what = command.stance.value if command.stance else "no stance"
            return self._change_positions(
                command.item_ids,
                lambda img: replace(img, stance=command.stance.value if command.stance else None),
                f"Set {n} item{'s' if n != 1 else ''} to {what}",
            )
        if isinstance(command, EditNote):
            return self._change_positions(
                (command.item_id,), lambda img: replace(img, note=command.note), "Edit note"
            )
        if isinstance(command, SetAmendment):
            return self._change_positions(
                (command.item_id,),
                lambda img: replace(img, amendment=command.amendment),
                "Edit amendment",
            )
        if isinstance(command, Batch):
            return self._batch(command)
        if isinstance(command, SetRationale):
            return self._change_positions(
                (command.item_id,),
                lambda img: replace(img, rationale=command.rationale),
                "Edit public rationale",
            )
        if isinstance(command, SetPriority):
            n = len(command.item_ids)
            return self._change_positions(
                command.item_ids,
                lambda img: replace(img, priority=command.priority),
                f"Set priority of {n} item{'s' if n != 1 else ''} to "
                f"{PRIORITIES[command.priority]}",
            )
        if isinstance(command, SetSetting):
            return self._set_setting(command)
        if isinstance(command, COMPARISON_COMMANDS):
            return apply_comparison(self._repo, command, self._now())
        raise TypeError(f"unknown command {command!r}")

    def _import(self, command: ImportDocument) -> ChangeSet:
        parsed = command.document
        existing = self._repo.document_id_by_hash(parsed.content_hash)
        if existing is not None:
            return ChangeSet(
                "Import (already present)",
                message=f"{parsed.source_name} is already in the workspace (document {existing})",
            )
        # Same symbol, other content: kept as a new version beside the earlier one, never merged.
        earlier = self.versions_of(parsed.symbol)
        document_id = self._repo.insert_document(parsed, self._now())
        image = self._repo.snapshot_document(document_id)
        version = f" (new version of {parsed.symbol})" if earlier else ""
        return ChangeSet(
            f"Import {parsed.symbol or parsed.title}",
            document_ids=frozenset({document_id}),
            documents_changed=True,
            before=("document-absent", document_id),
            after=("document", image),
            message=f"imported {parsed.symbol or parsed.title}: {len(parsed.items)} items{version}",
        )

    def versions_of(self, symbol: str | None, *, exclude: int | None = None) -> list[int]:
        """Ids of the documents that carry `symbol`, oldest first (none for no symbol)."""
        if not symbol:
            return []
        return [d.id for d in self._repo.documents() if d.symbol == symbol and d.id != exclude]

    def _change_positions(
        self,
        item_ids: Sequence[int],
        transform: Callable[[PositionImage], PositionImage],
        description: str,
    ) -> ChangeSet:
        before = self._repo.position_images(item_ids)
        after = [replace(transform(img), exists=True) for img in before]
        now = self._now()
        for image in after:
            self._repo.write_position(image, now)
        return ChangeSet(
            description,
            item_ids=frozenset(item_ids),
            before=("positions", tuple(before)),
            after=("positions", tuple(after)),
        )

    def _set_setting(self, command: SetSetting) -> ChangeSet:
        before = self._repo.setting(command.key)
        self._repo.write_setting(command.key, command.value)
        return ChangeSet(
            f"Set {command.key}",
            before=("setting", (command.key, before)),
            after=("setting", (command.key, command.value)),
            message=f"{command.key} = {command.value or '(unset)'}",
        )

    def _batch(self, command: Batch) -> ChangeSet:
        changes = [self._apply(inner) for inner in command.commands]
        return ChangeSet(
            command.description or "; ".join(c.description for c in changes),
            item_ids=frozenset().union(*(c.item_ids for c in changes)),
            document_ids=frozenset().union(*(c.document_ids for c in changes)),
            documents_changed=any(c.documents_changed for c in changes),
            before=("batch", tuple(c.before for c in reversed(changes))),
            after=("batch", tuple(c.after for c in changes)),
        )

    def _restore(self, image: Any, other: Any) -> None:
        """Write row images back. `other` is the opposite image (what is there now)."""
        if image is None:
            return
        kind, payload = image
        if kind == "positions":
            now = self._now()
            for position in payload:
                self._repo.write_position(position, now)
        elif kind == "document":
            assert isinstance(payload, DocumentImage)
            self._repo.restore_document(payload)
        elif kind == "setting":
            key, value = payload
            self._repo.write_setting(key, value)
        elif kind == "document-absent":
            self._repo.delete_document(int(payload))
        elif kind == "rows":
            restore_rows(self._repo, payload)
        elif kind == "batch":
            _, others = other
            for inner, inner_other in zip(payload, reversed(others), strict=True):
                self._restore(inner, inner_other)
        else:
            raise WorkspaceError(f"unknown change image {kind!r}")

    # -- queries ------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        return self._repo.documents()

    def document(self, document_id: int) -> DocumentRow:
        row = self._repo.document(document_id)
        if row is None:
            raise NotFound(f"no document with id {document_id}")
        return row

    def items(self, document_id: int | None = None) -> list[ItemRow]:
        if document_id is not None:
            self.document(document_id)
        return self._repo.items(document_id)

    def items_by_ids(self, item_ids: Sequence[int]) -> list[ItemRow]:
        return self._repo.items(item_ids=item_ids)

    def item(self, item_id: int) -> ItemRow:
        rows = self._repo.items(item_ids=[item_id])
        if not rows:
            raise NotFound(f"no item with id {item_id}")
        return rows[0]

    def resolve_item(self, reference: str) -> int:
        """An item id ("17") or DOCUMENT_ID:NUMBER ("1:15", "1:(15)") -> the item's id."""
        reference = reference.strip()
        if ":" in reference:
            doc_part, number = reference.split(":", 1)
            try:
                document_id = int(doc_part)
            except ValueError:
                raise NotFound(f"{reference!r} is not DOCUMENT_ID:NUMBER") from None
            self.document(document_id)
            number = number.strip().strip("()").rstrip(".")
            item_id = self._repo.item_id_by_number(document_id, number)
            if item_id is None:
                raise NotFound(f"document {document_id} has no item numbered {number}")
            return item_id
        try:
            item_id = int(reference)
        except ValueError:
            raise NotFound(f"{reference!r} is neither an item id nor DOCUMENT_ID:NUMBER") from None
        return self.item(item_id).id

    def participants(self, document_id: int) -> list[tuple[str, str | None]]:
        return self._repo.participants(document_id)

    def history(self, item_id: int) -> list[HistoryRow]:
        return self._repo.history(item_id)

    def search(
        self, text: str, document_id: int | None = None, *, min_prefix: int = 1
    ) -> list[int] | None:
        """Ids of items whose text holds every word of `text`; None means 'no filter'.

        The last word is a prefix if it has at least `min_prefix` characters."""
        query = fts_query(text, min_prefix)
        if query is None:
            return None
        return self._repo.search_item_ids(query, document_id)

    def progress(self, document_id: int) -> Progress:
        counts = self._repo.stance_counts(document_id)
        return Progress(
            total=sum(counts.values()),
            support=counts.get(Stance.SUPPORT.value, 0),
            oppose=counts.get(Stance.OPPOSE.value, 0),
            amend=counts.get(Stance.AMEND.value, 0),
        )

    def settings(self) -> dict[str, str]:
        return self._repo.settings()

    def setting(self, key: str, default: str = "") -> str:
        value = self._repo.setting(key)
        return default if value is None else value

    def is_empty(self) -> bool:
        return not self._repo.documents()

    # -- health (trust) -----------------------------------------------------------------------
    def integrity_problems(self, quick: bool = False) -> list[str]:
        """SQLite's integrity and foreign-key checks on the open file; [] means sound."""
        from cybertrack.storage.health import integrity_problems

        return integrity_problems(self._repo.db, quick=quick)

    # -- backups (trust) ----------------------------------------------------------------------
    def backups(self) -> list[BackupInfo]:
        """This workspace's backups, newest first (see services/backups.py)."""
        return list_backups(self.path)

    def take_backup(self, reason: str = "automatic") -> Path:
        """Copy the workspace into its backup folder now and rotate the old ones.

        Safe to call from a worker thread: it reads through its own connection, not the app's.
        """
        from cybertrack.storage.backup_io import snapshot

        target = backup_target(self.path, self._clock(), reason)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with storage_errors():
                snapshot(self.path, target)
        except OSError as exc:
            raise WorkspaceError(f"no backup could be written: {exc.strerror or exc}") from None
        rotate(self.path)
        return target

    def backup_if_due(self) -> Path | None:
        """Take the daily backup if the newest one is a day old (or there is none)."""
        return self.take_backup() if backup_due(self.path, self._clock()) else None

    def restore_backup(self, backup: Path | str) -> ChangeSet:
        """Replace the whole workspace with `backup`, after backing up the current state.

        Not an undoable command: the undo history refers to rows the backup may not hold. The
        way back is the 'before-restore' backup taken first.
        """
        from cybertrack.storage.backup_io import check_restorable, restore_into

        backup = Path(backup)
        self._check_can_write()
        check_restorable(backup)
        safety = self.take_backup("before-restore")
        with storage_errors():
            restore_into(self._repo.db, backup)
        return ChangeSet(
            f"Restore {backup.name}",
            documents_changed=True,
            message=f"restored {backup.name}; the previous state is saved as {safety.name}",
        )

    def _check_can_write(self) -> None:
        """Refuse a write that cannot land: read-only file, or the file gone (disk removed)."""
        if self.read_only:
            raise WorkspaceError(
                f"{self.path.name} is open read-only (the file or its folder cannot be "
                "written); nothing was changed"
            )
        if not self.path.exists():
            # An unplugged USB stick or a deleted file: writing on would go nowhere.
            raise WorkspaceError(
                f"the workspace file {self.path} is no longer there (was its disk removed?); "
                "nothing was changed — reconnect it and reopen CyberTrack; everything saved "
                "before is in that file"
            )

    @property
    def comparison(self) -> ComparisonQueries:
        """Links, carry-over plans, comparison rows and other delegations."""
        return ComparisonQueries(self._repo, self.document)

    def section_headings(self) -> dict[int, list[str]]:
        """Document id -> its section headings in reading order (for a navigator)."""
        return section_headings(self._repo.db)

    def save_copy(self, target: Path | str) -> Path:
        """Write a consistent copy of this workspace to `target` (it stays the open one)."""
        target = Path(target).expanduser()
        if target.resolve() == self.path.resolve():
            raise WorkspaceError(f"{target} is the open workspace; choose another file")
        if target.is_dir():
            raise WorkspaceError(f"{target} is a folder, not a workspace file")
        from cybertrack.storage.backup_io import snapshot

        # The backups' copier: never a half-written file, and one self-contained file to hand over.
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with storage_errors():
                snapshot(self.path, target)
        except OSError as exc:
            raise WorkspaceError(f"cannot write {target}: {exc.strerror or exc}") from None
        return target
