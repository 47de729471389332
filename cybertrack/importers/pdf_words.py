"""Words a PDF cut: hyphens at line ends and spaces that kerning put inside a word.

The document's own vocabulary decides: "recom-" + "mendation" becomes one word when
"recommendation" is used elsewhere in the file; otherwise the hyphen belongs to a compound
("Secretary-General", "above-referenced"), as UN documents are not hyphenated by the typesetter.
"""

from __future__ import annotations

import re
from collections import Counter

WORD = re.compile(r"[A-Za-z]+")
LINE_HYPHEN = "\ue000"  # stands for a hyphen met at a line end, until the word is settled
HYPHENATED = re.compile(r"([A-Za-z]+)\ue000([A-Za-z]+)")
SPACED_DASH = re.compile(r"(\w) ([–‐-])(?=\w)")


def join_paragraph(parts: list[str], vocabulary: Counter[str]) -> str:
    """The lines of one paragraph as one text, with the words cut at line ends settled."""
    return settle_words(join_lines(parts), vocabulary)


def settle_words(text: str, vocabulary: Counter[str]) -> str:
    """Rejoin words the PDF cut: at a line-end hyphen, and where kerning left a space."""

    def hyphen(match: re.Match[str]) -> str:
        head, tail = match.groups()
        if vocabulary[(head + tail).lower()]:
            return head + tail  # "recom-mendation": the whole word is used elsewhere
        return f"{head}-{tail}"  # a compound: "Secretary-General", "above-referenced"

    text = SPACED_DASH.sub(r"\1\2", HYPHENATED.sub(hyphen, text))
    out: list[str] = []
    for word in text.split(" "):
        head = out[-1] if out else ""
        tail = word.rstrip(",.;:)")
        if (
            head.isalpha()
            and tail.isalpha()
            and tail.islower()
            and (
                (vocabulary[head.lower()] <= 1 and vocabulary[(head + tail).lower()])
                or tail == "s"  # "response s": a lone "s" is never a word of its own
            )
        ):
            out[-1] = head + word  # "attribu table", "r eport": one word cut by a kerning gap
        else:
            out.append(word)
    return " ".join(out)


def join_lines(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if not out:
            out = part
        elif out.endswith("\u00ad"):
            out = out[:-1] + part
        elif out.endswith(LINE_HYPHEN):
            out += part
        elif out.endswith("-") and out[-2:-1].isalnum():
            # A hyphen ends the line: a word cut in two ("recom-mendation", settled by the
            # document's vocabulary) or a compound ("Secretary-General", "Agency-NEPAD").
            out = out[:-1] + LINE_HYPHEN + part if part[:1].islower() else out + part
        else:
            out = f"{out} {part}"
    return out.replace("\u00ad", "")
