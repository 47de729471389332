"""Hyphens at the end of a printed line or page: a word cut in two, or a hyphen left hanging.

"troop- and police-contributing", "short- to medium-term": a hyphen before "and", "or", "to"
stands for the word the next compound shares, and keeps its space. Any other letter and
hyphen before a break is a word the break cut ("Secretary-" then "General").
"""

from __future__ import annotations

import re

# A word a page break cut after its hyphen; a hyphen left hanging before "and", "or", "to"
# ("troop- and police-contributing", "short- to medium-term", the Dutch "wet- en regelgeving",
# "woon- of verblijfplaats") is no cut.
_CUT_WORD = re.compile(r"[^\W\d_]-$")
SUSPENDED = re.compile(r"(?:and|or|nor|to|et|ou|y|o|e|u|und|oder|en|of)(?![\w-])", re.IGNORECASE)


def cut_at_page_end(before: str, after: str) -> bool:
    """The text before a page break ends in a word cut after its hyphen, and the text after
    it carries on the word: "Secretary-" then "General"."""
    return (
        _CUT_WORD.search(before[-2:]) is not None  # the last two characters tell
        and after[:1].isalpha()
        and SUSPENDED.match(after) is None
    )


def unspaced(sign: str) -> bool:
    """A sign of a script written without spaces (CJK ideographs, kana, fullwidth marks)."""
    return "\u3000" <= sign <= "\u9fff" or "\uff00" <= sign <= "\uffef"


def join_printed(lines: list[str]) -> str:
    """Printed lines as the paragraph they were: a space between lines, none after a word the
    line end cut after its hyphen ("Member State-" then "driven"), nor where Chinese or
    Japanese runs on ("……打击网络犯" then "罪的国际合作问题。")."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif (
            (text[-1:] == "-" and cut_at_page_end(text, line))
            or unspaced(text[-1])
            or unspaced(line[:1])
        ):
            text += line  # a word cut after its hyphen; a script written without spaces
        else:
            text += " " + line
    return text
