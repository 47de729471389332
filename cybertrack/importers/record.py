"""A meeting record: each speaker's turn is an item, and the delegations that spoke are the
document's participants.

A verbatim record numbers no paragraph. Read as a text without numbers, its every paragraph
was an item and nobody spoke; read as a delegate reads it, a turn opens with its speaker
("Mr. Kuzmin (Russian Federation) (spoke in Russian):", importers/speakers.py) and runs over
the paragraphs that follow, up to the next speaker or heading ("Agenda item 112 (continued)").
The item keeps the speaker as printed, so the table and a search show who said it. What stands
before the first turn is the cover (the meeting, who presides, the agenda item); a paragraph
between a heading and the next turn is reported as left out.
"""

from __future__ import annotations

import re

from cybertrack.domain.model import ParsedDocument, Participant
from cybertrack.importers.blocks import BlockRole
from cybertrack.importers.draft import Draft, Entry
from cybertrack.importers.first_page_lines import unfold
from cybertrack.importers.labels import Label
from cybertrack.importers.speakers import Speaker, reported_delegation, speaker
from cybertrack.importers.structure import Walker

_MIN_TURNS = 2  # turns a record needs, one of them a delegation's
# The meeting a record is of, as its cover names it: "71st plenary meeting", "9000th meeting",
# "71e séance plénière", "71ª sesión plenaria", "71-е пленарное заседание", "第71次全体会议",
# "الجلسة العامة 71".
_MEETING = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting|\d+e\s+séance(?:\s+plénière)?"
    r"|\d+[ªa]\s+sesión(?:\s+plenaria)?|\d+-[еяй]\s+(?:пленарное\s+)?заседание"
    r"|第\d+次(?:全体)?会议|الجلسة(?:\s+العامة)?\s+\d+)$",
    re.IGNORECASE,
)


def turns(entries: list[Entry]) -> dict[int, Speaker]:
    """The entries that open a speaker's turn, if the text reads as a meeting record."""
    found = {
        e.index: who
        for e in entries
        if e.block.role is BlockRole.BODY and (who := speaker(e.text)) is not None
    }
    delegates = sum(1 for who in found.values() if who.delegation is not None)
    return found if len(found) >= _MIN_TURNS and delegates else {}


def reported_participants(document: ParsedDocument) -> tuple[Participant, ...]:
    """A summary record's delegations: those its paragraphs report speaking ("5. Mr. Kuzmin
    (Russian Federation) said that ..."), or an old verbatim record's, whose paragraphs are
    numbered and open on the speaker ("3. Mr. TEMPLETON (New Zealand): It is an honour ..."),
    in order, when two or more do."""
    found = [_delegation_of(item.text) for item in document.items]
    names = dict.fromkeys(name for name in found if name)
    return tuple(Participant(name) for name in names) if len(names) >= _MIN_TURNS else ()


def _delegation_of(text: str) -> str | None:
    if (reported := reported_delegation(text)) is not None:
        return reported
    turn = speaker(text)
    return turn.delegation if turn is not None else None


def record_title(front: list[str], agenda_item: str | None) -> str | None:
    """ "71st plenary meeting: Countering the use of ...": the meeting and what it took up."""
    # The first page's lines as print sets them: a text form runs "Official Records" and
    # "71st plenary meeting" together.
    meeting = next((line for line in unfold(front) if _MEETING.match(line.strip())), None)
    if meeting is None:
        return None
    subject = agenda_item.split(". ", 1)[-1] if agenda_item else None
    return f"{meeting.strip()}: {subject}" if subject else meeting.strip()


class RecordWalker(Walker):
    """The walk for a meeting record (see the module's text)."""

    def __init__(self, entries: list[Entry], opening: dict[int, Speaker]) -> None:
        super().__init__(entries)
        self.opening = opening
        self.start = min(opening, default=len(entries))

    @property
    def participants(self) -> tuple[Participant, ...]:
        """The delegations that spoke, in the order they first took the floor."""
        names = dict.fromkeys(s.delegation for s in self.opening.values() if s.delegation)
        return tuple(Participant(name) for name in names)

    def take(self, entry: Entry) -> None:
        if entry.block.role is not BlockRole.BODY:
            super().take(entry)  # tables and footnotes are counted apart, as anywhere
            return
        text = entry.text
        if entry.index < self.start:
            self.front.append(text)
            self.tally.front += len(text)
            return
        if entry.index in self.opening:
            number = str(len(self.drafts) + 1)
            draft = Draft(Label("turn", number, number, text), self.section_key(), entry)
            self.drafts.append(draft)
            self.tally.placed += len(text)
            self.open = draft
            self.seen_body = True
            return
        heading = self.heading(entry)
        if heading is not None:
            self.add_section(entry, *heading)
        elif self.open is not None:
            self.append(entry)  # the turn goes on
        else:
            self.tally.leave_out(entry, self.section_key())
