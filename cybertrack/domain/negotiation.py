"""The room and the other delegations: room status over time, proposals, an item's events.

Stored moments are UTC stamps (domain/times.py), so "as of" comparisons are comparisons of text.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from cybertrack.domain.positions import RoomStatus

LATIN_ORDINALS = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies")


def latin_ordinal(ordinal: int) -> str:
    """1 -> 'bis', 2 -> 'ter' ...: how a new paragraph after paragraph 5 is numbered."""
    if 1 <= ordinal <= len(LATIN_ORDINALS):
        return LATIN_ORDINALS[ordinal - 1]
    return f"bis {ordinal}"


def new_paragraph_label(label: str, number: str, ordinal: int) -> str:
    """The label of the `ordinal`-th new paragraph after the item labelled `label`:
    '(5)' -> '(5 bis)', '5.' -> '5 bis.', 'Article 3' -> 'Article 3 ter'."""
    suffix = f"{number} {latin_ordinal(ordinal)}"
    if number and number in label:
        head, _, tail = label.rpartition(number)
        return f"{head}{suffix}{tail}"
    return f"{label} {latin_ordinal(ordinal)}"


class RoomEntry(NamedTuple):
    """The room's status on an item from `as_of` on (None: no status, e.g. a cleared one).

    A named tuple rather than a frozen dataclass: a document's timeline holds tens of
    thousands of them, and a tuple is built five times faster."""

    id: int
    item_id: int
    status: RoomStatus | None
    as_of: str
    note: str = ""
    recorded_at: str = ""


@dataclass(frozen=True)
class RoomMove:
    """How an item's room status moved within a span: `path` runs from the status before it
    to the last one, consecutive repeats removed."""

    item_id: int
    path: tuple[RoomStatus | None, ...]
    last: RoomEntry

    @property
    def start(self) -> RoomStatus | None:
        return self.path[0]

    @property
    def end(self) -> RoomStatus | None:
        return self.path[-1]


class RoomTimeline:
    """Every recorded room status of some items, answering "as of T" from memory.

    Built once from the stored entries, a new "as of" time costs one binary search per item:
    the desk redraws the room as of any hour without asking the database again.
    """

    def __init__(self, entries: Iterable[RoomEntry]) -> None:
        # Grouped first, then each item's few entries sorted: far cheaper than one big sort.
        self._entries: dict[int, list[RoomEntry]] = {}
        for entry in entries:
            found = self._entries.get(entry.item_id)
            if found is None:
                self._entries[entry.item_id] = [entry]
            else:
                found.append(entry)
        key = attrgetter("as_of", "id")
        for found in self._entries.values():
            found.sort(key=key)
        self._times = {item: [e.as_of for e in found] for item, found in self._entries.items()}

    def __len__(self) -> int:
        return sum(len(found) for found in self._entries.values())

    def item_ids(self) -> set[int]:
        return set(self._entries)

    def entries(self, item_id: int) -> Sequence[RoomEntry]:
        return self._entries.get(item_id, ())

    def at(self, item_id: int, stamp: str) -> RoomEntry | None:
        """The entry in force at `stamp` (the latest at or before it)."""
        found = bisect_right(self._times.get(item_id, ()), stamp)
        return self._entries[item_id][found - 1] if found else None

    def before(self, item_id: int, stamp: str) -> RoomEntry | None:
        """The entry in force just before `stamp`."""
        found = bisect_left(self._times.get(item_id, ()), stamp)
        return self._entries[item_id][found - 1] if found else None

    def all_at(self, stamp: str) -> dict[int, RoomEntry]:
        """Item id -> the entry in force at `stamp`, for every item that had one by then."""
        found: dict[int, RoomEntry] = {}
        for item_id, times in self._times.items():
            index = bisect_right(times, stamp)
            if index:
                found[item_id] = self._entries[item_id][index - 1]
        return found

    def as_of(self, stamp: str) -> RoomAsOf:
        """The room at `stamp`, each item looked up when asked for (a screen shows a few
        dozen rows: a new time costs what is drawn, not the size of the document)."""
        return RoomAsOf(self, stamp)

    def moves(self, start: str, end: str) -> dict[int, RoomMove]:
        """Items whose status changed in [start, end), with the way it went."""
        moved: dict[int, RoomMove] = {}
        for item_id, times in self._times.items():
            first, last = bisect_left(times, start), bisect_left(times, end)
            if first == last:
                continue
            before = self._entries[item_id][first - 1].status if first else None
            path = [before]
            for entry in self._entries[item_id][first:last]:
                if entry.status != path[-1]:
                    path.append(entry.status)
            if len(path) > 1:
                moved[item_id] = RoomMove(item_id, tuple(path), self._entries[item_id][last - 1])
        return moved


class RoomAsOf(Mapping[int, RoomEntry]):
    """Item id -> the entry in force at one moment, computed on first use and kept."""

    def __init__(self, timeline: RoomTimeline, stamp: str) -> None:
        self._timeline = timeline
        self.stamp = stamp
        self._found: dict[int, RoomEntry | None] = {}

    def get_entry(self, item_id: int) -> RoomEntry | None:
        if item_id not in self._found:
            self._found[item_id] = self._timeline.at(item_id, self.stamp)
        return self._found[item_id]

    def __getitem__(self, item_id: int) -> RoomEntry:
        entry = self.get_entry(item_id)
        if entry is None:
            raise KeyError(item_id)
        return entry

    def __iter__(self) -> Iterator[int]:
        return iter(self._timeline.all_at(self.stamp))

    def __len__(self) -> int:
        return len(self._timeline.all_at(self.stamp))


@dataclass(frozen=True)
class Proposal:
    """Another delegation's proposed text for a paragraph, or for a new paragraph after it.

    `ordinal` numbers the new paragraphs proposed after one item (1 'bis', 2 'ter'); 0 for a
    proposal that rewrites the paragraph itself."""

    id: int
    item_id: int
    by: str
    by_id: int
    text: str
    made_at: str
    ordinal: int = 0
    supported_by: tuple[str, ...] = ()
    opposed_by: tuple[str, ...] = ()
    withdrawn_at: str | None = None

    @property
    def new_paragraph(self) -> bool:
        return self.ordinal > 0

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def active_at(self, stamp: str) -> bool:
        """Made by `stamp` and not withdrawn by then."""
        return self.made_at <= stamp and (self.withdrawn_at is None or self.withdrawn_at > stamp)

    def label(self, item_label: str, item_number: str) -> str:
        if not self.new_paragraph:
            return item_label
        return new_paragraph_label(item_label, item_number, self.ordinal)


def proposals_by_item(proposals: Iterable[Proposal]) -> dict[int, list[Proposal]]:
    found: dict[int, list[Proposal]] = {}
    for proposal in proposals:
        found.setdefault(proposal.item_id, []).append(proposal)
    return found


class EventKind(enum.StrEnum):
    """What an entry of an item's history records (the stored spelling)."""

    STANCE = "stance"
    ROOM = "room"
    INSTRUCTION = "instruction"
    FALLBACK = "fallback"
    INSTRUCTION_NOTE = "instruction_note"
    PROPOSAL_MADE = "proposal.made"
    PROPOSAL_EDITED = "proposal.edited"
    PROPOSAL_WITHDRAWN = "proposal.withdrawn"
    PROPOSAL_REINSTATED = "proposal.reinstated"
    PROPOSAL_REMOVED = "proposal.removed"


@dataclass(frozen=True)
class ItemEvent:
    """One change in an item's history: `old` and `new` are stored spellings (a stance, a room
    status, an instruction), or texts; for a proposal `new` names its sponsor and `detail` holds
    its text. For the room, `at` is the "as of" time and `detail` the room note."""

    at: str
    kind: EventKind
    old: str | None = None
    new: str | None = None
    detail: str = ""
    undone_at: str | None = None  # undone changes stay in the history, marked

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


def room_counts(statuses: Mapping[int, RoomStatus | None]) -> dict[RoomStatus | None, int]:
    """How many items stand at each status (None: no status yet)."""
    counts: dict[RoomStatus | None, int] = {status: 0 for status in (*RoomStatus, None)}
    for status in statuses.values():
        counts[status] += 1
    return counts


_SPACES = re.compile(r"\s+")


def clean_name(name: str) -> str:
    return _SPACES.sub(" ", name).strip()
