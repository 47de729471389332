"""A text form's markup, put away before its lines are read: markdown's links, bold lines
(headings, as Word's bold lines are), emphasis, escapes and quotation marks, the rules
between blocks; and right-to-left text as pdftotext prints it, put in reading order.
"""

from __future__ import annotations

import re

from cybertrack.importers.text_furniture import HEADING_MARK

_HEADING = HEADING_MARK
# A link's target may hold brackets of its own ("(herzien)/1949/...README.md").
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
# A character markdown escapes, as pandoc writes a Word file out: "3\. States ...", "\[shall\]".
# An escaped "*" or "#" is held aside while the marks are read: it is text, no mark.
_ESCAPED = re.compile(r"\\([\\`_{}\[\]()+\-.!|>~<\"'])")
_HELD = {"\\*": "\ue000", "\\#": "\ue001"}
# A quotation's marks, as an e-mail quotes the message it answers and markdown a block: "> ".
_QUOTED = re.compile(r"^(?:>[ \t]?)+")
# A bold run that is a line (or glued to other runs) is a heading or title line; a bold word
# inside a sentence is emphasis. A run never crosses a blank line, so a stray "**" loses
# nothing (it is dropped).
_BOLD = re.compile(r"\*\*(?=\S)((?:(?!\n[ \t]*\n)[^*])+?)\*\*")
# Starts with the literal "*" so the engine scans fast; what stands before it is checked after.
_EMPHASIS = re.compile(r"\*(?!\s|\d+\*)([^*\n]+?)\*(?!\*)")
# A rule of "=" or "-" (a separator, or a setext heading's underline) separates blocks.
_HRULE = re.compile(r"[ \t]*(?:={5,}|-{5,})[ \t]*")
_CONTINUED_MARK = re.compile(r"\(?\*\(?continued\)?\*\)?", re.IGNORECASE)
_CONTINUED_CUE = re.compile(r"\*\(?continued", re.IGNORECASE)  # a literal first: a fast scan
_HEADING_MARK = re.compile(r"#{1,6}\s*(?=\S)")
_BIDI_MARKS = re.compile("[\u202a-\u202e]")
_RUN_END = re.compile("(\\d)\u202c(?=[\u0600-\u06ff])")
_RTL_NUMBER = re.compile(r"(?m)^[ \t]*-[ \t]*(\d{1,3}(?:\.\d{1,3})*)[ \t]*(?=[\u0600-\u06ff])")
# A "**" left unpaired: markdown residue when it touches a word; "** Note" is a note's mark.
_STRAY_BOLD = re.compile(r"\*\*")


def _bold(match: re.Match[str]) -> str:
    inner = " ".join(match.group(1).split())
    text = match.string
    before = text[match.start() - 1] if match.start() > 0 else "\n"
    after = text[match.end()] if match.end() < len(text) else "\n"
    if before in " \t" and after not in "\n*":
        return inner  # emphasis inside a sentence
    if before == "\n" and after == "\n":
        return "\n\n" + _HEADING + inner + "\n\n"  # a bold line: a heading, as in Word
    return "\n\n" + inner + "\n\n"


def _stray_bold(match: re.Match[str]) -> str:
    """A "**" left unpaired goes when it touches a word; "** Note" keeps its note mark."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    touches = (not after.isspace() and after != "*") or (not before.isspace() and before != "*")
    return "" if touches else match.group(0)


def _emphasis(match: re.Match[str]) -> str:
    start, end, text = match.start(), match.end(), match.string
    before = text[start - 1] if start else " "
    if before == "*" or before.isalnum() or before == "_":
        return match.group(0)  # "a*b*c" or "**": no emphasis there
    # A copy that lost the spaces around the marks ("cybercrime,*inter alia,*on the"):
    # the words stay apart once the marks go.
    lead = " " if before in ",;:." else ""
    trail = " " if end < len(text) and text[end].isalnum() else ""
    return f"{lead}{match.group(1)}{trail}"


def _unquoted(text: str) -> str:
    """The text without its quotation marks ("> 1. States ..."): on runs of two lines or more
    that open with one (a line alone opening with ">" may be a comparison)."""
    lines = text.split("\n")
    quoted = [line.startswith(">") for line in lines]
    for index, line in enumerate(lines):
        near = (index > 0 and quoted[index - 1]) or (index + 1 < len(lines) and quoted[index + 1])
        if quoted[index] and near:
            lines[index] = _QUOTED.sub("", line)
    return "\n".join(lines)


def _logical_order(text: str) -> str:
    """Right-to-left text as pdftotext prints it: each run wrapped in bidi embedding marks
    and an Arabic paragraph's number, "1 -" on the page, written "- 1" at the line's start
    in its left-to-right run. The marks go; the number is put first, as it is read."""
    text = _RUN_END.sub(r"\1 ", text)  # "من ‪ 27‬إلى": the number's run ends at a word
    text = _BIDI_MARKS.sub("", text)
    return _RTL_NUMBER.sub(r"\1 - ", text)


# pdftotext gives the lam-alef ligature of Arabic's article before a hamza-alef in the
# order drawn: "األولى" for "الأولى", "اإلنسان" for "الإنسان". An alef before a hamza-alef is
# no Arabic spelling, so the pair is put back; a plain "لا" ligature ("الالزمة" for
# "اللازمة") cannot be told from a real alef-lam, and stays.
_LAM_HAMZA_ALEF_DRAWN = re.compile("\u0627([\u0622\u0623\u0625])\u0644")
# The one chapter ordinal with the ligature, "أولا -" ("first"), drawn "أوال -" at a line's start.
_FIRST_DRAWN = re.compile("^(\\s*)\u0623\u0648\u0627\u0644(\u064b?\\s*[-–—])", re.MULTILINE)


_GLUED_LETTER = re.compile(r"(\n\s*)(\(?[a-z]{1,4}[.)])(?=[A-ZÀ-Ý])")


def clean_markdown(text: str) -> str:
    """Drop markdown residue: links keep their text, bold lines become their own blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u202b" in text or "\u202e" in text:
        text = _logical_order(text)
    if "\u0644" in text:  # Arabic's lam
        text = _LAM_HAMZA_ALEF_DRAWN.sub("\u0627\u0644\\1", text)
        text = _FIRST_DRAWN.sub("\\1\u0623\u0648\u0644\u0627\\2", text)
    escaped = "\\" in text
    if escaped:
        for mark, held in _HELD.items():
            text = text.replace(mark, held)
        text = _ESCAPED.sub(r"\1", text)
    if text.startswith(">") or "\n>" in text:
        text = _unquoted(text)
    # Each pass only where its mark occurs: a long plain text costs one scan per test.
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "``" in text:
        # "``Public official\" shall mean": TeX's opening quotes, as converters leave them.
        text = text.replace("``", "“")
    if "*" in text:
        if _CONTINUED_CUE.search(text):
            text = _CONTINUED_MARK.sub(" (continued) ", text)
        text = _BOLD.sub(_bold, text)
        text = _STRAY_BOLD.sub(_stray_bold, text)
        text = _EMPHASIS.sub(_emphasis, text)
    # "a.To abrogate ...", "(i)That ...": a sub-paragraph's letter glued to its first word
    # (the Dutch treaty database's English texts). Read as a word, it hid the list.
    text = _GLUED_LETTER.sub(r"\1\2 ", text)
    rules = "=====" in text or "-----" in text
    if rules or "#" in text:
        # Line by line: a pattern anchored at every line start costs a scan of every character.
        lines = text.split("\n")
        for index, line in enumerate(lines):
            if rules and ("=====" in line or "-----" in line) and _HRULE.fullmatch(line):
                lines[index] = "\n"  # the line becomes a blank line: blocks part there
            elif line.startswith("#"):
                lines[index] = _HEADING_MARK.sub(_HEADING, line, count=1)
        text = "\n".join(lines)
    if escaped:
        text = text.replace(_HELD["\\*"], "*").replace(_HELD["\\#"], "#")
    return text
