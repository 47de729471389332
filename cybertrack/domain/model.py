"""Frozen dataclasses shared by every layer.

Parsed* describe a document as an importer read it (no ids yet); *Row describe what the workspace
holds. A ChangeSet says what one command changed and carries the row images needed to undo it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from cybertrack.domain.messages import Message
from cybertrack.domain.numbering import ROMAN
from cybertrack.domain.positions import Instruction, Priority, RoomStatus, Stance, is_deviation
from cybertrack.domain.units import Revision, RevisionView, Unit

# Units whose word tells two items of one number apart (regulation 1.1, rule 1.1; the Pact's
# action 1 among its paragraphs 17., 18.).
_WORD_TELLS = frozenset({Unit.REGULATION, Unit.RULE, Unit.ACTION})


def document_name(symbol: str | None, title: str, version_label: str | None = None) -> str:
    """What a document is called: its symbol (else its title), and the label that tells this
    version apart from another of the same name."""
    name = symbol or title
    return f"{name} · {version_label}" if version_label else name


def kind_and_subject(title: str, kind: str | None) -> tuple[list[str], str] | None:
    """The kinds heading a title as the import composes it ("Resolution, addendum: Countering
    the use of ...") and its subject; None when the title has no such head."""
    head = f"{kind[:1].upper()}{kind[1:]}: " if kind else ""  # "Secretary-General's bulletin"
    if not head or not title.startswith(head) or len(title) == len(head):
        return None
    return [k.strip() for k in kind.split(",")] if kind else [], title[len(head) :]


@dataclass(frozen=True)
class Meeting:
    """Where and when the meeting that produced a document takes place."""

    body: str | None = None
    session: str | None = None
    venue: str | None = None
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class ParsedSection:
    """A heading: 'II.' 'List of ...' at level 1, 'A.' 'International cooperation' at level 2."""

    key: int
    label: str
    title: str
    level: int
    parent_key: int | None = None

    @property
    def heading(self) -> str:
        return f"{self.label} {self.title}".strip()


class OutlineHeading(NamedTuple):
    """A heading as the navigator shows it: its text, how deep it stands among the headings
    shown, and whether items stand right under it (else it holds headings that hold some: an
    annex over the chapters of the convention it carries)."""

    text: str
    depth: int = 0
    holds_items: bool = True


@dataclass(frozen=True)
class ParsedItem:
    """A numbered item: `number` without decoration ("2", "16.3"), `label` as printed ("(2)")."""

    number: str
    label: str
    text: str
    kind: Unit = Unit.PARAGRAPH
    section_key: int | None = None
    # Set when a Word file's tracked changes touch the item (the preview and the list show it).
    revision: Revision | None = None
    # The item's other text when tracked changes touch it (the original when the proposed
    # version is imported, and the reverse), for the preview's redline; not stored.
    other_text: str | None = None


@dataclass(frozen=True)
class Participant:
    name: str
    on_behalf_of: str | None = None


@dataclass(frozen=True)
class Coverage:
    """Where a document's text went, in characters (page furniture is not counted).

    The body is the running text from the first heading or item on: it went into items or
    headings (`placed`) or into neither (`left_out`, which the import reports). Tables and
    footnotes are measured apart, and so is the cover page (`front`: symbol, dates, title).
    """

    placed: int = 0
    left_out: int = 0
    tables: int = 0
    footnotes: int = 0
    front: int = 0

    @property
    def body(self) -> int:
        return self.placed + self.left_out

    @property
    def left_out_share(self) -> float:
        """The share of the body text in no item or heading, 0.0 to 1.0."""
        return self.left_out / self.body if self.body else 0.0


@dataclass(frozen=True)
class Passage:
    """Text an import placed in no item or heading, and where it stands."""

    text: str
    page: int | None = None
    heading: str | None = None  # the nearest heading above it
    after: int | None = None  # the index of the item before it (None: before the first)


@dataclass(frozen=True)
class ParsedDocument:
    title: str
    content_hash: str
    source_name: str
    symbol: str | None = None
    kind: str | None = None
    doc_date: date | None = None
    agenda_item: str | None = None
    distribution: str | None = None
    original_language: str | None = None
    meeting: Meeting = field(default_factory=Meeting)
    sections: tuple[ParsedSection, ...] = ()
    items: tuple[ParsedItem, ...] = ()
    participants: tuple[Participant, ...] = ()
    # What went where: the share of the body text the items and headings hold.
    coverage: Coverage = field(default_factory=Coverage)
    left_out: tuple[Passage, ...] = ()
    # A Word file with tracked changes: the version imported (None when it has none).
    revisions: RevisionView | None = None
    # The form the document arrived in: 'text', 'docx' or 'pdf'.
    source_format: str = "text"
    # What the importer guessed or could not read, for the preview and the status line.
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class DocumentRow:
    id: int
    symbol: str | None
    title: str
    body: str | None
    session: str | None
    venue: str | None
    start_date: str | None
    end_date: str | None
    doc_date: str | None
    kind: str | None
    agenda_item: str | None
    source_name: str
    item_count: int
    decided_count: int = 0
    # What tells this version apart from another document of the same name ("Rev.1").
    version_label: str | None = None

    @property
    def name(self) -> str:
        """The document's name: symbol or title, with its version label ("A/80/604 · Rev.1")."""
        return document_name(self.symbol, self.title, self.version_label)

    # A reference of the library of precedent (not a text under negotiation).
    library: bool = False
    # An adopted text (resolution, decision, treaty...): its words are agreed language.
    adopted: bool = False


@dataclass(frozen=True)
class ItemRow:
    id: int
    document_id: int
    number: str
    label: str
    kind: Unit
    section: str | None
    text: str
    stance: Stance | None
    note: str
    amendment: str
    position: int
    updated_at: str | None = None
    # Public rationale: the reason a shareable paper may give (the note is internal).
    rationale: str = ""
    priority: Priority = Priority.NORMAL
    revision: Revision | None = None
    # Carried from an earlier version whose text has changed since: to be looked at again.
    recheck: bool = False
    # Capital's instruction (internal, like the note) and the room's current status.
    instruction: Instruction | None = None
    fallback: str = ""
    instruction_note: str = ""
    room_status: RoomStatus | None = None
    room_as_of: str | None = None  # UTC stamp of the room status, None if never recorded

    @property
    def deviation(self) -> bool:
        """Our stance departs from a firm instruction of capital's."""
        return is_deviation(self.instruction, self.stance)

    @property
    def short_label(self) -> str:
        """The label without its unit's word, for a column of numbers: "Recommendation 12",
        "Статья 5", "المادة 5" and "第五条" give their number; "(3)", "16.4", "(a)" stay;
        "Article IV" gives "IV" as printed. A regulation, a rule and an action keep their word:
        the Staff Regulations and Rules number regulation 1.1 and rule 1.1 alike, and the
        Pact for the Future sets action 1 among its paragraphs 17., 18."""
        named = self.label[:2].isalpha() or self.label.startswith("第")
        if not named or self.number == self.label or self.kind in _WORD_TELLS:
            return self.label
        if self.label.startswith("OP") and self.label[2:] == self.number:
            return self.label  # a resolution's one unnumbered paragraph, beside an annex's "1."
        numeral = self.label.rsplit(" ", 1)[-1]
        return numeral if ROMAN.fullmatch(numeral) else self.number


@dataclass(frozen=True)
class Source:
    """The item a carried position came from, in its document."""

    item_id: int
    item_label: str
    document_id: int
    document: str  # the document's name (symbol or title, with its version label)
    doc_date: str | None = None


@dataclass(frozen=True)
class HistoryRow:
    item_id: int
    old: Stance | None
    new: Stance | None
    changed_at: str
    id: int = 0
    # When the decision was undone (it stays in the audit trail, marked); None if it stands.
    undone_at: str | None = None
    # Where a carried position came from (None for a decision taken here).
    carried_from: Source | None = None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


class RowImage:
    """A row (or a set of rows) as it was or will be: what undo and redo write back.

    Storage defines one frozen dataclass per kind of row; screens never look inside.
    """


@dataclass(frozen=True)
class ChangeSet:
    """What one command changed.

    `before` and `after` are row images: revert writes `before` back, redo writes `after`, so
    rows come back exactly (same ids). A batch keeps its parts, reverted in reverse order.
    `command` is the command that made it (its handler reverts it). Screens only read the id
    sets and flags, the description (undo text) and the message (a result to show).
    """

    description: Message
    command: object = None
    item_ids: frozenset[int] = frozenset()
    document_ids: frozenset[int] = frozenset()
    documents_changed: bool = False
    before: tuple[RowImage, ...] = ()
    after: tuple[RowImage, ...] = ()
    parts: tuple[ChangeSet, ...] = ()
    message: Message | None = None

    @property
    def empty(self) -> bool:
        return not (self.item_ids or self.document_ids or self.documents_changed)

    @property
    def undoable(self) -> bool:
        """Whether there is anything to write back (a setting names no item, yet it is)."""
        return bool(self.before or self.after or any(p.undoable for p in self.parts))


@dataclass(frozen=True)
class Progress:
    """How far a delegation is through one document."""

    total: int
    support: int = 0
    oppose: int = 0
    amend: int = 0

    @property
    def decided(self) -> int:
        return self.support + self.oppose + self.amend
