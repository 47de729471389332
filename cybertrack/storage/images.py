"""Row images: one frozen dataclass per kind of row a command changes.

A command's handler reads the images of the rows it is about to change (`before`), writes, and
reads them again (`after`). Undo writes `before` back and redo writes `after`, through
`Store.restore`, so rows return exactly as they were, ids included.

Adding a kind of row: a dataclass here, a repository method that reads it and one that writes
it back, and a case in `Store.restore` (tests/unit/test_handlers.py checks every image kind is
handled there).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from cybertrack.domain.comparison import LinkState
from cybertrack.domain.model import RowImage
from cybertrack.domain.positions import Field, Instruction, Priority, RoomStatus, Stance


@dataclass(frozen=True)
class PositionImage(RowImage):
    """One item's position row; `exists` False means there is no row."""

    item_id: int
    stance: Stance | None = None
    note: str = ""
    amendment: str = ""
    rationale: str = ""
    priority: Priority = Priority.NORMAL
    exists: bool = False
    updated_at: str = ""  # when the row was last written ("" for a row not yet written)
    recheck: bool = False  # carried onto a changed text, to be looked at again
    instruction: Instruction | None = None  # capital's instruction
    fallback: str = ""
    instruction_note: str = ""

    def text(self, field: Field) -> str:
        return str(getattr(self, field.value))

    def with_text(self, field: Field, text: str) -> PositionImage:
        """The image with one free text replaced (each Field is an attribute of that name)."""
        changes: dict[str, Any] = {field.value: text}
        return replace(self, **changes)


@dataclass(frozen=True)
class HistoryMarks(RowImage):
    """The stance-history rows a command recorded, as undone or standing.

    Undo never writes a new decision into the audit trail: it marks the command's own rows
    undone (`before`), and redo clears the mark (`after`).
    """

    history_ids: tuple[int, ...]
    undone: bool


@dataclass(frozen=True)
class SettingImage(RowImage):
    key: str
    value: str | None  # None: the setting is not set


@dataclass(frozen=True)
class DocumentImage(RowImage):
    """Every row of one document (sections, items, positions...), to put it back whole."""

    document_id: int
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


@dataclass(frozen=True)
class DocumentAbsent(RowImage):
    """The document is not there (before its import, after its removal)."""

    document_id: int


@dataclass(frozen=True)
class LinkImage(RowImage):
    """The link between two items; `state` None means there is no link row."""

    from_item_id: int
    to_item_id: int
    state: LinkState | None = None
    score: float = 0.0
    id: int | None = None
    created_at: str = ""


@dataclass(frozen=True)
class DelegationImage(RowImage):
    """One delegation; `name` None means the row is absent."""

    delegation_id: int
    name: str | None = None
    is_group: bool = False


@dataclass(frozen=True)
class DelegationStanceImage(RowImage):
    """Another delegation's stance on one item; `stance` None means no row."""

    delegation_id: int
    item_id: int
    stance: Stance | None = None
    source: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class CitationsImage(RowImage):
    """The paragraphs one item cites as agreed language, in order (empty: none)."""

    item_id: int
    cited: tuple[int, ...] = ()


@dataclass(frozen=True)
class EventMarks(RowImage):
    """The item events a command recorded (instructions, proposals), as undone or standing:
    like HistoryMarks, undo marks them and redo clears the mark."""

    event_ids: tuple[int, ...]
    undone: bool


@dataclass(frozen=True)
class RoomEntryImage(RowImage):
    """One recorded room status; `exists` False means there is no such entry."""

    entry_id: int
    item_id: int = 0
    status: RoomStatus | None = None
    as_of: str = ""
    note: str = ""
    recorded_at: str = ""
    exists: bool = False


@dataclass(frozen=True)
class ProposalImage(RowImage):
    """One proposal with its supporters and opponents (delegation ids, in the order given);
    `exists` False means there is no such proposal."""

    proposal_id: int
    item_id: int = 0
    new_paragraph: bool = False
    delegation_id: int = 0
    text: str = ""
    made_at: str = ""
    withdrawn_at: str | None = None
    updated_at: str = ""
    supporters: tuple[int, ...] = ()
    opponents: tuple[int, ...] = ()
    exists: bool = False


@dataclass(frozen=True)
class SharedPositionImage(RowImage):
    """The local author's position with its team time: what a merge writes (undo restores the
    time exactly, where undoing an edit stamps a new one)."""

    position: PositionImage
    shared_at: str


@dataclass(frozen=True)
class TeamRowImage(RowImage):
    """One author's row on one paragraph; `at` None means no row."""

    doc_key: str
    number: str
    text_key: str
    kind: str
    author: str
    at: str | None = None
    data: str = "{}"
    merge_id: int | None = None


@dataclass(frozen=True)
class TeamMapImage(RowImage):
    """A paragraph identity tied to a local item; `how` None means no tie."""

    doc_key: str
    number: str
    text_key: str
    item_id: int
    how: str | None = None
    score: float = 1.0


@dataclass(frozen=True)
class TeamTextImage(RowImage):
    """The text a pack gave for a paragraph; `text` None means none kept."""

    doc_key: str
    number: str
    text_key: str
    document: str = ""
    text: str | None = None


@dataclass(frozen=True)
class TeamMergeImage(RowImage):
    """One merge in the log; `at` None means the entry is absent."""

    merge_id: int
    at: str | None = None
    source: str = ""
    changes: str = "[]"


@dataclass(frozen=True)
class TeamSourceImage(RowImage):
    """How far a hub has been read; `mark` None means never."""

    source: str
    mark: str | None = None
