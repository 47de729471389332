"""A translation printed after the text: the Dutch treaty database repeats a convention's
title over its Dutch translation, after the authentic English text. Before, the translation's
numbered paragraphs became items of the last article (UNESCO: 12 of them) or hundreds of
passages reported as left out (UNCAC: 242 warnings, 51.6% of the body "in no item")."""

from __future__ import annotations

import pytest

from cybertrack.domain.messages import Code
from cybertrack.domain.units import Unit
from cybertrack.importers import read_document
from cybertrack.importers.blocks import Block
from cybertrack.importers.translation import without_translation
from tests.conftest import DATA


@pytest.mark.parametrize(
    ("name", "recitals", "articles", "title"),
    [
        ("uncac-convention-against-corruption.txt", 15, 71, "Verdrag van de Verenigde Naties"),
        ("budapest-convention-ets185.txt", 16, 48, "Verdrag inzake de bestrijding"),
        ("unesco-discrimination-education.laws-markdown.md", 6, 19, "Verdrag nopens de"),
    ],
)
def test_the_translation_after_a_convention_is_told_once_and_not_imported(
    name: str, recitals: int, articles: int, title: str
) -> None:
    parsed = read_document(DATA / name)
    kinds = [item.kind for item in parsed.items]
    assert kinds.count(Unit.PREAMBULAR) == recitals
    numbered = [item.label for item in parsed.items if item.kind is Unit.ARTICLE]
    assert numbered == [f"Article {n}" for n in range(1, articles + 1)]
    assert len(parsed.items) == recitals + articles  # no Dutch paragraph among them
    [told] = parsed.warnings
    assert told.code is Code.TRANSLATION
    assert str(told.args["excerpt"]).startswith(title)
    assert int(told.args["chars"]) > parsed.coverage.placed // 2
    assert parsed.coverage.left_out == 0


def _paragraphs(words: list[str], count: int, width: int = 12) -> list[Block]:
    """`count` paragraphs walking through `words`, `width` words each."""
    out = []
    for n in range(count):
        start = (n * width) % len(words)
        chosen = (words * 2)[start : start + width]
        out.append(Block(f"{n + 1}. " + " ".join(chosen) + "."))
    return out


_ENGLISH_LINES = (
    "the parties shall adopt such legislative and other measures as may be necessary",
    "to establish criminal offences under domestic law when committed intentionally",
    "access whole part computer system without right interception technical means non",
    "public transmissions data damaging deletion deterioration alteration suppression",
    "serious hindering functioning inputting transmitting production sale procurement",
    "for use import distribution making available device including program designed",
    "adapted primarily purpose committing password code similar whereby capable being",
    "accessed intent used possession item referred paragraphs above reservation right",
    "not apply provided that concern offences established accordance article this",
    "convention each party shall ensure legal persons held liable criminal committed",
    "their benefit natural person acting either individually member organ leading",
    "position within based power representation authority take decisions exercise",
    "control lack supervision made possible subject liability may be civil",
    "administrative without prejudice sanctions effective proportionate dissuasive",
    "include deprivation liberty monetary procedural powers procedures provided",
    "section specific investigations proceedings conditions safeguards protection",
    "human rights liberties arising pursuant obligations under council europe",
    "covenant instruments incorporate principle proportionality judicial independent",
    "grounds justifying application limitation scope duration public interest sound",
    "administration justice consider impact upon responsibilities third expedited",
    "preservation stored traffic order similarly obtain specified reason believe",
    "particularly vulnerable loss modification maintain integrity period time long",
    "ninety days enable competent authorities seek disclosure renew further keep",
    "confidential undertaking search seizure extend jurisdiction territory board ship",
    "flying flag aircraft registered laws nationals punishable where outside",
    "territorial any state",
)
ENGLISH = " ".join(_ENGLISH_LINES).split()
_DUTCH_LINES = (
    "iedere partij neemt de wetgevende en andere maatregelen die nodig zijn om in",
    "haar nationale recht als strafbare feiten aan te merken wanneer opzettelijk en",
    "wederrechtelijk gepleegd het binnendringen van een geheel of een deel van een",
    "computersysteem zonder recht onderscheppen met technische hulpmiddelen van niet",
    "openbare overdrachten van computergegevens naar vanuit of binnen een",
    "computersysteem",
)
DUTCH = " ".join(_DUTCH_LINES).split()


def test_a_heading_repeating_the_title_over_the_same_language_is_kept() -> None:
    # A resolution whose annex bears its title ("United Nations Convention against
    # Cybercrime" over the convention it adopts): more of the same text, not a translation.
    title = Block("United Nations Convention against Cybercrime", heading_hint=True)
    blocks = [title, *_paragraphs(ENGLISH, 40), title, *_paragraphs(ENGLISH[7:], 40)]
    kept, translation = without_translation(blocks)
    assert translation is None
    assert kept == blocks


# The Smuggling of Migrants Protocol's title comes again with a full stop.
@pytest.mark.parametrize(
    "again", ["Verdrag inzake de bestrijding", "verdrag INZAKE de  bestrijding."]
)
def test_a_heading_repeating_the_title_over_another_language_ends_the_text(again: str) -> None:
    title = Block("Verdrag inzake de bestrijding", heading_hint=True)
    repeated = Block(again, heading_hint=True)
    english = _paragraphs(ENGLISH, 40)
    dutch = _paragraphs(DUTCH, 40)
    blocks = [title, Block("Convention on Cybercrime"), *english, repeated, *dutch]
    kept, translation = without_translation(blocks)
    assert kept == blocks[: 2 + len(english)]
    assert translation is not None
    assert translation.heading == again
    assert translation.chars == sum(len(b.text) for b in blocks[len(kept) :])


def test_a_short_line_repeated_is_no_title() -> None:
    # "Total" heads a table on the cover and again over a table further on: no title, and
    # a table's few words tell no language.
    total = Block("Total")
    blocks = [total, *_paragraphs(ENGLISH, 30), total, *_paragraphs(DUTCH, 30)]
    assert without_translation(blocks) == (blocks, None)
