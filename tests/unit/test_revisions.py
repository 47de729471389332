"""Tracked-change runs and item ranges: pure functions the writers rely on."""

from hypothesis import given
from hypothesis import strategies as st

from cybertrack.domain.text import is_right_to_left
from cybertrack.domain.worddiff import new_text as accepted
from cybertrack.domain.worddiff import old_text as rejected
from cybertrack.domain.worddiff import revisions
from cybertrack.exporters.ranges import label_runs

words = st.lists(st.sampled_from(["States", "shall", "may", "the", "Convention.", "كل", "国家"]))
# Texts as people type them: words, single and double spaces, line breaks, tabs.
typed = st.lists(
    st.sampled_from(["States", "shall", "(a)", "the", "Convention;", "كل", "国家", "x."])
    | st.sampled_from([" ", "  ", "\n", "\t", " \n"]),
    max_size=16,
).map("".join)


@given(words, words)
def test_accepting_gives_the_amendment_and_rejecting_the_original(old, new):
    runs = revisions(" ".join(old), " ".join(new))
    assert accepted(runs) == " ".join(new)
    assert rejected(runs) == " ".join(old)


@given(typed, typed)
def test_exact_both_ways_with_line_breaks_and_odd_spacing(old, new):
    runs = revisions(old, new)
    assert accepted(runs) == new
    assert rejected(runs) == old
    assert all(run.text for run in runs)


def test_one_run_per_changed_span():
    runs = revisions("States shall use the Budapest Convention", "States may use the Convention")
    assert [(r.op, r.text) for r in runs] == [
        ("equal", "States "),
        ("delete", "shall"),
        ("insert", "may"),
        ("equal", " use the "),
        ("delete", "Budapest "),
        ("equal", "Convention"),
    ]


def test_a_rewritten_sentence_is_one_deletion_and_one_insertion():
    old = (
        "States should continue strengthening cooperation to protect critical infrastructure. "
        "The Secretariat shall report annually."
    )
    new = (
        "Member States are invited to consider, as appropriate, measures for the resilience of "
        "essential services. The Secretariat shall report biennially."
    )
    runs = revisions(old, new)
    assert [(r.op, r.text) for r in runs] == [
        ("delete", old.split(" The ")[0]),
        ("insert", new.split(" The ")[0]),
        ("equal", " The Secretariat shall report "),
        ("delete", "annually"),
        ("insert", "biennially"),
        ("equal", "."),  # a stop is a token of its own, as in Word's compare
    ]


def test_sub_paragraphs_keep_their_line_breaks():
    old = "(a) To cooperate;\n(b) To exchange information."
    new = "(a) To cooperate;\n(b) To exchange information;\n(c) To report."
    runs = revisions(old, new)
    assert [(r.op, r.text) for r in runs] == [
        ("equal", "(a) To cooperate;\n(b) To exchange information"),
        ("insert", ";\n(c) To report"),
        ("equal", "."),
    ]


def test_punctuation_changes_alone_leave_the_words_standing():
    # Before, a word and its comma were one token: "condition" struck and "condition,
    # disability" typed, "labor," struck for "labour,".
    cases = {
        ("economic condition or birth", "economic condition, disability or birth"): [
            ("equal", "economic condition"),
            ("insert", ", disability"),
            ("equal", " or birth"),
        ],
        ("child labor, and", "child labour, and"): [
            ("equal", "child "),
            ("delete", "labor"),
            ("insert", "labour"),
            ("equal", ", and"),
        ],
        ("supplies, in order to meet emergencies;", "supplies;"): [
            ("equal", "supplies"),
            ("delete", ", in order to meet emergencies"),
            ("equal", ";"),
        ],
        # A space typed on one side only is kept after the change, not a change of its own.
        ("use, the Budapest Convention and the Protocol", "use the Protocol"): [
            ("equal", "use"),
            ("delete", ", the Budapest Convention and"),
            ("equal", " the Protocol"),
        ],
    }
    for (old, new), expected in cases.items():
        runs = revisions(old, new)
        assert [(r.op, r.text) for r in runs] == expected
        assert accepted(runs) == new and rejected(runs) == old


def compress_labels(labels: list[tuple[str, str]]) -> str:
    return ", ".join(label_runs(labels))


def test_ranges_compress_runs_of_three_or_more():
    labels = [(str(n), f"({n})") for n in (1, 3, 4, 5, 6, 7, 9, 10, 12)]
    assert compress_labels(labels) == "(1), (3)–(7), (9), (10), (12)"
    assert compress_labels([("16", "16."), ("16.3", "16.3"), ("17", "17.")]) == "16., 16.3, 17."
    # A review's recommendations, cited as delegates cite them.
    recommended = [(f"121.{n}", f"121.{n}") for n in (1, 5, 6, 7, 8, 10)]
    assert compress_labels(recommended) == "121.1, 121.5–121.8, 121.10"
    assert compress_labels([("121", "121."), ("121.1", "121.1"), ("121.2", "121.2")]) == (
        "121., 121.1, 121.2"
    )
    assert compress_labels([]) == ""


def test_direction_of_scripts():
    assert is_right_to_left("تشجع الدول على التعاون الدولي")
    assert not is_right_to_left("各国应加强国际合作")
    assert not is_right_to_left("States (see كل) should")


def test_chinese_changes_are_marked_character_by_character():
    # A colleague's Chinese paper: changing 主张 to 见解 struck and retyped the whole clause,
    # a run of Chinese characters being one "word".
    old = "人人有权享有主张和发表意见的自由；此项权利包括持有主张而不受干涉的自由。"
    new = old.replace("主张", "见解", 1)
    runs = revisions(old, new)
    assert [(r.op, r.text) for r in runs] == [
        ("equal", "人人有权享有"),
        ("delete", "主张"),
        ("insert", "见解"),
        ("equal", "和发表意见的自由；此项权利包括持有主张而不受干涉的自由。"),
    ]
    assert accepted(runs) == new and rejected(runs) == old


def test_an_arabic_word_keeps_its_vowel_marks():
    # "أحرارًا": the tanween was a token of its own, so a changed word was struck in pieces
    # with a stray mark between them.
    old = "يولد جميع الناس أحرارًا متساوين"
    new = old.replace("أحرارًا", "أحرار")
    runs = revisions(old, new)
    assert [(r.op, r.text) for r in runs] == [
        ("equal", "يولد جميع الناس "),
        ("delete", "أحرارًا"),
        ("insert", "أحرار"),
        ("equal", " متساوين"),
    ]
