"""A treaty's preamble run into one line, as web and markdown copies of treaties print it:
"Preamble The States Parties to this Convention, Concerned about ..., Convinced that ...,
Have agreed as follows:". Left whole it was a cover page's text before the first chapter, in
no item and without a word; cut at its openers it is the heading, the parties' line, the
preambular paragraphs a delegation negotiates, and the closing formula.

Only a line that declares itself a preamble (the heading opening it, or the closing formula
ending it) is cut, and only where a preambular opener follows the comma or semicolon that
closes a paragraph ("..., Bearing in mind ...", "...; Recognising ..."). Chinese is left whole:
its openers ("认为", "注意到") follow a "，" inside sentences too.
"""

from __future__ import annotations

import re

from cybertrack.importers.openers import PREAMBLE_WORD, closes_preamble, opens_preambular

_HEADING = re.compile(rf"^(?P<heading>{PREAMBLE_WORD})[ \t]*[:.]?[ \t]+(?=\S)")
# Where a preambular paragraph may end and the next begin: a comma or semicolon, then a capital
# (Latin, Cyrillic) or an Arabic letter.
# A copy may have lost the space after it ("Convention,Deeply concerned"), and the ILO joins
# its recitals with "and" ("..., and Mindful of ..."), which ends the recital before.
_BOUNDARY = re.compile(r"[,;،؛][ \t]*(?:(?:and|et|y)[ \t]+)?(?=[A-ZÀ-ÝА-ЯЁа-яё\u0600-\u06ff])")
# Where the closing formula may begin: after a recital's last mark, in whatever case.
_BEFORE_FORMULA = re.compile(r"[,;،؛][ \t]*")
# Words of the formulas (`closes_preamble`): a cheap look at a line's end before the regex.
_FORMULA_WORDS = ("gree", "dopts", "onven", "огласил", "协议", "اتفق")  # "Agree", "agreed"
# A proper name that ends like a participle ("Beijing, 1995") is no opener: one opens words.
_OPENER_THEN_WORD = re.compile(r"^\S+[ \t]+[^\W\d_]", re.UNICODE)
_FEWEST_OPENERS = 2  # a parties' line and one recital is a sentence, not a run-in preamble
_FORMULA_LONGEST = 250  # characters, as `closes_preamble` reads them
_SHORTEST = 120  # characters: a run-in preamble carries a parties line and recitals


def unfolded_preambles(text: str) -> str:
    """`text` with every run-in preamble cut into lines of its own, blank lines between."""
    lines = text.split("\n")
    cut = {i: parts for i, line in enumerate(lines) if (parts := _cut(line))}
    if not cut:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in cut:
            out.append(line)
            continue
        for part in cut[i]:
            out.extend(("", part))
        out.append("")
    return "\n".join(out)


def _cut(line: str) -> list[str] | None:
    """The heading, the parties' line, each recital and the closing formula; None when the
    line is no run-in preamble."""
    if len(line) < _SHORTEST:
        return None
    line = line.strip()
    heading = _HEADING.match(line)
    body = line[heading.end() :] if heading else line
    closing = _closing(body)
    if heading is None and closing is None:
        return None
    starts = [
        m.end()
        for m in _BOUNDARY.finditer(body)
        if opens_preambular(body[m.end() :]) and _OPENER_THEN_WORD.match(body[m.end() :])
    ]
    if len(starts) < _FEWEST_OPENERS:
        return None
    cuts = [0, *starts] + ([closing] if closing is not None else [])
    parts = [body[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True)]
    return ([heading.group("heading")] if heading else []) + [p for p in parts if p]


def _closing(body: str) -> int | None:
    """Where "Have agreed as follows:" (in any of the six languages) ends the line."""
    tail = body[-_FORMULA_LONGEST:]
    if not any(word in tail for word in _FORMULA_WORDS):
        return None  # most lines: a cheap look
    for m in _BEFORE_FORMULA.finditer(body, max(0, len(body) - _FORMULA_LONGEST)):
        if closes_preamble(body[m.end() :]):
            return m.end()
    return None
