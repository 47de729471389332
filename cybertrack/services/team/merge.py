"""What merging a pack (or a hub's rows) would change: computed, never written, here.

The preview shows this plan; the merge command computes it again inside its transaction and
writes exactly its row images, so what was previewed is what is applied (and one undo step).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.model import RowImage
from cybertrack.domain.positions import Instruction, Priority, Stance
from cybertrack.domain.team import (
    POSITION,
    ROW_KINDS,
    Pack,
    TeamEntry,
    TeamRow,
    canonical,
    disagree,
)
from cybertrack.services.settings import AUTHOR
from cybertrack.services.team.resolve import Candidate, Resolution, resolve
from cybertrack.storage import Store
from cybertrack.storage.images import (
    PositionImage,
    SharedPositionImage,
    TeamMapImage,
    TeamMergeImage,
    TeamRowImage,
    TeamSourceImage,
    TeamTextImage,
)


@dataclass(frozen=True)
class RowChange:
    """One author's row that the merge adds or changes (values before and after)."""

    author: str
    where: str  # "A/80/604/Add.3 19" (the document as the pack names it, and the number)
    item_ids: tuple[int, ...]
    old: dict[str, Any] | None
    new: dict[str, Any]
    mine: bool = False  # the local author's own row (from another machine of theirs)
    kind: str = POSITION.name

    def fields(self) -> list[tuple[str, Any, Any]]:
        """(field, old, new) for each value that differs."""
        kind = ROW_KINDS.get(self.kind, POSITION)
        old, new = self.old or kind.blank, self.new
        found = [(k, old.get(k), new[k]) for k in kind.fields if k in new and old.get(k) != new[k]]
        extra = sorted(k for k in new if k not in kind.fields and old.get(k) != new[k])
        return found + [(k, old.get(k), new[k]) for k in extra]


@dataclass(frozen=True)
class Disagreement:
    item_id: int
    label: str
    entries: tuple[TeamEntry, ...]


@dataclass(frozen=True)
class Unresolved:
    row: TeamRow
    where: str
    candidates: tuple[Candidate, ...]


@dataclass
class MergePlan:
    changes: list[RowChange] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    before: list[RowImage] = field(default_factory=list)
    after: list[RowImage] = field(default_factory=list)
    item_ids: set[int] = field(default_factory=set)
    rows: int = 0  # rows in the pack
    # The workspace's state the plan was made on: the merge reuses the plan while it holds.
    version: tuple[int, int] = (0, 0)

    @property
    def empty(self) -> bool:
        return not self.after


def _where(names: dict[int, str], pack: Pack, key: ParagraphKey, res: Resolution) -> str:
    """The paragraph as the reader knows it: their own document's name if it is here."""
    items = res.resolved(key)
    local = res.local.get(items[0]) if items else None
    if local is not None and local.document_id in names:
        return f"{names[local.document_id]} {key.number}"
    document = pack.document(key.document)
    return f"{document.name if document else key.document[:8]} {key.number}"


def _winners(rows: Iterable[TeamRow]) -> list[TeamRow]:
    """One row per author and paragraph: the one that wins (a pack may hold both)."""
    best: dict[tuple[ParagraphKey, str, str], TeamRow] = {}
    for row in rows:
        if row.wins_over(best.get(row.identity)):
            best[row.identity] = row
    return sorted(best.values(), key=lambda r: (r.key, r.kind, r.author))


def _position_values(image: PositionImage) -> dict[str, Any]:
    return {
        "stance": image.stance.value if image.stance else None,
        "note": image.note,
        "amendment": image.amendment,
        "rationale": image.rationale,
        "priority": image.priority.value,
        "instruction": image.instruction.value if image.instruction else None,
        "fallback": image.fallback,
        "instruction_note": image.instruction_note,
    }


def position_image(base: PositionImage, values: dict[str, Any], at: str) -> PositionImage:
    """`base` (the item's position row as it is) with a team row's values: what the row does
    not carry (a recheck mark; capital's instruction in a pack of the first format) stays as
    it was."""
    instruction = values.get("instruction", base.instruction)
    return replace(
        base,
        stance=Stance(values["stance"]) if values.get("stance") else None,
        note=values.get("note", ""),
        amendment=values.get("amendment", ""),
        rationale=values.get("rationale", ""),
        priority=Priority(values.get("priority") or "normal"),
        instruction=Instruction(instruction) if instruction else None,
        fallback=values.get("fallback", base.fallback),
        instruction_note=values.get("instruction_note", base.instruction_note),
        exists=True,
        updated_at=at,
    )


def plan_merge(
    store: Store, pack: Pack, now: str, source: str, mark: str | None = None
) -> MergePlan:
    me = store.settings.get(AUTHOR)
    rows = _winners(pack.rows)
    plan = MergePlan(rows=len(pack.rows), version=store.version())
    samples = {d.key: d.sample for d in pack.documents}
    res = resolve(store, {r.key for r in rows}, pack.texts, samples)
    merge_id = store.team.next_merge_id()
    images = store.team.images_of_documents({r.key.document for r in rows})
    current = {
        ident: TeamRow(ident[0], image.kind, image.author, image.at or "", image.data)
        for ident, image in images.items()
    }
    own_items = [i for r in rows if r.author == me for i in res.resolved(r.key)]
    positions = _positions(store, own_items)
    shared = store.team.shared_times(own_items)
    planned: dict[tuple[ParagraphKey, str, str], TeamRow] = {}
    names = store.team.document_names()

    for row in rows:
        items = res.resolved(row.key)
        where = _where(names, pack, row.key, res)
        if row.author == me and row.kind == POSITION.name and items:
            _merge_own(plan, row, items, positions, shared, where, images)
            continue
        old = current.get(row.identity)
        if not row.wins_over(old):
            continue
        plan.before.append(images.get(row.identity) or TeamRowImage(*_ident(row)))
        plan.after.append(TeamRowImage(*_ident(row), at=row.at, data=row.data, merge_id=merge_id))
        planned[row.identity] = row
        plan.item_ids.update(items)
        if old is None or old.values != row.values:
            plan.changes.append(
                RowChange(
                    row.author,
                    where,
                    tuple(items),
                    old.values if old else None,
                    row.values,
                    mine=row.author == me,
                    kind=row.kind,
                )
            )
        if not items:
            plan.unresolved.append(Unresolved(row, where, tuple(res.candidates.get(row.key, ()))))
    _ties_and_texts(store, plan, pack, res, {r.key for r in rows})
    if not plan.empty:
        changes = [
            {"author": c.author, "where": c.where, "fields": c.fields()} for c in plan.changes
        ]
        plan.before.append(TeamMergeImage(merge_id))
        plan.after.append(TeamMergeImage(merge_id, now, source, json.dumps(changes)))
    if mark is not None:
        before = store.team.source_image(source)
        if before.mark != mark:
            plan.before.append(before)
            plan.after.append(TeamSourceImage(source, mark))
    plan.disagreements = _disagreements(store, plan, me, planned, res)
    return plan


def _positions(store: Store, item_ids: list[int]) -> dict[int, PositionImage]:
    """The local positions of `item_ids`, read in chunks (SQLite limits a query's parameters)."""
    found: dict[int, PositionImage] = {}
    for start in range(0, len(item_ids), 900):
        found.update((p.item_id, p) for p in store.positions.images(item_ids[start : start + 900]))
    return found


def _ident(row: TeamRow) -> tuple[str, str, str, str, str]:
    return (row.key.document, row.key.number, row.key.text, row.kind, row.author)


def _merge_own(
    plan: MergePlan,
    row: TeamRow,
    items: list[int],
    positions: dict[int, PositionImage],
    shared: dict[int, str],
    where: str,
    images: dict[tuple[ParagraphKey, str, str], TeamRowImage],
) -> None:
    """The local author's own row (made on another machine): into `positions` if newer."""
    for item_id in items:
        image = positions[item_id]
        # Compared on what the row carries (a pack of the first format has no instruction).
        values = {k: v for k, v in _position_values(image).items() if k in row.values}
        mine = TeamRow(row.key, row.kind, row.author, shared.get(item_id, ""), canonical(values))
        if image.exists and not row.wins_over(mine):
            continue
        plan.before.append(SharedPositionImage(image, shared.get(item_id, "")))
        # The tombstone an undo may leave in the team table comes back exactly too.
        team_row = images.get(row.identity) or TeamRowImage(*_ident(row))
        plan.before.append(team_row)
        plan.after.append(SharedPositionImage(position_image(image, row.values, row.at), row.at))
        plan.after.append(team_row)
        plan.item_ids.add(item_id)
        if not image.exists or values != row.values:
            plan.changes.append(
                RowChange(
                    row.author,
                    where,
                    (item_id,),
                    values if image.exists else None,
                    row.values,
                    mine=True,
                )
            )


def _ties_and_texts(
    store: Store, plan: MergePlan, pack: Pack, res: Resolution, keys: set[ParagraphKey]
) -> None:
    """Remember identities found by number and text (so the desk finds them without the
    pack), and the text of paragraphs found nowhere (so they can be linked later)."""
    if not plan.after:
        return
    ties = store.team.map_images()  # read once: a pack from another form ties every row
    known = store.team.text_images()

    def tie_of(key: ParagraphKey, item_id: int) -> TeamMapImage:
        return ties.get((key, item_id)) or TeamMapImage(*key, item_id)

    for key in sorted(keys):
        if res.how.get(key) == "number-and-text":
            for item_id in res.resolved(key):
                tie = tie_of(key, item_id)
                if tie.how is None:
                    plan.before.append(tie)
                    plan.after.append(replace(tie, how="number-and-text"))
        elif key not in res.items:
            for candidate in res.candidates.get(key, [])[:3]:  # offered again in View > Team
                tie = tie_of(key, candidate.item_id)
                if tie.how is None:
                    plan.before.append(tie)
                    plan.after.append(replace(tie, how="candidate", score=candidate.score))
            if key not in pack.texts:
                continue
            image = known.get(key) or TeamTextImage(*key)
            if image.text is None:
                document = pack.document(key.document)
                plan.before.append(image)
                plan.after.append(
                    replace(image, document=document.name if document else "", text=pack.texts[key])
                )


def _disagreements(
    store: Store,
    plan: MergePlan,
    me: str | None,
    planned: dict[tuple[ParagraphKey, str, str], TeamRow],
    res: Resolution,
) -> list[Disagreement]:
    """Items the merge touches where, after it, two authors hold different stances."""
    if not plan.item_ids:
        return []
    ids = sorted(plan.item_ids)
    by_item: dict[int, dict[str, TeamRow]] = defaultdict(dict)
    for item_id, row in store.team.rows_on_items(ids):
        if row.kind == POSITION.name and row.author != me:
            by_item[item_id][row.author] = row
    for row in planned.values():
        if row.kind == POSITION.name and row.author != me:
            for item_id in res.resolved(row.key):
                by_item[item_id][row.author] = row
    # Stances first (cheap): full entries only for items where two of them differ.
    stances: dict[int, set[Stance]] = defaultdict(set)
    for item_id, authors in by_item.items():
        stances[item_id].update(r.stance for r in authors.values() if r.stance is not None)
    own_stance = store.positions.stances(ids)
    merged = {
        image.position.item_id: image.position
        for image in plan.after
        if isinstance(image, SharedPositionImage)
    }
    own_stance.update({item_id: p.stance if p.exists else None for item_id, p in merged.items()})
    split = [
        i for i in ids if len(stances[i] | ({own_stance[i]} if own_stance.get(i) else set())) > 1
    ]
    mine = _positions(store, split) | {i: p for i, p in merged.items() if i in split}
    found = []
    for item_id in split:
        entries = [
            TeamEntry(
                r.author, r.stance, r.values.get("note", ""), r.values.get("amendment", ""), r.at
            )
            for r in sorted(by_item[item_id].values(), key=lambda r: r.author)
        ]
        own = mine.get(item_id)
        if own is not None and own.exists:
            entries.insert(
                0, TeamEntry(me or "", own.stance, own.note, own.amendment, own.updated_at, True)
            )
        if disagree(entries):
            local = res.local.get(item_id)
            label = f"{local.document_id}:{local.number}" if local else str(item_id)
            found.append(Disagreement(item_id, label, tuple(entries)))
    return found
