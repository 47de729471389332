"""A delegation's team: per-author rows keyed by paragraph identity, and how they merge.

A row is what one author holds on one paragraph, for one kind of row: "position" (stance, note,
amendment, public reason, priority, and capital's instruction with its fallback and note),
"room" (the room's status as of moments, as this author recorded it) and "proposals" (other
delegations' proposals this author recorded, delegations by name). Rows never carry a local id,
so they mean the same in every workspace.

Merging (packs and the hub alike):
- the same author's newer change wins (`at`, then the values, so a tie still has one winner);
- different authors never overwrite each other: the author is part of the row's key;
- a row is applied only if it wins, so applying the same rows twice, or several packs in any
  order, ends in the same state.

Adding a kind of row: one `RowKind` entry in `ROW_KINDS` with its fields and how each value is
read; packs, the hub and the merge carry it unchanged. Only "position" is mirrored into the
local `positions` table for the local author. The local author's "room" and "proposals" rows
from another machine of theirs stay in the team table, and what they send next is the union of
those and what this machine recorded (`RowKind.union`): a timeline entry or a proposal is a
fact someone saw, and dropping one because another machine did not see it would lose work.

A field added to a kind after packs were first written is `optional`: a row from an older
pack does not carry it, and merging that row leaves the field as it was (it never clears it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from cybertrack.domain.errors import BadValue
from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.messages import Code
from cybertrack.domain.positions import Instruction, Priority, RoomStatus, Stance

Reader = Callable[[Any], Any]


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(Code.PACK_BAD_VALUE, value=repr(value)[:40])
    return value


_STANCES = frozenset(s.value for s in Stance)
_STANCE_OF: dict[Any, Stance] = {s.value: s for s in Stance}
_PRIORITIES = frozenset(p.value for p in Priority)


def _stance(value: Any) -> str | None:
    if value in _STANCES:  # as every workspace writes it: no parsing needed
        return str(value)
    stance = Stance.parse(_text(value)) if value is not None else None
    return stance.value if stance else None


def _priority(value: Any) -> str:
    if value in _PRIORITIES:
        return str(value)
    return (Priority.parse(_text(value)) or Priority.NORMAL).value


def _instruction(value: Any) -> str | None:
    found = Instruction.parse(_text(value))
    return found.value if found else None


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise BadValue(Code.PACK_BAD_VALUE, value=repr(value)[:40])
    return value


def _room_entries(value: Any) -> list[list[Any]]:
    """[[as of, status or None, note], ...], each checked, in one order (sorted, no repeats)."""
    entries = set()
    for entry in _list(value):
        as_of, status, note = _list(entry)
        found = RoomStatus.parse(_text(status)) if status is not None else None
        entries.add((team_time(as_of), found.value if found else None, _text(note)))
    return [list(e) for e in sorted(entries, key=lambda e: (e[0], e[1] or "", e[2]))]


def _names(value: Any) -> list[str]:
    return sorted({_text(name) for name in _list(value)})


def _proposals(value: Any) -> list[dict[str, Any]]:
    """Proposals as {by, text, made_at, withdrawn_at, new_paragraph, supported_by, opposed_by},
    each checked, one per (sponsor, time, new paragraph), in that order."""
    found: dict[tuple[str, str, bool], dict[str, Any]] = {}
    for entry in _list(value):
        if not isinstance(entry, dict):
            raise BadValue(Code.PACK_BAD_VALUE, value=repr(entry)[:40])
        withdrawn = entry.get("withdrawn_at")
        proposal = {
            "by": _text(entry["by"]),
            "text": _text(entry["text"]),
            "made_at": team_time(entry["made_at"]),
            "withdrawn_at": team_time(withdrawn) if withdrawn is not None else None,
            "new_paragraph": bool(entry.get("new_paragraph", False)),
            "supported_by": _names(entry.get("supported_by", [])),
            "opposed_by": _names(entry.get("opposed_by", [])),
        }
        found[proposal_key(proposal)] = proposal
    return [found[k] for k in sorted(found)]


def proposal_key(proposal: Mapping[str, Any]) -> tuple[str, str, bool]:
    """What a proposal is, wherever it was recorded: who made it, when, and whether it is a
    new paragraph (its text may be edited, it may be withdrawn)."""
    return (proposal["by"], proposal["made_at"], bool(proposal["new_paragraph"]))


Union = Callable[[Mapping[str, Any], Mapping[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class RowKind:
    name: str
    # Field name -> how a value from a pack or the hub is read (BadValue if it cannot be).
    fields: Mapping[str, Reader]
    # Field values of "no position" (a cleared row, or one not written yet).
    empty: Mapping[str, Any] = field(default_factory=dict)
    # Fields added after the first pack format, with their empty values: a row that does not
    # carry one leaves it as it was (older packs).
    optional: Mapping[str, Any] = field(default_factory=dict)
    # How the local author's rows from two machines combine (None: the newer one wins).
    union: Union | None = None
    # Values exactly as every workspace writes them need no reading (most rows of a pack).
    written: Callable[[dict[str, Any]], bool] | None = None

    @cached_property
    def blank(self) -> dict[str, Any]:
        """Every field's empty value, optional ones included."""
        return {**self.empty, **self.optional}

    def read(self, data: Any) -> dict[str, Any]:
        """The row's values, checked and completed with the empty value of missing fields
        (optional fields stay missing: the row does not carry them)."""
        if not isinstance(data, dict):
            raise BadValue(Code.PACK_BAD_VALUE, value=repr(data)[:40])
        if self.written is not None and self.written(data):
            return data
        values = dict(self.empty)
        for name, value in data.items():
            reader = self.fields.get(name)
            if reader is None:
                continue
            if value is not None:
                values[name] = reader(value)
            elif name in self.optional:
                values[name] = self.optional[name]
        return values

    def is_empty(self, values: Mapping[str, Any]) -> bool:
        blank = self.blank
        return all(blank.get(name) == value for name, value in values.items())


def _union_room(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    return {"entries": _room_entries([*old["entries"], *new["entries"]])}


def _union_proposals(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Every proposal of both; one both hold is taken from `new` (the newer row)."""
    return {"proposals": _proposals([*old["proposals"], *new["proposals"]])}


_INSTRUCTIONS = frozenset(i.value for i in Instruction) | {None}
_TEXTS = ("note", "amendment", "rationale", "fallback", "instruction_note")
_POSITION_KEYS = frozenset(("stance", "priority", "instruction", *_TEXTS))


def _position_written(data: dict[str, Any]) -> bool:
    """A position exactly as this version writes it: all eight fields, each already valid."""
    return (
        data.keys() == _POSITION_KEYS
        and (data["stance"] is None or data["stance"] in _STANCES)
        and data["priority"] in _PRIORITIES
        and data["instruction"] in _INSTRUCTIONS
        and type(data["note"]) is str
        and type(data["amendment"]) is str
        and type(data["rationale"]) is str
        and type(data["fallback"]) is str
        and type(data["instruction_note"]) is str
    )


POSITION = RowKind(
    "position",
    {
        "stance": _stance,
        "note": _text,
        "amendment": _text,
        "rationale": _text,
        "priority": _priority,
        "instruction": _instruction,
        "fallback": _text,
        "instruction_note": _text,
    },
    {"stance": None, "note": "", "amendment": "", "rationale": "", "priority": "normal"},
    optional={"instruction": None, "fallback": "", "instruction_note": ""},
    written=_position_written,
)
ROOM = RowKind("room", {"entries": _room_entries}, {"entries": []}, union=_union_room)
PROPOSALS = RowKind(
    "proposals", {"proposals": _proposals}, {"proposals": []}, union=_union_proposals
)

ROW_KINDS: dict[str, RowKind] = {kind.name: kind for kind in (POSITION, ROOM, PROPOSALS)}


def row_kind(name: str) -> RowKind:
    try:
        return ROW_KINDS[name]
    except KeyError:
        raise BadValue(Code.PACK_UNKNOWN_KIND, kind=name) from None


def team_time(value: Any) -> str:
    """A change time as every workspace writes it (UTC, ISO 8601, seconds)."""
    return _team_time(_text(value))


@lru_cache(maxsize=4096)  # rows of one pack share few times
def _team_time(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise BadValue(Code.PACK_BAD_VALUE, value=repr(value)[:40]) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class TeamRow:
    key: ParagraphKey
    kind: str
    author: str
    at: str  # when the author made this change (team_time)
    data: str  # the values as canonical JSON (sorted keys), so equal values compare equal

    @cached_property
    def values(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.data)
        return loaded

    @property
    def stance(self) -> Stance | None:
        return _STANCE_OF.get(self.values.get("stance"))

    @property
    def instruction(self) -> Instruction | None:
        value = self.values.get("instruction")
        return Instruction(value) if value else None

    @property
    def empty(self) -> bool:
        """A row that holds nothing (a position cleared or removed)."""
        kind = ROW_KINDS.get(self.kind)
        return kind.is_empty(self.values) if kind is not None else False

    @property
    def identity(self) -> tuple[ParagraphKey, str, str]:
        return (self.key, self.kind, self.author)

    def wins_over(self, current: TeamRow | None) -> bool:
        """Whether this row replaces `current` (the same author's row on the same paragraph)."""
        if current is None:
            return True
        return (self.at, self.data) > (current.at, current.data)


def canonical(values: Mapping[str, Any]) -> str:
    """Values as one JSON text: sorted keys, no spaces, so equal values are equal strings."""
    if values.keys() == _POSITION_FIELDS:
        return position_json(**values)
    return json.dumps(dict(values), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


_POSITION_FIELDS = set(POSITION.fields)


def position_json(
    stance: str | None,
    note: str,
    amendment: str,
    rationale: str,
    priority: str,
    instruction: str | None,
    fallback: str,
    instruction_note: str,
) -> str:
    """A position's values exactly as `canonical` writes any values, spelled out: positions
    are most rows, and this is ten times faster than json.dumps."""
    q = encode_basestring
    return (
        f'{{"amendment":{q(amendment)},"fallback":{q(fallback)},'
        f'"instruction":{q(instruction) if instruction else "null"},'
        f'"instruction_note":{q(instruction_note)},"note":{q(note)},"priority":{q(priority)},'
        f'"rationale":{q(rationale)},"stance":{q(stance) if stance else "null"}}}'
    )


def make_row(key: ParagraphKey, kind: str, author: str, at: str, data: Any) -> TeamRow:
    """A row read from outside (a pack, the hub): every value checked."""
    author = _text(author).strip()
    if not author:
        raise BadValue(Code.PACK_BAD_VALUE, value="author")
    values = row_kind(kind).read(data)
    row = TeamRow(key, kind, author, team_time(at), canonical(values))
    row.__dict__["values"] = values  # what `values` would parse again from `data`
    return row


@dataclass(frozen=True)
class PackDocument:
    """What a pack says about a document its rows are on (to name it and to find it here)."""

    key: str  # the document fingerprint
    title: str
    symbol: str | None = None
    # A few of its paragraphs as (number, text key): those with the smallest text keys, the
    # same few in every form of the document, so another form is recognised from one row.
    sample: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        return self.symbol or self.title


@dataclass(frozen=True)
class Pack:
    """Rows travelling between workspaces (a pack file, or what the hub sends)."""

    made_by: str
    made_at: str
    documents: tuple[PackDocument, ...]
    rows: tuple[TeamRow, ...]
    # The text of each paragraph the rows are on, so a paragraph missing here can be linked.
    texts: Mapping[ParagraphKey, str] = field(default_factory=dict)

    def document(self, key: str) -> PackDocument | None:
        return self._documents.get(key)

    @cached_property
    def _documents(self) -> dict[str, PackDocument]:
        return {d.key: d for d in reversed(self.documents)}  # the first of a key wins


@dataclass(frozen=True)
class TeamEntry:
    """One author's position on one item, as the desk and `items --json` show it."""

    author: str
    stance: Stance | None
    note: str
    amendment: str
    at: str
    mine: bool = False
    instruction: Instruction | None = None
    # The room's status as this author last recorded it (the latest "as of"), and when.
    room_status: RoomStatus | None = None
    room_as_of: str | None = None
    # Other delegations' proposals this author recorded, as {by, text, made_at, ...}.
    proposals: tuple[Mapping[str, Any], ...] = ()


SAMPLE_SIZE = 24


def document_sample(paragraphs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The (number, text key) pairs with the smallest text keys (a bottom-k sketch)."""
    return tuple(sorted(set(paragraphs), key=lambda p: (p[1], p[0]))[:SAMPLE_SIZE])


def paragraph_reference(key: ParagraphKey) -> str:
    """A short, stable name of a paragraph identity, for the command line (the same in every
    workspace, unlike a local id)."""
    text = "\x1f".join((key.document, key.number, key.text))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def disagree(entries: list[TeamEntry]) -> bool:
    """The team disagrees when two authors hold different stances (undecided ones do not count)."""
    return len({e.stance for e in entries if e.stance is not None}) > 1
