"""Blocks read as entries for the structure's walk: their text folded as a reader sees it
(Word's non-breaking hyphen, invisible characters, ligatures pasted from a typeset PDF) and
the item number each opens with, printed or given by Word's automatic numbering."""

from __future__ import annotations

import re
from dataclasses import replace

from cybertrack.domain.text import normalise_space, unligatured, without_invisible
from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.draft import Entry
from cybertrack.importers.headings import CONTINUED
from cybertrack.importers.labels import Label, auto_number, label_from_auto, match_label

# The cover page's last line run into paragraph 1 ("Original: English 1. This ...").
_COVER_THEN_ITEM = re.compile(
    r"^(?P<cover>.*?\b(?:Original|Distr\.?)\s*:\s*[A-Za-z]+(?:\s+\d{1,2}\s+[A-Za-z]+\s+\d{4})?)"
    r"\s+(?=(?:1\.|\(1\))\s+\S)"
)
_NO_BREAK_HYPHEN = "\u2011"
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_BODY = BlockRole.BODY


def prepare(blocks: list[Block]) -> list[Entry]:
    """Blocks with their text folded and their candidate number read."""
    entries: list[Entry] = []
    for block in blocks:
        text = normalise_space(block.text)
        if _NO_BREAK_HYPHEN in text:
            # Word's non-breaking hyphen: "-" from a .docx's own mark, U+2011 typed in its
            # text or in an .odt, .html or .rtf; a PDF prints it as "-". One hyphen for all.
            text = text.replace(_NO_BREAK_HYPHEN, "-")
            block = replace(block, text=text)
        if (visible := without_invisible(text)) is not text:
            text = visible  # "Com\u00admittee" pasted from a web page: the word as read
            block = replace(block, text=text)
        if _LIGATURE.search(text):
            # "ﬁnancial" pasted from a typeset PDF into Word or a text file (PDFium itself
            # gives the letters): the word as typed, or no search finds it.
            text = unligatured(text)
            block = replace(block, text=text)
        if not text:
            # Word numbered an empty paragraph ("Article I" set apart over its text): the
            # number alone, whose text is the next paragraph's. Nothing else is kept.
            auto = auto_number(block.auto_label) if block.auto_label else None
            if auto is not None:
                number_only = Label(auto.scheme, auto.number, auto.label, "")
                entries.append(
                    Entry(len(entries), replace(block, text=auto.label), auto.label, number_only)
                )
            continue
        # A lone "(continued)": the folded text opens with its bracket, or it is none.
        if text[0] in "(（" and CONTINUED.fullmatch(text):
            continue
        cover = ("Original" in text or "Distr" in text) and block.role is _BODY
        if cover and (match := _COVER_THEN_ITEM.match(text)):
            # The cover page's last line run into paragraph 1 ("Original: English 1. This ...").
            entries.append(Entry(len(entries), replace(block, text=match["cover"]), match["cover"]))
            text = text[match.end() :]
            block = replace(block, text=text, page_start=False)
        label = auto_number(block.auto_label) if block.auto_label else None
        if label is not None:
            label = Label(label.scheme, label.number, label.label, text)
        else:
            if block.auto_label:
                # An automatic number that is not an item number, e.g. "(a)": print it in place.
                text = f"{block.auto_label} {text}"
            label = match_label(text) if block.role is _BODY else None
            if label is None and block.role is _BODY and len(text) <= 12:
                # "12." alone in its paragraph (a file converted from PDF sets numbers apart):
                # its text is the next paragraph's, which flows into the item.
                alone = label_from_auto(text)
                label = Label(alone.scheme, alone.number, alone.label, "") if alone else None
        entries.append(Entry(len(entries), block, text, label))
    return entries
