"""The text side of precedent search: stems, shingles, shared phrases, scores, citations."""

import os
import random
import subprocess
import sys

import pytest

from cybertrack.domain.library import (
    AgreedSpan,
    CitedParagraph,
    Precedent,
    agreed_language,
    cite,
    is_adopted,
    paragraph_place,
)
from cybertrack.domain.precedent import (
    SIZE_SCALE,
    fingerprints,
    index_entry,
    shared_phrases,
    shingles,
    similarity,
    stem,
    stems,
    tokens,
    winnow,
)


@pytest.mark.parametrize(
    "forms",
    [
        ("State", "States"),
        ("decides", "decided", "deciding", "decide"),
        ("party", "parties"),
        ("country", "countries"),
        ("recommendation", "recommendations"),
        ("process", "processes"),
        ("droit", "droits"),
        ("égal", "égaux", "égales", "egal"),
        ("reconnaissent", "reconnaît"),
        ("adopté", "adoptée", "adoptées"),
        ("derecho", "derechos"),
        ("humano", "humana", "humanos", "humanas"),
        ("nación", "naciones"),
    ],
)
def test_inflected_forms_share_a_stem(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize(
    "a, b",
    [("criminal", "crime"), ("interception", "interference"), ("State", "statute"), ("is", "as")],
)
def test_different_words_keep_different_stems(a, b):
    assert stem(a) != stem(b)


def test_tokens_keep_their_place_and_verbatim_form():
    text = "Recalling its resolution 74/247, l’Assemblée générale"
    found = tokens(text)
    assert [t.word for t in found] == [
        "recalling", "its", "resolution", "74", "247", "l", "assemblée", "générale"
    ]  # fmt: skip
    assert all(text[t.start : t.end].casefold() == t.word for t in found)


def test_shingle_hashes_are_stable_across_runs():
    # The index on disk outlives the process: the same words must hash the same way in every
    # process, whatever Python's own (randomised) string hashing does.
    code = (
        "from cybertrack.domain.precedent import shingles;"
        "print(shingles(['decid', 'to', 'establ']))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert seen == {str(shingles(["decid", "to", "establ"]))}
    assert 0 <= shingles(["decid", "to", "establ"])[0] < 2**63


def test_any_shared_run_of_six_words_shares_an_indexed_fingerprint():
    rng = random.Random(4)
    words = list("abcdefghijklmnopqrstuvwxyz")
    for _ in range(200):
        paragraph = [rng.choice(words) + rng.choice(words) for _ in range(60)]
        start = rng.randrange(0, 54)
        run = paragraph[start : start + 6]
        draft_hashes = set(shingles(run))
        assert draft_hashes & fingerprints(" ".join(paragraph))


def test_short_paragraphs_are_indexed_whole_long_ones_winnowed():
    short = "Table 16.1 lists all cross-cutting deliverables of the programme."
    assert fingerprints(short) == set(shingles(stems(short)))
    long = " ".join(f"word{i}" for i in range(200))
    assert 0 < len(fingerprints(long)) < 0.6 * len(shingles(stems(long)))
    assert winnow([5, 1, 7]) == {1}


def test_a_winnowed_paragraph_counts_for_its_share_of_indexed_shingles():
    """Votes come from indexed shingles only: a short paragraph indexed whole and a long one
    indexed by a sample are sized so that the same share of matching shingles ranks alike."""
    short = "Table 16.1 lists all cross-cutting deliverables of the programme."
    shingles_short = set(shingles(stems(short)))
    assert index_entry(short) == (shingles_short, SIZE_SCALE * len(shingles_short))
    long = " ".join(f"word{i}" for i in range(200))
    indexed, size = index_entry(long)
    every = set(shingles(stems(long)))
    assert size == round(SIZE_SCALE * len(indexed) * len(indexed) / len(every))
    # Ranked as votes^2 / size: a draft holding every shingle of either scores by length.
    assert len(indexed) ** 2 / size == pytest.approx(len(every) / SIZE_SCALE, 0.01)
    assert index_entry("") == (set(), 0)


def test_shared_phrases_are_verbatim_runs_of_four_words_in_the_paragraph_wording():
    paragraph = (
        "Decides to establish an open-ended ad hoc intergovernmental committee of experts, "
        "representative of all regions, to elaborate a comprehensive international convention"
    )
    draft = "The committee of experts, representative of all regions, should ELABORATE a convention"
    found = shared_phrases(tokens(draft), paragraph, tokens(paragraph))
    assert [p.text for p in found] == ["committee of experts, representative of all regions"]
    (phrase,) = found
    assert phrase.words == 7
    assert (
        draft[phrase.draft_start : phrase.draft_end]
        == "committee of experts, representative of all regions"
    )
    assert paragraph[phrase.start : phrase.end] == phrase.text
    # Inflected words are not verbatim: "States encourage" shares no phrase with "State encourages".
    assert not shared_phrases(
        tokens("all State encourages the use of"), "all States encourage the use of",
        tokens("all States encourage the use of"),
    )  # fmt: skip


def test_the_paragraph_a_draft_comes_from_outranks_one_that_merely_contains_it():
    source = "Member States are encouraged to designate points of contact available 24 hours a day"
    longer = source + ", and to share information on the investigation of offences with each other"
    draft = stems(
        "Member States are also encouraged to designate points of contact available 24 hours"
    )
    assert similarity(draft, stems(source)) > similarity(draft, stems(longer)) > 0
    assert similarity(draft, stems("Nothing alike is said here at all")) == 0


@pytest.mark.parametrize(
    "symbol, kind, distribution, library, adopted",
    [
        ("A/RES/74/247", "resolution", "General", False, True),
        ("A/C.3/80/L.3", None, "Limited", True, False),  # a draft stays a draft in the library
        ("E/CN.15/2021/L.3/Rev.1", None, None, True, False),
        ("A/AC.291/CRP.1", None, None, True, False),
        (None, "treaty", None, False, True),
        ("A/80/604/Add.3", "report", "General", False, False),  # under negotiation
        ("A/80/604/Add.3", "report", "General", True, True),  # chosen as precedent
        ("UNODC/CCPCJ/EG.4/2020/2", "draft report", None, True, False),
    ],
)
def test_adopted_texts(symbol, kind, distribution, library, adopted):
    assert (
        is_adopted(symbol=symbol, kind=kind, distribution=distribution, library=library) is adopted
    )


@pytest.mark.parametrize(
    "label, number, expected",
    [
        ("2.", "2", "A/RES/74/247, para. 2"),
        ("PP3", "PP3", "A/RES/74/247, preambular para. 3"),
        ("Article 5", "5", "A/RES/74/247, art. 5"),
        ("Article 26(1)", "26.1", "A/RES/74/247, art. 26(1)"),
        ("(12)", "12", "A/RES/74/247, para. 12"),
        ("16.3", "16.3", "A/RES/74/247, para. 16.3"),
    ],
)
def test_citations_name_the_paragraph_as_a_delegate_would(label, number, expected):
    paragraph = CitedParagraph(1, 1, "A/RES/74/247", "Title", number, label, "text", True, True)
    assert cite(paragraph) == expected
    assert paragraph_place(label, number).number in expected


def test_a_document_without_symbol_is_cited_by_its_title():
    paragraph = CitedParagraph(
        1, 1, None, "Convention on Cybercrime", "5", "Article 5", "t", True, True
    )
    assert cite(paragraph) == "Convention on Cybercrime, art. 5"


def _precedent(item_id, text, draft, *, library=True, adopted=True):
    paragraph = CitedParagraph(
        item_id, 1, f"A/RES/{item_id}", "t", "1", "1.", text, adopted, library
    )
    return Precedent(paragraph, 1.0, tuple(shared_phrases(tokens(draft), text, tokens(text))))


def test_agreed_language_comes_only_from_adopted_library_texts():
    draft = "We call for a comprehensive international convention on countering the use of ICTs"
    adopted = _precedent(
        1, "to elaborate a comprehensive international convention on countering", draft
    )
    draft_text = _precedent(2, "for a comprehensive international convention", draft, adopted=False)
    negotiated = _precedent(3, "We call for a comprehensive", draft, library=False)
    spans = agreed_language([draft_text, negotiated, adopted])
    start = draft.index("a comprehensive")
    end = draft.index("countering") + len("countering")
    assert spans == [AgreedSpan(start, end, adopted.paragraph)]
    assert draft[start:end] == "a comprehensive international convention on countering"


def test_winnowing_keeps_the_smallest_hash_of_every_window_of_four():
    rng = random.Random(7)
    for length in (0, 1, 4, 5, 6, 9, 40):
        hashes = [rng.randrange(1000) for _ in range(length)]
        windows = [hashes[i : i + 4] for i in range(max(1, length - 3))] if hashes else []
        assert winnow(hashes) == {min(w) for w in windows}


def test_a_run_of_three_stems_hashes_by_its_words_and_their_order():
    # Tabulation: each place has its own key, so a reordered run is another shingle, and the
    # same run hashes alike wherever it stands.
    (forward,) = shingles(stems("decides to establish"))
    (backward,) = shingles(stems("establish to decides"))
    assert forward != backward
    assert shingles(stems("It decided to establish"))[1] == forward
    assert index_entry("Decides to establish")[0] == {forward}
