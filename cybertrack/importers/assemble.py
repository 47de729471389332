"""Drafts and sections to a ParsedDocument: which drafts are items, their units, the metadata.

Every draft of a numbered paragraph is an item, with two exceptions that are part of the
document's frame rather than of what is negotiated: the paragraph that introduces a list of
items numbered in another way ("1. ... the following recommendations:" before "(1)", "(2)"),
and the paragraph that lists the delegations that spoke (it becomes the participants).
"""

from __future__ import annotations

import re
from collections import Counter

from cybertrack.domain.model import (
    Coverage,
    Meeting,
    ParsedDocument,
    ParsedItem,
    ParsedSection,
    Participant,
)
from cybertrack.domain.units import RevisionView, Unit
from cybertrack.importers.completeness import findings, left_out_passages
from cybertrack.importers.draft import Draft, Tally
from cybertrack.importers.headings import is_annex
from cybertrack.importers.labels import ITEM_KIND, named_unit
from cybertrack.importers.metadata import (
    FrontMatter,
    agenda_from_text,
    document_title,
    participants_from_text,
    read_front_matter,
)
from cybertrack.importers.openers import drop_adoption
from cybertrack.importers.sequences import strip_trailing_mark
from cybertrack.importers.sponsors import draft_kind
from cybertrack.importers.title_language import in_text_language

# The first items, whose words tell the text's language (a translation may follow them).
_TITLE_SAMPLE = 12
_RECOMMENDS = re.compile(
    r"\b(?:Committee|Group|Board|Panel|Meeting|Conference|Secretary-General)\s+"
    r"(?:also\s+|further\s+|therefore\s+)?recommends\b"
)
# A list introduced as recommendations, in the six languages.
_RECOMMENDATIONS = re.compile(r"recommend|recomend|рекоменд|建议|توصي|التوصيات", re.IGNORECASE)


def assemble(
    drafts: list[Draft],
    sections: list[ParsedSection],
    front_lines: list[str],
    tally: Tally,
    *,
    source_name: str,
    content_hash: str,
    revisions: RevisionView | None = None,
    header_symbol: str | None = None,
) -> ParsedDocument:
    front = read_front_matter(front_lines)
    # The symbol printed only in the running header ("A/RES/75/282" over a French resolution
    # whose first page names no symbol of its own): the kind and the title's head follow it.
    front.symbol = front.symbol or header_symbol
    numbered = [d for d in drafts if not d.is_preambular]
    schemes = Counter(d.label.scheme for d in numbered)
    main = (
        "article" if schemes["article"] >= 3 else (schemes.most_common(1)[0][0] if schemes else "")
    )
    named = sum(1 for d in numbered if named_unit(d.label) is not None)  # rules, conclusions
    kinds = _document_kinds(front.kinds, front.symbol, schemes["article"] - named)
    if not kinds and (one_draft := _one_draft(sections)) is not None:
        kinds = [one_draft]  # "Draft decision -/CMA.6" heading the text
    items: list[ParsedItem] = []
    kept: list[Draft] = []
    participants: tuple[Participant, ...] = ()
    agenda = None
    left_ids: set[int] = set()
    # A resolution's annex (a declaration, a convention's notes) has no operative paragraphs.
    annexes = {s.key for s in sections if s.parent_key is None and is_annex(s.label)}
    first_article = next((d.first.index for d in numbered if d.label.scheme == "article"), None)
    # A division opened after the last article (an annex of interpretative notes) numbers
    # paragraphs of its own.
    after_articles = _divisions_after(
        [d.section_key for d in numbered if d.label.scheme == "article"], sections
    )
    texts = [d.text for d in drafts]  # each draft's text, joined once
    intros = _parent_intros(drafts)
    # Whether each introducing paragraph speaks of recommendations: read once, not per item
    # of its list (a review's 184 recommendations share one).
    recommending = {
        i: bool(_RECOMMENDATIONS.search(texts[i])) for i in set(intros) if i is not None
    }
    listed = [intro is not None and recommending[intro] for intro in intros]
    for index, draft in enumerate(drafts):
        text = texts[index]
        division = _division(draft.section_key, sections)
        if (
            main == "article"
            and first_article is not None
            and draft.label.scheme not in ("article", "pp")
            and draft.first.index > first_article
            and division not in after_articles
        ):
            # A treaty numbers paragraphs inside its articles; a numbered paragraph after the
            # first article that is in none (a translation, a note) is reported, not an item.
            tally.leave_out_draft(draft, draft.section_key)
            left_ids.add(id(draft))
            continue
        if not draft.is_preambular:
            agenda = agenda or agenda_from_text(text)
            if draft.label.scheme != main:
                found = participants_from_text(text)
                if found:
                    participants = participants or found
                    continue
                if _introduces(draft, drafts, index):
                    continue
            text = drop_adoption(text)
            text = strip_trailing_mark(text)  # "... on 10 May 2021; 1": a footnote's mark
        # A number with nothing after it ("Article 5" and then a table) is still an item.
        text = text or draft.label.label
        items.append(
            ParsedItem(
                number=draft.label.number,
                label=draft.label.label,
                text=text,
                kind=_unit(
                    draft,
                    kinds,
                    text,
                    listed[index],
                    in_annex=division in annexes,
                ),
                section_key=draft.section_key,
                revision=draft.revision,
                other_text=draft.other_text,
            )
        )
        kept.append(draft)
    # Every numbered paragraph counts in its sequence, a list's introduction included.
    numbered_kept = [d for d in drafts if id(d) not in left_ids]
    agenda = front.agenda_item or agenda
    kind = _kind(kinds)
    coverage = Coverage(
        placed=tally.placed,
        left_out=tally.left_out_chars,
        tables=tally.tables,
        footnotes=tally.footnotes,
        front=tally.front,
    )
    leading = sections[0].title if sections and not sections[0].label else None
    sample = [item.text for item in items[:_TITLE_SAMPLE]]
    front.titles = in_text_language(front.titles, sample, leading)
    title = _title(kind, agenda, front, sections, source_name)
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
        sections=tuple(sections),
        items=tuple(items),
        participants=participants or front.sponsors,
        coverage=coverage,
        left_out=left_out_passages(tally, kept, sections),
        warnings=findings(numbered_kept, sections, tally, coverage, revisions),
    )


def _introduces(draft: Draft, drafts: list[Draft], index: int) -> bool:
    """'1. ... the following recommendations:' before a list numbered another way ("(1)")."""
    following = next((d for d in drafts[index + 1 : index + 3] if not d.is_preambular), None)
    if following is None or not draft.tail.endswith((":", "：")):
        return False
    if draft.label.scheme == "op":
        return False  # "Adopts the following political declaration ...:", a resolution's own
    if following.label.sequence == draft.label.sequence:
        return False
    if following.label.stem == draft.label.number:
        # "121." before "121.1": the list is numbered under the paragraph, which is one of
        # the document's own paragraphs (a review's recommendations), not a frame around it.
        return False
    return following.label.ordinal <= 1


def _parent_intros(drafts: list[Draft]) -> list[int | None]:
    """For each item, the index of paragraph "140." whose list "140.1", "140.2", ... it
    belongs to (the last paragraph numbered "n." or "n)" before it, if its number is the
    item's stem); one pass over the items."""
    intros: list[int | None] = []
    last: int | None = None  # the last "n." or "n)" paragraph so far
    for index, draft in enumerate(drafts):
        scheme = draft.label.scheme
        stem_of = last is not None and drafts[last].label.number == draft.label.stem
        intros.append(last if scheme == "decimal" and stem_of else None)
        if scheme in ("dot", "bracket"):
            last = index
    return intros


def _division(key: int | None, sections: list[ParsedSection]) -> int | None:
    """The top-level section (chapter, part, annex) the section `key` is in."""
    while key is not None and sections[key].parent_key is not None:
        key = sections[key].parent_key
    return key


def _divisions_after(article_keys: list[int | None], sections: list[ParsedSection]) -> set[int]:
    """The top-level sections that open after the last article's, holding no article."""
    if not article_keys:
        return set()
    holding = {_division(key, sections) for key in article_keys}
    last = max((key for key in holding if key is not None), default=-1)
    return {
        s.key for s in sections if s.parent_key is None and s.key > last and s.key not in holding
    }


# The kinds of text whose numbered paragraphs are operative ones.
_DECIDES = ("resolution", "decision", "draft resolution", "draft decision")


def _unit(
    draft: Draft,
    kinds: list[str],
    text: str,
    listed_as_recommendations: bool,
    *,
    in_annex: bool,
) -> Unit:
    scheme = draft.label.scheme
    if draft.is_preambular:
        return Unit.PREAMBULAR
    if scheme in ("dot", "bracket") and (
        draft.operative or (not in_annex and any(kind in _DECIDES for kind in kinds))
    ):
        return Unit.OPERATIVE
    if "corrigendum" in kinds:
        return Unit.PARAGRAPH  # a correction, whatever the paragraph it quotes says
    if "amendments" in kinds and scheme in ("dot", "bracket", "paren"):
        return Unit.AMENDMENT  # "1. Delete the fifth preambular paragraph."
    # The literal first: the pattern's search tries every word of every paragraph.
    if scheme in ("dot", "decimal") and "recommends" in text and _RECOMMENDS.search(text):
        return Unit.RECOMMENDATION
    if listed_as_recommendations:
        return Unit.RECOMMENDATION
    return named_unit(draft.label) or ITEM_KIND.get(scheme, Unit.PARAGRAPH)


# A draft not yet numbered, as a conference prints it over its text: "Draft decision -/CMA.6",
# "Projet de décision -/CP.29", "Draft resolution -/1".
_UNNUMBERED_DRAFT = re.compile(
    r"^(?:Draft|Projet de|Proyecto de|Проект)\s+(?P<kind>decision|décision|decisión|решения"
    r"|resolution|résolution|resolución|резолюции)\s+-/",
    re.IGNORECASE,
)


def _one_draft(sections: list[ParsedSection]) -> str | None:
    """'draft decision' (or resolution) when the text is one draft not yet numbered."""
    drafts = [m for s in sections if s.level == 1 and (m := _UNNUMBERED_DRAFT.match(s.label))]
    return draft_kind(drafts[0]["kind"]) if len(drafts) == 1 else None


def _document_kinds(kinds: list[str], symbol: str | None, articles: int) -> list[str]:
    """The kinds the first page names, completed from the symbol and the numbering (articles
    make a treaty; rules and regulations do not)."""
    kinds = list(kinds)
    if symbol and "/RES/" in symbol and "resolution" not in kinds:
        kinds.insert(0, "resolution")
    if symbol and "/Add." in symbol and "addendum" not in kinds:
        kinds.append("addendum")
    if not kinds and articles >= 3:
        kinds.append("treaty")
    return kinds


def _kind(kinds: list[str]) -> str | None:
    if not kinds:
        return None
    main = next((k for k in kinds if k != "addendum"), None)
    if main and "addendum" in kinds:
        return f"{main}, addendum"
    return main or kinds[0]


# A title that names its own kind of draft, or the amendments it is.
_DRAFTS = (
    "draft ",
    "projet ",
    "proyecto ",
    "проект ",
    "amendment",
    "amendement",
    "enmienda",
    "поправк",
)


def _title(
    kind: str | None,
    agenda: str | None,
    front: FrontMatter,
    sections: list[ParsedSection],
    source_name: str,
) -> str:
    """The kind and the document's own title: "Resolution: Countering the use of ..."."""
    subject = _decision_title(sections) or document_title(front)
    if subject is None and front.byline:
        # "Report of the Working Group on the Universal Periodic Review: Chile"; a Main
        # Committee's report is known by its agenda item ("Report of the First Committee:
        # Reduction of military budgets": the Committee reports on twenty items).
        item = agenda.split(". ", 1)[-1] if agenda and ". " in agenda else None
        return f"{front.byline}: {item}" if item and ":" not in front.byline else front.byline
    if subject is None and front.numbered_kind and not agenda:
        return front.numbered_kind  # "Resolution 2722 (2024)": a Security Council resolution
    if subject is None and agenda:
        subject = agenda.split(". ", 1)[-1]
    if subject is None:
        # A section ("A. International cooperation") says more than its chapter.
        named = [s for s in sections if s.level == 2 and len(s.title) > 3] or [
            s for s in sections if s.level == 1 and len(s.title) > 3
        ]
        subject = named[0].title if named else None
    head = kind[:1].upper() + kind[1:] if kind else (front.symbol or None)
    if (
        head
        and subject
        and not subject.casefold().startswith((head.casefold(), *(_DRAFTS if kind else ())))
    ):
        # Not "Treaty: Treaty on the Non-Proliferation ...", "Treaty: Draft agreement ...".
        return f"{head}: {subject}"
    if subject:
        return subject
    return head or subject or source_name


def _decision_title(sections: list[ParsedSection]) -> str | None:
    """A single resolution or decision: its own title ("74/247. Countering ...")."""
    decisions = [s for s in sections if s.level == 1 and "/" in s.label and s.title]
    return decisions[0].title if len(decisions) == 1 else None
