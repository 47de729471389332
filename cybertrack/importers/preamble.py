"""A resolution's preambular paragraphs: unnumbered, each opened by a participle or adjective
("Recalling", "Noting also", "Deeply concerned") and closed by a comma, between "The General
Assembly," and operative paragraph 1. Delegations negotiate them too, as PP1, PP2, ..."""

from __future__ import annotations

import re

OPENER = re.compile(
    r"^(?:Also\s+|Further\s+|Deeply\s+|Gravely\s+|Strongly\s+)?"
    r"(?:Recalling|Noting|Reaffirming|Recognizing|Recognising|Concerned|Stressing|Taking|"
    r"Welcoming|Bearing|Mindful|Convinced|Emphasizing|Emphasising|Acknowledging|Expressing|"
    r"Aware|Guided|Underlining|Affirming|Conscious|Determined|Having|Alarmed|Considering|"
    r"Believing|Desiring|Encouraged|Appreciating|Observing|Reiterating|Seeking|Acknowledging|"
    r"Commending|Highlighting|Regretting|Cognizant|Committed|Persuaded|Reaffirming|Pursuant)\b"
)
_ADDRESSEE = re.compile(r"^The\s+[A-Z][\w\s-]{3,80},$")


def starts_preambular(line: str, previous: str) -> bool:
    """A line that opens a new preambular paragraph after one that closed with a comma."""
    return bool(OPENER.match(line)) and previous.rstrip().endswith((",", ";", ":"))


def preambular_paragraphs(front: list[str]) -> list[str]:
    """The preambular paragraphs among the blocks before operative paragraph 1.

    They follow the addressee line ("The General Assembly,"); a block starting in lower case
    continues the paragraph before it (cut by a page break); page furniture and footnotes,
    which open with neither, are left out.
    """
    paragraphs: list[str] = []
    started = False
    for text in front:
        if not started:
            started = bool(_ADDRESSEE.match(text)) or text.endswith("The General Assembly,")
            if not started:
                continue
            # The addressee may share its block with the first paragraph in text forms.
            text = text.split(",", 1)[1].strip() if _ADDRESSEE.match(text) is None else ""
            if not text:
                continue
        if OPENER.match(text):
            paragraphs.append(text)
        elif paragraphs and text[:1].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
    return paragraphs
