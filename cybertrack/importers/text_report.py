"""Plain text and markdown: the UN's text form of a report, or text pasted from an e-mail."""

from __future__ import annotations

import re

from cybertrack.importers.blocks import Block
from cybertrack.importers.labels import match_label
from cybertrack.importers.preamble import starts_preambular

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_EMPHASIS = re.compile(r"(?<![*\w])\*(?!\s)([^*\n]+?)\*(?![*\w])")
_CONTINUED_MARK = re.compile(r"\(?\*\(?continued\)?\*\)?", re.IGNORECASE)
_HEADING_MARK = re.compile(r"^#{1,6}\s*(?=\S)", re.MULTILINE)
_HEADING = "\ue001"  # marks a markdown heading line until it becomes a block of its own
# A number alone on its line ("1." then the text below it), as pdftotext leaves resolutions.
_BARE_LABEL = re.compile(r"^(?:\(\d{1,4}\)|\d{1,4}(?:\.\d{1,4})*\.|\d{1,4}\))$")
_BLANK = re.compile(r"\n\s*\n")


def clean_markdown(text: str) -> str:
    """Drop markdown residue: links keep their text, bold runs become their own lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _LINK.sub(r"\1", text)
    text = _CONTINUED_MARK.sub(" (continued) ", text)
    # A bold run is a heading or a title line in the UN's markdown form: give it its own block.
    text = _BOLD.sub(lambda m: "\n\n" + " ".join(m.group(1).split()) + "\n\n", text)
    text = _EMPHASIS.sub(r"\1", text)
    return _HEADING_MARK.sub(_HEADING, text)


def text_blocks(text: str) -> list[Block]:
    """Split text into paragraph blocks: blank lines separate them, and so does a numbered line."""
    blocks: list[Block] = []
    for chunk in _BLANK.split(clean_markdown(text)):
        current: list[str] = []
        for line in chunk.split("\n"):
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.startswith(_HEADING):
                if current:
                    blocks.append(Block(" ".join(current)))
                    current = []
                blocks.append(Block(stripped.lstrip(_HEADING).strip(), heading_hint=True))
                continue
            starts_item = match_label(stripped) or _BARE_LABEL.match(stripped)
            follows_bare_label = len(current) == 1 and _BARE_LABEL.match(current[0])
            opens_preamble = bool(current) and starts_preambular(stripped, current[-1])
            if current and (starts_item or opens_preamble) and not follows_bare_label:
                blocks.append(Block(" ".join(current)))
                current = []
            current.append(stripped)
        if current:
            blocks.append(Block(" ".join(current)))
    return blocks
