"""What every product shares: export options, the title block and items as plain data.

Profiles decide what leaves the building: a shareable product carries no internal note, no
stance history, no priorities or red lines (negotiating strategy), no author initials and no
undecided paragraphs (unless asked to list them as under consideration); the builders leave them
out of the data itself, so no writer can leak what it was never given. A dossier is internal.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.library import CitedParagraph
from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import DocumentRow, HistoryRow, ItemRow
from cybertrack.domain.positions import Priority, Stance
from cybertrack.domain.worddiff import changed
from cybertrack.exporters.excerpts import excerpt
from cybertrack.exporters.vocabulary import Vocabulary, named


class Kind(enum.StrEnum):
    POSITION_PAPER = "position-paper"
    BRIEFING = "briefing"
    DOSSIER = "dossier"


class Profile(enum.StrEnum):
    SHAREABLE = "shareable"
    INTERNAL = "internal"


class Order(enum.StrEnum):
    DOCUMENT = "document"
    STANCE = "stance"
    PRIORITY = "priority"


STANCE_ORDER: tuple[Stance | None, ...] = (Stance.SUPPORT, Stance.AMEND, Stance.OPPOSE, None)
PRIORITY_ORDER = (Priority.RED_LINE, Priority.PRIORITY, Priority.NORMAL)


@dataclass(frozen=True)
class ExportOptions:
    kind: Kind = Kind.POSITION_PAPER
    profile: Profile = Profile.SHAREABLE
    language: str = "en"
    tracked_changes: bool = True
    order: Order = Order.DOCUMENT
    classification: str | None = None
    # A shareable product lists undecided paragraphs only when asked, as "under consideration".
    include_undecided: bool = False

    @property
    def internal(self) -> bool:
        return self.profile is Profile.INTERNAL

    @property
    def include_history(self) -> bool:
        return self.internal and self.kind is Kind.DOSSIER

    @property
    def lists_undecided(self) -> bool:
        return self.internal or self.include_undecided

    def check(self) -> None:
        """One clear error for a request no product can honour."""
        if self.kind is Kind.DOSSIER and not self.internal:
            raise CyberTrackError(Code.EXPORT_DOSSIER_INTERNAL)
        if self.order is Order.PRIORITY and not self.internal:
            raise CyberTrackError(Code.EXPORT_PRIORITY_NEEDS_INTERNAL)


@dataclass(frozen=True)
class Source:
    """One document as the workspace holds it, with its items and their stance history."""

    document: DocumentRow
    items: Sequence[ItemRow]
    history: Mapping[int, Sequence[HistoryRow]] = field(default_factory=dict)
    # Item id -> the paragraphs its proposed wording cites as agreed language.
    citations: Mapping[int, Sequence[CitedParagraph]] = field(default_factory=dict)
    # Item id -> the headings above its section, outermost first ("Annex ..." over "Preamble").
    ancestors: Mapping[int, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class TitleBlock:
    delegation: str
    title: str
    meeting: str | None
    place_and_dates: str | None
    symbols: str | None
    issued: str
    classification: str
    prepared_by: str | None
    issued_on: date


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: str
    old: Stance | None
    new: Stance | None


@dataclass(frozen=True)
class ProductItem:
    number: str
    label: str
    unit: str
    section: str | None
    text: str
    stance: Stance | None
    priority: Priority
    rationale: str
    amendment: str  # empty when none, or when it only repeats the text
    note: str = ""
    history: tuple[HistoryEntry, ...] = ()
    citations: tuple[CitedParagraph, ...] = ()  # agreed language the wording draws on
    ancestors: tuple[str, ...] = ()  # the headings above its section, outermost first
    # The heading that tells it from another item of its document with the same label ("3."
    # of the resolution and "3." of its annex); empty when its label is its own.
    division: str = ""

    @property
    def reference(self) -> str:
        """The label, and where a list out of the text's order needs it, its division:
        '3. (Annex — Interpretative notes…)'."""
        return named(self.label, self.division)


@dataclass(frozen=True)
class ItemGroup:
    heading: str | None
    items: tuple[ProductItem, ...]
    # In document order, the headings above this one ("Annex ..." over "Preamble").
    ancestors: tuple[str, ...] = ()


@dataclass(frozen=True)
class StanceSummary:
    support: int
    oppose: int
    amend: int
    undecided: int

    @property
    def total(self) -> int:
        return self.support + self.oppose + self.amend + self.undecided


@dataclass(frozen=True)
class DocumentHeading:
    title: str
    details: str | None


@dataclass(frozen=True)
class DocumentItems:
    """One document's items as a product shows them, with the unit that names them all."""

    source: Source
    heading: DocumentHeading
    items: tuple[ProductItem, ...]  # those the profile lets out, in document order
    unit: str
    warnings: tuple[Message, ...]


def stance_word(stance: Stance | None, vocab: Vocabulary, *, internal: bool = True) -> str:
    """'Support'; for an undecided item 'No position yet' inside, 'Under consideration' out."""
    if stance is None:
        return vocab["undecided" if internal else "under_consideration"]
    return vocab[stance.value]


_DIVISION_WIDTH = 40  # its first words: enough to tell two annexes apart


def divisions(items: Sequence[ItemRow], ancestors: Mapping[int, tuple[str, ...]]) -> dict[int, str]:
    """Item id -> the heading of its division, where the document repeats labels across
    divisions: the first heading above two items of one label where they part (an annex, a
    chapter whose numbering starts again). Every item of such a division is named by it, so
    PP10 of an annexed convention is not taken for the resolution's; the main text beside an
    annex keeps its bare labels."""
    paths = {
        row.id: ancestors.get(row.id, ()) + ((row.section,) if row.section else ()) for row in items
    }
    by_label: dict[str, list[ItemRow]] = {}
    for row in items:
        by_label.setdefault(row.label, []).append(row)
    telling: set[tuple[int, str]] = set()  # (depth, heading) of the divisions that tell apart
    for rows in by_label.values():
        if len(rows) < 2:
            continue
        parts = [paths[row.id] for row in rows]
        depth = next(
            (
                k
                for k in range(max(map(len, parts)))
                if len({p[k] if k < len(p) else None for p in parts}) > 1
            ),
            None,
        )
        if depth is None:  # the same place: nothing to tell them apart by
            continue
        deeper = any(len(ancestors.get(row.id, ())) > depth for row in rows)
        for row, path in zip(rows, parts, strict=True):
            if depth < len(path) and (depth < len(ancestors.get(row.id, ())) or not deeper):
                telling.add((depth, path[depth]))
    found: dict[int, str] = {}
    labels = Counter(row.label for row in items)
    for depth in sorted({depth for depth, _ in telling}):
        members: dict[str, list[ItemRow]] = {}  # each division at this depth, its items
        for row in items:
            if depth < len(paths[row.id]):
                members.setdefault(paths[row.id][depth], []).append(row)
        for heading, inside in members.items():
            if (depth, heading) not in telling:
                continue
            own = Counter(row.label for row in inside)
            # Each item of a kind whose labels clash is named by the division (the annexed
            # convention's preambular paragraphs, not its articles, which only it has).
            kinds = {row.kind for row in inside if labels[row.label] > own[row.label]}
            for row in inside:
                if row.id not in found and row.kind in kinds:
                    found[row.id] = excerpt(heading, _DIVISION_WIDTH)
    return found


Cited = tuple[str, list[tuple[str, str]], str]  # unit, (number, label) pairs, division


def by_unit(entries: Iterable[tuple[str, str, str, str]]) -> list[Cited]:
    """(unit, division, number, label) entries grouped by unit and division, in order of first
    appearance: what `Vocabulary.cite` names."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for unit, division, number, label in entries:
        groups.setdefault((unit, division), []).append((number, label))
    return [(unit, pairs, division) for (unit, division), pairs in groups.items()]


def product_item(
    row: ItemRow, source: Source, options: ExportOptions, division: str = ""
) -> ProductItem:
    history: tuple[HistoryEntry, ...] = ()
    if options.include_history:
        history = tuple(
            HistoryEntry(h.changed_at, h.old, h.new) for h in source.history.get(row.id, ())
        )
    # A reason or wording kept on an item no longer decided is a draft: it stays inside.
    stated = options.internal or row.stance is not None
    return ProductItem(
        number=row.number,
        label=row.label,
        unit=str(row.kind),
        section=row.section,
        text=row.text,
        stance=row.stance,
        priority=row.priority if options.internal else Priority.NORMAL,
        rationale=row.rationale if stated else "",
        amendment=row.amendment if stated and changed(row.text, row.amendment) else "",
        note=row.note if options.internal else "",
        history=history,
        citations=tuple(source.citations.get(row.id, ())),
        ancestors=source.ancestors.get(row.id, ()),
        division=division,
    )


def document_items(source: Source, options: ExportOptions, vocab: Vocabulary) -> DocumentItems:
    """The items of `source` the profile lets out, and warnings about what the user may not
    expect: proposed wording identical to the text, a shareable paper with nothing decided."""
    name = source.document.symbol or source.document.title
    warnings = [
        Message(Code.EXPORT_SAME_AMENDMENT, document=name, label=row.label)
        for row in source.items
        if row.amendment.strip() and not changed(row.text, row.amendment)
    ]
    rows = [r for r in source.items if options.lists_undecided or r.stance is not None]
    if source.items and not rows:
        warnings.append(Message(Code.EXPORT_NOTHING_DECIDED, document=name))
    told = divisions(source.items, source.ancestors)
    items = tuple(product_item(row, source, options, told.get(row.id, "")) for row in rows)
    return DocumentItems(
        source=source,
        heading=document_heading(source.document, vocab),
        items=items,
        unit=vocab.unit_of(str(row.kind) for row in source.items),
        warnings=tuple(warnings),
    )


def summarise(items: Sequence[ItemRow | ProductItem]) -> StanceSummary:
    counts = {stance: 0 for stance in STANCE_ORDER}
    for item in items:
        counts[item.stance] += 1
    return StanceSummary(
        counts[Stance.SUPPORT], counts[Stance.OPPOSE], counts[Stance.AMEND], counts[None]
    )


def summary_text(
    summary: StanceSummary, vocab: Vocabulary, unit: str, options: ExportOptions
) -> str:
    """'39 recommendations: support 12, oppose 3, amend 4, no position yet 20.' Shareable:
    only what has a position, unless undecided paragraphs are listed as under consideration."""
    if options.internal:
        key = "summary_line"
    else:
        key = "summary_open" if options.include_undecided else "summary_decided"
    total = summary.total if options.lists_undecided else summary.total - summary.undecided
    return vocab[key].format(
        count=vocab.count(unit, total),
        support=summary.support,
        oppose=summary.oppose,
        amend=summary.amend,
        undecided=summary.undecided,
    )


def place_and_dates(row: DocumentRow, vocab: Vocabulary) -> str | None:
    dates = None
    if row.start_date:
        first = date.fromisoformat(row.start_date)
        last = date.fromisoformat(row.end_date) if row.end_date else first
        dates = vocab.format_range(first, last)
    venue = vocab.name(row.venue) if row.venue else None
    separator = "، " if vocab.language == "ar" else ("，" if vocab.language == "zh" else ", ")
    return separator.join(filter(None, [venue, dates])) or None


def document_heading(row: DocumentRow, vocab: Vocabulary) -> DocumentHeading:
    body = vocab.name(row.body) if row.body else None
    details = [x for x in (row.symbol, body, place_and_dates(row, vocab)) if x]
    return DocumentHeading(vocab.document_title(row.title, row.kind), " · ".join(details) or None)


def title_block(
    sources: Sequence[Source],
    options: ExportOptions,
    vocab: Vocabulary,
    *,
    title_key: str,
    delegation: str,
    issued: date,
    initials: str = "",
) -> TitleBlock:
    rows = [s.document for s in sources]
    meetings = list(dict.fromkeys(vocab.name(r.body) for r in rows if r.body))
    dated = [place_and_dates(r, vocab) for r in rows]
    # Under several bodies, a place and date some documents lack would seem every one's
    # ("General Assembly; Security Council" over "29 October 2021"): each document's own
    # heading gives it.
    several = len(meetings) > 1 and not all(dated)
    places = [] if several else list(dict.fromkeys(p for p in dated if p))
    symbols = [r.symbol for r in rows if r.symbol]
    default_class = vocab["internal"] if options.internal else vocab["shareable"]
    return TitleBlock(
        delegation=delegation or vocab["delegation"],  # not set: the word, in the paper's language
        title=vocab[title_key],
        meeting=vocab.semicolons(meetings) or None,
        place_and_dates=vocab.semicolons(places) or None,
        symbols=", ".join(symbols) or None,
        issued=vocab["issued"].format(date=vocab.format_date(issued)),
        classification=options.classification or default_class,
        prepared_by=vocab["prepared_by"].format(initials=initials)
        if options.internal and initials
        else None,
        issued_on=issued,
    )


def warnings_of(documents: Sequence[DocumentItems]) -> tuple[Message, ...]:
    return tuple(w for d in documents for w in d.warnings)


def paper_unit(documents: Sequence[DocumentItems], vocab: Vocabulary) -> str:
    return vocab.unit_of(d.unit for d in documents)
