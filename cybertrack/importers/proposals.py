"""A compilation of proposals: under each paragraph, what delegations propose, each line opened
by who proposes it.

"Proposal by the Russian Federation: ...", "European Union and its member States: Delete the
paragraph.", "China: Replace ...", and in the other languages "Proposition de la Chine : ...",
"Propuesta de China: ...", "Предложение Китая: ...", "中国的提案：...", "اقتراح الصين: ...".
Read as unnumbered text they were reported as left out (half a compilation): each belongs to the
paragraph above it. A line named by an explicit word ("Proposal by") always counts; one opened
by a bare name and a colon counts where the document has several (a single "Brazil: ..." may be
anything), and never with a word a document uses for its own parts ("Note:", "Source:").
"""

from __future__ import annotations

import re

from cybertrack.importers.draft import Entry

_EXPLICIT = re.compile(
    r"^(?:(?:Proposals?|Proposed|Submitted|Amendments?)\s+(?:by|of|from)|Propositions?\s+d[eu]|"
    r"Amendements?\s+d[eu]|Propuestas?\s+de|Enmiendas?\s+de|Предложени[ея]|Поправк[аи]|"
    r"اقتراح|مقترح)\s[^:：\n]{2,100}[:：]\s*\S"
    r"|^[^:：\n]{1,40}(?:的提案|提议|的建议)[:：]\s*\S"
)
# A delegation's name: capitalised words, with the small words names have ("European Union and
# its member States", "Group of 77 and China" aside: no digits), then a colon.
_NAMED = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|of|the|its|member|on|behalf|"
    r"\([^()\d]{1,60}\)))*)\s*:\s+\S"
)
_NAME_LONGEST = 60
# Words documents name their own parts by, never a delegation.
_NOT_DELEGATIONS = frozenset(
    [
        "note",
        "notes",
        "source",
        "sources",
        "option",
        "options",
        "alternative",
        "title",
        "objective",
        "result",
        "component",
        "purpose",
        "scope",
        "definition",
        "definitions",
        "decision",
        "recommendation",
        "recommendations",
        "subprogramme",
        "table",
        "figure",
        "chapter",
        "article",
        "annex",
        "section",
        "part",
        "paragraph",
        "agenda",
        "item",
        "status",
        "date",
        "place",
        "venue",
        "distr",
        "original",
        "summary",
        "background",
        "context",
        "comment",
        "comments",
        "rationale",
        "explanation",
        "reason",
        "question",
        "answer",
        "response",
        "action",
        "subject",
        "theme",
        "topic",
        "mandate",
        "mandates",
        "outcome",
        "outcomes",
        "output",
        "outputs",
        "target",
        "targets",
        "indicator",
        "indicators",
        "baseline",
        "total",
        "performance",
        "measure",
    ]
)
# Bare names count where the document has at least so many.
_FEWEST_NAMED = 2


def attributed_lines(entries: list[Entry]) -> set[int]:
    """The indices of the entries that open with who proposes them."""
    explicit: set[int] = set()
    named: set[int] = set()
    for entry in entries:
        text = entry.text
        if entry.label is not None or (":" not in text[:110] and "：" not in text[:60]):
            continue
        if _EXPLICIT.match(text):
            explicit.add(entry.index)
        elif (found := _NAMED.match(text)) is not None and _delegation(found["name"]):
            named.add(entry.index)
    return explicit | (named if len(named) >= _FEWEST_NAMED else set())


def _delegation(name: str) -> bool:
    words = name.split()
    return len(name) <= _NAME_LONGEST and words[0].casefold() not in _NOT_DELEGATIONS
