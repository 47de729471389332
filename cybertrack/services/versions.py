"""Which documents are versions of one text, and which version is the latest.

Documents are versions of one text when they carry the same symbol (a "/Rev.N" or "/Corr.N"
suffix aside: A/AC.291/L.4/Rev.1 revises A/AC.291/L.4), or when most items of one are linked to
the other
(a revised draft under a new symbol, linked by a comparison). The latest is the one with the
latest date, then the one imported last. An export takes the latest version of each text unless
told otherwise, never a merge of two versions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cybertrack.domain.model import DocumentRow, kind_and_subject
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


_WORD = re.compile(r"[^\W\d_]{4,}")


def same_language(row: DocumentRow, other: DocumentRow) -> bool:
    """Whether two documents of one symbol may be versions of one text: their titles'
    subjects share a word, or one says nothing to tell (a bare symbol). The Declaration's
    Arabic, Chinese and Russian copies (A/RES/217, titled each in its language) are no
    revisions of the English one."""
    words, others = _subject_words(row), _subject_words(other)
    return not words or not others or bool(words & others)


def _subject_words(row: DocumentRow) -> set[str]:
    split = kind_and_subject(row.title, row.kind)  # "Resolution: " is the import's word
    subject = split[1] if split is not None else row.title
    return {word.casefold() for word in _WORD.findall(subject)}


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

    by_symbol: dict[str, list[DocumentRow]] = {}
    for row in rows:
        family = symbol_family(row.symbol)
        if family is None:
            continue
        kin = by_symbol.setdefault(family, [])
        same_text = next((other for other in kin if same_language(other, row)), None)
        if same_text is not None:
            join(row.id, same_text.id)
        kin.append(row)
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
