"""Tracked-change runs and item ranges: pure functions the writers rely on."""

from hypothesis import given
from hypothesis import strategies as st

from cybertrack.domain.text import is_right_to_left
from cybertrack.exporters.ranges import compress_labels
from cybertrack.exporters.revisions import accepted, rejected, revisions

words = st.lists(st.sampled_from(["States", "shall", "may", "the", "Convention", "كل", "国家"]))


@given(words, words)
def test_accepting_gives_the_amendment_and_rejecting_the_original(old, new):
    runs = revisions(" ".join(old), " ".join(new))
    assert accepted(runs) == " ".join(new)
    assert rejected(runs) == " ".join(old)


def test_one_run_per_changed_span():
    runs = revisions("States shall use the Budapest Convention", "States may use the Convention")
    assert [(r.op, r.text) for r in runs] == [
        ("equal", "States"),
        ("delete", " shall"),
        ("insert", " may"),
        ("equal", " use the"),
        ("delete", " Budapest"),
        ("equal", " Convention"),
    ]


def test_ranges_compress_runs_of_three_or_more():
    labels = [(str(n), f"({n})") for n in (1, 3, 4, 5, 6, 7, 9, 10, 12)]
    assert compress_labels(labels) == "(1), (3)–(7), (9), (10), (12)"
    assert compress_labels([("16", "16."), ("16.3", "16.3"), ("17", "17.")]) == "16., 16.3, 17."
    assert compress_labels([]) == ""


def test_direction_of_scripts():
    assert is_right_to_left("تشجع الدول على التعاون الدولي")
    assert not is_right_to_left("各国应加强国际合作")
    assert not is_right_to_left("States (see كل) should")
