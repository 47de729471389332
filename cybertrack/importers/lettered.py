"""A text whose only numbers are letters: a decision's "(a) To extend the mandate ...; (b) To
request the secretariat ...", a Chinese submission's "一、各国应 ...; 二、...". Elsewhere (a), (b)
are sub-items inside their numbered paragraph and 一、 numbers a chapter; where nothing else is
numbered they are the items, kept with the numbers the text prints.
"""

from __future__ import annotations

import re

from cybertrack.importers.blocks import BlockRole
from cybertrack.importers.draft import Entry
from cybertrack.importers.labels import Label, cjk_number
from cybertrack.importers.structure import TERMINAL, Walker

# "(a)", "(b)" ... "(z)", then "(aa)", "(bb)" as the UN letters on; "a)" as typists write it.
_LETTER = re.compile(
    r"^(?P<label>[(（](?P<number>(?P<letter>[a-z])(?P=letter)?)[)）]|(?P<bare>[a-z])\))\s+(?=\S)"
)
_I = ord("i") - ord("a") + 1
# "一、", "二、" ... "十二、": Chinese counting numbers, the enumeration comma after them.
_CJK = re.compile(r"^(?P<label>(?P<number>[一二三四五六七八九十]{1,3})、)\s*(?=\S)")
# At least this many lettered paragraphs: one "(a)" alone is a sub-item that lost its parent.
_FEWEST = 2


def match_letter(text: str) -> Label | None:
    """The letter ("(b)", "b)") or Chinese counting number ("二、") that opens `text`, if any."""
    match = _LETTER.match(text)
    if match is not None:
        number = match["number"] or match["bare"]
        return Label("letter", number, match["label"], text[match.end() :])
    counted = _CJK.match(text)
    if counted is not None:
        number = cjk_number(counted["number"])
        return Label("counted", number, counted["label"], text[counted.end() :])
    return None


def lettered_entries(entries: list[Entry]) -> list[Entry] | None:
    """The entries again, each lettered paragraph of the body with its letter as its number;
    None when fewer than two are lettered (the text has no such list).

    Letters are read in their order: "(a)" starts a list and the letters after it continue
    it, a skipped one left for the completeness check to report; a letter that goes back, and
    "(i)" where the list is not at "i", open a sub-list of the item above ("(i)", "(ii)",
    ... "(v)" under "(b)"), which lasts until a letter that is no roman numeral."""
    out: list[Entry] = []
    found = 0
    expected = 1  # the ordinal that continues the list
    roman = False  # inside a sub-list numbered (i), (ii), ...
    for entry in entries:
        label = None
        if entry.label is None and entry.block.role is BlockRole.BODY:
            label = match_letter(entry.text)
        if label is not None and label.ordinal not in (1, expected):
            backwards = label.ordinal < expected
            roman = roman or (label.number == "i" and expected != _I)
            if backwards or (roman and set(label.number) <= set("ivx")):
                label = None
        if label is not None:
            found += 1
            expected = label.ordinal + 1
            roman = False
        out.append(Entry(entry.index, entry.block, entry.text, label or entry.label))
    return out if found >= _FEWEST else None


class LetteredWalker(Walker):
    """The walk of lettered items. The sentence that announces them ("The Conference ...
    decides:") heads them, as the paper prints it above them; it is no item and must not be
    lost."""

    def unnumbered(self, entry: Entry) -> None:
        index = entry.index + 1
        following = self.entries[index] if index < len(self.entries) else None
        announces = (
            entry.text.endswith((":", "："))
            and following is not None
            and following.label is not None
            and following.label.scheme == "letter"
            and (self.open is None or self.open.tail.endswith(TERMINAL))
        )
        if announces:
            self.add_section(entry, "", entry.text, 3)
            return
        super().unnumbered(entry)
