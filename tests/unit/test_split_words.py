"""Words a text extraction cut in two, put together again by the document's own words."""

from cybertrack.importers import parse_bytes
from cybertrack.importers.blocks import Block
from cybertrack.importers.hyphens import join_printed
from cybertrack.importers.split_words import mend_split_words
from tests.conftest import DATA


def _mended(*texts: str) -> list[str]:
    return [block.text for block in mend_split_words([Block(text) for text in texts])]


def test_pieces_that_never_stand_alone_are_one_word_of_the_document():
    texts = _mended(
        "1. Including the legislation of the countries, the subprogramme will act.",
        "2. It will act, inclu ding by national leg islation in developing cou ntries.",
        "3. Technical a ssistance, the s ubprogramme, assistance.",
    )
    assert texts[1] == "2. It will act, including by national legislation in developing countries."
    assert texts[2] == "3. Technical assistance, the subprogramme, assistance."


def test_words_that_stand_alone_elsewhere_stay_apart():
    # "asset" and "breakdown" are words of the document, but "as", "break" and "down" stand
    # alone in it: the gaps are the writer's. "per cent" repeats: no gap falls so often.
    texts = _mended(
        "1. The asset was set out as set out in the breakdown below.",
        "2. Talks may break down; prices went down by 3 per cent, 4 per cent and 5 per cent.",
        "3. A percent sign. A break was taken.",
    )
    assert texts[0] == "1. The asset was set out as set out in the breakdown below."
    assert texts[1].endswith("3 per cent, 4 per cent and 5 per cent.")
    assert "break down" in texts[1]


def test_a_hyphen_the_gap_parted_from_its_word():
    texts = _mended(
        "1. The Secretary -General and the Member State- driven open -ended group.",
        "2. The Secretary - General; the Secretary-General; troop- and police-contributing.",
        "3. Pages 4 - 7, a dash - set apart.",
    )
    assert texts[0] == "1. The Secretary-General and the Member State-driven open-ended group."
    assert (
        texts[1]
        == "2. The Secretary-General; the Secretary-General; troop- and police-contributing."
    )
    assert texts[2] == "3. Pages 4 - 7, a dash - set apart."
    # Two columns of a table side by side, and the Dutch suspended hyphen ("wet- en
    # regelgeving"): no word was cut there.
    assert _mended("troop- Police- Troop- and police-", "de wet- en regelgeving") == [
        "troop- Police- Troop- and police-",
        "de wet- en regelgeving",
    ]


def test_printed_lines_join_a_word_cut_after_its_hyphen():
    assert join_printed(["the Anti-", "Discrimination Act"]) == "the Anti-Discrimination Act"
    assert join_printed(["troop-", "and police-contributing"]) == "troop- and police-contributing"
    assert join_printed(["costs of", "travel"]) == "costs of travel"


def test_a_resolution_as_pdftotext_left_it_reads_whole_words():
    # A/RES/74/173 as the UN's text file holds it (pdftotext, no -layout): "technical a
    # ssistance", "national leg islation", "domestic law a nd" in its paragraphs.
    document = parse_bytes(
        (DATA / "a-res-74-173-cybercrime-technical-assistance-expert-group.txt").read_bytes(),
        "a-res-74-173.txt",
    )
    text = {item.label: item.text for item in document.items}
    assert "exchange of information on national legislation, best practices" in text["PP1"]
    assert "technical assistance and international cooperation" in text["4."]
    assert "in accordance with domestic law and consistent with" in text["5."]
    assert "its seventy-fourth session" in text["PP8"]
