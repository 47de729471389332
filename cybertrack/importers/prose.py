"""A text with no printed paragraph numbers at all: a statement, a letter, a non-paper.

When the structure finds no numbered paragraph, such a text is read as a delegate reads it:
one item per paragraph, numbered in reading order (the import says so). A statement opens
with a salutation on a line of its own ("Mr. President,", "Madame la Présidente,") and
closes with thanks ("Thank you.", "Je vous remercie."): the body is what stands between.
Before it is the cover (title, date, "on behalf of ..."); after it a list of signatories or a
signature, reported as left out. Without a salutation the body starts at the first paragraph
written in sentences, and runs to the end.
"""

from __future__ import annotations

from cybertrack.importers.blocks import BlockRole
from cybertrack.importers.draft import Draft, Entry
from cybertrack.importers.headings import is_plain_heading
from cybertrack.importers.labels import Label, is_bullet, without_bullet
from cybertrack.importers.openers import is_salutation, is_thanks
from cybertrack.importers.structure import TERMINAL, Walker

# A salutation stands near the top: among the first body blocks (title, date, "on behalf of").
_OPENING = 12
_SENTENCE_END = (".", "!", "?", "。", "！", "？", ":", ";")


class ProseWalker(Walker):
    """The walk for a text without numbers: every paragraph of its body is an item."""

    def __init__(self, entries: list[Entry], *, bullets_apart: bool = False) -> None:
        super().__init__(entries)
        # A text that is one list of bullets ("Key points raised:" then "• ..."): each bullet
        # is a paragraph of its own, the sentence that announces them their heading.
        self.bullets_apart = bullets_apart
        body = [e for e in entries if e.block.role is BlockRole.BODY]
        salutation = next((e.index for e in body[:_OPENING] if is_salutation(e.text)), None)
        self.salutation = salutation
        if salutation is not None:
            self.start = salutation + 1
        else:
            self.start = next(
                (e.index for e in body if e.text.endswith(_SENTENCE_END)), len(entries)
            )
        # The last thanks: "Thank you, Mr. Chair, for the floor." may open the body as well.
        self.end = max(
            (e.index for e in body if e.index > self.start and is_thanks(e.text)),
            default=len(entries),
        )

    def take(self, entry: Entry) -> None:
        if entry.block.role is not BlockRole.BODY:
            super().take(entry)  # tables and footnotes are counted apart, as anywhere
            return
        text = entry.text
        if entry.index == self.salutation:
            self.tally.placed += len(text)  # the speaker's salutation: no title, no item
        elif entry.index < self.start:
            self.front.append(text)
            self.tally.front += len(text)
        elif entry.index == self.end:
            self.tally.placed += len(text)  # the closing thanks
            self.open = None
        elif entry.index > self.end:
            self.tally.leave_out(entry, self.section_key())
        else:
            self.seen_body = True
            self.paragraph(entry)

    def paragraph(self, entry: Entry) -> None:
        text = entry.text
        if self.bullets_apart and is_bullet(text):
            self.open = None
            text = without_bullet(text)
        elif self.bullets_apart and text.endswith(":") and self.bullet_follows(entry):
            self.add_section(entry, "", text, 3)
            return
        cut = entry.block.page_start and self.open is not None
        # "... issued the following statement on behalf of the Council:" | "“The Security
        # Council recalls ...": a presidential statement's paragraphs, each quoted, are the
        # statement's own, not what the colon runs on into.
        quoted = text[:1] in '“"' and text[1:2].isupper() and not cut
        if self.open is not None and (
            (self.flows_on(text) and not quoted) or (cut and not self.open.tail.endswith(TERMINAL))
        ):
            self.append(entry)  # a sub-item, a bullet, a paragraph cut by a page break
            return
        heading = self.heading(entry)
        if heading is None and is_plain_heading(text) and not self.continued(entry):
            heading = ("", text, 3)
        if heading is not None:
            self.add_section(entry, *heading)
            return
        number = str(len(self.drafts) + 1)
        draft = Draft(Label("prose", number, number, text), self.section_key(), entry)
        self.drafts.append(draft)
        self.tally.placed += len(entry.text)
        self.open = draft

    def next_paragraph(self, entry: Entry) -> str:
        """The text of the body paragraph after `entry` ("" at the end)."""
        later = next(
            (e for e in self.entries[entry.index + 1 :] if e.block.role is BlockRole.BODY), None
        )
        return later.text if later is not None else ""

    def bullet_follows(self, entry: Entry) -> bool:
        return is_bullet(self.next_paragraph(entry))

    def continued(self, entry: Entry) -> bool:
        """The next paragraph goes on in lower case: this one was cut (by a page break), and is
        no heading however short."""
        return self.next_paragraph(entry)[:1].islower()
