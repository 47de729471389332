"""Which documents are versions of one text, and which version is the latest.

Documents are versions of one text when they carry the same symbol (a "/Rev.N" or "/Corr.N"
suffix aside: A/AC.291/L.4/Rev.1 revises A/AC.291/L.4), or when most items of one are linked to
the other
(a revised draft under a new symbol, linked by a comparison). The latest is the one with the
latest date, then the one imported last. An export takes the latest version of each text unless
told otherwise, never a merge of two versions.
"""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.model import DocumentRow
from cybertrack.services.version_detection import symbol_stem
from cybertrack.services.workspace import Workspace

# Share of the smaller document's items that must be linked for two documents to be versions.
LINKED_SHARE = 0.5


@dataclass(frozen=True)
class Version:
    document: DocumentRow
    latest: DocumentRow  # the latest version of the same text (the document itself if latest)
    count: int  # how many versions the text has

    @property
    def is_latest(self) -> bool:
        return self.latest.id == self.document.id


def symbol_family(symbol: str | None) -> str | None:
    if not symbol:
        return None
    return symbol_stem("".join(symbol.split())).casefold()


def _recency(row: DocumentRow) -> tuple[str, int]:
    return (row.doc_date or row.start_date or "", row.id)


def versions(workspace: Workspace) -> dict[int, Version]:
    """Every document's place among the versions of its text, by document id."""
    rows = workspace.documents()
    parent = {row.id: row.id for row in rows}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def join(a: int, b: int) -> None:
        parent[root(a)] = root(b)

    by_symbol: dict[str, int] = {}
    for row in rows:
        family = symbol_family(row.symbol)
        if family is not None:
            if family in by_symbol:
                join(row.id, by_symbol[family])
            by_symbol.setdefault(family, row.id)
    sizes = {row.id: row.item_count for row in rows}
    for older, newer, linked in workspace.comparison.linked_documents():
        if older in parent and newer in parent:
            smaller = min(sizes[older], sizes[newer])
            if smaller and linked >= LINKED_SHARE * smaller:
                join(older, newer)
    families: dict[int, list[DocumentRow]] = {}
    for row in rows:
        families.setdefault(root(row.id), []).append(row)
    result = {}
    for members in families.values():
        latest = max(members, key=_recency)
        for row in members:
            result[row.id] = Version(row, latest, len(members))
    return result


def latest_versions(workspace: Workspace) -> list[DocumentRow]:
    """The latest version of each text, in the workspace's document order."""
    return [v.document for v in versions(workspace).values() if v.is_latest]
