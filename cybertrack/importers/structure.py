"""From blocks to a document: headings become sections, numbered blocks become items.

Rules drawn from how UN documents are built (see UN-DOCUMENTS.md in the project's notes):
- A block that starts in lower case continues the previous paragraph (cut by a page break).
- "(a)", "(i)" sub-paragraphs stay inside their item.
- When a document lists "(1)", "(2)" recommendations inside a numbered paragraph, those are its
  items; the numbering scheme with the most members is the document's item scheme.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from cybertrack.domain.model import Meeting, ParsedDocument, ParsedItem, ParsedSection, Participant
from cybertrack.domain.text import normalise_space
from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.labels import ITEM_KIND, Label, is_subitem, label_from_auto, match_label
from cybertrack.importers.metadata import (
    agenda_from_text,
    participants_from_text,
    read_front_matter,
)
from cybertrack.importers.preamble import preambular_paragraphs

_CHAPTER = re.compile(r"^(?P<label>[IVXLC]{1,7}\.)\s+(?P<title>\S.*)$")
_SECTION = re.compile(r"^(?P<label>[A-Z]\.)\s+(?P<title>[A-Z]\S.*)$")
_CONTINUED = re.compile(r"\s*\(\s*continued\s*\)\s*", re.IGNORECASE)


@dataclass
class _Draft:
    label: Label
    parts: list[str]
    section_key: int | None
    subitems: int = 0

    @property
    def text(self) -> str:
        return normalise_space(" ".join(self.parts))


@dataclass
class _State:
    sections: list[ParsedSection] = field(default_factory=list)
    drafts: list[_Draft] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    front: list[str] = field(default_factory=list)
    current_section: dict[int, int] = field(default_factory=dict)


def _heading(text: str, previous_letter: str | None) -> tuple[str, str, int] | None:
    if len(text) > 160 or text.endswith((".", ";", ",")):
        return None
    clean = _CONTINUED.sub(" ", text).strip()
    match = _CHAPTER.match(clean)
    if match and not _is_section_letter(match["label"][:-1], previous_letter):
        return match["label"], match["title"].strip(), 1
    if match := _SECTION.match(clean):
        return match["label"], match["title"].strip(), 2
    return None


def _is_section_letter(label: str, previous_letter: str | None) -> bool:
    """'C.' is section C, not chapter 100; 'I.' is section I only right after section H."""
    if len(label) != 1:
        return False
    if label in "CDLM":
        return True
    return previous_letter is not None and ord(label) == ord(previous_letter) + 1


def build_document(
    blocks: list[Block], *, source_name: str, content_hash: str, source_format: str = "text"
) -> ParsedDocument:
    state = _State()
    last: _Draft | None = None
    article: _Draft | None = None  # a treaty article holds its numbered paragraphs
    seen_body = False
    for block in blocks:
        if block.role is not BlockRole.BODY:
            continue  # tables and footnotes never flow into an item
        text = normalise_space(block.text)
        if not text or _CONTINUED.fullmatch(text):
            continue
        label = label_from_auto(block.auto_label) if block.auto_label else None
        if label is not None:
            label = Label(label.scheme, label.number, label.label, text)
        else:
            if block.auto_label:
                # An automatic number that is not an item number, e.g. "(a)": print it in place.
                text = f"{block.auto_label} {text}"
            label = match_label(text)
        if article is not None and not (label is not None and label.scheme == "article"):
            if not (block.heading_hint and label is None):
                article.parts.append(text)  # "1. Each Party shall ...", "a) ...", plain text
                continue
            if not "".join(article.parts).strip():
                article.parts.append(f"{text}:")  # the article's title ("Illegal access")
                continue
            article = None  # a chapter heading closes the article
        if label is None and (heading := _heading(text, _last_letter(state))):
            seen_body = True
            _add_section(state, *heading)
            last = None
            continue
        if label is not None and not block.auto_label and _numbered_heading(label, block, state):
            seen_body = True
            _add_section(state, label.label, label.rest.strip(), 3)
            last = None
            continue
        if label is None and block.heading_hint and seen_body and len(text) <= 200:
            # A heading by style with no printed number: a section of its own below the others.
            _add_section(state, "", text, 3)
            last = None
            continue
        if label is not None:
            seen_body = True
            last = _Draft(label, [label.rest], _section_key(state))
            state.drafts.append(last)
            article = last if label.scheme == "article" else None
            continue
        if not seen_body:
            state.front.append(text)
            continue
        # A page's first block with no number of its own continues the paragraph the previous
        # page ended in (PDF: the reader marks it, never joins across pages itself).
        if last is not None and (text[:1].islower() or is_subitem(text) or block.page_start):
            last.parts.append(text)
            continue
        state.others.append(text)
        last = None
    document = _assemble(state, source_name=source_name, content_hash=content_hash)
    return replace(document, source_format=source_format)


def _numbered_heading(label: Label, block: Block, state: _State) -> bool:
    """'1. Military and police personnel' inside a report numbered 1 to 37 is a heading.

    A short line with no closing punctuation is a heading when the format says so (a Word heading
    style) or when its number breaks the sequence of the paragraphs numbered like it.
    """
    rest = label.rest.strip()
    if label.scheme not in ("dot", "decimal") or len(rest) > 120 or not rest[:1].isupper():
        return False
    if rest.endswith((".", ";", ":", ",")):
        return False
    if block.heading_hint:
        return True
    previous = next((d for d in reversed(state.drafts) if d.label.scheme == label.scheme), None)
    if previous is None or not (label.number.isdigit() and previous.label.number.isdigit()):
        return False
    return int(label.number) != int(previous.label.number) + 1


def _add_section(state: _State, label: str, title: str, level: int) -> None:
    key = len(state.sections)
    above = [lv for lv in state.current_section if lv < level]
    parent = state.current_section[max(above)] if above else None
    state.sections.append(ParsedSection(key, label, title, level, parent))
    state.current_section = {lv: k for lv, k in state.current_section.items() if lv < level}
    state.current_section[level] = key


def _last_letter(state: _State) -> str | None:
    for section in reversed(state.sections):
        if section.level == 2:
            return section.label[:1]
        if section.level < 2:
            return None
    return None


def _section_key(state: _State) -> int | None:
    if not state.current_section:
        return None
    return state.current_section[max(state.current_section)]


def _assemble(state: _State, *, source_name: str, content_hash: str) -> ParsedDocument:
    schemes = Counter(d.label.scheme for d in state.drafts)
    items: list[ParsedItem] = []
    front = read_front_matter(state.front)
    front_kinds = _document_kinds(front.kinds, front.symbol, schemes)
    participants: tuple[Participant, ...] = ()
    agenda = None
    if schemes and "resolution" in front_kinds:
        for number, text in enumerate(preambular_paragraphs(state.front), start=1):
            items.append(ParsedItem(f"PP{number}", f"PP{number}", text, "preambular paragraph"))
    if schemes:
        # A treaty's items are its articles, whatever the count of paragraphs inside them.
        scheme = "article" if schemes["article"] >= 3 else schemes.most_common(1)[0][0]
        for draft in state.drafts:
            text = draft.text
            agenda = agenda or agenda_from_text(text)
            if draft.label.scheme != scheme:
                participants = participants or participants_from_text(text) or ()
                continue
            if "resolution" in front_kinds:
                text = _ADOPTION.sub("", text)
            items.append(
                ParsedItem(
                    number=draft.label.number,
                    label=draft.label.label,
                    text=text,
                    kind=_item_kind(scheme, front_kinds, text),
                    section_key=draft.section_key,
                )
            )
    for text in state.others:
        participants = participants or participants_from_text(text) or ()
    agenda = front.agenda_item or agenda
    kind = _kind(front_kinds)
    title = _title(kind, agenda, front.symbol, state.sections, source_name)
    return ParsedDocument(
        title=title,
        content_hash=content_hash,
        source_name=source_name,
        symbol=front.symbol,
        kind=kind,
        doc_date=front.doc_date,
        agenda_item=agenda,
        distribution=front.distribution,
        original_language=front.original_language,
        meeting=Meeting(
            body=front.body,
            session=front.session,
            venue=front.venue,
            start_date=front.start_date,
            end_date=front.end_date,
        ),
        sections=tuple(state.sections),
        items=tuple(items),
        participants=participants,
    )


def _document_kinds(kinds: list[str], symbol: str | None, schemes: Counter[str]) -> list[str]:
    """The kinds the first page names, completed from the symbol and the numbering."""
    kinds = list(kinds)
    if symbol and "/RES/" in symbol and "resolution" not in kinds:
        kinds.insert(0, "resolution")
    if symbol and "/Add." in symbol and "addendum" not in kinds:
        kinds.append("addendum")
    if not kinds and schemes["article"] >= 3:
        kinds.append("treaty")
    return kinds


_RECOMMENDS = re.compile(
    r"\b(?:Committee|Group|Board|Panel|Meeting|Conference|Secretary-General)\s+"
    r"(?:also\s+|further\s+|therefore\s+)?recommends\b"
)


# The adoption line closes a resolution: "52nd (resumed) plenary meeting 27 December 2019".
_ADOPTION = re.compile(r"\s\d{1,3}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary meeting\b.*$")


def _item_kind(scheme: str, document_kinds: list[str], text: str) -> str:
    """Operative paragraphs in a resolution; in a report, a paragraph in which the body
    recommends ("the Advisory Committee recommends ...") is a recommendation."""
    if "resolution" in document_kinds and scheme in ("dot", "bracket"):
        return "operative paragraph"
    if scheme in ("dot", "decimal") and _RECOMMENDS.search(text):
        return "recommendation"
    return ITEM_KIND[scheme]


def _kind(kinds: list[str]) -> str | None:
    if not kinds:
        return None
    main = next((k for k in kinds if k != "addendum"), None)
    if main and "addendum" in kinds:
        return f"{main}, addendum"
    return main or kinds[0]


def _title(
    kind: str | None,
    agenda: str | None,
    symbol: str | None,
    sections: list[ParsedSection],
    source_name: str,
) -> str:
    subject = agenda.split(". ", 1)[-1] if agenda else None
    if subject is None:
        deepest = [s for s in sections if s.level == 2] or sections
        subject = deepest[0].title if deepest else None
    head = kind.capitalize() if kind else (symbol or None)
    if head and subject:
        return f"{head}: {subject}"
    return head or subject or source_name
