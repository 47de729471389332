"""A translation printed after the text it translates.

Treaty collections print a convention's authentic text and then its translation, each under
the convention's title: the Dutch treaty database heads the English text with the Dutch
title and the English one, and repeats the Dutch title over the Dutch translation that
follows. Read on, the translation's numbered paragraphs were items of the last English
article, or hundreds of passages reported as left out (UNCAC: 242 warnings). A delegate
negotiates on one text: the import stops where the title comes again over text in another
language, and says so once, with the size of what it did not read.

The title repeated over more of the same text (a resolution whose annex bears its title) is
no translation: the text under it is in the language of the text above. Telling needs no
word list of any language, only which words the text above used.
"""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.text import shortened
from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.draft import EXCERPT
from cybertrack.importers.title_language import WORD, words_of

_TITLE_BLOCKS = 8  # the title block: the first lines of text
_TITLE_WORDS = 3  # a title says at least this much ("Total" over a table is no title)
_TITLE_LONGEST = 300  # characters
_FEWEST_BETWEEN = 10  # blocks of text between the title and its repetition
_VOCABULARY = 200  # distinct words above, at least, to judge a language by
_SAMPLE = 600  # words under the repeated title that are compared
_FEWEST_SAMPLED = 100
_OWN_LANGUAGE = 0.4  # at least this share of the words below used above: the same language


@dataclass(frozen=True)
class Translation:
    """The text left out from the repeated title on."""

    heading: str
    chars: int


def without_translation(blocks: list[Block]) -> tuple[list[Block], Translation | None]:
    """`blocks` up to a translation of them printed after them, and what was cut."""
    body = [i for i, b in enumerate(blocks) if b.role is BlockRole.BODY and b.text.strip()]
    titles: dict[str, int] = {}
    for index in body[:_TITLE_BLOCKS]:
        text = blocks[index].text
        if len(text) <= _TITLE_LONGEST and len(WORD.findall(text)) >= _TITLE_WORDS:
            titles.setdefault(_key(text), index)
    if not titles:
        return blocks, None
    for index in body[_TITLE_BLOCKS:]:
        first = titles.get(_key(blocks[index].text))
        if first is None or index - first <= _FEWEST_BETWEEN:
            continue
        if _other_language(blocks[first + 1 : index], blocks[index + 1 :]):
            cut = blocks[index:]
            chars = sum(len(b.text) for b in cut)
            heading = shortened(blocks[index].text.strip(), EXCERPT)
            return blocks[:index], Translation(heading, chars)
    return blocks, None


def _key(text: str) -> str:
    """A title as compared: case, spacing and a closing stop aside (the database prints the
    Smuggling Protocol's title again with a full stop)."""
    return " ".join(text.casefold().split()).rstrip(".:;, ")


def _other_language(above: list[Block], below: list[Block]) -> bool:
    """The text below uses few of the words of the text above: another language."""
    vocabulary = words_of(block.text for block in above)
    if len(vocabulary) < _VOCABULARY:
        return False
    sample: list[str] = []
    for block in below:
        sample.extend(w.casefold() for w in WORD.findall(block.text))
        if len(sample) >= _SAMPLE:
            break
    sample = sample[:_SAMPLE]
    if len(sample) < _FEWEST_SAMPLED:
        return False
    shared = sum(1 for word in sample if word in vocabulary)
    return shared / len(sample) < _OWN_LANGUAGE
