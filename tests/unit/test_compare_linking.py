"""Linking the seed report to the revised version we wrote (tests/data/seed-revised.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cybertrack.compare.candidates import normalise
from cybertrack.compare.linking import THRESHOLD, change_status, link_items, similarity
from cybertrack.domain.comparison import Change, Link, LinkState
from cybertrack.domain.model import ItemRow
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, Workspace

DATA = Path(__file__).resolve().parent.parent / "data"

# Old number -> new number(s), as tests/data/README.md describes the revision.
MOVED = {6: 7, 7: 8, 9: 9, 10: 11, 11: 10, 20: 20, 21: 20, 38: 36}
DROPPED = {"8", "37", "39"}
NEW = {"6", "37"}
REWORDED_OLD = {"4", "13", "25", "33", "20", "21"}


def expected_pairs() -> set[tuple[str, str]]:
    pairs = set()
    for old in range(1, 40):
        if str(old) in DROPPED:
            continue
        if old in MOVED:
            new = MOVED[old]
        elif old < 6:
            new = old
        elif old < 20:
            new = old  # one dropped (8) and one added (6) before it
        else:
            new = old - 1  # (20) and (21) became one
        if old == 38:
            new = 36
        pairs.add((str(old), str(new)))
    return pairs


@pytest.fixture
def versions(seeded: Workspace) -> tuple[list[ItemRow], list[ItemRow]]:
    seeded.apply(ImportDocument(read_document(DATA / "seed-revised.txt")))
    first, second = seeded.documents()
    return seeded.items(first.id), seeded.items(second.id)


def numbers(links: list[Link], old: list[ItemRow], new: list[ItemRow]) -> set[tuple[str, str]]:
    number = {item.id: item.number for item in (*old, *new)}
    return {(number[link.from_item_id], number[link.to_item_id]) for link in links}


def test_normalise_folds_case_punctuation_and_space() -> None:
    assert normalise("  States’ SOVEREIGNTY;\n must—be  respected. ") == (
        "states sovereignty must be respected"
    )


def test_every_link_of_the_revised_seed_is_found(versions: tuple[list[ItemRow], ...]) -> None:
    old, new = versions
    links = link_items(old, new)
    assert numbers(links, old, new) == expected_pairs()
    assert all(link.state is LinkState.CANDIDATE for link in links)


def test_scores_tell_identical_from_reworded(versions: tuple[list[ItemRow], ...]) -> None:
    old, new = versions
    links = link_items(old, new)
    by_old = {
        next(i.number for i in old if i.id == link.from_item_id): link.score for link in links
    }
    assert by_old["1"] == 100.0
    assert by_old["10"] == 100.0  # swapped, not changed
    assert 60.0 <= by_old["25"] < 90.0
    assert 90.0 <= by_old["4"] < 100.0


def test_every_change_is_flagged(versions: tuple[list[ItemRow], ...]) -> None:
    old, new = versions
    old_status, new_status = change_status(old, new, link_items(old, new))
    by_number_old = {i.number: old_status[i.id] for i in old}
    by_number_new = {i.number: new_status[i.id] for i in new}
    assert {n for n, s in by_number_old.items() if s is Change.DROPPED} == DROPPED
    assert {n for n, s in by_number_old.items() if s is Change.CHANGED} == REWORDED_OLD
    assert {n for n, s in by_number_new.items() if s is Change.NEW} == NEW
    assert {n for n, s in by_number_new.items() if s is Change.CHANGED} == {
        "4",
        "13",
        "20",
        "24",
        "32",
    }
    # The page break inside old (2) is white space, not a change.
    assert by_number_old["2"] is Change.SAME


def test_a_rejected_link_makes_both_ends_unmatched(versions: tuple[list[ItemRow], ...]) -> None:
    old, new = versions
    links = link_items(old, new)
    first = next(link for link in links if link.from_item_id == old[0].id)
    rejected = [
        Link(lk.from_item_id, lk.to_item_id, lk.score, LinkState.REJECTED) if lk == first else lk
        for lk in links
    ]
    old_status, new_status = change_status(old, new, rejected)
    assert old_status[first.from_item_id] is Change.DROPPED
    assert new_status[first.to_item_id] is Change.NEW


def item(item_id: int, number: str, text: str, section: str | None = None) -> ItemRow:
    return ItemRow(
        id=item_id,
        document_id=item_id // 100,
        number=number,
        label=f"({number})",
        kind="paragraph",
        section=section,
        text=text,
        stance=None,
        note="",
        amendment="",
        position=item_id % 100,
    )


def test_identical_boilerplate_links_to_its_own_number() -> None:
    text = "The Expert Group took note of the statements made by the delegations present."
    old = [item(101, "1", text), item(102, "2", text)]
    new = [item(201, "1", text), item(202, "2", text)]
    assert {(lk.from_item_id, lk.to_item_id) for lk in link_items(old, new)} == {
        (101, 201),
        (102, 202),
    }


def test_a_split_item_links_to_both_parts() -> None:
    first = "States should establish joint investigative teams with other countries at all levels."
    second = "Such teams should share electronic evidence quickly and respect human rights always."
    old = [item(101, "1", f"{first} {second}")]
    new = [item(201, "1", first), item(202, "2", second)]
    links = link_items(old, new)
    assert {(lk.from_item_id, lk.to_item_id) for lk in links} == {(101, 201), (101, 202)}
    old_status, new_status = change_status(old, new, links)
    assert old_status == {101: Change.CHANGED}
    assert new_status == {201: Change.CHANGED, 202: Change.CHANGED}


def test_unrelated_texts_do_not_link() -> None:
    old = [item(101, "1", "States should protect critical infrastructure against attacks.")]
    new = [item(201, "1", "The meeting was opened by the Chair, who welcomed the delegates.")]
    assert link_items(old, new) == []
    assert link_items([], new) == []
    assert change_status([], new, []) == ({}, {201: Change.NEW})


# Paragraphs in the manner of a report, all distinct: the unchanged context of the edits below.
CONTEXT = (
    "The Committee held its first session in Vienna from 3 to 5 March and adopted its agenda.",
    "Statements were made by the representatives of Brazil, Egypt, Japan and Norway.",
    "The secretariat introduced the background paper on the collection of electronic evidence.",
    "Several speakers stressed the value of technical assistance to developing countries.",
    "One speaker proposed that a network of focal points be established within the region.",
    "The meeting considered the draft outline of the report and requested further comments.",
    "Delegations welcomed the training materials prepared by the Office for practitioners.",
    "The Chair thanked the host country for the excellent arrangements made for the meeting.",
    "It was noted that requests for preservation of data should be answered without delay.",
    "The Committee agreed to continue its consideration of the item at its next session.",
)
LONG = (
    "Mutual legal assistance: States Parties shall afford one another the widest measure of "
    "mutual legal assistance in investigations, prosecutions and judicial proceedings in "
    "relation to the offences covered by this Convention, and shall designate a central "
    "authority with the responsibility and power to receive requests for mutual legal "
    "assistance and either to execute them or to transmit them to the competent authorities "
    "for execution, encouraging the speedy and proper execution of the requests received."
)
# Every word pair of it is in other paragraphs too: the merged text's rarest pairs are the long
# part's, so only its own words can lead to it.
COMMON = "The Committee agreed to continue its consideration of the draft outline of the report."
ADDED = (
    "The Committee also heard a presentation on the work of the regional network of prosecutors.",
    "A video message from the Executive Director was shown at the opening of the meeting.",
    "Interpretation was provided in all six official languages of the United Nations.",
)


def pairs_of(links: list[Link]) -> set[tuple[int, int]]:
    return {(link.from_item_id, link.to_item_id) for link in links}


def around(
    edited_old: list[str], edited_new: list[str], added: tuple[str, ...] = ()
) -> tuple[list[ItemRow], list[ItemRow]]:
    """The context, then the edited paragraphs, then the context again (numbered in order);
    `added` paragraphs open the new version, so nothing edited keeps its number or place."""
    old_texts = [*CONTEXT[:5], *edited_old, *CONTEXT[5:]]
    new_texts = [*added, *CONTEXT[:5], *edited_new, *CONTEXT[5:]]
    old = [item(101 + k, str(k + 1), text) for k, text in enumerate(old_texts)]
    new = [item(201 + k, str(k + 1), text) for k, text in enumerate(new_texts)]
    return old, new


def test_a_short_paragraph_merged_into_a_long_one_is_found_from_its_own_words() -> None:
    old, new = around([LONG, COMMON], [f"{LONG} {COMMON}"], added=ADDED)
    links = pairs_of(link_items(old, new))
    assert {(106, 209), (107, 209)} <= links
    assert len(links) == len(CONTEXT) + 2


ARTICLE = (
    "Concealment: Without prejudice to the provisions of article 23 of this Convention, each "
    "State Party shall consider adopting such legislative and other measures as may be necessary "
    "to establish as a criminal offence the concealment or continued retention of property."
)
STATEMENT = (
    "Poland appreciated efforts undertaken to comply with the recommendations accepted during the "
    "first cycle, in particular the creation of the National Institute for Human Rights. "
    "Poland made recommendations."
)


def test_parts_too_short_to_judge_by_words_are_placed_beside_their_sibling() -> None:
    body = ARTICLE.removeprefix("Concealment: ")
    first, last = STATEMENT.rsplit(" ", 3)[0], "Poland made recommendations."
    old, new = around([ARTICLE, STATEMENT], ["Concealment:", body, first, last])
    assert {(106, 206), (106, 207), (107, 208), (107, 209)} <= pairs_of(link_items(old, new))


def test_a_heading_added_above_a_paragraph_that_keeps_it_is_new() -> None:
    old, new = around([ARTICLE], ["Concealment:", ARTICLE])
    links = pairs_of(link_items(old, new))
    assert (106, 207) in links
    assert not any(new_id == 206 for _old, new_id in links)


def figure(number: str, opening: str = "Progress") -> str:
    return (
        f"{opening} towards the objective is presented in the performance measure below "
        f"(see figure {number})."
    )


def test_look_alike_boilerplate_is_told_apart_by_its_figure_number() -> None:
    # The reworded text is closer to 16.XI's wording, but keeps 16.X's number.
    reworded = (
        "Progress towards the objective is presented in the performance measure, as "
        "appropriate, below (see figure 16.X)."
    )
    old, new = around([figure("16.X", "Expected progress"), figure("16.XI")], [reworded])
    links = pairs_of(link_items(old, new))
    assert (106, 206) in links
    assert not any(old_id == 107 for old_id, _new in links)  # 16.XI was dropped


def test_a_paragraph_found_word_for_word_in_a_merge_leaves_its_look_alike_to_the_rewording() -> (
    None
):
    # The rewording lost its figure number and is a little closer to 16.I than to 16.XVIII;
    # but 16.I is in the merged paragraph word for word, so the rewording is 16.XVIII's.
    reworded = (
        "Progress towards the, as appropriate, objective presented in the performance measure "
        "below (see figure."
    )
    old, new = around(
        [figure("16.XVIII"), *CONTEXT[:2], LONG, figure("16.I")],
        [reworded, *CONTEXT[:2], f"{LONG} {figure('16.I')}"],
    )
    links = pairs_of(link_items(old, new))
    assert {(106, 206), (109, 209), (110, 209)} <= links
    assert not any(old_id == 110 and new_id != 209 for old_id, new_id in links)


def test_an_opening_shared_by_two_paragraphs_goes_to_the_one_that_was_split() -> None:
    opening = "For the 2026/27 period, the reduced requirements are attributable primarily to:"
    rest = (
        "(a) the absence of mobilization and initial equipment costs included in the approved "
        "2025/26 budget; and (b) lower other freight and related costs resulting from the "
        "acquisition of a reduced number of assets requiring shipment."
    )
    kept = (
        f"{opening.removesuffix(':')} the application of a higher vacancy rate of 23.5 per cent, "
        "compared with 11.8 per cent in the approved budget for the 2025/26 period."
    )
    old, new = around([kept, f"{opening} {rest}"], [kept, opening, rest])
    links = pairs_of(link_items(old, new))
    assert {(106, 206), (107, 207), (107, 208)} <= links
    assert (106, 207) not in links


def test_a_short_paragraph_reworded_in_place_is_linked_but_not_a_replacement() -> None:
    closing = "The Chair declared the fourth session of the Committee closed."
    reworded = (
        "The Chairperson, in accordance with the rules of procedure and with the consent of all "
        "delegations, declared the session of the Committee closed."
    )
    unrelated = "Interpretation was provided in all six official languages of the United Nations."
    assert similarity(closing, reworded) < THRESHOLD  # too far apart without its place
    old, new = around([closing], [reworded])
    assert (106, 206) in pairs_of(link_items(old, new))
    old, new = around([closing], [unrelated])
    assert not any(new_id == 206 for _old, new_id in pairs_of(link_items(old, new)))
