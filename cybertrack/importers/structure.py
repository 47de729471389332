"""From blocks to a document: headings become sections, numbered blocks become items.

One pass over the blocks, in reading order, decides where each block goes (see UN-DOCUMENTS.md
in the project's notes for the conventions relied on):
- a printed or automatic number is an item where it fits its sequence (`sequences`);
- "(a)", "(i)", bullets, a block in lower case and what follows a closing colon stay inside
  the item above; so does a block that opens a page, unless it opens with the next number or is
  a heading (a paragraph cut by a page break);
- between an addressee line ("The General Assembly,") and operative paragraph 1, every block is
  a preambular paragraph, whatever its language;
- in a treaty, an article holds its numbered paragraphs;
- tables, table notes and footnotes never flow into an item.
Every block's text is counted where it went (`Tally`), so nothing is dropped without a word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cybertrack.domain.model import ParsedSection
from cybertrack.domain.numbering import ROMAN, roman_value
from cybertrack.domain.text import normalise_space
from cybertrack.importers.blocks import BlockRole
from cybertrack.importers.commentary import article_headings
from cybertrack.importers.dates import parse_date
from cybertrack.importers.draft import Draft, Entry, Tally, is_title
from cybertrack.importers.headings import (
    DIVISION_ALONE,
    body_division,
    chapter_or_section,
    decision_heading,
    is_annex,
    is_caption,
    is_plain_heading,
    numbered_heading,
)
from cybertrack.importers.labels import (
    Label,
    is_alternative,
    is_bullet,
    is_subitem,
    match_bare_number,
)
from cybertrack.importers.metadata import SYMBOL, fascicle_part, has_title, opens_body
from cybertrack.importers.openers import (
    ADOPTION,
    closes_preamble,
    ends_preambular,
    is_addressee,
    is_author_alone,
    is_chapeau,
    is_corrigendum,
    is_meeting_line,
    is_preamble_heading,
    is_procedure,
    is_testimonium,
    is_thanks,
    opens_preambular,
    same_opening,
)
from cybertrack.importers.proposals import attributed_lines
from cybertrack.importers.sequences import SequenceJudge, Verdict, strip_trailing_mark

# An article's title that names a division: "Article 25 / Annex" (the article that makes the
# annex part of the convention), in the six languages.
_ANNEX_AS_TITLE = ("Annex", "Annexe", "Anexo", "Приложение", "附件", "المرفق")
# An annex's heading opening a block, its title after it ("Annex Joint Statement by ..."); not
# a sentence naming one ("Annex I to the report contains ...").
_ANNEX_OPENS = re.compile(rf"^(?:{'|'.join(_ANNEX_AS_TITLE)})(?:\s+[IVXLC\d]+)?\s+[A-ZÀ-ÝА-ЯЁ\[]")
# "(2025) to contribute ...": a citation's year at a line start, no paragraph's number.
_YEAR_IN_BRACKETS = re.compile(r"^\(\d{4}\)\s")
# What follows a table and belongs to it: "a For the period ...", "* Includes ...", "Note: ...".
_TABLE_NOTE = re.compile(
    r"^(?:[a-z](?:/|\s)\s*\S|\*{1,3}\s*\S|(?:Notes?|Sources?|Abbreviations?|Nota|Notas|Fuentes?|"
    r"Abreviaturas?|Abréviations?|Примечания?|Источники?|Сокращения|注|资料来源|缩写|ملاحظة|المصدر|"
    r"المختصرات)\s*[:：])"
)
_NAMED_NOTE = re.compile(
    r"^(?:Notes?|Sources?|Abbreviations?|Nota|Notas|Fuentes?|Abreviaturas?|Abréviations?|"
    r"Примечания?|Источники?|Сокращения|注|资料来源|缩写|ملاحظة|المصدر|المختصرات)\s*[:：]"
)
# A table of contents set as paragraphs: its heading, the "Page" over its column of numbers,
# and its lines, each a heading again with its page ("II. Recommendations 4", "Annex ..... 12").
_PAGES = r"(?:Page|Pages|Página|Стр\.?|Страница|页次|页码|الصفحة)"
_CONTENTS = re.compile(
    r"(?:Contents|Table des matières|Índice|Содержание|目录|المحتويات)\s*[:.]?(?:\s+"
    + _PAGES
    + ")?",
    re.IGNORECASE,
)
_PAGE_COLUMN = re.compile(_PAGES, re.IGNORECASE)
# A PDF may lose the tab before the page: "A. International cooperation4".
_PAGE_REFERENCE = re.compile(r"(?:\s|\.{3,}|…|(?<=[^\W\d]))\s*\d{1,3}$")
# A caption's second line: its unit or measure ("(Thousands of United States dollars)").
_CAPTION_LINE = re.compile(r"^\(.{1,200}\)$|^[^.;:,()]{1,300}(?:\([^()]{1,60}\))?$")
# A sentence cut short: a title never ends on these words.
_CUT_AFTER = re.compile(r"\b(?:and|or|of|the|to|in|for|with|by|an?|at|on|that|which)$")
# Python 3.11 reads an enum member through its class slowly (some 0.2 µs, a metaclass lookup):
# the walk asks several times per block, so it keeps the members at hand.
_BODY, _TABLE, _FOOTNOTE = BlockRole.BODY, BlockRole.TABLE, BlockRole.FOOTNOTE
_ITEM, _HEADING = Verdict.ITEM, Verdict.HEADING
TERMINAL = (".", ";", ":", "!", "?", "”", '"', "。", "；", "：", "؛")
_CLOSERS = ")]’”»"


# A footnote's star mark after a heading's last word ("Conclusions and/or recommendations**").
_STAR_MARK = re.compile(r"(?<=\w)\*{1,4}$")
# A Chinese chapter's numeral ("一、"), which numbers an article's paragraphs in a treaty.
_CJK_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3}[.、．]$")
# Characters: a sentence, not a heading's words.
_SENTENCE = 40
_SOLE_ENDS = (".", "。", ":", "：")
# An article's title, at most (an article named over a compilation's paragraphs).
_ARTICLE_TITLE = 120
# The numbers operative paragraphs are printed with, after a preamble.
_OPERATIVE = ("dot", "bracket", "op")
# A chapter's number in Roman numerals: "V. ", "XII. ".
_CHAPTER_NUMBER = re.compile(r"^[IVXLC]{1,7}\.\s")


def _named_article(entry: Entry) -> bool:
    """An article's name and title on a line of their own, no item's sequence taking it:
    "Article 5. Protection of sovereignty" (not "Article 5 of the Convention provides ...")."""
    label = entry.label
    if label is None or label.scheme != "article":
        return False
    title = label.rest.strip().lstrip("–—-:. ")
    return (
        entry.block.role is _BODY
        and len(title) <= _ARTICLE_TITLE
        and not title.endswith(TERMINAL)
        and not title[:1].islower()
    )


def _title_like(entry: Entry) -> bool:
    """A short line of running text that may stand above a table: no number, no stop."""
    text = entry.text
    return (
        entry.block.role is _BODY
        and entry.label is None
        and len(text) <= 120
        and not text.endswith((".", ";", ":"))
        and not is_subitem(text)
        and not text[:1].islower()
    )


_FIRST_DIVISIONS = frozenset(("", "I", "A", "1", "一", "أولا", "أولاً"))


def _opens_division(label: str) -> bool:
    """Whether a heading's label is the first of its series: "I.", "A.", "Chapter I", none."""
    last = label.rstrip(".)）:： ").rsplit(" ", 1)[-1] if label.strip() else ""
    return last in _FIRST_DIVISIONS


class Walker:
    """The one pass: each entry goes into an item, a heading, the front page or the tally."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.judge = SequenceJudge([(e.index, e.label) for e in entries if e.label is not None])
        self.article_headings = article_headings(entries)  # a commentary's, not a treaty's
        self.attributed = attributed_lines(entries)  # "China: ..." in a compilation
        self.tally = Tally()
        self.sections: list[ParsedSection] = []
        self.current: dict[int, int] = {}
        self.drafts: list[Draft] = []
        self.front: list[str] = []
        self.front_tail: Entry | None = None  # the entry just read, when it went to the front
        self.contents = False  # inside a table of contents set as paragraphs
        self.open: Draft | None = None  # the item text may still flow into
        self.article: Draft | None = None  # a treaty article holds its numbered paragraphs
        self.zone: int | None = None  # preambular paragraphs so far, inside a preamble
        self.headed_preamble = False  # right under "Preamble": the parties' line may follow
        self.operative = False  # items after a preamble are operative paragraphs
        self.resumable = False  # a chapter heading stood after operative paragraphs
        self.corrigendum = False  # the cover says "Corrigendum": numbered lines are corrections
        self.annotated: Draft | None = None  # the item a heading repeating it annotates
        self.seen_body = False
        self.after_table = False
        self.fresh_section = False
        self.pending_title: int | None = None  # a decision heading whose title follows
        self.caption = False  # inside a caption's lines
        self.adopted: int | None = None  # the entry of the adoption line (or its date, its vote)
        self.subtitle: int | None = None  # the heading a "(Resolution 78/250 B)" line belongs to
        self.letter: str | None = None  # the letter of the current section ("C" of "C. ...")
        self.announced: int | None = None  # the title a sole operative paragraph announces

    # -- sections -----------------------------------------------------------------------------
    def add_section(self, entry: Entry, label: str, title: str, level: int) -> None:
        key = len(self.sections)
        if level == 1 and is_annex(label):
            level = 0  # an annex holds the chapters and parts that follow it (a treaty's)
        title = _STAR_MARK.sub("", title)  # "... recommendations**": its note's mark
        above = [lv for lv in self.current if lv < level]
        parent = self.current[max(above)] if above else None
        self.sections.append(ParsedSection(key, label, title, level, parent))
        if level <= 2:
            self.letter = label[:1] if level == 2 else None
        self.current = {lv: k for lv, k in self.current.items() if lv < level}
        self.current[level] = key
        self.tally.placed += len(entry.text)
        self.open = self.article = None
        self.seen_body = self.fresh_section = True
        self.pending_title = None
        self.subtitle = key
        if level <= 1:
            self.annotated = None
            # Operative paragraphs may go on under a chapter heading (an outcome document's
            # "II. Final provisions" over paragraph 4): the next one continuing their numbers
            # takes them up again. An annex numbers its own.
            self.resumable = self.operative and level == 1
            self.operative = False
            self.zone = None

    def section_key(self) -> int | None:
        return self.current[max(self.current)] if self.current else None

    # -- the walk -----------------------------------------------------------------------------
    def run(self) -> None:
        for entry in self.entries:
            self.step(entry)

    def step(self, entry: Entry) -> None:
        subtitle, pending = self.subtitle, self.pending_title
        fronted = len(self.front)
        self.take(entry)
        self.front_tail = entry if len(self.front) > fronted else None
        if self.subtitle == subtitle:
            self.subtitle = None
        if pending is not None and self.pending_title == pending and entry.block.role is _BODY:
            # A heading's title is the line right under it, never a paragraph further down
            # (a preambular paragraph cut by a page break has no closing comma either).
            self.pending_title = None

    def take(self, entry: Entry) -> None:
        block, text = entry.block, entry.text
        if block.role is _TABLE:
            # A table (or figure) the page layout set inside a paragraph leaves it open: what
            # continues it in lower case, or at the top of the next page, still joins it.
            self.tally.tables += len(text)
            self.after_table = True
            return
        if block.role is _FOOTNOTE:
            self.tally.footnotes += len(text)
            return
        if self.contents_line(entry):
            self.tally.front += len(text)  # counted with the cover: no heading, no item
            return
        near_table = self.after_table or self.caption
        if (
            (near_table and _TABLE_NOTE.match(text))
            or _NAMED_NOTE.match(text)
            or (self.after_table and is_caption(text))
        ):
            self.tally.tables += len(text)  # "a For the period ...", "* Includes ..."
            return
        self.after_table = False
        if entry.label is None and self.captions(entry):
            self.tally.tables += len(text)
            return
        if entry.index in self.article_headings and entry.label is not None:
            self.article_heading(entry, entry.label)
            return
        verdict = None if self.citation(entry) else self.verdict(entry)
        if self.page_continuation(entry, verdict):
            self.append(entry)
            return
        if verdict is _ITEM and entry.label is not None:
            self.item(entry, entry.label)
        elif verdict is _HEADING and entry.label is not None:
            label, title = numbered_heading(entry.label) or (entry.label.label, entry.label.rest)
            self.add_section(entry, label, title, 3)
            # An annotated agenda repeats each item over its annotation ("2. Organizational
            # matters" again, then what the session will do under it): the item's text.
            self.annotated = self._named_again(entry.label.label, title)
        elif self.article is None and _named_article(entry):
            # "Article 5. Protection of sovereignty" alone, over its numbered paragraphs (a
            # compilation of proposals on a few articles): their heading, not the cover's.
            assert entry.label is not None
            self.article_heading(entry, entry.label)
        else:
            self.unnumbered(entry)

    def article_heading(self, entry: Entry, label: Label) -> None:
        """ "Article 2 – Illegal access" over a commentary's paragraphs; its title may be the
        line below ("Article 2" | "Illegal access")."""
        title = label.rest.strip().lstrip("–—-:. ").strip()
        self.add_section(entry, label.label, title, 3)
        if not title:
            self.pending_title = len(self.sections) - 1

    def contents_line(self, entry: Entry) -> bool:
        """A line of a table of contents set as paragraphs (Word's own, or typed with tabs):
        the headings again, with their pages. The table ends at the first line that gives no
        page."""
        text = entry.text
        if _CONTENTS.fullmatch(text):
            self.contents = True
            return True
        if not self.contents:
            return False
        if _PAGE_COLUMN.fullmatch(text) or (len(text) <= 150 and _PAGE_REFERENCE.search(text)):
            return True
        self.contents = False
        return False

    def _cut_by_page(self, entry: Entry) -> bool:
        """The block stops on a word no title ends on, and the block atop the next page,
        after the few that end this one, goes on with it in lower case."""
        if not _CUT_AFTER.search(entry.text):
            return False
        for following in self.entries[entry.index + 1 : entry.index + 6]:
            block = following.block
            if block.page_start and block.role is _BODY:
                return following.text[:1].islower()
        return False

    def captions(self, entry: Entry) -> bool:
        """A table's or figure's caption and the lines under it ("Figure 16.III", "Performance
        measure: ...", "(Thousands of United States dollars)"), and a short line that stands
        right above a table: they go with the table."""
        text = entry.text
        if is_caption(text):
            self.caption = True
            return True
        if self.caption and _CAPTION_LINE.match(text) and not is_subitem(text):
            # A caption's line, unless a numbered paragraph follows: then it is the heading
            # above it ("Deliverables" under a figure's caption, over "16.29 Table 16.3 ...").
            following = next((e for e in self.entries[entry.index + 1 :] if e.text), None)
            if following is None or following.label is None or following.block.role is _TABLE:
                return True
        self.caption = False
        if len(text) > 300 or text.endswith((".", ";", ":")):
            return False
        if is_subitem(text) or text[:1].islower():
            # "(d) Promote ... and cooperate with" | a table: a paragraph cut by the table
            # (or by a page whose top the layout read as one), never the table's title.
            return False
        if self._cut_by_page(entry):
            # "Convinced that the rule of law ... at the national and" | a note the layout read
            # as a table | "international levels, ..." atop the next page: a paragraph the page
            # cut, no table's title.
            return False
        if not any(e.text for e in self.entries[: entry.index]):
            return False  # the document's first line: its title, over a table or not
        if not self.seen_body and SYMBOL.match(text):
            return False  # the symbol over the masthead's table ("General Assembly", "Distr.")
        if entry.block.heading_hint and _CHAPTER_NUMBER.match(text):
            return False  # "V. Summary of follow-up action ..." over its table: a chapter
        # Over the table's other short lines above it: "(Thousands of United States
        # dollars)" above "Category", a column heading the layout left out of the table.
        for following in self.entries[entry.index + 1 : entry.index + 4]:
            if not following.text:
                continue
            if following.block.role is _TABLE:
                # A starred note under the cover's last line ("* The annex ... circulated as
                # received.") is no table that line would be the caption of ("Costa Rica").
                return self.seen_body or not following.text.startswith("*")
            if not self.seen_body or not _title_like(following):
                return False  # the cover's lines (title, agenda item) are no table's
        return False

    def verdict(self, entry: Entry) -> Verdict | None:
        label = entry.label
        if self.article is not None and label is not None and label.scheme != "article":
            return None  # a paragraph inside the article
        if label is None:
            bare = match_bare_number(entry.text) if self.seen_body else None
            if bare is None or (len(entry.text) < 40 and parse_date(entry.text)):
                return None  # "4 April 2024" under the adoption line: a date, no paragraph 4
            verdict = self.judge.judge(entry.index, bare, bare=True, hint=entry.block.heading_hint)
            if verdict is _ITEM:
                entry.label = bare
            return verdict
        return self.judge.judge(
            entry.index,
            label,
            hint=entry.block.heading_hint and not entry.block.auto_label and not self.corrigendum,
            fresh_section=self.fresh_section,
            corrections=self.corrigendum,
        )

    def page_continuation(self, entry: Entry, verdict: Verdict | None) -> bool:
        """A block that opens a page continues the paragraph the page break cut."""
        if not entry.block.page_start or verdict is _ITEM or ADOPTION.match(entry.text):
            return False  # "65e séance plénière" atop the last page closes the resolution
        if self.zone is not None and self.drafts and self.drafts[-1].is_preambular:
            last = self.drafts[-1]
            return not ends_preambular(last.tail) or entry.text[:1].islower()
        if self.open is None or verdict is _HEADING:
            return False
        if entry.block.heading_hint and self.heading(entry) is not None:
            return False  # a heading set as one atop the page ("Theme: A43 ..." over its rows)
        # "... without a vote (see para. 7).3": the footnote's mark after the stop.
        finished = strip_trailing_mark(self.open.tail).endswith(TERMINAL)
        if finished and _ANNEX_OPENS.match(entry.text):
            return False  # "Annex" | "Joint Statement ..." | its text, atop the next page
        if finished:
            # After a finished sentence, what goes on is sentences too: a few words with no
            # stop ("Result 1: improved ... Programme performance in 2025") head what follows.
            unfinished = not entry.text.rstrip().rstrip(_CLOSERS).endswith(TERMINAL)
            return self.heading(entry) is None and not (unfinished and len(entry.text) <= 300)
        return True

    def append(self, entry: Entry) -> None:
        target = self.open if self.open is not None else self.drafts[-1]
        # A paragraph Word numbered keeps its number in the item it joins (an article's "1.",
        # "2."): printed on the page, it is not in the paragraph's text.
        numbered = entry.label is not None and entry.block.auto_label is not None
        target.add(entry, entry.label.label if numbered and entry.label else "")
        self.tally.placed += len(entry.text)

    def item(self, entry: Entry, label: Label) -> None:
        # Printed preambular numbers ("Pp3") replace the zone's own; the first paragraph
        # numbered otherwise after a preamble is operative.
        self.annotated = None
        after_preamble = self.zone is not None or bool(
            self.drafts and self.drafts[-1].is_preambular
        )
        self.zone = None
        if label.scheme != "pp" and (after_preamble or self._resumes(label)):
            self.operative = True
        self.resumable = False
        if self.article is not None and label.scheme != "article":
            self.append(entry)
            return
        if label.scheme == "article" and label.stem:
            self._division_of(label)
        if not self.seen_body:
            self.first_heading()
        draft = Draft(label, self.section_key(), entry, operative=self.operative)
        self.drafts.append(draft)
        self.tally.placed += len(entry.text)
        self.open = draft
        self.article = draft if label.scheme == "article" else None
        self.seen_body = True
        self.fresh_section = False

    def _division_of(self, label: Label) -> None:
        """An article that is only a title, over numbers of a sequence of their own, heads them:
        the Staff Regulations' "Article I" and its title over regulations 1.1 and rules 1.1,
        the French Financial Regulations' "Article V" over "Article 5.1"."""
        article = self.article
        if article is None or article.has_body or article is not self.drafts[-1]:
            return
        if article.label.stem == label.stem:
            return
        self.drafts.pop()
        self.tally.placed -= article.chars
        title = article.text.removesuffix(":").strip()
        self.add_section(article.first, article.label.label, title, 1)

    def _named_again(self, label: str, title: str) -> Draft | None:
        """The item an unnumbered heading repeats, number and words: "2. Organizational
        matters" over the annotation of agenda item 2."""
        words = normalise_space(title).rstrip(".;:").casefold()
        if not words:
            return None
        for draft in self.drafts:
            if draft.label.label != label:  # the label first: joining each text is not cheap
                continue
            text = draft.text.casefold()
            ends = len(text) == len(words) or text[len(words) : len(words) + 1] in (*".;:,(", " ")
            if text.startswith(words) and ends:
                return draft  # its words, or its first words before its sub-items
        return None

    def _resumes(self, label: Label) -> bool:
        """Whether `label` continues the operative paragraphs a chapter heading interrupted."""
        if not self.resumable:
            return False  # before the search: a report with no operative part has many items
        last = next((d for d in reversed(self.drafts) if d.operative), None)
        return (
            last is not None
            and last.label.scheme == label.scheme
            and last.label.number.isdigit()
            and label.number.isdigit()
            and int(label.number) == int(last.label.number) + 1
        )

    def first_heading(self) -> None:
        """A heading right above the first item ("## International cooperation" under the
        title) heads the items, as any later heading does, when the title block stands above
        it: a heading by its style, or a chapter or part by its name ("Chapter I" over
        "General provisions" in a plain text)."""
        tail = self.front_tail
        if tail is None:
            return
        above = self.front[:-1]
        division = body_division(tail.text)
        if (
            division is not None and has_title(above) and not fascicle_part(above, division[0])
        ):  # "Chapter I. General provisions"
            self.front.pop()
            self.tally.front -= len(tail.text)
            self.add_section(tail, *division, 1)
            return
        if not opens_body(self.front):
            return
        # "CHAPTER I" on the line above names it, as later chapters are named.
        if tail.block.heading_hint:
            chapter = chapter_or_section(above[-1], None) if above else None
        else:
            named = body_division(above[-1]) if above else None
            fascicle = named is not None and fascicle_part(above, named[0])
            chapter = (*named, 1) if named is not None and not fascicle else None
        if chapter is not None and not chapter[1]:
            self.front.pop()
            self.tally.front -= len(tail.text)
            named_by = self.front.pop()
            self.tally.front -= len(named_by)
            self.tally.placed += len(named_by)
            self.add_section(tail, chapter[0], tail.text, chapter[2])
        elif tail.block.heading_hint:
            self.front.pop()
            self.tally.front -= len(tail.text)
            self.add_section(tail, "", tail.text, 3)

    def _next_division(self, alone: re.Match[str]) -> bool:
        """Whether a letter or numeral alone follows the last section of its level."""
        if alone["letter"]:
            last = self.letter or ""
            return alone["letter"] == (chr(ord(last) + 1) if last else "A")
        labels = [s.label.rstrip(".") for s in self.sections if s.level == 1 and s.label]
        previous = roman_value(labels[-1]) if labels and ROMAN.fullmatch(labels[-1]) else 0
        value = roman_value(alone["numeral"].rstrip("."))
        # A draft's own parts count from I again, under the report's chapters.
        in_draft = any(d.operative for d in self.drafts if d.section_key == self.section_key())
        return value == previous + 1 or (value == 1 and in_draft)

    def heading(self, entry: Entry) -> tuple[str, str, int] | None:
        """(label, title, level) when the unnumbered entry is a heading."""
        text = entry.text
        if found := chapter_or_section(text, self.letter, named=self.seen_body):
            in_article = self.open is not None and self.open.label.scheme == "article"
            if in_article and _CJK_NUMERAL.match(found[0]):
                return None  # "一、维持国际和平及安全" inside 第一条: its paragraph 1
            return found
        if self.seen_body and (alone := DIVISION_ALONE.match(text)) and self._next_division(alone):
            # "A." or "II." alone, its title in the next block ("Draft resolution ..."), when
            # it goes on the sequence ("I." alone in a budget table's rows is none).
            return (text, "", 2 if alone["letter"] else 1)
        if found_decision := decision_heading(text):
            return (*found_decision, 1)
        if entry.block.heading_hint and self.seen_body and (len(text) <= 300 or text[-1] != "."):
            return ("", text, 3)
        return None

    def unnumbered(self, entry: Entry) -> None:
        text = entry.text
        if self.article is not None and self.in_article(entry):
            return
        if entry.index == self.announced:
            # "... adopts the following political declaration ...:" | its title | its text.
            self.add_section(entry, "", text, 3)
            self.open = None
            return
        if self.subtitle is not None and text.startswith("(") and text.endswith(")"):
            self.title_line(entry, self.subtitle)  # "(Resolution 78/250 B)" under its heading
            return
        if self.zone is None and is_preamble_heading(text) and self.preamble_follows(entry):
            # "Preamble" over "Whereas ..." paragraphs (the Universal Declaration) or over the
            # parties' addressee line: the preamble's heading, its paragraphs preambular.
            self.add_section(entry, "", text.rstrip(":： ").strip(), 3)
            self.zone = 0
            self.headed_preamble = True
            return
        if self.headed_preamble and self.zone == 0 and self.addressee(entry):
            self.headed_preamble = False
            self.tally.placed += len(text)  # "The States Parties ...," under "Preamble"
            return
        self.headed_preamble = False
        if (self.zone is not None or self.seen_body) and is_author_alone(text):
            # "The General Assembly" between the recitals and "Proclaims this Universal
            # Declaration ...", or under the resolution's number and title: who speaks, no
            # recital and no section.
            self.tally.placed += len(text)
            self.open = None
            return
        if self.corrigendum and self.open is not None:
            self.append(entry)  # "For 1,234,500 read 1,243,500" under "1. Paragraph 12"
            return
        heading = self.heading(entry)
        if self.annotated is not None and (heading is None or is_subitem(text)):
            self.annotated.add(entry)  # the annotation, and its lettered sub-items' headings
            self.tally.placed += len(text)
            return
        untitled = self.pending_title is not None and (heading is None or not heading[0])
        if untitled and is_plain_heading(text, longest=300) and not is_author_alone(text):
            self.title_line(entry)
            return
        # A heading by its style alone, before the body, is a line of the title block.
        front_title = entry.block.heading_hint and not self.seen_body
        if heading is not None and not (front_title and not heading[0]):
            self.add_section(entry, *heading)
            if (heading[0] and not heading[1]) or decision_heading(text):
                self.pending_title = len(self.sections) - 1
            title = heading[1].strip("[] ")
            if self.zone is None and is_preamble_heading(title) and self.preamble_follows(entry):
                # "A. [[Preamble]" in a negotiating text: its options and recitals are
                # preambular, as under "Preamble" alone.
                self.zone = 0
                self.headed_preamble = True
            return
        if is_caption(text):
            self.tally.tables += len(text)
            return
        if is_procedure(text):
            self.tally.placed += len(text)  # "The meeting rose at 1 p.m.": no one's words
            self.open = None
            return
        if self.zone is None and self.addressee(entry) and self.preamble_follows(entry):
            self.zone = 0
            self.seen_body = True
            self.tally.placed += len(text)
            self.open = None
            return
        if self.zone is None and not self.drafts and self.sole_operative(entry):
            # "The General Assembly" | "Endorses the political declaration ..., which is
            # contained in the annex to the present resolution." (A/78/L.1): a resolution's
            # one operative paragraph, which the UN prints unnumbered, over its annex.
            self.item(entry, Label("op", "1", "OP1", text))
            following = next((e for e in self.entries[entry.index + 1 :] if e.text), None)
            if (
                text.endswith((":", "："))
                and following
                and is_plain_heading(following.text, longest=300)
            ):
                self.announced = following.index  # the adopted declaration's title
            return
        if self.zone is None and is_chapeau(text) and self.preamble_follows(entry):
            # "We, Heads of State and Government, ... assembled ...," over paragraph 1 of a
            # declaration: negotiated as any paragraph, the first of its preamble.
            self.zone = 0
            self.seen_body = True
            self.open = None
            self.preambular(entry)
            return
        if self.zone is None and not self.drafts and self.recital(entry):
            # Recitals with neither a heading nor an author's line above them ("لما كان ...،"
            # under a misspelt "Preamble"): a preamble all the same, never the cover.
            self.zone = 0
            self.seen_body = True
            self.open = None
            self.preambular(entry)
            return
        preamble = self.zone is not None or bool(self.drafts and self.drafts[-1].is_preambular)
        if preamble and closes_preamble(text):
            self.tally.placed += len(text)  # "Have agreed as follows:": the articles follow
            return
        if self.zone is not None:
            self.preambular(entry)
            return
        if self.seen_body and len(text) < 80 and is_thanks(text):
            self.tally.placed += len(text)  # "Thank you, Madam Chair.": a statement's close
            self.open = None
            return
        if self.open is not None and self.drafts_title(entry):
            # "... recommends ... the adoption of the following draft resolution:" | "Crimes
            # against humanity" | "The General Assembly,": the draft's title, no words of the
            # paragraph that announces it.
            self.add_section(entry, "", text, 3)
            return
        if self.open is not None and (self.flows_on(text) or self.cited(entry)):
            self.append(entry)
            return
        if self.joins_paragraph_above(entry):
            self.append(entry)  # "Option 2: ..." under paragraph 12: one of its wordings
            return
        adoption = ADOPTION.match(text) or is_meeting_line(text)
        # After it, its date and how it was adopted: "[Adopted without a vote.]", "[Adopted by
        # a recorded vote of 28 to 13 ... The voting was as follows: ...]".
        after = self.adopted is not None and entry.index == self.adopted + 1
        voted = after and text.startswith("[") and text.rstrip(". ").endswith("]")
        if adoption or voted or (after and parse_date(text) and len(text) < 40):
            # "52nd plenary meeting" and its date close the resolution.
            self.tally.placed += len(text)
            self.open = None
            self.adopted = entry.index
            return
        if not self.seen_body:
            self.corrigendum = self.corrigendum or is_corrigendum(text)
            self.front.append(text)
            self.tally.on_cover(entry)
            return
        # "(a) Movement of equipment" is a heading; a bulleted line (a list of mandates under
        # "Conventions and protocols") never is.
        lettered = (
            is_subitem(text) and not is_bullet(text) and is_plain_heading(text.split(" ", 1)[-1])
        )
        if (is_plain_heading(text) or lettered) and (
            self.open is None or self.open.tail.endswith(TERMINAL)
        ):
            self.add_section(entry, "", text, 3)
            return
        self.tally.leave_out(entry, self.section_key())
        self.open = None

    def drafts_title(self, entry: Entry) -> bool:
        """A title line between a paragraph that ends on a colon and an addressee line."""
        assert self.open is not None
        if not self.open.tail.endswith(":") or not is_plain_heading(entry.text, longest=300):
            return False
        following = next((e for e in self.entries[entry.index + 1 :] if e.text), None)
        return following is not None and is_addressee(following.text)

    def flows_on(self, text: str) -> bool:
        """Sub-items, bullets, text in lower case, what a colon announces and the text under a
        number that stands alone join the item."""
        assert self.open is not None
        closed = self.open.tail.endswith((".", "。"))
        if is_subitem(text) and closed and is_plain_heading(text.split(" ", 1)[-1]):
            return False  # "(a) Movement of equipment" after a finished paragraph: a heading
        return (
            is_subitem(text)
            or text[:1].islower()
            or not self.open.has_body  # "Recommendation 1" alone, its text below it
            or self.open.tail.endswith(":")
            or (text[:1] in '“"«' and self.open.tail.endswith((":", ",")))
        )

    def joins_paragraph_above(self, entry: Entry) -> bool:
        """An alternative wording ("Option 2:", "Alt. 13.") or a delegation's proposal
        ("China: ...") joins the numbered paragraph it stands under: the open one, else the
        last one of the same section, opened again."""
        if not is_alternative(entry.text) and entry.index not in self.attributed:
            return False
        if self.open is None:
            last = self.drafts[-1] if self.drafts else None
            if last is None or last.is_preambular or last.section_key != self.section_key():
                return False
            self.open = last
        return True

    def citation(self, entry: Entry) -> bool:
        """A number that neither continues its sequence nor restarts one, right after an
        item cut mid-sentence ("... in the new planned result of subprogramme" | "2. By
        negotiating ..."): the sentence's, not a paragraph's. Not a number a few ahead of
        the open item's in its own sequence: a list whose lines end with no stop, one of its
        numbers lost ("1.a" | "1.c"), which the gap check reports."""
        label = entry.label
        return (
            label is not None
            and self.open is not None
            and self.open.tail[-1:].isalpha()
            and label.ordinal > 1
            and not self.judge.continues(label)
            and not (
                label.sequence == self.open.label.sequence
                and self.judge.skips_ahead(label.ordinal, self.open.label.ordinal)
            )
        )

    def cited(self, entry: Entry) -> bool:
        """A number that is no item, right after an item cut mid-sentence: the sentence runs
        on ("... as outlined in paragraph" | "27.I.5. Furthermore, ...", "... resolution 2640"
        | "(2025) to contribute to ..." at a line start)."""
        assert self.open is not None
        number = entry.label is not None or bool(_YEAR_IN_BRACKETS.match(entry.text))
        return number and self.open.tail[-1:].isalnum()

    def in_article(self, entry: Entry) -> bool:
        assert self.article is not None
        text = entry.text
        untitled = not self.article.has_body and not self.article.text
        if untitled and entry.block.heading_hint and text.strip() in _ANNEX_AS_TITLE:
            # "Article 25" over "Annex" and "The annex ... forms an integral part of the
            # Convention.": the article's title, no annex opening there.
            self.article.title(entry)
            self.tally.placed += len(text)
            return True
        if chapter_or_section(text, None) or decision_heading(text):
            self.article = self.open = None
            return False
        if is_testimonium(text):  # "IN WITNESS WHEREOF, ...": the treaty's articles end
            self.article = self.open = None
            self.tally.placed += len(text)
            return True
        article = self.article
        if not article.has_body and (
            entry.block.heading_hint or (not article.text and is_title(text))
        ):
            # The article's title ("Illegal access"): set as a heading, or a short line with
            # no sentence in it right under the number ("Article I" | "Duties, obligations
            # and privileges" in a bulletin typed in Word).
            article.title(entry)
            self.tally.placed += len(text)
            return True
        if entry.block.heading_hint:
            self.article = self.open = None
            return False
        self.append(entry)
        return True

    def title_line(self, entry: Entry, key: int | None = None) -> None:
        key = self.pending_title if key is None else key
        assert key is not None
        section = self.sections[key]
        title = f"{section.title} {entry.text}".strip()
        self.sections[key] = replace(section, title=title)
        self.tally.placed += len(entry.text)
        self.pending_title = None

    def addressee(self, entry: Entry) -> bool:
        """The author's line over a preamble ("The General Assembly,"), not its first recital:
        a recital opens as the next one does ("鉴于 ...，" over "鉴于 ...，", "لما كان ..."
        over "ولما كان ...") whether or not its opener is known in its language."""
        if not is_addressee(entry.text):
            return False
        following = self._body_next(entry.index, 1)
        return following is None or not same_opening(entry.text, following.text)

    def sole_operative(self, entry: Entry) -> bool:
        """A sentence right under the author named alone, with an annex or the adoption line
        after it, or nothing: the resolution's only operative paragraph."""
        text = entry.text
        if not text[:1].isupper() or not text.endswith(_SOLE_ENDS) or len(text) < _SENTENCE:
            return False
        above = self._body_next(entry.index, -1)
        if above is None or not is_author_alone(above.text):
            return False
        if text.endswith((":", "：")):
            return True  # "Adopts the following political declaration ...:" over it
        following = self._body_next(entry.index, 1)
        return following is None or bool(
            is_annex(following.text.split(" ", 1)[0]) or ADOPTION.match(following.text)
        )

    def _body_next(self, index: int, step: int) -> Entry | None:
        """The nearest running-text entry after (`step` 1) or before (-1) entry `index`."""
        index += step
        while 0 <= index < len(self.entries):
            if self.entries[index].block.role is _BODY:
                return self.entries[index]
            index += step
        return None

    def recital(self, entry: Entry) -> bool:
        """A preambular paragraph by its opener and its closing comma, articles or operative
        paragraphs after it."""
        text = entry.text
        return opens_preambular(text) and ends_preambular(text) and self.preamble_follows(entry)

    def preamble_follows(self, entry: Entry) -> bool:
        """An addressee line opens a preamble only if operative paragraph 1 follows it, or,
        in a treaty ("The States Parties to the present Convention,"), article 1, which may
        stand under the heading of its chapter or part."""
        headed = recited = False
        for later in self.entries[entry.index + 1 : entry.index + 400]:
            if later.block.role is not _BODY:
                continue
            label = later.label
            if label is not None and label.ordinal <= 1 and label.scheme in ("article", "pp"):
                return True  # article 1, or preambular paragraphs numbered as printed
            if label is not None:
                # A decision's operative part may open under a chapter heading ("I. Science
                # and urgency" over "1. Recognizes ..."), once its preamble has recited.
                opens = label.ordinal <= 1 and label.scheme in _OPERATIVE
                return opens and (not headed or recited)
            heading = self.heading(later)
            if heading is not None and not later.block.heading_hint:
                # Only a first chapter ("I.", "A.", unnumbered) opens an operative part; "II.
                # Conclusions" is a report's, whatever stood above it.
                recited = recited and _opens_division(heading[0])
                headed = True
            elif not headed and opens_preambular(later.text):
                recited = True
        return False

    def preambular(self, entry: Entry) -> None:
        assert self.zone is not None
        last = self.drafts[-1] if self.drafts and self.drafts[-1].is_preambular else None
        text = entry.text
        # A Russian preamble opens each paragraph in lower case ("ссылаясь ...,"): after a
        # paragraph closed by its comma, a participle opens the next one.
        opens_next = ends_preambular(last.tail) and opens_preambular(text) if last else False
        continues = last is not None and (
            (text[:1].islower() and not opens_next)
            or is_subitem(text)
            or (entry.block.page_start and not ends_preambular(last.tail))
        )
        if continues and last is not None:
            last.add(entry)
        else:
            self.zone += 1
            label = Label("pp", f"PP{self.zone}", f"PP{self.zone}", text)
            self.drafts.append(Draft(label, self.section_key(), entry))
        self.tally.placed += len(text)
