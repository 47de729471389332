"""The Store: the one storage object. It owns the workspace's connection; services reach rows
only through its repositories and never see the connection itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import groupby
from pathlib import Path

from cybertrack.domain.model import RowImage
from cybertrack.storage.citations import CitationRepository
from cybertrack.storage.database import Database
from cybertrack.storage.delegations import DelegationRepository
from cybertrack.storage.documents import DocumentRepository
from cybertrack.storage.errors import storage_errors
from cybertrack.storage.events import EventLog
from cybertrack.storage.images import (
    CitationsImage,
    DelegationImage,
    DelegationStanceImage,
    DocumentAbsent,
    DocumentImage,
    EventMarks,
    HistoryMarks,
    LinkImage,
    PositionImage,
    ProposalImage,
    RoomEntryImage,
    SettingImage,
    SharedPositionImage,
    TeamMapImage,
    TeamMergeImage,
    TeamRowImage,
    TeamSourceImage,
    TeamTextImage,
)
from cybertrack.storage.items import ItemRepository
from cybertrack.storage.links import LinkRepository
from cybertrack.storage.positions import PositionRepository
from cybertrack.storage.precedents import PrecedentIndex
from cybertrack.storage.proposals import ProposalRepository
from cybertrack.storage.room import RoomRepository
from cybertrack.storage.settings import SettingRepository
from cybertrack.storage.team import TeamRepository


class Store:
    def __init__(self, database: Database) -> None:
        # Public for tests that inspect the file (PRAGMAs); services use the repositories.
        self.database = database
        self.precedents = PrecedentIndex(database)
        self.documents = DocumentRepository(database, self.precedents)
        self.items = ItemRepository(database)
        self.events = EventLog(database)
        self.positions = PositionRepository(database)
        self.settings = SettingRepository(database)
        self.links = LinkRepository(database)
        self.delegations = DelegationRepository(database)
        self.citations = CitationRepository(database)
        self.room = RoomRepository(database)
        self.proposals = ProposalRepository(database)
        self.team = TeamRepository(database)

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) the workspace file, migrating it if it is older."""
        from cybertrack.storage.connection import open_database

        return cls(open_database(path))

    @classmethod
    def open_reader(cls, path: Path) -> Store:
        """A second, read-only connection to a workspace another connection writes: for a
        worker thread (WAL lets it read while the window's connection writes)."""
        from cybertrack.storage.connection import open_reader

        return cls(open_reader(path))

    @classmethod
    def open_read_only(cls, path: Path) -> Store:
        from cybertrack.storage.connection import open_read_only

        return cls(open_read_only(path))

    def close(self) -> None:
        self.precedents.close()
        self.database.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; database errors come out as one-line WorkspaceErrors."""
        with storage_errors(), self.database.transaction():
            yield

    def version(self) -> tuple[int, int]:
        """Changes when anything is written to the file, by this connection or another one."""
        other = int(self.database.execute("PRAGMA data_version").fetchone()[0])
        return other, self.database.conn.total_changes

    def restore(self, images: Iterable[RowImage], now: str) -> None:
        """Write row images back (undo writes `before`, redo `after`), in the order given.

        Runs of team rows, ties and texts (a merge writes thousands) go in one statement per
        kind of write rather than one per row."""
        for kind, run in groupby(images, key=type):
            if kind is TeamRowImage:
                self.team.write_many([i for i in run if isinstance(i, TeamRowImage)])
            elif kind is TeamMapImage:
                self.team.write_maps([i for i in run if isinstance(i, TeamMapImage)])
            elif kind is TeamTextImage:
                self.team.write_texts([i for i in run if isinstance(i, TeamTextImage)])
            else:
                for image in run:
                    self._restore_one(image, now)

    def _restore_one(self, image: RowImage, now: str) -> None:
        match image:
            case PositionImage():
                self.positions.write(image, now)
            case HistoryMarks():
                self.positions.mark(image, now)
            case EventMarks():
                self.events.mark(image, now)
            case SettingImage():
                self.settings.write(image)
            case DocumentImage() | DocumentAbsent():
                self.documents.restore(image)
            case LinkImage():
                self.links.restore(image)
            case DelegationImage():
                self.delegations.restore(image)
            case DelegationStanceImage():
                self.delegations.restore_stance(image)
            case CitationsImage():
                self.citations.write(image)
            case RoomEntryImage():
                self.room.restore(image)
            case ProposalImage():
                self.proposals.restore(image, now)
            case SharedPositionImage():
                self.positions.write(image.position, now, shared_at=image.shared_at)
            case TeamMergeImage():
                self.team.write_merge(image)
            case TeamSourceImage():
                self.team.write_source(image)
            case _:
                raise TypeError(f"no way to restore {type(image).__name__}")

    # -- the file as a whole ------------------------------------------------------------------
    def integrity_problems(self, quick: bool = False) -> list[str]:
        from cybertrack.storage.health import integrity_problems

        return integrity_problems(self.database, quick=quick)

    def replace_with(self, backup: Path) -> None:
        """Replace the whole content of the workspace with the file `backup`, in one step."""
        from cybertrack.storage.backup_io import restore_into

        with storage_errors():
            restore_into(self.database, backup)
