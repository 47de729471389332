"""Position packs from a workspace: the rows to send (one author's, or the whole team's), and
reading one for a preview before it is merged."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cybertrack.domain.errors import BadValue, CyberTrackError
from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.messages import Code
from cybertrack.domain.team import (
    POSITION,
    PROPOSALS,
    ROOM,
    ROW_KINDS,
    SAMPLE_SIZE,
    Pack,
    PackDocument,
    TeamRow,
    canonical,
    document_sample,
    team_time,
)
from cybertrack.services.commands.team import MergePack
from cybertrack.services.settings import AUTHOR
from cybertrack.services.team.merge import MergePlan, plan_merge
from cybertrack.services.team.pack_file import read_pack, write_pack
from cybertrack.storage import Store


@dataclass(frozen=True)
class PackPreview:
    """What merging a pack would do, and the command that does it."""

    pack: Pack
    plan: MergePlan
    command: MergePack


def local_author(store: Store) -> str:
    author = (store.settings.get(AUTHOR) or "").strip()
    if not author:
        raise CyberTrackError(Code.TEAM_NO_AUTHOR)
    return author


def own_rows(
    store: Store,
    author: str,
    since: str = "",
    texts: dict[ParagraphKey, str] | None = None,
    changed_after: int = -1,
) -> list[TeamRow]:
    """The local author's rows: their positions, room statuses and proposals (by paragraph
    identity) and their rows in the team table (paragraphs not found here, emptied positions,
    what another machine of theirs sent), changed after the team time `since` and the team
    clock `changed_after`. Of two rows on one paragraph the newer wins, or, for the kinds
    that unite (domain/team.py), the union of both. The texts of their paragraphs go into
    `texts` on the way (the pack carries them)."""
    best: dict[tuple[ParagraphKey, str, str], TeamRow] = {}
    positions = store.team.own_positions(since, changed_after)
    candidates = [TeamRow(p.key, POSITION.name, author, p.at, p.data) for p in positions]
    candidates += [r for r in store.team.rows_since(since, changed_after) if r.author == author]
    for row in candidates:
        if row.wins_over(best.get(row.identity)):
            best[row.identity] = row
    if texts is not None:
        texts.update((p.key, p.text) for p in positions)
    best.update(_united(store, author, since, changed_after, texts))
    return list(best.values())


def _united(
    store: Store,
    author: str,
    since: str,
    changed_after: int,
    texts: dict[ParagraphKey, str] | None,
) -> dict[tuple[ParagraphKey, str, str], TeamRow]:
    """The local author's room and proposals rows: what this machine recorded united with
    what their other machines sent (kept in the team table). Both sides are read whole (these
    tables are small) so that a paragraph selected by a change on one side is sent with the
    other side too: a row with only this machine's part could be older than the hub's."""
    mine = [r for r in store.team.rows_since("", -1) if r.author == author]
    changed = {r.identity for r in store.team.rows_since("", changed_after) if r.author == author}
    united: dict[tuple[ParagraphKey, str, str], TeamRow] = {}
    for kind, records in ((ROOM, store.team.own_room()), (PROPOSALS, store.team.own_proposals())):
        for record in records:
            row = TeamRow(record.key, kind.name, author, record.at, record.data)
            united[row.identity] = row
            if record.changed > changed_after:
                changed.add(row.identity)
            if texts is not None:
                texts.setdefault(record.key, record.text)
    for other in mine:
        union = ROW_KINDS[other.kind].union if other.kind in ROW_KINDS else None
        local = united.get(other.identity)
        if union is None or local is None:
            continue
        older, newer = (local, other) if other.wins_over(local) else (other, local)
        values = union(older.values, newer.values)
        united[other.identity] = TeamRow(
            other.key, other.kind, author, max(local.at, other.at), canonical(values)
        )
    return {ident: row for ident, row in united.items() if ident in changed and row.at > since}


def collect_rows(
    store: Store,
    author: str | None = None,
    everyone: bool = False,
    since: str = "",
    texts: dict[ParagraphKey, str] | None = None,
    changed_after: int = -1,
) -> list[TeamRow]:
    """The rows a pack or a hub push carries: the local author's (default), one named
    author's, or everyone's; changed after `since` if given, and written here after the team
    clock `changed_after` (a hub push: what was not sent yet)."""
    me = local_author(store)
    try:
        since = team_time(since) if since else ""
    except BadValue:
        raise CyberTrackError(Code.TEAM_BAD_TIME, value=since) from None
    rows = (
        own_rows(store, me, since, texts, changed_after) if everyone or author in (None, me) else []
    )
    if everyone or (author is not None and author != me):
        rows += [
            r
            for r in store.team.rows_since(since, changed_after)
            if r.author != me and (everyone or r.author == author)
        ]
    return sorted(rows, key=lambda r: (r.key, r.kind, r.author))


def build_pack(
    store: Store,
    rows: Iterable[TeamRow],
    made_by: str,
    made_at: str,
    texts: dict[ParagraphKey, str] | None = None,
) -> Pack:
    """A pack of `rows`, naming their documents and carrying each paragraph's text (those in
    `texts` are already known)."""
    rows = tuple(rows)
    keys = {r.key for r in rows}
    doc_keys = {k.document for k in keys}
    texts = {k: t for k, t in (texts or {}).items() if k in keys}
    for item in store.team.items_with_text_keys({k.text for k in keys if k not in texts}):
        key = ParagraphKey(item.doc_key, item.number, item.text_key)
        if key in keys:
            texts.setdefault(key, item.text)
    names = store.team.documents_of_fingerprints(doc_keys)
    known = store.team.texts()
    documents = []
    for doc_key in sorted(doc_keys):
        if doc_key in names:
            title, symbol = names[doc_key]
            sample = document_sample(store.team.sample(doc_key, SAMPLE_SIZE))
            documents.append(PackDocument(doc_key, title, symbol, sample))
        else:  # a document only packs told us about: its name as they gave it
            name = next((n for k, (n, _t) in known.items() if k.document == doc_key), "")
            documents.append(PackDocument(doc_key, name or doc_key[:8]))
    for key in keys - set(texts):
        if key in known:
            texts[key] = known[key][1]
    return Pack(made_by, made_at, tuple(documents), rows, texts)


def export_pack(
    store: Store,
    out: Path,
    now: str,
    *,
    author: str | None = None,
    everyone: bool = False,
    since: str = "",
    passphrase: str | None = None,
) -> tuple[int, int]:
    """Write a pack; returns (rows, bytes). An empty pack is still written (it says so)."""
    me = local_author(store)
    texts: dict[ParagraphKey, str] = {}
    rows = collect_rows(store, author, everyone, since, texts)
    size = write_pack(out, build_pack(store, rows, me, now, texts), passphrase)
    return len(rows), size


def preview_pack(store: Store, path: Path, now: str, passphrase: str | None = None) -> PackPreview:
    pack = read_pack(path, passphrase)
    source = path.name
    plan = plan_merge(store, pack, now, source)
    return PackPreview(pack, plan, MergePack(pack, source, plan=plan))
