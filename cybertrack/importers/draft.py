"""The working records of one structure pass: entries in, drafts of items and a tally out."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from cybertrack.domain.text import normalise_space, shortened, without_invisible
from cybertrack.domain.units import Revision
from cybertrack.importers.blocks import Block
from cybertrack.importers.hyphens import cut_at_page_end
from cybertrack.importers.labels import Label
from cybertrack.importers.punctuation import ARABIC_SEMICOLON, CJK_CLAUSE, CLAUSE, COMMAS, STOPS

EXCERPT = 90


_TITLE_LENGTH = 150  # an article's title, wrapped over two lines at most


# A title never ends as a sentence or a clause does, in any of the six languages ("...。"
# closing a Chinese article's text is no title).
_SENTENCE_ENDS = (*STOPS, *CLAUSE, *COMMAS, "。", *CJK_CLAUSE, ARABIC_SEMICOLON)


def is_title(rest: str) -> bool:
    """What follows an article's number is its title (the text follows), not its text cut
    by a page break: short, and no sentence in it."""
    return (
        bool(rest)
        and len(rest) <= _TITLE_LENGTH
        and not rest.endswith(_SENTENCE_ENDS)
        and ". " not in rest
        and ": " not in rest
        and "。" not in rest
    )


@dataclass
class Entry:
    """One block with its folded text and the number it opens with, if any."""

    index: int
    block: Block
    text: str
    label: Label | None = None


@dataclass
class Draft:
    """An item being built: its number and the text of every block that flows into it."""

    label: Label
    section_key: int | None
    first: Entry
    operative: bool = False
    parts: list[str] = field(default_factory=list)
    other_parts: list[str] = field(default_factory=list)
    revisions: set[Revision] = field(default_factory=set)
    has_body: bool = False
    chars: int = 0  # of the source text that went into it
    last_index: int = 0

    def __post_init__(self) -> None:
        self.chars = len(self.first.text)
        self.last_index = self.first.index
        rest = self.label.rest.strip()
        if self.label.scheme == "article" and is_title(rest.lstrip("[")):
            rest = f"{rest}:"  # "Article 4 – Data interference" gives "Data interference: ..."
        else:
            self.has_body = bool(rest.lstrip("["))
        self.parts.append(rest)
        self._track(self.first, rest)

    @property
    def is_preambular(self) -> bool:
        return self.label.scheme == "pp"

    @property
    def page(self) -> int | None:
        return self.first.block.page

    @property
    def text(self) -> str:
        return normalise_space(" ".join(self.parts))

    @property
    def tail(self) -> str:
        return self.parts[-1].rstrip() if self.parts else ""

    def add(self, entry: Entry, number: str = "") -> None:
        """The entry's text joins the item's; `number`: the entry's own paragraph number, kept
        in the text when Word numbered it (an article's "1.", "2." in its body)."""
        if number and not entry.text.startswith(number):
            text = f"{number} {entry.text}"
            self._put(text)
            self.has_body = True
            self._track(entry, text)
            return
        if not self.has_body and entry.block.page_start and entry.text[:1].islower():
            # What read as an article's title was its text cut by the page's end ("Article 10
            # Interference with an information and" | "communications technology system: ..."):
            # no colon of a title there.
            self.parts[-1] = self.parts[-1].removesuffix(":")
        if entry.block.page_start and self.parts and cut_at_page_end(self.parts[-1], entry.text):
            # "... the Secretary-" | next page: "General will ...": one word, no space.
            self.parts[-1] += entry.text
            self.has_body = True
            self._count(entry)
            return
        self._put(entry.text)
        self.has_body = True
        self._track(entry, entry.text)

    def title(self, entry: Entry) -> None:
        self._put(f"{entry.text}:")
        self._track(entry, f"{entry.text}:")

    def _put(self, text: str) -> None:
        """The next part of the text; after a lone opening bracket ("[Article 6" above its
        title), with no space between."""
        if self.parts and self.parts[-1] and not self.parts[-1].strip("["):
            self.parts[-1] += text
        else:
            self.parts.append(text)

    def _count(self, entry: Entry) -> None:
        if entry is not self.first:
            self.chars += len(entry.text)
            self.last_index = entry.index

    def _track(self, entry: Entry, text: str) -> None:
        self._count(entry)
        block = entry.block
        if block.revision is not None:
            self.revisions.add(block.revision)
        if block.other_text is not None:
            other = without_invisible(normalise_space(block.other_text))
            if self.label.scheme != "pp" and len(self.other_parts) == 0 and self.label.label:
                other = other.removeprefix(self.label.label).strip()
            self.other_parts.append(other)
        else:
            self.other_parts.append(text)

    @property
    def revision(self) -> Revision | None:
        if not self.revisions:
            return None
        if len(self.revisions) == 1:
            return next(iter(self.revisions))
        return Revision.CHANGED

    @property
    def other_text(self) -> str | None:
        return normalise_space(" ".join(self.other_parts)) if self.revisions else None


@dataclass(frozen=True)
class LeftOut:
    """A passage no item or heading took: where it is and how it begins."""

    chars: int
    excerpt: str
    page: int | None
    section_key: int | None
    text: str
    last_index: int


# Prose, not a cover's line: sentences of some length.
_PROSE_LONGEST_LINE, _PROSE_WORDS = 80, 12


# A sentence's end and the next one's start: "... Abyei. The Council ...".
_SENTENCE_BREAK = re.compile(r"[a-z)”\"][.!?]\s+[“\"(]?[A-Z]")
_SENTENCES = 2


def is_prose(text: str) -> bool:
    """A paragraph of sentences (not a title, a symbol or a date): long, closed by a stop, or
    holding sentences though it ends otherwise (a letter run on into its signature: "... I
    have the honour to ... (Signed) António Guterres")."""
    closed = text.rstrip().endswith((".", "。", "!", "?", ".”", '."', ":", "："))
    return (
        len(text) >= _PROSE_LONGEST_LINE
        and (closed or len(_SENTENCE_BREAK.findall(text)) >= _SENTENCES)
        and len(text.split()) >= _PROSE_WORDS
        and not text.startswith("*")  # "* The present document ...": the cover's note
    )


@dataclass
class Tally:
    """Characters by where they went; passages left out, with where they are."""

    placed: int = 0
    tables: int = 0
    footnotes: int = 0
    front: int = 0
    left_out: list[LeftOut] = field(default_factory=list)
    # Paragraphs of prose read as the cover (an introductory note, a report's summary): told,
    # not counted as left out (the cover is no item's).
    cover_prose: list[LeftOut] = field(default_factory=list)

    def on_cover(self, entry: Entry) -> None:
        text = entry.text
        self.front += len(text)
        if not is_prose(text):
            return
        if self.cover_prose:  # one finding for the cover's prose: its size, its first words
            first = self.cover_prose[0]
            self.cover_prose[0] = replace(first, chars=first.chars + len(text))
            return
        excerpt = shortened(text, EXCERPT)
        self.cover_prose.append(
            LeftOut(len(text), excerpt, entry.block.page, None, text, entry.index)
        )

    def leave_out(self, entry: Entry, section_key: int | None) -> None:
        text = entry.text
        previous = self.left_out[-1] if self.left_out else None
        if not any(c.isalnum() for c in text):
            # A dash or a mark alone (an empty value's "–" under a chart): nothing to lose, and
            # no finding; counted with the tables, as the PDF reader reads the same dash. A
            # passage it stands in goes on over it.
            self.tables += len(text)
            if previous is not None and previous.last_index == entry.index - 1:
                self.left_out[-1] = replace(previous, last_index=entry.index)
            return
        excerpt = shortened(text, EXCERPT)
        if previous is not None and previous.last_index == entry.index - 1:
            # Several blocks in a row are one passage, one finding.
            self.left_out[-1] = LeftOut(
                previous.chars + len(text),
                previous.excerpt,
                previous.page,
                previous.section_key,
                f"{previous.text}\n{text}",
                entry.index,
            )
            return
        self.left_out.append(
            LeftOut(len(text), excerpt, entry.block.page, section_key, text, entry.index)
        )

    def leave_out_draft(self, draft: Draft, section_key: int | None) -> None:
        """A numbered paragraph found to be no item after all (outside a treaty's articles)."""
        self.placed -= draft.chars
        text = draft.first.text if draft.chars == len(draft.first.text) else draft.text
        excerpt = shortened(text, EXCERPT)
        passage = LeftOut(draft.chars, excerpt, draft.page, section_key, text, draft.last_index)
        bisect.insort(self.left_out, passage, key=lambda p: p.last_index)

    @property
    def left_out_chars(self) -> int:
        return sum(passage.chars for passage in self.left_out)
