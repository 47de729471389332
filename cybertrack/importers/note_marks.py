"""Footnote marks a text extraction leaves in the line: pdftotext prints a superscript as a
number between words ("the Protocols thereto, 1 the Single Convention", "Crime 2 is").

A text cannot tell a mark from a number by its size; the document's notes can: they are
numbered 1, 2, 3 ... in the order their marks stand. A number is taken for a mark only when
it is the next note's, where a mark stands (after a word or its punctuation, before a word in
lower case or a stop), and not after a word that numbers things ("paragraph 2 of", "from 3
to", "paragraphs 1, 2 and 3").
"""

from __future__ import annotations

import re
from dataclasses import replace

from cybertrack.domain.numbering import ROMAN
from cybertrack.importers.blocks import Block, BlockRole

# A note's own number: the note's whole text, or before its first words ("2 Resolution ...").
_NOTE_NUMBER = re.compile(r"(?:^|(?<=[.;)] ))(\d{1,3})(?=$| [A-Z“\"(])")
_RANGE = re.compile(r" (?:to|and|or|à|au|et|a|al|y|-|–) \d")
_CANDIDATE = re.compile(
    r"(?<=\S) (\d{1,3})(?= [a-z(“‘\"]|[,;:.]?$|[,;:.] )"
    # pdftotext without -layout glues a mark to what it follows: "of 1988,4 the United",
    # "Organized Crime,35 which", "of 18 May 201834 and".
    r"|(?<=[,;:])(\d{1,3})(?= [a-z]|$)"
    r"|(?<=\b(?:19|20)\d\d)(\d{1,2})(?=[,;.]? [a-z]|[,;.]?$)"
)
_GLUED = 2  # the group of a mark glued to a comma ("Crime,35 which")
_FORMULA = 3  # letters of a chemical formula's capitals before its subscript ("UF 6")
_UNITS = frozenset(("m", "km", "cm", "mm", "ha", "ft", "mi"))  # square and cubic: "m 2"
_ON_A_YEAR = 3  # the group of a mark glued to a year: no range starts there ("202125 and")
# Words after which a number is a reference or a quantity, in the six languages' Latin forms.
_NUMBERING = re.compile(
    r"paragraphs?|paras?|articles?|art|resolutions?|decisions?|chapters?|sections?|sect|"
    r"annex(?:es)?|rules?|pages?|items?|nos?|numbers?|vol|volumes?|parts?|tables?|figures?|"
    r"recommendations?|sessions?|meetings?|protocol|from|to|and|or|of|between|than|by|over|"
    # The parts a programme budget or a plan numbers: "subprogramme 1", "Goal 16", "Panel 2".
    r"(?:sub)?programmes?|components?|objectives?|results?|goals?|targets?|phases?|options?|"
    r"panels?|pillars?|clusters?|modules?|steps?|levels?|tiers?|sous-programmes?|objectifs?|"
    r"subprogramas?|objetivos?|metas?|"
    r"under|about|some|nearly|only|every|per|at|paragraphes?|résolutions?|décision|chapitre|"
    r"annexe|règle|párrafos?|resoluci(?:ón|ones)|decisión|capítulo|anexo|artículos?|"
    r"de|del|la|le|et|y|o"
)


class _Marks:
    """The marks still to find: each note's number in the order the notes print them (a
    report's notes 1, 2, then its annexed draft's own 1, 2, 3), and the word that bore each
    note's first mark."""

    def __init__(self, expected: list[int]) -> None:
        self.expected = expected
        self.at = 0
        self.marked: dict[int, str] = {}

    def next(self) -> int | None:
        return self.expected[self.at] if self.at < len(self.expected) else None


def _marks_at(text: str, marks: _Marks) -> str:
    """`text` without the marks of the next notes, and of notes marked again after the word
    that bore their first mark ("the International Criminal Court 1" then "... Criminal
    Court,1 and": the same note, referred to twice)."""
    out: list[str] = []
    at = 0
    for found in _CANDIDATE.finditer(text):
        number = int(found[found.lastindex or 1])
        before = text[: found.start()].rsplit(None, 1)[-1] if found.start() else ""
        word = before.strip(',;:.()“”‘’"').casefold()
        # Only a mark glued to the comma after it ("Court,1 and"): "component 1 of" spaced
        # may number a heading's part as well as mark a note again.
        again = found.lastindex == _GLUED and marks.marked.get(number) == word
        if not again and number != marks.next():
            continue
        # "paragraph 2 of" numbers; "the 1972 Protocol, 2 the Convention" marks, the comma
        # having closed the words before.
        numbers = _NUMBERING.fullmatch(word) and not before.endswith((",", ";", ")", "”", '"'))
        if numbers or (word.isdigit() and len(word) < 4):
            continue  # "paragraphs 1, 2 and 3"; a year may bear a mark
        formula = before == word.upper() and 2 <= len(word) <= _FORMULA
        if (formula and not ROMAN.fullmatch(before)) or word in _UNITS:
            continue  # "UF 6", "CO 2", "m 2": a formula's subscript, a unit's power
        if found.lastindex != _ON_A_YEAR and _RANGE.match(text, found.end()):
            continue  # "... 2017, 3 to 5 April 2018": the first day of a range
        named = found.lastindex == 1 and text.startswith(":", found.end())
        if not again and named and before[:1].isupper():
            continue  # "Panel 2: Scaling up ...": a thing numbered, then its name
        out.append(text[at : found.start()])
        at = found.end()
        if not again:
            marks.marked[number] = word
            marks.at += 1
    out.append(text[at:])
    return "".join(out)


def _expected_marks(blocks: list[Block]) -> list[int]:
    """The notes' numbers in order, as the notes print them before their texts ("3", "2
    Resolution 70/174, annex."), or all together over them ("50 51", pdftotext's page of two
    notes); a count starting again at 1 (an annexed draft's notes) is a run of its own, each
    run read as 1 up to its highest number. Notes marked otherwise ("[fn1] ...") have none,
    and no number is a mark."""
    numbers: list[int] = []
    for block in blocks:
        if block.role is not BlockRole.FOOTNOTE:
            continue
        words = block.text.split()
        if all(word.isdigit() and len(word) <= 3 for word in words):
            numbers.extend(int(word) for word in words)
        else:
            numbers.extend(int(found[1]) for found in _NOTE_NUMBER.finditer(block.text))
    runs: list[int] = []  # each run's highest number
    for number in numbers:
        if not runs or number == 1:
            runs.append(number)
        else:
            runs[-1] = max(runs[-1], number)
    return [n for highest in runs for n in range(1, highest + 1)]


def without_note_marks(blocks: list[Block]) -> list[Block]:
    """The body's blocks without the marks of the document's notes (when it has notes)."""
    marks = _Marks(_expected_marks(blocks))
    if not marks.expected:
        return blocks
    cleaned = []
    for block in blocks:
        if block.role is BlockRole.BODY and " " in block.text:
            text = _marks_at(block.text, marks)
            if text != block.text:
                block = replace(block, text=text)
        cleaned.append(block)
    return cleaned
