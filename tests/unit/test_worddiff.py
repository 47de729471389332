from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from cybertrack.domain.worddiff import Span, changed, new_text, old_text, word_diff


def test_replacement_is_a_deletion_then_an_insertion():
    spans = word_diff("States should join the Budapest Convention.", "States should join treaties.")
    assert spans == [
        Span("equal", "States should join "),
        Span("delete", "the Budapest Convention"),
        Span("insert", "treaties"),
        Span("equal", "."),
    ]


def test_insertion_only():
    spans = word_diff("Countries should act.", "Countries should act now, quickly.")
    assert spans == [
        Span("equal", "Countries should act"),
        Span("insert", " now, quickly"),
        Span("equal", "."),
    ]
    assert word_diff("a b", "a b c") == [Span("equal", "a b"), Span("insert", " c")]


words = st.lists(st.sampled_from(["a", "b", "c", "States", "should", "لا", "合作"]), max_size=12)


@given(words, words)
def test_spans_rebuild_both_texts(old_words, new_words):
    old, new = " ".join(old_words), " ".join(new_words)
    spans = word_diff(old, new)
    assert old_text(spans) == old
    assert new_text(spans) == new
    assert all(a.op != b.op for a, b in pairwise(spans))


def test_white_space_alone_is_no_change():
    assert not changed("a  b\nc", "a b c")
    assert changed("a b", "a c")
    assert word_diff("a  b", "a b") == [Span("equal", "a b")]


def test_small_edits_stay_word_by_word_and_rewrites_become_one_change():
    small = word_diff("States shall cooperate closely.", "States should cooperate closely.")
    assert small == [
        Span("equal", "States "),
        Span("delete", "shall"),
        Span("insert", "should"),
        Span("equal", " cooperate closely."),
    ]
    # Two of eight words survive: the sentence is struck whole and the new one inserted whole,
    # while the next sentence, untouched, stays as it is.
    old = "The Group shall adopt its report by consensus. Others agree."
    new = "In the absence of consensus the Chair may report. Others agree."
    assert word_diff(old, new) == [
        Span("delete", "The Group shall adopt its report by consensus."),
        Span("insert", "In the absence of consensus the Chair may report."),
        Span("equal", " Others agree."),
    ]


@given(words, words)
def test_never_two_changes_of_one_kind_in_a_row(old_words, new_words):
    spans = word_diff(" ".join(old_words), " ".join(new_words))
    ops = [s.op for s in spans]
    assert "insert delete" not in " ".join(ops)


def test_a_sentence_dropped_after_an_edited_one_leaves_the_edit_word_by_word():
    # Article 7 of the Convention amended: one word changed in paragraph 1, paragraph 2 (a
    # long sentence that ends with the same word as the amendment) dropped.
    old = (
        "Illegal access: 1. Each State Party shall establish as a criminal offence the access"
        " to the whole or any part of a system without right. 2. A State Party may require that"
        " the offence be committed by infringing security measures or in relation to a system"
        " that is connected to another system."
    )
    new = (
        "1. Each State Party shall establish as criminal offences the access to the whole or"
        " any part of a system without right."
    )
    spans = word_diff(old, new)
    assert spans[0] == Span("delete", "Illegal access: ")
    assert Span("equal", " the access to the whole or any part of a system without right.") in spans
    assert spans[-1].op == "delete" and spans[-1].text.startswith(" 2. A State Party may require")
    assert old_text(spans) == old and new_text(spans) == new


def test_a_long_deletion_keeping_one_word_is_not_a_rewrite():
    old = "Parties shall cooperate. They may exchange data held by the other party on a system."
    new = "Parties shall cooperate on a system."
    spans = word_diff(old, new)
    assert spans[0] == Span("equal", "Parties shall cooperate")
    assert Span("equal", " on a system.") in spans
