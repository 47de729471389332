"""A delegation's team: per-author rows keyed by paragraph identity, and how they merge.

A row is what one author holds on one paragraph, for one kind of row ("position": stance,
note, amendment, public reason, priority). Rows never carry a local id, so they mean the same
in every workspace.

Merging (packs and the hub alike):
- the same author's newer change wins (`at`, then the values, so a tie still has one winner);
- different authors never overwrite each other: the author is part of the row's key;
- a row is applied only if it wins, so applying the same rows twice, or several packs in any
  order, ends in the same state.

Adding a kind of row (the negotiation day's room status, instructions...): one `RowKind` entry
in `ROW_KINDS` with its fields and how each value is read; packs, the hub and the merge carry
it unchanged. Only "position" is also mirrored into the local `positions` table for the local
author; a kind without a local table keeps the local author's rows in the team table.
"""

from __future__ import annotations

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
from cybertrack.domain.positions import Priority, Stance

Reader = Callable[[Any], Any]


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(Code.PACK_BAD_VALUE, value=repr(value)[:40])
    return value


_STANCES = frozenset(s.value for s in Stance)
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


@dataclass(frozen=True)
class RowKind:
    name: str
    # Field name -> how a value from a pack or the hub is read (BadValue if it cannot be).
    fields: Mapping[str, Reader]
    # Field values of "no position" (a cleared row, or one not written yet).
    empty: Mapping[str, Any] = field(default_factory=dict)

    def read(self, data: Any) -> dict[str, Any]:
        """The row's values, checked and completed with the empty value of missing fields."""
        if not isinstance(data, dict):
            raise BadValue(Code.PACK_BAD_VALUE, value=repr(data)[:40])
        values = dict(self.empty)
        for name, value in data.items():
            reader = self.fields.get(name)
            if reader is not None and value is not None:
                values[name] = reader(value)
        return values


POSITION = RowKind(
    "position",
    {
        "stance": _stance,
        "note": _text,
        "amendment": _text,
        "rationale": _text,
        "priority": _priority,
    },
    {"stance": None, "note": "", "amendment": "", "rationale": "", "priority": "normal"},
)

ROW_KINDS: dict[str, RowKind] = {kind.name: kind for kind in (POSITION,)}


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
        value = self.values.get("stance")
        return Stance(value) if value else None

    @property
    def empty(self) -> bool:
        """A row that holds nothing (a position cleared or removed)."""
        return self.values == ROW_KINDS[self.kind].empty if self.kind in ROW_KINDS else False

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


_POSITION_FIELDS = {"stance", "note", "amendment", "rationale", "priority"}


def position_json(
    stance: str | None, note: str, amendment: str, rationale: str, priority: str
) -> str:
    """A position's values exactly as `canonical` writes any values, spelled out: positions
    are most rows, and this is ten times faster than json.dumps."""
    q = encode_basestring
    return (
        f'{{"amendment":{q(amendment)},"note":{q(note)},"priority":{q(priority)},'
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
        return next((d for d in self.documents if d.key == key), None)


@dataclass(frozen=True)
class TeamEntry:
    """One author's position on one item, as the desk and `items --json` show it."""

    author: str
    stance: Stance | None
    note: str
    amendment: str
    at: str
    mine: bool = False


SAMPLE_SIZE = 24


def document_sample(paragraphs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The (number, text key) pairs with the smallest text keys (a bottom-k sketch)."""
    return tuple(sorted(set(paragraphs), key=lambda p: (p[1], p[0]))[:SAMPLE_SIZE])


def disagree(entries: list[TeamEntry]) -> bool:
    """The team disagrees when two authors hold different stances (undecided ones do not count)."""
    return len({e.stance for e in entries if e.stance is not None}) > 1
