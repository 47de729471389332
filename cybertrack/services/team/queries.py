"""The team as the desk, the CLI and the team view read it: every author's position beside the
local author's, where the team disagrees, rows that match no paragraph here, and who changed
what in the last merges."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cybertrack.domain.errors import NotFound
from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.messages import Code
from cybertrack.domain.model import ItemRow
from cybertrack.domain.positions import RoomStatus
from cybertrack.domain.team import (
    POSITION,
    PROPOSALS,
    ROOM,
    Pack,
    TeamEntry,
    TeamRow,
    disagree,
    paragraph_reference,
)
from cybertrack.services.settings import AUTHOR
from cybertrack.services.team.merge import MergePlan, Unresolved, plan_merge
from cybertrack.services.team.packs import PackPreview, export_pack, preview_pack
from cybertrack.services.team.resolve import resolve
from cybertrack.storage import Store

if TYPE_CHECKING:
    from cybertrack.services.team.hub import Pulled


@dataclass(frozen=True)
class MergeRecord:
    """One merge: when, from where, and each author's changes in it."""

    merge_id: int
    at: str
    source: str
    changes: tuple[dict[str, Any], ...]  # {"author", "where", "fields": [[field, old, new]]}


class TeamQueries:
    def __init__(self, store: Store, now: Callable[[], str]) -> None:
        self._store = store
        self._now = now

    @property
    def author(self) -> str:
        return (self._store.settings.get(AUTHOR) or "").strip()

    # -- the desk -------------------------------------------------------------------------------
    def entries(self, items: Sequence[ItemRow]) -> dict[int, list[TeamEntry]]:
        """Item id -> the local author's entry (if they hold a position) then colleagues'."""
        me = self.author
        found: dict[int, list[TeamEntry]] = {}
        colleagues = _colleagues(self._store.team.rows_on_items([i.id for i in items]), me)
        for item in items:
            entries = list(colleagues.get(item.id, []))
            if item.stance is not None or item.note or item.amendment:
                mine = TeamEntry(
                    me,
                    item.stance,
                    item.note,
                    item.amendment,
                    item.updated_at or "",
                    True,
                    item.instruction,
                    item.room_status,
                    item.room_as_of,
                )
                entries.insert(0, mine)
            if entries:
                found[item.id] = entries
        return found

    def disagreements(self, document_id: int, items: Sequence[ItemRow]) -> set[int]:
        """Ids of the document's items where two authors hold different stances."""
        me = self.author
        colleagues = _colleagues(self._store.team.rows_on_document(document_id), me)
        found = set()
        for item in items:
            others = colleagues.get(item.id)
            if not others:
                continue
            stance = [TeamEntry(me, item.stance, "", "", "", True)] if item.stance else []
            if disagree(stance + others):
                found.add(item.id)
        return found

    # -- rows that match no paragraph here --------------------------------------------------------
    def unresolved(self) -> list[Unresolved]:
        rows = [r for r in self._store.team.rows() if not r.empty]
        texts = self._store.team.texts()
        res = resolve(self._store, {r.key for r in rows}, {k: t for k, (_d, t) in texts.items()})
        return [
            Unresolved(
                row,
                f"{texts[row.key][0] if row.key in texts else row.key.document[:8]} "
                f"{row.key.number}",
                tuple(res.candidates.get(row.key, ())),
            )
            for row in sorted(rows, key=lambda r: (r.key, r.author))
            if not res.resolved(row.key)
        ]

    def unresolved_key(self, reference: str) -> ParagraphKey:
        """The paragraph identity an unresolved row's reference (domain.team.paragraph_reference)
        names; NotFound if no row waiting for a link has it."""
        wanted = reference.strip().lower()
        for lost in self.unresolved():
            if paragraph_reference(lost.row.key) == wanted:
                return lost.row.key
        raise NotFound(Code.TEAM_NO_UNRESOLVED, row=reference)

    def paragraph_text(self, row: TeamRow) -> str:
        found = self._store.team.texts().get(row.key)
        return found[1] if found else ""

    # -- merges ---------------------------------------------------------------------------------
    def merges(self, limit: int = 20) -> list[MergeRecord]:
        return [
            MergeRecord(m.merge_id, m.at or "", m.source, tuple(json.loads(m.changes)))
            for m in self._store.team.merges(limit)
        ]

    # -- packs ----------------------------------------------------------------------------------
    def export_pack(
        self,
        out: Path,
        *,
        author: str | None = None,
        everyone: bool = False,
        since: str = "",
        passphrase: str | None = None,
    ) -> tuple[int, int]:
        return export_pack(
            self._store,
            out,
            self._now(),
            author=author,
            everyone=everyone,
            since=since,
            passphrase=passphrase,
        )

    def preview_pack(self, path: Path, passphrase: str | None = None) -> PackPreview:
        return preview_pack(self._store, path, self._now(), passphrase)

    def plan(self, pack: Pack, source: str) -> MergePlan:
        """What merging `pack` would change (nothing is written)."""
        return plan_merge(self._store, pack, self._now(), source)

    # -- the hub --------------------------------------------------------------------------------
    def hub_push(self, url: str) -> int:
        from cybertrack.services.team.hub import push

        return push(self._store, url, self._now())

    def hub_pull(self, url: str) -> Pulled:
        """What the hub has new for us; apply `command` (if any) with Workspace.apply."""
        from cybertrack.services.team.hub import pull

        return pull(self._store, url, self._now())


def _colleagues(pairs: list[tuple[int, TeamRow]], me: str) -> dict[int, list[TeamEntry]]:
    """Item id -> each colleague's entry: their position, the room's status as they last
    recorded it and the proposals they recorded (each from its own kind of row)."""
    by_item: dict[int, dict[str, dict[str, TeamRow]]] = defaultdict(lambda: defaultdict(dict))
    for item_id, row in pairs:
        if row.author != me and not row.empty:
            by_item[item_id][row.author][row.kind] = row
    return {
        item_id: [_entry(author, kinds) for author, kinds in sorted(authors.items())]
        for item_id, authors in by_item.items()
    }


def _entry(author: str, kinds: dict[str, TeamRow]) -> TeamEntry:
    position, room, proposals = (kinds.get(k.name) for k in (POSITION, ROOM, PROPOSALS))
    entries = room.values["entries"] if room else []
    latest = max(entries, key=lambda e: (e[0], e[1] or "", e[2]), default=None)
    return TeamEntry(
        author,
        position.stance if position else None,
        position.values.get("note", "") if position else "",
        position.values.get("amendment", "") if position else "",
        max(r.at for r in kinds.values()),
        instruction=position.instruction if position else None,
        room_status=RoomStatus(latest[1]) if latest and latest[1] else None,
        room_as_of=latest[0] if latest else None,
        proposals=tuple(proposals.values["proposals"]) if proposals else (),
    )
