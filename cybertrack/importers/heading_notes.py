"""A database's note under every heading: the Dutch treaty database prints "Treedt in werking
op een nader te bepalen tijdstip" ("enters into force at a date to be fixed") under each part,
article and title of a convention not yet in force. Read as text it was every article's
title ("Treedt in werking ...: For the purpose of this Convention ...") and a section under
every part. The same line under many headings is no heading's own title or text (titles
differ from one article to the next): it goes, as page furniture does.
"""

from __future__ import annotations

from collections import Counter

from cybertrack.importers.text_furniture import HEADING_MARK

_FEWEST = 3  # headings the same line stands under
_UNDER_HEADINGS = 0.8  # of its occurrences, at least this share right under a heading
_LONGEST = 100  # characters: a note, not a paragraph


def without_heading_notes(text: str) -> str:
    """`text` without a line that stands, the same, under many of its (markdown) headings."""
    if HEADING_MARK not in text:
        return text
    lines = text.split("\n")
    under: Counter[str] = Counter()
    previous = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        heading_above = previous.startswith(HEADING_MARK)
        if heading_above and not stripped.startswith(HEADING_MARK) and len(stripped) <= _LONGEST:
            under[stripped] += 1
        previous = stripped
    notes = {line for line, count in under.items() if count >= _FEWEST}
    if not notes:
        return text
    everywhere = Counter(s for line in lines if (s := line.strip()) in notes)
    notes = {n for n in notes if under[n] >= _UNDER_HEADINGS * everywhere[n]}
    if not notes:
        return text
    return "\n".join(line for line in lines if line.strip() not in notes)
